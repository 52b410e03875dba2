"""Contracts both sides of every message import: settings, events, config models, NATS and
ClickHouse access, pricing."""
