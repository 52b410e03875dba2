"""Rebuilding rollup buckets as a whole from the level below (infra/clickhouse/002_rollups.sql).

A rebuild reads its source with FINAL (each request once), groups it, and inserts every group
of the bucket with a fresh version. Rebuilding a bucket twice gives the same rows, so
redelivery, restarts and overlapping scans never change a total."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tallygate_shared.clickhouse import AsyncClickHouse, quote_ident

log = logging.getLogger(__name__)

DIMS = "api_key_id, user_id, account_id, provider, model, upstream_model, endpoint, task_type"
SUMS = (
    "requests", "errors", "fallbacks", "input_tokens", "output_tokens", "cache_read_tokens",
    "cache_write_tokens", "reasoning_tokens", "units", "cost_usd", "billed_cost_usd",
    "duration_ms_sum", "ttft_ms_sum", "ttft_count", "jobs_succeeded", "jobs_failed",
)  # fmt: skip
# usage_events holds a job's final event only (infra/clickhouse/006_jobs.sql): a job counts once,
# as a request, and as an error when it failed, whatever status its submit got.
RAW_SUMS = (
    "count()", "countIf(status_code >= 400 OR job_status = 'failed')", "countIf(attempts > 1)",
    "sum(input_tokens)", "sum(output_tokens)", "sum(cache_read_tokens)", "sum(cache_write_tokens)",
    "sum(reasoning_tokens)", "sum(units)", "sum(cost_usd)", "sum(billed_cost_usd)",
    "sum(duration_ms)", "sum(ifNull(ttft_ms, 0))", "count(ttft_ms)",
    "countIf(job_status = 'succeeded')", "countIf(job_status = 'failed')",
)  # fmt: skip
SLICE = timedelta(minutes=15)
# Bucket expressions as DateTime('UTC') (toStartOf* of a DateTime64 keeps or drops the 64
# depending on the function), so they compare with Array(DateTime('UTC')) parameters.
SLICE_OF_TS = "toDateTime(toStartOfFifteenMinutes(ts), 'UTC')"
HOUR_OF_BUCKET = "toDateTime(toStartOfHour(bucket), 'UTC')"
STATE_NAME = "rollups"
# A second state row: the zone whose past days are being cut again ('' when none is), so a
# restarted aggregator finishes a rebuild that was under way.
REBUILD_STATE = "daily_rebuild"
# The small daily rollups, each a projection of usage_daily (infra/clickhouse 002 and 004).
DAY_ROLLUPS = (
    ("usage_model_daily", "model"),
    ("usage_key_daily", "api_key_id, user_id"),
    ("usage_account_daily", "account_id, task_type"),
    ("usage_account_key_daily", "account_id, api_key_id, user_id"),
)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DAYS_PER_PASS = 31  # days rebuilt by one statement, and by one pass of a timezone rebuild


def _into(table: str, *dims: str) -> str:
    """`table (dims…, SUMS…, version)`: inserts name their columns, so a column a later migration
    added anywhere in a table never shifts the others."""
    return f"{table} ({', '.join((*dims, *SUMS, 'version'))})"


def _summed(columns: Iterable[str]) -> str:
    return ", ".join(f"sum({c}) AS {c}" for c in columns)


def _raw_summed() -> str:
    return ", ".join(f"{expr} AS {name}" for expr, name in zip(RAW_SUMS, SUMS, strict=True))


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class RollupBuilder:
    """The SQL of each rebuild step, run on one ClickHouse client."""

    def __init__(self, ch: AsyncClickHouse, database: str, timezone: str) -> None:
        self._ch = ch
        self._db = quote_ident(database)
        self._tz = ""
        self.set_zone(timezone)
        self._version = 0

    @property
    def zone(self) -> str:
        """The timezone days are cut in."""
        return self._tz

    def set_zone(self, timezone: str) -> None:
        ZoneInfo(timezone)  # validated: it is inlined as a literal below
        self._tz = timezone

    def _next_version(self) -> int:
        self._version = max(self._version + 1, time.time_ns() // 1_000_000)
        return self._version

    async def dirty_slices(self, since: datetime) -> tuple[int, datetime | None, list[datetime]]:
        """How many rows were ingested after `since`, the newest ingested_at among them, and
        their 15-minute slices. Job events count too: a pending job changes no rollup, but it
        changes an account's live task counter, which a pass publishes when it rebuilt something
        (rebuilding a slice that did not change changes nothing)."""
        since_sql = "ingested_at > {since:DateTime64(3, 'UTC')}"
        rows = await self._ch.query_rows(
            f"SELECT max(ingested_at) AS hi, groupUniqArray(slice) AS slices, count() AS n FROM ("
            f"SELECT ingested_at, {SLICE_OF_TS} AS slice FROM {self._db}.usage_events WHERE {since_sql} "
            f"UNION ALL "
            f"SELECT ingested_at, {SLICE_OF_TS} AS slice FROM {self._db}.job_events WHERE {since_sql})",
            {"since": since},
        )
        if not rows or rows[0]["n"] == 0:
            return 0, None, []
        return rows[0]["n"], rows[0]["hi"], sorted(rows[0]["slices"])

    async def rebuild(self, slices: Sequence[datetime]) -> None:
        """Rebuild the 15-minute slices given, then the hours and days that contain them."""
        tz = ZoneInfo(self._tz)
        for chunk in _chunks(slices, 192):
            await self._rebuild_slices(chunk)
        hours = sorted({s.replace(minute=0, second=0, microsecond=0) for s in slices})
        for chunk in _chunks(hours, 192):
            await self._rebuild_hours(chunk)
        days = sorted({s.astimezone(tz).date() for s in slices})
        for chunk in _chunks(days, DAYS_PER_PASS):
            await self._rebuild_days(chunk)

    async def _rebuild_slices(self, slices: Sequence[datetime]) -> None:
        await self._ch.command(
            f"INSERT INTO {_into(f'{self._db}.usage_15m', 'bucket', DIMS)} "
            f"SELECT {SLICE_OF_TS} AS bucket, {DIMS}, {_raw_summed()}, "
            f"{self._next_version()} AS version "
            f"FROM {self._db}.usage_events FINAL "
            f"WHERE ts >= {{lo:DateTime64(3, 'UTC')}} AND ts < {{hi:DateTime64(3, 'UTC')}} "
            f"AND {SLICE_OF_TS} IN {{slices:Array(DateTime('UTC'))}} "
            f"GROUP BY bucket, {DIMS}",
            {"lo": slices[0], "hi": slices[-1] + SLICE, "slices": list(slices)},
        )

    async def _rebuild_hours(self, hours: Sequence[datetime]) -> None:
        await self._ch.command(
            f"INSERT INTO {_into(f'{self._db}.usage_hourly', 'bucket', DIMS)} "
            f"SELECT {HOUR_OF_BUCKET} AS hour, {DIMS}, {_summed(SUMS)}, "
            f"{self._next_version()} AS version "
            f"FROM {self._db}.usage_15m FINAL "
            f"WHERE bucket >= {{lo:DateTime64(3, 'UTC')}} AND bucket < {{hi:DateTime64(3, 'UTC')}} "
            f"AND {HOUR_OF_BUCKET} IN {{hours:Array(DateTime('UTC'))}} "
            f"GROUP BY hour, {DIMS}",
            {"lo": hours[0], "hi": hours[-1] + timedelta(hours=1), "hours": list(hours)},
        )

    async def _rebuild_days(self, days: Sequence[date]) -> None:
        tz = ZoneInfo(self._tz)
        lo = datetime.combine(days[0], datetime.min.time(), tz).astimezone(UTC)
        hi = datetime.combine(days[-1] + timedelta(days=1), datetime.min.time(), tz).astimezone(UTC)
        day_expr = f"toDate(bucket, '{self._tz}')"
        params = {"lo": lo, "hi": hi, "days": list(days)}
        await self._ch.command(
            f"INSERT INTO {_into(f'{self._db}.usage_daily', 'day', DIMS)} "
            f"SELECT {day_expr} AS day, {DIMS}, {_summed(SUMS)}, {self._next_version()} AS version "
            f"FROM {self._db}.usage_15m FINAL "
            f"WHERE bucket >= {{lo:DateTime64(3, 'UTC')}} AND bucket < {{hi:DateTime64(3, 'UTC')}} "
            f"AND {day_expr} IN {{days:Array(Date)}} "
            f"GROUP BY day, {DIMS}",
            params,
        )
        await self._rebuild_day_rollups(days)

    async def _rebuild_day_rollups(self, days: Sequence[date]) -> None:
        for table, dims in DAY_ROLLUPS:
            await self._ch.command(
                f"INSERT INTO {_into(f'{self._db}.{table}', 'day', dims)} "
                f"SELECT day, {dims}, {_summed(SUMS)}, {self._next_version()} AS version "
                f"FROM {self._db}.usage_daily FINAL WHERE day IN {{days:Array(Date)}} "
                f"GROUP BY day, {dims}",
                {"days": list(days)},
            )

    async def load_state(self) -> tuple[datetime, str | None, str]:
        """(watermark, the zone the days were cut in, the zone of a rebuild under way or '')."""
        rows = await self._ch.query_rows(
            f"SELECT name, watermark, timezone FROM {self._db}.aggregator_state FINAL "
            f"WHERE name IN ({{state:String}}, {{rebuild:String}})",
            {"state": STATE_NAME, "rebuild": REBUILD_STATE},
        )
        found = {r["name"]: r for r in rows}
        state, rebuild = found.get(STATE_NAME), found.get(REBUILD_STATE)
        return (
            state["watermark"] if state else EPOCH,
            state["timezone"] if state else None,
            rebuild["timezone"] if rebuild else "",
        )

    async def save_state(self, watermark: datetime) -> None:
        await self._save(STATE_NAME, watermark, self._tz)

    async def _save(self, name: str, watermark: datetime, timezone: str) -> None:
        await self._ch.insert(
            f"{self._db}.aggregator_state",
            [[name, watermark, timezone, self._next_version()]],
            ("name", "watermark", "timezone", "version"),
        )

    async def build_day_rollups(self) -> None:
        """Build the small daily rollups for every day of usage_daily (a rollup added by a later
        migration), leaving usage_daily itself as it is, so dashboards never see a gap."""
        rows = await self._ch.query_rows(f"SELECT groupUniqArray(day) AS days FROM {self._db}.usage_daily")
        days = sorted(rows[0]["days"]) if rows else []
        for chunk in _chunks(days, DAYS_PER_PASS):
            await self._rebuild_day_rollups(chunk)

    async def missing_day_rollups(self) -> bool:
        """True when a day-level rollup is empty while usage_daily is not (a table added by a
        later migration): the day levels must then be built for every day."""
        counts: list[int] = []
        for table in ("usage_daily", *(t for t, _ in DAY_ROLLUPS)):
            rows = await self._ch.query_rows(f"SELECT count() AS n FROM {self._db}.{table}")
            counts.append(rows[0]["n"])
        return counts[0] > 0 and min(counts[1:]) == 0

    async def start_rebuild(self, timezone: str) -> list[date]:
        """Cut days in `timezone` from now on. The day-level rollups are emptied (a day of the
        old zone is not a day of the new one), and the days to cut again are returned newest
        first: `rebuild_days` takes them a chunk at a time, and dashboards get recent days
        back first. Recorded in aggregator_state, so a restart finishes the rebuild."""
        self.set_zone(timezone)
        for table in ("usage_daily", *(t for t, _ in DAY_ROLLUPS)):
            await self._ch.command(f"TRUNCATE TABLE {self._db}.{table}")
        await self._save(REBUILD_STATE, EPOCH, timezone)
        return await self.days_to_rebuild()

    async def days_to_rebuild(self) -> list[date]:
        """Every day (in the current zone) that usage_15m has rows for, newest first."""
        rows = await self._ch.query_rows(
            f"SELECT groupUniqArray(toDate(bucket, '{self._tz}')) AS days FROM {self._db}.usage_15m"
        )
        return sorted(rows[0]["days"] if rows else [], reverse=True)

    async def rebuild_days(self, days: Sequence[date]) -> None:
        await self._rebuild_days(sorted(days))

    async def finish_rebuild(self) -> None:
        await self._save(REBUILD_STATE, EPOCH, "")
