"""The business timezone changed on the Settings page, with no restart: the aggregator cuts days
in the new zone from its next pass, rebuilds past days newest first with its progress in the
counters' meta entry, and a restart in the middle finishes the rebuild."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from nats.js.errors import KeyNotFoundError
from nats.js.kv import KeyValue

from tallygate_aggregator import Aggregator, AggregatorSettings
from tallygate_aggregator.rollups import DAY_ROLLUPS, DAYS_PER_PASS
from tallygate_ingest import UsageWriter
from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate
from tallygate_shared.config import (
    COUNTERS_BUCKET,
    COUNTERS_META,
    SETTINGS_BUCKET,
    SETTINGS_KEY,
    CountersMeta,
    RuntimeSettings,
)
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.nats import ensure_jetstream
from tests.service.test_ingest_redelivery import make_events

pytestmark = pytest.mark.usefixtures("service_env")
NEW_ZONE = "Asia/Shanghai"  # UTC+8: a request at 20:00 UTC falls on the next day there
DAYS = 100


async def day_counts(ch: AsyncClickHouse, database: str, table: str) -> dict[date, int]:
    rows = await ch.query_rows(
        f"SELECT day, sum(requests) AS n FROM {database}.{table} FINAL GROUP BY day HAVING n > 0"
    )
    return {r["day"]: r["n"] for r in rows}


async def meta_of(kv: KeyValue) -> CountersMeta:
    entry = await kv.get(COUNTERS_META)
    assert entry.value is not None
    return CountersMeta.model_validate_json(entry.value)


async def wait_for_meta(
    kv: KeyValue, done: Callable[[CountersMeta], bool], timeout: float = 30.0
) -> CountersMeta:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        with contextlib.suppress(KeyNotFoundError):  # not written yet
            meta = await meta_of(kv)
            if done(meta):
                return meta
        assert asyncio.get_running_loop().time() < deadline, "the aggregator never got there"
        await asyncio.sleep(0.05)


async def test_a_timezone_change_rebuilds_past_days_in_the_background(database: str) -> None:
    # One to three requests a day at 20:00 UTC over DAYS days: every one of them moves to the
    # next day in Shanghai.
    first = datetime.now(UTC).replace(hour=20, minute=0, second=0, microsecond=0) - timedelta(days=DAYS)
    events = []
    for i, e in enumerate(make_events(2 * DAYS)):
        day = i % DAYS
        if i >= DAYS and day % 3:  # a second request on two days of three
            continue
        at = first + timedelta(days=day, seconds=i)
        events.append(e.model_copy(update={"started_at": at, "ended_at": at}))
    in_utc = Counter(e.started_at.date() for e in events)
    in_new_zone = Counter(e.started_at.astimezone(ZoneInfo(NEW_ZONE)).date() for e in events)
    assert in_utc != in_new_zone

    client = connect(AggregatorSettings().clickhouse_url)
    ch = AsyncClickHouse(client, "test-zone")
    await ch.run(migrate, client, database)
    await UsageWriter(ch, database).write(events)
    # Passes an hour apart (after the first one, each pass is a tick() here) that never look back
    # at rows already seen, so that only the timezone rebuild cuts past days again.
    settings = AggregatorSettings(
        clickhouse_database=database, aggregator_interval_s=3600, aggregator_overlap_s=0
    )
    nc = await nats_connect(settings.nats_url, "test-settings")
    js = nc.jetstream()
    await ensure_jetstream(js)
    counters = await js.key_value(COUNTERS_BUCKET)
    try:
        aggregator = Aggregator(settings)
        await aggregator.start()
        await wait_for_meta(counters, lambda m: m.timezone == "UTC")
        await asyncio.sleep(0.2)  # the first pass publishes the meta entry last
        assert await day_counts(ch, database, "usage_daily") == in_utc

        saved = RuntimeSettings(timezone=NEW_ZONE)
        await (await js.key_value(SETTINGS_BUCKET)).put(SETTINGS_KEY, saved.model_dump_json().encode())
        for _ in range(100):
            if aggregator.zone() == NEW_ZONE:
                break
            await asyncio.sleep(0.02)
        await aggregator.tick()  # the next pass: days in the new zone, the newest chunk first
        meta = await meta_of(counters)
        assert meta.timezone == NEW_ZONE and meta.rebuild is not None
        assert (meta.rebuild.days_done, meta.rebuild.days_total) == (DAYS_PER_PASS, len(in_new_zone))
        newest = sorted(in_new_zone, reverse=True)[:DAYS_PER_PASS]
        assert await day_counts(ch, database, "usage_daily") == {d: in_new_zone[d] for d in newest}

        await aggregator.stop()  # stopped in the middle: its last pass cuts one more chunk
        meta = await meta_of(counters)
        assert meta.rebuild is not None and meta.rebuild.days_done == 2 * DAYS_PER_PASS

        restarted = Aggregator(AggregatorSettings(clickhouse_database=database))
        await restarted.start()
        await wait_for_meta(counters, lambda m: m.rebuild is None)
        await restarted.stop()
        for table in ("usage_daily", *(t for t, _ in DAY_ROLLUPS)):
            assert await day_counts(ch, database, table) == dict(in_new_zone), table
        assert (await meta_of(counters)).timezone == NEW_ZONE
    finally:
        await nats_close(nc)
        ch.close()
