"""The aggregator's loop: find what was ingested since the watermark, rebuild those buckets."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import datetime, timedelta

from nats.aio.client import Client as NATS
from pydantic import Field

from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate
from tallygate_shared.config import COUNTERS_BUCKET
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.nats import ensure_jetstream
from tallygate_shared.settings import CommonSettings

from .counters import LiveCounters
from .rollups import EPOCH, RollupBuilder

log = logging.getLogger(__name__)
COUNTERS_REFRESH_S = 15.0
MAX_PAUSE_S = 10.0


class AggregatorSettings(CommonSettings):
    aggregator_interval_s: float = 0.5
    # The largest share of its time the aggregator spends in passes. A pass rebuilds the open
    # 15-minute slice from its raw rows, so it grows with the traffic (2.6 s at 500,000 rows of
    # many keys and models); without a cap it would run back to back and hold a core.
    aggregator_max_busy: float = Field(default=0.25, gt=0, le=1)
    # Rows inserted while a scan ran may carry an ingested_at just below the watermark:
    # each scan looks this far back, and rebuilding a bucket twice changes nothing.
    aggregator_overlap_s: float = 10.0


class Aggregator:
    def __init__(self, settings: AggregatorSettings) -> None:
        self.settings = settings
        self._ch: AsyncClickHouse | None = None
        self._task: asyncio.Task[None] | None = None
        self._builder: RollupBuilder | None = None
        self._counters: LiveCounters | None = None
        self._nc: NATS | None = None
        self._counters_at = 0.0
        self._built_tz: str | None = None
        self._caught_up = False
        self.watermark: datetime = EPOCH
        self._last_window: tuple[datetime, int] | None = None

    async def start(self) -> None:
        s = self.settings
        client = connect(s.clickhouse_url)
        self._ch = AsyncClickHouse(client, "aggregator")
        await self._ch.run(migrate, client, s.clickhouse_database)
        self._builder = RollupBuilder(self._ch, s.clickhouse_database, s.timezone)
        self._nc = await nats_connect(s.nats_url, "aggregator", user=s.nats_user, password=s.nats_password)
        js = self._nc.jetstream()
        await ensure_jetstream(js)
        kv = await js.key_value(COUNTERS_BUCKET)
        self._counters = LiveCounters(self._ch, s.clickhouse_database, s.timezone, kv)
        self.watermark, built_tz = await self._builder.load_state()
        self._built_tz = built_tz
        # Catching up can take minutes after a backlog: it runs in the loop, not in start().
        self._task = asyncio.create_task(self._run())

    async def _catch_up(self) -> None:
        assert self._builder is not None
        tz = self.settings.timezone
        if self._built_tz is not None and self._built_tz != tz:
            log.warning("timezone changed from %s to %s: rebuilding the daily rollups", self._built_tz, tz)
            await self._builder.reset_daily()
        elif await self._builder.missing_day_rollups():
            log.warning("a daily rollup is new: building it for every day")
            await self._builder.build_day_rollups()

    async def tick(self) -> int:
        """One pass: rebuild what changed, then refresh the live counters. Returns how many
        15-minute slices were rebuilt."""
        rebuilt = await self._rebuild()
        assert self._counters is not None
        # Counters also move when nothing was ingested (a new day, a window sliding on), so
        # they are refreshed at least every COUNTERS_REFRESH_S.
        if rebuilt or time.monotonic() - self._counters_at > COUNTERS_REFRESH_S:
            await self._counters.publish(self.watermark)
            self._counters_at = time.monotonic()
        return rebuilt

    async def _rebuild(self) -> int:
        assert self._builder is not None
        overlap = timedelta(seconds=self.settings.aggregator_overlap_s)
        since = self.watermark - overlap if self.watermark > EPOCH + overlap else EPOCH
        count, newest, slices = await self._builder.dirty_slices(since)
        if newest is None or self._last_window == (since, count):
            return 0  # nothing arrived since the last pass, late rows included
        await self._builder.rebuild(slices)
        self.watermark = max(newest, self.watermark)
        self._last_window = (since, count)
        await self._builder.save_state(self.watermark)
        return len(slices)

    async def _run(self) -> None:
        while True:
            started = time.monotonic()
            try:
                if not self._caught_up:
                    await self._catch_up()
                    self._caught_up = True
                    started = time.monotonic()  # catching up is not a pass to pace by
                await self.tick()
            except Exception:
                log.exception("rollup pass failed; retrying next tick")
            await asyncio.sleep(pause_after(time.monotonic() - started, self.settings))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        with contextlib.suppress(Exception):
            if not self._caught_up:
                await self._catch_up()
            await self.tick()  # fold in what ingest flushed on its way out
        if self._nc is not None:
            await nats_close(self._nc)
        if self._ch is not None:
            self._ch.close()


def pause_after(busy_s: float, settings: AggregatorSettings) -> float:
    """The wait after a pass that took `busy_s`: the interval, or longer when passes have grown
    so long that the aggregator would be busy more than its share of the time; never more than
    MAX_PAUSE_S (a long pass after a backlog is followed by short ones)."""
    share = settings.aggregator_max_busy
    return max(settings.aggregator_interval_s, min(busy_s * (1 - share) / share, MAX_PAUSE_S))
