"""Exactness under redelivery: the same events published twice and an ingest that dies
between its insert and its ack still give exact totals in `usage` and in every rollup."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from tallygate_aggregator import Aggregator, AggregatorSettings
from tallygate_ingest import IngestService, IngestSettings, UsageWriter
from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate
from tallygate_shared.events import (
    EVENTS_HEADER,
    INGEST_DURABLE,
    MAX_EVENTS_PER_MESSAGE,
    USAGE_STREAM,
    USAGE_SUBJECT,
    UsageEvent,
    new_request_id,
)
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.nats import ensure_jetstream

pytestmark = pytest.mark.usefixtures("service_env")
N = 600


def make_events(n: int, seed: int = 7) -> list[UsageEvent]:
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    events = []
    for _ in range(n):
        started = now - timedelta(seconds=rng.randint(0, 2 * 86400))
        inp, out = rng.randint(0, 5000), rng.randint(0, 2000)
        events.append(
            UsageEvent(
                request_id=new_request_id(),
                api_key_id=f"key_{rng.randint(1, 5)}",
                user_id=rng.choice(["", "user_a", "user_b"]),
                account_id=f"acc_{rng.randint(1, 3)}",
                provider="openai",
                endpoint="/v1/chat/completions",
                model=rng.choice(["gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5"]),
                upstream_model="upstream",
                stream=rng.random() < 0.5,
                status_code=rng.choice([200, 200, 200, 429, 502]),
                started_at=started,
                ended_at=started + timedelta(milliseconds=rng.randint(5, 900)),
                duration_ms=rng.randint(5, 900),
                input_tokens=inp,
                output_tokens=out,
                cache_read_tokens=rng.randint(0, 300),
                cache_write_tokens=rng.randint(0, 50),
                cost_usd=Decimal(inp) * Decimal("0.0000025") + Decimal(out) * Decimal("0.00001"),
                billed_cost_usd=Decimal(inp) * Decimal("0.000003"),
                attempts=rng.choice([1, 1, 2]),
            )
        )
    return events


def expected_totals(events: list[UsageEvent]) -> dict[str, Any]:
    return {
        "requests": len(events),
        "errors": sum(e.status_code >= 400 for e in events),
        "fallbacks": sum(e.attempts > 1 for e in events),
        "input_tokens": sum(e.input_tokens for e in events),
        "output_tokens": sum(e.output_tokens for e in events),
        "cache_read_tokens": sum(e.cache_read_tokens for e in events),
        "cache_write_tokens": sum(e.cache_write_tokens for e in events),
        "cost_usd": sum((e.cost_usd for e in events), Decimal(0)),
        "billed_cost_usd": sum((e.billed_cost_usd for e in events), Decimal(0)),
    }


ROLLUP_SUMS = (
    "sum(requests) AS requests, sum(errors) AS errors, sum(fallbacks) AS fallbacks, "
    "sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, "
    "sum(cache_read_tokens) AS cache_read_tokens, sum(cache_write_tokens) AS cache_write_tokens, "
    "sum(cost_usd) AS cost_usd, sum(billed_cost_usd) AS billed_cost_usd"
)
RAW_SUMS = (
    ROLLUP_SUMS.replace("sum(requests)", "count()")
    .replace("sum(errors)", "countIf(status_code >= 400)")
    .replace("sum(fallbacks)", "countIf(attempts > 1)")
)


async def all_totals(ch: AsyncClickHouse, db: str) -> dict[str, dict[str, Any]]:
    out = {"usage": (await ch.query_rows(f"SELECT {RAW_SUMS} FROM {db}.usage"))[0]}
    for table in (
        "usage_15m",
        "usage_hourly",
        "usage_daily",
        "usage_model_daily",
        "usage_key_daily",
        "usage_account_daily",
        "usage_account_key_daily",
    ):
        out[table] = (await ch.query_rows(f"SELECT {ROLLUP_SUMS} FROM {db}.{table} FINAL"))[0]
    return out


async def publish(events: list[UsageEvent], suffix: str = "") -> None:
    nc = await nats_connect(IngestSettings().nats_url, "test-publisher")
    js = nc.jetstream()
    await ensure_jetstream(js)
    for e in events:
        # A different Nats-Msg-Id for the copies: as a spool replayed after the stream's
        # duplicate window would arrive, so the server cannot drop them for us.
        await js.publish(
            USAGE_SUBJECT, e.model_dump_json().encode(), headers={"Nats-Msg-Id": e.request_id + suffix}
        )
    await nats_close(nc)


async def wait_until_consumed(timeout: float = 30.0) -> None:
    nc = await nats_connect(IngestSettings().nats_url, "test-observer")
    js = nc.jetstream()
    deadline = asyncio.get_running_loop().time() + timeout
    try:
        while asyncio.get_running_loop().time() < deadline:
            info = await js.consumer_info(USAGE_STREAM, INGEST_DURABLE)
            if info.num_pending == 0 and info.num_ack_pending == 0:
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"ingest did not catch up: {info}")
    finally:
        await nats_close(nc)


async def test_duplicates_and_a_crash_between_insert_and_ack_leave_totals_exact(database: str) -> None:
    events = make_events(N)
    expected = expected_totals(events)
    settings = IngestSettings(ingest_batch_size=100, ingest_ack_wait_s=1.0)
    client = connect(settings.clickhouse_url)
    ch = AsyncClickHouse(client, "test")
    await ch.run(migrate, client, database)
    writer = UsageWriter(ch, database)

    await publish(events)
    await publish(events[: N // 2], suffix="-again")

    inserted_once = asyncio.Event()

    async def insert_then_die(batch: list[UsageEvent]) -> None:
        await writer.write(batch)  # the rows are in ClickHouse ...
        inserted_once.set()
        await asyncio.Event().wait()  # ... and the process dies before it acks

    crashing = IngestService(settings, write=insert_then_die)
    await crashing.start()
    await asyncio.wait_for(inserted_once.wait(), 10)
    await crashing.abort()

    ingest = IngestService(settings)  # the restarted ingest, with its own writer client
    await ingest.start()
    await wait_until_consumed()
    await ingest.stop()

    raw_rows = (await ch.query_rows(f"SELECT count() AS n FROM {database}.usage_events"))[0]["n"]
    assert raw_rows > N, "the test must actually have produced duplicate rows"

    aggregator = Aggregator(AggregatorSettings(clickhouse_database=database))
    await aggregator.start()
    await aggregator.stop()
    totals = await all_totals(ch, database)
    for table, got in totals.items():
        assert got == expected, f"{table} differs from what was sent"

    # A second delivery of everything after the rollups were built, then a restarted
    # aggregator: still exact.
    await publish(events, suffix="-third")
    ingest = IngestService(settings)
    await ingest.start()
    await wait_until_consumed()
    await ingest.stop()
    aggregator = Aggregator(AggregatorSettings(clickhouse_database=database))
    await aggregator.start()
    await aggregator.stop()
    assert await all_totals(ch, database) == dict.fromkeys(totals, expected)
    ch.close()


async def test_daily_rollup_follows_the_timezone_day_boundary(database: str) -> None:
    """Two requests 10 minutes apart around midnight in Asia/Kolkata (UTC+5:30) fall on two
    days there, and on one day in UTC."""
    client = connect(AggregatorSettings().clickhouse_url)
    ch = AsyncClickHouse(client, "test-tz")
    await ch.run(migrate, client, database)
    midnight_kolkata = datetime(2026, 3, 10, 18, 30, tzinfo=UTC)  # 00:00 on 11 March in Kolkata
    events = [
        e.model_copy(
            update={"started_at": midnight_kolkata + timedelta(minutes=m), "ended_at": midnight_kolkata}
        )
        for e, m in zip(make_events(2), (-5, 5), strict=True)
    ]
    await UsageWriter(ch, database).write(events)

    async def days_with(tz: str) -> list[tuple[str, int]]:
        aggregator = Aggregator(AggregatorSettings(clickhouse_database=database, timezone=tz))
        await aggregator.start()
        await aggregator.stop()
        rows = await ch.query_rows(
            f"SELECT toString(day) AS day, sum(requests) AS n FROM {database}.usage_daily FINAL "
            "GROUP BY day ORDER BY day"
        )
        return [(r["day"], r["n"]) for r in rows]

    assert await days_with("Asia/Kolkata") == [("2026-03-10", 1), ("2026-03-11", 1)]
    assert await days_with("UTC") == [("2026-03-10", 2)]  # the timezone change rebuilt the days
    ch.close()


async def test_a_message_of_several_events_and_a_bad_line(database: str) -> None:
    """The gateway batches events, one JSON line each; a line that does not decode is dropped
    without taking its neighbours with it."""
    events = make_events(5, seed=3)
    settings = IngestSettings(ingest_ack_wait_s=1.0)
    nc = await nats_connect(settings.nats_url, "test-publisher")
    js = nc.jetstream()
    await ensure_jetstream(js)
    lines = [e.model_dump_json().encode() for e in events[:3]] + [b'{"not": "an event"}']
    await js.publish(USAGE_SUBJECT, b"\n".join(lines), headers={"Nats-Msg-Id": "batch-1"})
    await js.publish(USAGE_SUBJECT, b"garbage", headers={"Nats-Msg-Id": "junk"})
    await js.publish(USAGE_SUBJECT, b"\n".join(e.model_dump_json().encode() for e in events[3:]),
                     headers={"Nats-Msg-Id": "batch-2"})  # fmt: skip
    await nats_close(nc)
    ingest = IngestService(settings)
    await ingest.start()
    await wait_until_consumed()
    await ingest.stop()
    client = connect(settings.clickhouse_url)
    ch = AsyncClickHouse(client, "test-batch")
    rows = await ch.query_rows(f"SELECT request_id FROM {database}.usage ORDER BY request_id")
    assert [r["request_id"] for r in rows] == sorted(e.request_id for e in events)
    ch.close()


async def test_a_backlog_is_written_in_batches_of_the_configured_size_in_events(database: str) -> None:
    """Messages of MAX_EVENTS_PER_MESSAGE events: a batch holds about ingest_batch_size events
    (at most one message more), not ingest_batch_size messages, and every event gets written."""
    per_message, messages, size = MAX_EVENTS_PER_MESSAGE, 12, 200
    events = make_events(per_message * messages, seed=11)
    nc = await nats_connect(IngestSettings().nats_url, "test-publisher")
    js = nc.jetstream()
    await ensure_jetstream(js)
    for i in range(0, len(events), per_message):
        group = events[i : i + per_message]
        await js.publish(
            USAGE_SUBJECT,
            b"\n".join(e.model_dump_json().encode() for e in group),
            headers={"Nats-Msg-Id": f"backlog-{i}", EVENTS_HEADER: str(len(group))},
        )
    await nats_close(nc)
    batches: list[int] = []

    async def record(batch: list[UsageEvent]) -> None:
        batches.append(len(batch))

    ingest = IngestService(IngestSettings(ingest_batch_size=size), write=record)
    await ingest.start()
    await wait_until_consumed()
    await ingest.stop()
    assert sum(batches) == len(events)
    assert max(batches) < size + per_message, batches
    assert len(batches) >= len(events) // (size + per_message), batches
