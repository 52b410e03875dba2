"""FastStream's NATS broker for a service, connected as the service's own NATS user with its own
inbox prefix (docs/security.md): the audit consumer and the live tail run on it."""

from __future__ import annotations

import logging

from faststream.nats import NatsBroker, NatsUserPassword
from pydantic import SecretStr

from .nats import inbox_prefix, redacted

DEFAULT_INBOX_PREFIX = "_INBOX"


def nats_broker(url: str, name: str, *, user: str = "", password: SecretStr | None = None) -> NatsBroker:
    """A broker that reconnects forever once connected (as `tallygate_shared.nats.connect` does).
    Start it after the service's own nats-py connection is up: that one fails fast on a missing
    server or wrong credentials, so by then both are known good. Its per-message log lines go to
    DEBUG: the live tail would otherwise log every request twice at INFO."""
    log = logging.getLogger(f"tallygate.broker.{name}")

    async def error(exc: Exception) -> None:
        log.warning("%s NATS error (FastStream broker at %s): %s", name, redacted(url), exc)

    security = None
    if user:
        secret = password.get_secret_value() if password is not None else ""
        security = NatsUserPassword(user, secret)
    return NatsBroker(
        url,
        name=f"{name} (faststream)",
        security=security,
        inbox_prefix=inbox_prefix(user) if user else DEFAULT_INBOX_PREFIX,
        max_reconnect_attempts=-1,
        reconnect_time_wait=1,
        connect_timeout=2,
        error_cb=error,
        logger=log,
        log_level=logging.DEBUG,
        graceful_timeout=10.0,
    )


def pull_inbox(user: str) -> bytes:
    """A JetStream pull subscriber's `inbox_prefix`. FastStream passes its own default, `_INBOX.`,
    to nats-py rather than the connection's prefix, and the server refuses a user a subscription
    outside `_INBOX.<user>.>`."""
    return ((inbox_prefix(user) if user else DEFAULT_INBOX_PREFIX) + ".").encode()
