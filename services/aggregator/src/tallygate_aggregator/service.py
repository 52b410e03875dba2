"""The aggregator's loop: find what was ingested since the watermark, rebuild those buckets."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import UTC, date, datetime, timedelta

from nats.aio.client import Client as NATS
from pydantic import Field

from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate
from tallygate_shared.config import (
    COUNTERS_BUCKET,
    SETTINGS_BUCKET,
    SETTINGS_KEY,
    RollupRebuild,
    RuntimeSettings,
)
from tallygate_shared.nats import BucketMirror, ensure_jetstream
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.settings import CommonSettings

from .counters import LiveCounters
from .rollups import DAYS_PER_PASS, EPOCH, RollupBuilder

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
        self._settings = BucketMirror(SETTINGS_BUCKET)
        self._caught_up = False
        # Past days still to cut in the current zone after a timezone change, newest first.
        self._days_left: list[date] = []
        self._progress: RollupRebuild | None = None  # of a timezone rebuild
        self.watermark: datetime = EPOCH
        self._last_window: tuple[datetime, int] | None = None

    async def start(self) -> None:
        s = self.settings
        client = connect(s.clickhouse_url)
        self._ch = AsyncClickHouse(client, "aggregator")
        await self._ch.run(migrate, client, s.clickhouse_database)
        self._nc = await nats_connect(
            s.nats_url, "aggregator", on_reconnect=self._rewatch, user=s.nats_user, password=s.nats_password
        )
        js = self._nc.jetstream()
        await ensure_jetstream(js)
        await self._settings.start(js)
        self._builder = RollupBuilder(self._ch, s.clickhouse_database, s.timezone)
        self.watermark, built_tz, rebuilding = await self._builder.load_state()
        # Days stay in the zone they were cut in until the first pass sees another one.
        zone = rebuilding or built_tz or self.zone()
        self._builder.set_zone(zone)
        kv = await js.key_value(COUNTERS_BUCKET)
        self._counters = LiveCounters(self._ch, s.clickhouse_database, zone, kv)
        if rebuilding:  # a rebuild was under way when the aggregator stopped: it goes on
            self._begin_rebuild(await self._builder.days_to_rebuild())
        # Catching up can take minutes after a backlog: it runs in the loop, not in start().
        self._task = asyncio.create_task(self._run())

    async def _rewatch(self) -> None:
        # After a NATS server restart a KV watcher stalls (docs/architecture.md): start it afresh.
        if self._nc is not None:
            await self._settings.start(self._nc.jetstream())

    def zone(self) -> str:
        """The timezone of the Settings page, or TALLYGATE_TIMEZONE while none is saved."""
        found = self._settings.items.get(SETTINGS_KEY)
        try:
            saved = RuntimeSettings.model_validate_json(found[0]) if found else None
        except ValueError:
            log.exception("the saved settings do not read; keeping the environment's timezone")
            saved = None
        return saved.timezone if saved is not None else self.settings.timezone

    async def _catch_up(self) -> None:
        assert self._builder is not None
        if await self._builder.missing_day_rollups():
            log.warning("a daily rollup is new: building it for every day")
            await self._builder.build_day_rollups()

    async def _follow_zone(self) -> bool:
        """Switch to the Settings page's timezone when it changed: from this pass on, days are
        cut in the new zone, and past days are cut again a chunk per pass. True on a switch."""
        assert self._builder is not None and self._counters is not None
        zone = self.zone()
        if zone == self._builder.zone:
            return False
        log.warning("timezone changed from %s to %s: rebuilding the daily rollups", self._builder.zone, zone)
        self._begin_rebuild(await self._builder.start_rebuild(zone))
        self._counters.set_zone(zone)
        await self._builder.save_state(self.watermark)
        return True

    def _begin_rebuild(self, days: list[date]) -> None:
        self._days_left = days
        self._progress = RollupRebuild(started_at=datetime.now(UTC), days_done=0, days_total=len(days))

    async def _rebuild_past_days(self) -> bool:
        """Cut the next chunk of past days in the current zone; True when one was cut."""
        assert self._builder is not None
        if self._progress is None:
            return False
        chunk, self._days_left = self._days_left[:DAYS_PER_PASS], self._days_left[DAYS_PER_PASS:]
        if chunk:
            await self._builder.rebuild_days(chunk)
        if self._days_left:
            done = self._progress.days_total - len(self._days_left)
            self._progress = self._progress.model_copy(update={"days_done": done})
        else:
            await self._builder.finish_rebuild()
            log.info("daily rollups rebuilt in %s: %d days", self._builder.zone, self._progress.days_total)
            self._progress = None
        return True

    async def tick(self) -> int:
        """One pass: follow a timezone change, rebuild what changed (and a chunk of past days
        while a timezone rebuild is under way), then refresh the live counters. Returns how
        many 15-minute slices were rebuilt."""
        switched = await self._follow_zone()
        rebuilt = await self._rebuild()
        moved = await self._rebuild_past_days()
        assert self._counters is not None
        # Counters also move when nothing was ingested (a new day, a window sliding on), so
        # they are refreshed at least every COUNTERS_REFRESH_S.
        if rebuilt or switched or moved or time.monotonic() - self._counters_at > COUNTERS_REFRESH_S:
            await self._counters.publish(self.watermark, self._progress)
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
        await self._settings.stop()
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
