"""Live counters: per-key and per-user spend (today, this week, this month) and per-account
usage (today per task type, jobs by status, rolling 5 h and 7 d windows), read from the exact
rollups and `job_events FINAL`, and written to the `tg_counters` KV bucket, where every gateway
watches them to enforce limits."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from nats.js.kv import KeyValue

from tallygate_shared.clickhouse import AsyncClickHouse, quote_ident
from tallygate_shared.config import (
    COUNTERS_META,
    AccountUsage,
    CountersMeta,
    KeySpend,
    RollupRebuild,
    WindowUsage,
    account_counter_id,
    key_counter_id,
    user_counter_id,
)
from tallygate_shared.jobs import JobStatus

log = logging.getLogger(__name__)
TOKENS = "input_tokens + output_tokens + cache_read_tokens + cache_write_tokens"
JOB_STATUSES: tuple[JobStatus, ...] = ("pending", "succeeded", "failed")
# Successful requests that are not jobs: a job that ended is one request of the rollups, an error
# when it failed, so taking out the succeeded ones leaves no job at all. Jobs are counted from
# job_events alone (day_jobs_sql), so a job that ends between two reads is counted once.
PLAIN_OK = "greatest(toInt64(sum(requests)) - toInt64(sum(errors)) - toInt64(sum(jobs_succeeded)), 0)"


def day_jobs_sql(db: str) -> str:
    """Jobs submitted in [lo, hi) by account, task type and status now (each job's latest event).
    Parameters lo and hi: the day's bounds in UTC."""
    counts = ", ".join(f"countIf(job_status = '{s}') AS {s}" for s in JOB_STATUSES)
    return (
        f"SELECT account_id, task_type, {counts} FROM {db}.job_events FINAL "
        f"WHERE ts >= {{lo:DateTime64(3, 'UTC')}} AND ts < {{hi:DateTime64(3, 'UTC')}} "
        f"GROUP BY account_id, task_type"
    )


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """A calendar day in `tz` as [start, end) in UTC (23 or 25 hours on a DST change)."""
    start = datetime.combine(day, time.min, tz)
    end = datetime.combine(day + timedelta(days=1), time.min, tz)
    return start.astimezone(UTC), end.astimezone(UTC)


class LiveCounters:
    def __init__(self, ch: AsyncClickHouse, database: str, timezone: str, kv: KeyValue) -> None:
        self._ch = ch
        self._db = quote_ident(database)
        self._tz = ZoneInfo(timezone)
        self._kv = kv
        self._written: dict[str, bytes] = {}

    def set_zone(self, timezone: str) -> None:
        self._tz = ZoneInfo(timezone)

    async def publish(self, as_of: datetime, rebuild: RollupRebuild | None = None) -> int:
        """Write every counter that changed, then the meta entry (the zone the days are cut in,
        and a rebuild's progress); returns how many were written."""
        now = datetime.now(self._tz)
        docs: dict[str, bytes] = {}
        for key_id, spend in (await self.key_spend(now)).items():
            docs[key_counter_id(key_id)] = spend.model_dump_json().encode()
        for user_id, spend in (await self.key_spend(now, by="user_id")).items():
            docs[user_counter_id(user_id)] = spend.model_dump_json().encode()
        for account_id, usage in (await self.account_usage(now)).items():
            docs[account_counter_id(account_id)] = usage.model_dump_json().encode()
        meta = CountersMeta(as_of=as_of, timezone=self._tz.key, rebuild=rebuild)
        docs[COUNTERS_META] = meta.model_dump_json().encode()
        written = 0
        for name, value in docs.items():
            if self._written.get(name) != value:
                await self._kv.put(name, value)
                self._written[name] = value
                written += 1
        return written

    async def key_spend(
        self, now: datetime, by: Literal["api_key_id", "user_id"] = "api_key_id"
    ) -> dict[str, KeySpend]:
        """Spend per key, or per user (`by="user_id"`: all of a user's keys together, deleted
        ones included, so deleting a key never frees a user's budget)."""
        today = now.date()
        week = today - timedelta(days=today.weekday())
        month = today.replace(day=1)
        rows = await self._ch.query_rows(
            f"SELECT {by} AS id, sumIf(billed_cost_usd, day = {{today:Date}}) AS d, "
            f"sumIf(billed_cost_usd, day >= {{week:Date}}) AS w, "
            f"sumIf(billed_cost_usd, day >= {{month:Date}}) AS m, "
            f"sumIf(requests, day = {{today:Date}}) AS r, sumIf({TOKENS}, day = {{today:Date}}) AS t "
            f"FROM {self._db}.usage_key_daily FINAL WHERE day >= {{first:Date}} AND day <= {{today:Date}} "
            f"AND {by} != '' GROUP BY {by}",
            {"today": today, "week": week, "month": month, "first": min(week, month)},
        )
        return {
            r["id"]: KeySpend(
                day=today.isoformat(),
                spend_day=r["d"],
                spend_week=r["w"],
                spend_month=r["m"],
                requests_day=r["r"],
                tokens_day=r["t"],
            )
            for r in rows
        }

    async def account_usage(self, now: datetime) -> dict[str, AccountUsage]:
        """tasks_day (what daily_limits count): today's successful requests that are not jobs,
        plus today's jobs pending or succeeded; a failed job is not counted."""
        today = now.date()
        tasks = await self._ch.query_rows(
            f"SELECT account_id, task_type, {PLAIN_OK} AS ok, sum(requests) AS r, "
            f"sum({TOKENS}) AS t, sum(cost_usd) AS c FROM {self._db}.usage_account_daily FINAL "
            f"WHERE day = {{today:Date}} AND account_id != '' GROUP BY account_id, task_type",
            {"today": today},
        )
        lo, hi = day_bounds(today, self._tz)
        jobs = await self._ch.query_rows(day_jobs_sql(self._db), {"lo": lo, "hi": hi})
        # The 5 h window from the 15-minute rollup (five hours of it); the 7 d window from the
        # account x task daily rollup: the last seven calendar days, today included.
        h5 = await self._ch.query_rows(
            f"SELECT account_id, sum(requests) AS r, sum({TOKENS}) AS t, sum(cost_usd) AS c "
            f"FROM {self._db}.usage_15m FINAL WHERE bucket >= {{h5:DateTime64(3, 'UTC')}} "
            f"AND account_id != '' GROUP BY account_id",
            {"h5": now.astimezone(UTC) - timedelta(hours=5)},
        )
        d7 = await self._ch.query_rows(
            f"SELECT account_id, sum(requests) AS r, sum({TOKENS}) AS t, sum(cost_usd) AS c "
            f"FROM {self._db}.usage_account_daily FINAL WHERE day > {{d7:Date}} "
            f"AND account_id != '' GROUP BY account_id",
            {"d7": today - timedelta(days=7)},
        )
        by_account: dict[str, dict[str, Any]] = {}

        def account(account_id: str) -> dict[str, Any]:
            fresh = {"tasks_day": {}, "jobs_day": {}, "requests_day": 0, "tokens_day": 0, "cost_day": 0}
            return by_account.setdefault(account_id, fresh)

        for r in tasks:
            acc = account(r["account_id"])
            acc["tasks_day"][r["task_type"]] = int(r["ok"])
            acc["requests_day"] += int(r["r"])
            acc["tokens_day"] += int(r["t"])
            acc["cost_day"] += r["c"]
        for r in jobs:
            if not r["account_id"]:
                continue
            acc = account(r["account_id"])
            counts = {s: int(r[s]) for s in JOB_STATUSES}
            acc["jobs_day"][r["task_type"]] = counts
            held = counts["pending"] + counts["succeeded"]
            acc["tasks_day"][r["task_type"]] = acc["tasks_day"].get(r["task_type"], 0) + held
        for name, rows in (("window_5h", h5), ("window_7d", d7)):
            for r in rows:
                acc = by_account.setdefault(r["account_id"], {})
                acc[name] = WindowUsage(requests=r["r"], tokens=r["t"], cost_usd=r["c"])
        return {aid: AccountUsage(day=today.isoformat(), **fields) for aid, fields in by_account.items()}
