"""Turns usage events into `usage_events` rows and inserts them; knows nothing of NATS."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from tallygate_shared.clickhouse import AsyncClickHouse, quote_ident
from tallygate_shared.events import AuditEvent, UsageEvent

COLUMNS = (
    "request_id", "schema_version", "ts", "end_ts", "api_key_id", "user_id", "account_id",
    "provider", "endpoint", "task_type", "model", "upstream_model", "stream", "status_code",
    "error_type", "input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens",
    "reasoning_tokens", "units", "usage_estimated", "cost_usd", "billed_cost_usd",
    "price_version", "duration_ms", "ttft_ms", "attempts", "client_ip", "user_agent",
    "gateway_instance",
)  # fmt: skip


AUDIT_COLUMNS = (
    "id",
    "ts",
    "actor",
    "actor_id",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "client_ip",
)


def event_row(e: UsageEvent) -> list[Any]:
    return [
        e.request_id, e.schema_version, e.started_at, e.ended_at, e.api_key_id, e.user_id,
        e.account_id, e.provider, e.endpoint, e.task_type, e.model, e.upstream_model, e.stream,
        e.status_code, e.error_type, e.input_tokens, e.output_tokens, e.cache_read_tokens,
        e.cache_write_tokens, e.reasoning_tokens, e.units, e.usage_estimated, e.cost_usd,
        e.billed_cost_usd, e.price_version, e.duration_ms, e.ttft_ms, min(e.attempts, 255),
        e.client_ip, e.user_agent, e.gateway_instance,
    ]  # fmt: skip


class UsageWriter:
    """Writes a batch in one INSERT. Duplicates are fine: the table collapses them (001 SQL)."""

    def __init__(self, ch: AsyncClickHouse, database: str) -> None:
        self._ch = ch
        self._table = f"{quote_ident(database)}.usage_events"
        self._audit = f"{quote_ident(database)}.audit_log"

    async def write(self, events: Sequence[UsageEvent]) -> None:
        if events:
            await self._ch.insert(self._table, [event_row(e) for e in events], COLUMNS)

    async def write_audit(self, events: Sequence[AuditEvent]) -> None:
        if events:
            rows = [
                [e.id, e.ts, e.actor, e.actor_id, e.action, e.entity, e.entity_id,
                 orjson.dumps(e.before).decode() if e.before is not None else "",
                 orjson.dumps(e.after).decode() if e.after is not None else "", e.client_ip]
                for e in events
            ]  # fmt: skip
            await self._ch.insert(self._audit, rows, AUDIT_COLUMNS)
