"""The audit consumer: a FastStream subscriber on the audit stream's durable `audit-ingest`,
one AuditEvent per message into ClickHouse `audit_log`, acked only after the insert."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from faststream import AckPolicy
from faststream.exceptions import NackMessage
from faststream.nats import ConsumerConfig, DeliverPolicy, JStream, NatsBroker, NatsRouter, PullSub

from tallygate_shared.events import AUDIT_DURABLE, AUDIT_STREAM, AUDIT_SUBJECT, AuditEvent

log = logging.getLogger(__name__)
WriteAudit = Callable[[Sequence[AuditEvent]], Awaitable[None]]

# Audit events are rare (one per management write), so each is its own INSERT. A long poll keeps
# the fetch deadline far from the window in which nats-py raises a plain TimeoutError
# (docs/architecture.md, usage-ingest); with one message per handler nothing gathered waits on it.
PULL = PullSub(batch_size=64, timeout=5.0)


def add_audit_consumer(
    broker: NatsBroker | NatsRouter, write: WriteAudit, *, inbox: bytes, ack_wait_s: float
) -> None:
    """Declare the consumer on `broker`. REJECT_ON_ERROR is the ack policy: the message is acked
    when the handler returns, that is after the INSERT; a message that is not an AuditEvent is
    terminated and logged (retrying cannot fix it); a failed INSERT naks it for redelivery.
    audit_log collapses a repeated id (003_audit_log.sql), so a redelivery counts once."""

    @broker.subscriber(
        AUDIT_SUBJECT,
        stream=JStream(AUDIT_STREAM, declare=False),  # only the `setup` user creates streams
        durable=AUDIT_DURABLE,
        config=ConsumerConfig(
            durable_name=AUDIT_DURABLE,
            deliver_policy=DeliverPolicy.ALL,
            ack_wait=ack_wait_s,
            max_ack_pending=1000,
        ),
        pull_sub=PULL,
        inbox_prefix=inbox,
        ack_policy=AckPolicy.REJECT_ON_ERROR,
        title="audit-ingest",
        description="usage-ingest writes each management write's AuditEvent to ClickHouse audit_log "
        "(durable pull consumer `audit-ingest` on the TALLYGATE_AUDIT stream).",
    )
    async def on_audit(event: AuditEvent) -> None:
        try:
            await write([event])
        except Exception:
            log.exception("insert of audit event %s failed; JetStream will redeliver it", event.id)
            raise NackMessage(delay=1.0) from None
