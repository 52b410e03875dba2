"""The audit consumer (FastStream, durable `audit-ingest`): each AuditEvent lands in audit_log
once, acked after the insert; a message that is not an AuditEvent is terminated, not retried; an
insert that fails is redelivered; a clean stop leaves nothing unacked."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from tallygate_ingest import IngestService, IngestSettings
from tallygate_ingest.writer import UsageWriter
from tallygate_shared.clickhouse import AsyncClickHouse, connect
from tallygate_shared.events import AUDIT_DURABLE, AUDIT_STREAM, AUDIT_SUBJECT, AuditEvent, new_request_id
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.nats import ensure_jetstream

pytestmark = pytest.mark.usefixtures("service_env")


def audit(n: int) -> list[AuditEvent]:
    now = datetime.now(UTC)
    return [
        AuditEvent(id=new_request_id(), ts=now, actor="admin", action="update", entity="key",
                   entity_id=f"key_{i}", before={"name": "a"}, after={"name": "b"})
        for i in range(n)
    ]  # fmt: skip


async def publish(events: Sequence[AuditEvent], junk: bool = False) -> None:
    nc = await nats_connect(IngestSettings().nats_url, "test-publisher")
    js = nc.jetstream()
    await ensure_jetstream(js)
    for e in events:  # the second of each pair under another message id: a redelivery's twin
        await js.publish(AUDIT_SUBJECT, e.model_dump_json().encode(), headers={"Nats-Msg-Id": e.id})
        await js.publish(AUDIT_SUBJECT, e.model_dump_json().encode(), headers={"Nats-Msg-Id": e.id + "-2"})
    if junk:
        await js.publish(AUDIT_SUBJECT, b'{"not": "an audit event"}', headers={"Nats-Msg-Id": "junk"})
    await nats_close(nc)


async def audit_rows(database: str) -> list[str]:
    ch = AsyncClickHouse(connect(IngestSettings().clickhouse_url), "test-audit")
    try:
        rows = await ch.query_rows(f"SELECT id FROM {database}.audit_log FINAL ORDER BY id")
        return [r["id"] for r in rows]
    finally:
        ch.close()


async def consumer_state() -> tuple[int, int, int]:
    nc = await nats_connect(IngestSettings().nats_url, "test-probe")
    try:
        info = await nc.jetstream().consumer_info(AUDIT_STREAM, AUDIT_DURABLE)
        return info.num_pending, info.num_ack_pending, info.num_redelivered
    finally:
        await nats_close(nc)


async def test_audit_events_land_once_and_junk_is_terminated(database: str) -> None:
    events = audit(5)
    await publish(events, junk=True)
    ingest = IngestService(IngestSettings(ingest_ack_wait_s=1.0))
    await ingest.start()
    await ingest.stop()  # drains: returns once every audit message is acked or terminated
    assert await audit_rows(database) == sorted(e.id for e in events)
    pending, ack_pending, redelivered = await consumer_state()
    assert (pending, ack_pending, redelivered) == (0, 0, 0)  # junk terminated, not retried


async def test_a_failed_insert_is_redelivered(database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    events = audit(3)
    real = UsageWriter.write_audit
    failures = 0

    async def flaky(self: UsageWriter, batch: Sequence[AuditEvent]) -> None:
        nonlocal failures
        if failures < 2:
            failures += 1
            raise RuntimeError("ClickHouse is away")
        await real(self, batch)

    monkeypatch.setattr(UsageWriter, "write_audit", flaky)
    await publish(events)
    ingest = IngestService(IngestSettings(ingest_ack_wait_s=1.0))
    await ingest.start()
    for _ in range(100):
        if await audit_rows(database) == sorted(e.id for e in events):
            break
        await asyncio.sleep(0.1)
    await ingest.stop()
    assert failures == 2
    assert await audit_rows(database) == sorted(e.id for e in events)
    assert (await consumer_state())[:2] == (0, 0)
