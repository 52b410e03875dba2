"""Dashboard answers from ClickHouse: history from the rollups, single requests from `usage`.

Plain class, no FastAPI: every method takes typed arguments and returns plain dicts, in the
shapes of schemas.py (docs/openapi.json)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import orjson

from tallygate_shared.clickhouse import AsyncClickHouse, quote_ident
from tallygate_shared.pricing import Price

from .money import money

TOTAL_SUMS = (
    "requests", "errors", "fallbacks", "input_tokens", "output_tokens", "cache_read_tokens",
    "cache_write_tokens", "cost_usd", "billed_cost_usd", "duration_ms_sum",
)  # fmt: skip
USER = "if(user_id != '', user_id, api_key_id)"  # a key without an owner counts as its own user
# Today's and all-time totals in one pass over the key x user rollup.
OVERVIEW_SQL = ", ".join(
    [f"sumIf({c}, day = {{today:Date}}) AS today_{c}, sum({c}) AS total_{c}" for c in TOTAL_SUMS]
    + [
        f"uniqExactIf({USER}, day = {{today:Date}}) AS today_unique_users",
        f"uniqExact({USER}) AS total_unique_users",
    ]
)

SUMMARY_SUMS = (
    "requests", "input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens",
    "cost_usd", "billed_cost_usd", "duration_ms_sum",
)  # fmt: skip
LOOKBACK = (timedelta(hours=1), timedelta(days=1), timedelta(days=7))
REQUEST_COLUMNS = (
    "request_id, ts, end_ts, api_key_id, user_id, account_id, provider, endpoint, task_type, "
    "model, upstream_model, stream, status_code, error_type, input_tokens, output_tokens, "
    "cache_read_tokens, cache_write_tokens, reasoning_tokens, units, usage_estimated, cost_usd, "
    "billed_cost_usd, price_version, duration_ms, ttft_ms, attempts, client_ip, user_agent, "
    "gateway_instance, job_id, job_status"
)
ORDER_NEWEST = "ORDER BY ts DESC, request_id DESC"
# Successful requests that are not jobs, from a rollup: a job that ended is one request there, an
# error when it failed, so taking out the succeeded ones leaves no job. Jobs are counted from
# job_events FINAL alone, the aggregator's live counters likewise (docs/analysts.md, "Jobs").
PLAIN_OK = "greatest(toInt64(sum(requests)) - toInt64(sum(errors)) - toInt64(sum(jobs_succeeded)), 0)"


def rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def totals(row: dict[str, Any]) -> dict[str, Any]:
    requests = int(row.get("requests") or 0)
    errors = int(row.get("errors") or 0)
    inp, cr, cw = (int(row.get(k) or 0) for k in ("input_tokens", "cache_read_tokens", "cache_write_tokens"))
    return {
        "requests": requests,
        "errors": errors,
        "success_rate": rate(requests - errors, requests),
        "fallbacks": int(row.get("fallbacks") or 0),
        "unique_users": int(row.get("unique_users") or 0),
        "input_tokens": inp,
        "output_tokens": int(row.get("output_tokens") or 0),
        "cache_read_tokens": cr,
        "cache_write_tokens": cw,
        "cache_hit_rate": rate(cr, inp + cr + cw),
        "cost_usd": money(row.get("cost_usd")),
        "billed_cost_usd": money(row.get("billed_cost_usd")),
        "avg_latency_ms": rate(int(row.get("duration_ms_sum") or 0), requests),
    }


@dataclass(frozen=True)
class RequestFilter:
    key_id: str | None = None
    user_id: str | None = None
    account_id: str | None = None
    model: str | None = None
    status: int | None = None
    endpoint: str | None = None
    stream: bool | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None
    job_status: str | None = None  # "" : requests that are not jobs


def encode_cursor(ts: datetime, row_id: str) -> str:
    """The page cursor of every list (request log, audit log): the last row's (ts, id)."""
    return base64.urlsafe_b64encode(f"{ts.isoformat()}|{row_id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """ValueError for a cursor encode_cursor did not make."""
    try:
        ts, row_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|", 1)
    except (UnicodeDecodeError, binascii.Error) as exc:
        raise ValueError("invalid cursor") from exc
    return datetime.fromisoformat(ts), row_id


class DashboardQueries:
    """The dashboards' SQL. Days are cut in `zone()`: the timezone the aggregator's rollups are in
    now, which follows the Settings page without a restart."""

    def __init__(self, ch: AsyncClickHouse, database: str, zone: Callable[[], str]) -> None:
        self._ch = ch
        self._db = quote_ident(database)
        self._zone = zone

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self._zone())  # ZoneInfo keeps one instance per zone

    def today(self) -> date:
        return datetime.now(self.tz).date()

    async def overview_totals(self, user: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
        """(today's Totals, all-time Totals), scoped to a user when given."""
        scope = "WHERE user_id = {user:String}" if user is not None else ""
        rows = await self._ch.query_rows(
            f"SELECT {OVERVIEW_SQL} FROM {self._db}.usage_key_daily FINAL {scope}",
            {"today": self.today(), "user": user},
        )
        row = rows[0] if rows else {}
        return (
            totals({k.removeprefix("today_"): v for k, v in row.items() if k.startswith("today_")}),
            totals({k.removeprefix("total_"): v for k, v in row.items() if k.startswith("total_")}),
        )

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """A day in the dashboards' zone as [start, end) in UTC."""
        tz = self.tz
        start = datetime.combine(day, time.min, tz)
        return start.astimezone(UTC), datetime.combine(day + timedelta(days=1), time.min, tz).astimezone(UTC)

    async def unpriced(self, days: int = 30) -> list[dict[str, Any]]:
        """The models of the last `days` whose rows carry no price (price_version 'unpriced'):
        how many rows and when the last one was. Bounded by time so it reads few parts."""
        return await self._ch.query_rows(
            f"SELECT model, upstream_model, count() AS rows, max(ts) AS last_seen "
            # Served requests only: a refusal (an unknown model, a limit) costs nothing at any price.
            f"FROM {self._db}.usage WHERE price_version = 'unpriced' AND status_code < 400 "
            f"AND ts >= now64(3) - toIntervalDay({{days:UInt32}}) GROUP BY model, upstream_model",
            {"days": days},
        )

    async def reprice(self, model: str, price: Price, multipliers: dict[str, Decimal]) -> int:
        """Price the unpriced rows of a model (as asked or as sent upstream) at `price`, billed with
        each key's multiplier (1 for a key not given). The rows are written again with the same
        (ts, request_id), so the usage view keeps the new one and the aggregator rebuilds the
        buckets they are in (a fresh ingested_at). Returns how many rows were repriced."""
        where = (
            f"FROM {self._db}.usage_events FINAL WHERE price_version = 'unpriced' "
            "AND (model = {model:String} OR upstream_model = {model:String})"
        )
        counted = await self._ch.query_rows(f"SELECT count() AS n {where}", {"model": model})
        n = int(counted[0]["n"]) if counted else 0
        if not n:
            return 0
        tokens = (
            "(toDecimal128(input_tokens, 0) * {pin:Decimal(38, 12)} "
            "+ toDecimal128(output_tokens, 0) * {pout:Decimal(38, 12)} "
            "+ toDecimal128(cache_read_tokens, 0) * {pcr:Decimal(38, 12)} "
            "+ toDecimal128(cache_write_tokens, 0) * {pcw:Decimal(38, 12)}) / 1000000 "
            "+ toDecimal128(units, 0) * {punit:Decimal(38, 12)}"
        )
        cost = f"CAST({tokens} AS Decimal(38, 12))"
        each_key = "transform(api_key_id, {keys:Array(String)}, {mults:Array(String)}, '1')"
        multiplier = f"toDecimal128({each_key}, 12)"
        await self._ch.command(
            f"INSERT INTO {self._db}.usage_events SELECT * REPLACE ({cost} AS cost_usd, "
            f"CAST(round({cost} * {multiplier}, 12) AS Decimal(38, 12)) AS billed_cost_usd, "
            # The rows come from a subquery: in one SELECT, WHERE would see the REPLACE aliases.
            f"{{version:String}} AS price_version, now64(3) AS ingested_at) FROM (SELECT * {where})",
            {
                "model": model, "version": price.version, "pin": price.input, "pout": price.output,
                "pcr": price.cache_read, "pcw": price.cache_write, "punit": price.per_unit,
                "keys": list(multipliers), "mults": [str(m) for m in multipliers.values()],
            },
        )  # fmt: skip
        return n

    async def used_today(self) -> dict[tuple[str, str], int]:
        """What daily limits are spent on, per (account, task type) today: successful requests
        that are not jobs, plus jobs submitted today that are pending or succeeded (a failed job
        gives its slot back). The aggregator's tasks_day counts the same."""
        day = self.today()
        lo, hi = self.day_bounds(day)
        rows = await self._ch.query_rows(
            f"SELECT account_id, task_type, sum(n) AS n FROM ("
            f"SELECT account_id, task_type, {PLAIN_OK} AS n "
            f"FROM {self._db}.usage_account_daily FINAL WHERE day = {{day:Date}} "
            f"GROUP BY account_id, task_type "
            f"UNION ALL "
            f"SELECT account_id, task_type, toInt64(countIf(job_status != 'failed')) AS n "
            f"FROM {self._db}.job_events FINAL "
            f"WHERE ts >= {{lo:DateTime64(3, 'UTC')}} AND ts < {{hi:DateTime64(3, 'UTC')}} "
            f"GROUP BY account_id, task_type"
            f") GROUP BY account_id, task_type",
            {"day": day, "lo": lo, "hi": hi},
        )
        return {(r["account_id"], r["task_type"]): int(r["n"]) for r in rows}

    def _daily_source(self, user: str | None) -> tuple[str, str]:
        """The smallest rollup that can answer: per model when unscoped, else per user."""
        if user is None:
            return f"{self._db}.usage_model_daily", ""
        return f"{self._db}.usage_key_daily", " AND user_id = {user:String}"

    async def daily(self, days: int, user: str | None = None) -> list[dict[str, Any]]:
        last = self.today()
        first = last - timedelta(days=days - 1)
        table, scope = self._daily_source(user)
        rows = await self._ch.query_rows(
            f"SELECT day, sum(requests) AS requests, sum(input_tokens) AS input_tokens, "
            f"sum(output_tokens) AS output_tokens, sum(cache_read_tokens) AS cache_read_tokens, "
            f"sum(cache_write_tokens) AS cache_write_tokens, sum(cost_usd) AS cost_usd, "
            f"sum(billed_cost_usd) AS billed_cost_usd, sum(errors) AS errors "
            f"FROM {table} FINAL WHERE day >= {{first:Date}} AND day <= {{last:Date}}{scope} GROUP BY day",
            {"first": first, "last": last, "user": user},
        )
        by_day = {r["day"]: r for r in rows}
        out = []
        for i in range(days):
            day = first + timedelta(days=i)
            r = by_day.get(day, {})
            out.append({
                "date": day.isoformat(),
                "requests": int(r.get("requests", 0)),
                "input_tokens": int(r.get("input_tokens", 0)),
                "output_tokens": int(r.get("output_tokens", 0)),
                "cache_read_tokens": int(r.get("cache_read_tokens", 0)),
                "cache_write_tokens": int(r.get("cache_write_tokens", 0)),
                "cost_usd": money(r.get("cost_usd", Decimal(0))),
                "billed_cost_usd": money(r.get("billed_cost_usd", Decimal(0))),
                "errors": int(r.get("errors", 0)),
            })  # fmt: skip
        return out

    async def models(self, days: int, user: str | None = None) -> list[dict[str, Any]]:
        first = self.today() - timedelta(days=days - 1)
        table, scope = f"{self._db}.usage_model_daily", ""
        if user is not None:  # per model and per user: only the full daily rollup has both
            table, scope = f"{self._db}.usage_daily", " AND user_id = {user:String}"
        rows = await self._ch.query_rows(
            f"SELECT model, sum(requests) AS requests, sum(errors) AS errors, "
            f"sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, "
            f"sum(cache_read_tokens) AS cache_read_tokens, sum(cache_write_tokens) AS cache_write_tokens, "
            f"sum(cost_usd) AS cost_usd, sum(duration_ms_sum) AS duration_ms_sum "
            f"FROM {table} FINAL WHERE day >= {{first:Date}}{scope} "
            f"GROUP BY model ORDER BY requests DESC, model",
            {"first": first, "user": user},
        )
        return [
            {
                "model": r["model"],
                "requests": int(r["requests"]),
                "input_tokens": int(r["input_tokens"]),
                "output_tokens": int(r["output_tokens"]),
                "cache_read_tokens": int(r["cache_read_tokens"]),
                "cache_write_tokens": int(r["cache_write_tokens"]),
                "cost_usd": money(r["cost_usd"]),
                "avg_latency_ms": rate(int(r["duration_ms_sum"]), int(r["requests"])),
                "success_rate": rate(int(r["requests"]) - int(r["errors"]), int(r["requests"])),
            }
            for r in rows
        ]

    async def top_users(self, days: int, limit: int, user: str | None = None) -> list[dict[str, Any]]:
        """Who used most (requests, then cost); a key without an owner stands for itself."""
        first = self.today() - timedelta(days=days - 1)
        scope = " AND user_id = {user:String}" if user is not None else ""
        rows = await self._ch.query_rows(
            f"SELECT user_id, if(user_id = '', api_key_id, '') AS key_id, sum(requests) AS requests, "
            f"sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, "
            f"sum(cost_usd) AS cost_usd, sum(billed_cost_usd) AS billed_cost_usd "
            f"FROM {self._db}.usage_key_daily FINAL WHERE day >= {{first:Date}}{scope} "
            f"GROUP BY user_id, key_id ORDER BY requests DESC, cost_usd DESC LIMIT {{limit:UInt32}}",
            {"first": first, "user": user, "limit": limit},
        )
        tasks = await self._tasks_of(rows, first)
        return [
            {
                "user_id": r["user_id"],
                "key_id": r["key_id"],
                "requests": int(r["requests"]),
                "input_tokens": int(r["input_tokens"]),
                "output_tokens": int(r["output_tokens"]),
                "cost_usd": money(r["cost_usd"]),
                "billed_cost_usd": money(r["billed_cost_usd"]),
                "tasks": tasks.get((r["user_id"], r["key_id"]), {}),
            }
            for r in rows
        ]

    async def _tasks_of(
        self, users: list[dict[str, Any]], first: date
    ) -> dict[tuple[str, str], dict[str, int]]:
        """Requests per task type since `first` of the top users found (user_id, key_id): only
        the full daily rollup has both the key and the task type, so it is read for them alone."""
        if not users:
            return {}
        rows = await self._ch.query_rows(
            f"SELECT user_id, if(user_id = '', api_key_id, '') AS key_id, task_type, sum(requests) AS n "
            f"FROM {self._db}.usage_daily FINAL WHERE day >= {{first:Date}} "
            f"AND (user_id IN {{users:Array(String)}} "
            f"OR (user_id = '' AND api_key_id IN {{keys:Array(String)}})) "
            f"GROUP BY user_id, key_id, task_type",
            {
                "first": first,
                "users": [u["user_id"] for u in users if u["user_id"]],
                "keys": [u["key_id"] for u in users if not u["user_id"]],
            },
        )
        out: dict[tuple[str, str], dict[str, int]] = {}
        for r in rows:
            if r["n"]:
                out.setdefault((r["user_id"], r["key_id"]), {})[r["task_type"]] = int(r["n"])
        return out

    async def key_stats(self, days: int, user: str | None = None) -> dict[str, dict[str, Any]]:
        """Per key over the last `days` days (today included): requests per task type, how many
        succeeded and failed (status >= 400 or a failed job), the owner seen in the rows, and the
        last request's start. Jobs count once they ended (a pending job is in no rollup)."""
        first = self.today() - timedelta(days=days - 1)
        scope = " AND user_id = {user:String}" if user is not None else ""
        params = {"first": first, "user": user, "lo": self.day_bounds(first)[0]}
        rows = await self._ch.query_rows(
            f"SELECT api_key_id, task_type, any(user_id) AS owner, sum(requests) AS requests, "
            f"sum(errors) AS errors FROM {self._db}.usage_daily FINAL WHERE day >= {{first:Date}}{scope} "
            f"GROUP BY api_key_id, task_type",
            params,
        )
        # The exact last use: each key's newest 15-minute bucket (any version of a bucket row
        # means the bucket had requests, so no FINAL), then the raw rows of that bucket alone.
        last = await self._ch.query_rows(
            f"SELECT api_key_id, max(ts) AS last_used_at FROM {self._db}.usage_events "
            f"WHERE (api_key_id, toDateTime(toStartOfFifteenMinutes(ts), 'UTC')) IN ("
            f"SELECT api_key_id, toDateTime(max(bucket), 'UTC') FROM {self._db}.usage_15m "
            f"WHERE bucket >= {{lo:DateTime64(3, 'UTC')}}{scope} GROUP BY api_key_id) "
            f"GROUP BY api_key_id",
            params,
        )
        out: dict[str, dict[str, Any]] = {}
        for r in rows:
            stat = out.setdefault(
                r["api_key_id"],
                {
                    "user_id": r["owner"],
                    "tasks": {},
                    "total": 0,
                    "succeeded": 0,
                    "failed": 0,
                    "last_used_at": None,
                },
            )
            requests, errors = int(r["requests"]), int(r["errors"])
            if requests:
                stat["tasks"][r["task_type"]] = requests
            stat["total"] += requests
            stat["succeeded"] += requests - errors
            stat["failed"] += errors
        for r in last:
            if r["api_key_id"] in out:
                out[r["api_key_id"]]["last_used_at"] = r["last_used_at"].astimezone(UTC).isoformat()
        return out

    async def summary(
        self, since: datetime, until: datetime, user: str | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Account x key (and its user) between two times, most requests first. Whole days in
        the business timezone come from the day rollup, the partial days at either end from the
        15-minute one (so `since` and `until` count to their 15-minute boundary); ClickHouse
        adds the parts up in one query. An end at or after now takes its whole day from the
        day rollup: nothing is there after now (the default window is whole days anyway)."""
        scope = " AND user_id = {user:String}" if user is not None else ""
        cols = "account_id, user_id, api_key_id, " + ", ".join(SUMMARY_SUMS)
        tz = self.tz  # one zone for the whole query, even if it changes meanwhile
        local_since = since.astimezone(tz)
        first_day = local_since.date()
        if local_since.time() != datetime.min.time():
            first_day += timedelta(days=1)
        local_until = until.astimezone(tz)
        end_day = local_until.date()  # whole days are [first_day, end_day)
        if until >= datetime.now(UTC) and local_until.time() != datetime.min.time():
            end_day += timedelta(days=1)
            until = datetime.combine(end_day, datetime.min.time(), tz)
        parts: list[str] = []
        params: dict[str, Any] = {"user": user, "limit": limit}
        edges = [(since, until)]
        if first_day < end_day:
            parts.append(
                f"SELECT {cols} FROM {self._db}.usage_account_key_daily FINAL "
                f"WHERE day >= {{d1:Date}} AND day < {{d2:Date}}{scope}"
            )
            params |= {"d1": first_day, "d2": end_day}
            day_start = datetime.combine(first_day, datetime.min.time(), tz).astimezone(UTC)
            day_end = datetime.combine(end_day, datetime.min.time(), tz).astimezone(UTC)
            edges = [(since, day_start), (day_end, until)]
        for n, (lo, hi) in enumerate(edges):
            if lo < hi:
                parts.append(
                    f"SELECT {cols} FROM {self._db}.usage_15m FINAL "
                    f"WHERE bucket >= toStartOfFifteenMinutes({{lo{n}:DateTime64(3, 'UTC')}}) "
                    f"AND bucket < toStartOfFifteenMinutes({{hi{n}:DateTime64(3, 'UTC')}}){scope}"
                )
                params |= {f"lo{n}": lo, f"hi{n}": hi}
        if not parts:
            return []
        sums = ", ".join(f"sum({c}) AS {c}" for c in SUMMARY_SUMS)
        rows = await self._ch.query_rows(
            f"SELECT account_id, user_id, api_key_id, {sums} FROM ({' UNION ALL '.join(parts)}) "
            f"GROUP BY account_id, user_id, api_key_id ORDER BY requests DESC, account_id, api_key_id "
            f"LIMIT {{limit:UInt32}}",
            params,
        )
        out = []
        for r in rows:
            tokens = [
                int(r[k])
                for k in ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens")
            ]
            out.append({
                "account_id": r["account_id"], "user_id": r["user_id"], "key_id": r["api_key_id"],
                "requests": int(r["requests"]), "input_tokens": tokens[0], "output_tokens": tokens[1],
                "cache_read_tokens": tokens[2], "cache_write_tokens": tokens[3], "total_tokens": sum(tokens),
                "cost_usd": money(r["cost_usd"]), "billed_cost_usd": money(r["billed_cost_usd"]),
                "avg_latency_ms": rate(int(r["duration_ms_sum"]), int(r["requests"])),
            })  # fmt: skip
        return out

    async def key_models(self, key_id: str, hours: int) -> list[dict[str, Any]]:
        since = datetime.now(UTC) - timedelta(hours=hours)
        rows = await self._ch.query_rows(
            f"SELECT model, sum(requests) AS requests, sum(input_tokens) AS input_tokens, "
            f"sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd "
            f"FROM {self._db}.usage_15m FINAL WHERE api_key_id = {{key:String}} "
            f"AND bucket >= toStartOfFifteenMinutes({{since:DateTime64(3, 'UTC')}}) "
            f"GROUP BY model ORDER BY requests DESC",
            {"key": key_id, "since": since},
        )
        return [
            {
                "model": r["model"],
                "requests": int(r["requests"]),
                "input_tokens": int(r["input_tokens"]),
                "output_tokens": int(r["output_tokens"]),
                "cost_usd": money(r["cost_usd"]),
            }
            for r in rows
        ]

    async def account_requests(self) -> dict[str, tuple[int, int]]:
        """(today, all time) requests per account."""
        rows = await self._ch.query_rows(
            f"SELECT account_id, sumIf(requests, day = {{today:Date}}) AS today, sum(requests) AS total "
            f"FROM {self._db}.usage_account_daily FINAL GROUP BY account_id",
            {"today": self.today()},
        )
        return {r["account_id"]: (int(r["today"]), int(r["total"])) for r in rows}

    async def audit(self, limit: int, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        """A page of the audit log, newest first, and the cursor of the next (None: the end).
        ValueError for a cursor this did not make."""
        params: dict[str, Any] = {"limit": limit + 1}
        where = ""
        if cursor:
            cts, cid = decode_cursor(cursor)
            params |= {"cts": cts, "cid": cid}
            where = "WHERE (ts, id) < ({cts:DateTime64(3, 'UTC')}, {cid:String})"
        rows = await self._ch.query_rows(
            f"SELECT id, ts, actor, actor_id, action, entity, entity_id, before, after, client_ip "
            f"FROM {self._db}.audit_log FINAL {where} ORDER BY ts DESC, id DESC LIMIT {{limit:UInt32}}",
            params,
        )
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = encode_cursor(rows[-1]["ts"], rows[-1]["id"]) if more else None
        return [audit_row(r) for r in rows], next_cursor

    async def requests(
        self, f: RequestFilter, limit: int, cursor: str | None
    ) -> tuple[list[dict[str, Any]], str | None]:
        conds: list[str] = []
        params: dict[str, Any] = {}
        for column, value, kind in (
            ("api_key_id", f.key_id, "String"),
            ("user_id", f.user_id, "String"),
            ("account_id", f.account_id, "String"),
            ("model", f.model, "String"),
            ("status_code", f.status, "UInt16"),
            ("endpoint", f.endpoint, "String"),
            ("stream", f.stream, "Bool"),
            ("job_status", f.job_status, "String"),
        ):
            if value is not None:
                conds.append(f"{column} = {{{column}:{kind}}}")
                params[column] = value
        if f.since is not None:
            conds.append("ts >= {since:DateTime64(3, 'UTC')}")
            params["since"] = f.since
        if f.until is not None:
            conds.append("ts < {until:DateTime64(3, 'UTC')}")
            params["until"] = f.until
        if f.q:
            conds.append(
                "(positionCaseInsensitive(request_id, {q:String}) > 0 OR "
                "positionCaseInsensitive(model, {q:String}) > 0 OR "
                "positionCaseInsensitive(upstream_model, {q:String}) > 0 OR "
                "positionCaseInsensitive(error_type, {q:String}) > 0 OR "
                "positionCaseInsensitive(job_id, {q:String}) > 0)"
            )
            params["q"] = f.q
        cursor_ts: datetime | None = None
        if cursor:
            cursor_ts, cursor_id = decode_cursor(cursor)
            conds.append("(ts, request_id) < ({cts:DateTime64(3, 'UTC')}, {cid:String})")
            params |= {"cts": cursor_ts, "cid": cursor_id}
        anchor = min(
            t for t in (cursor_ts, f.until, datetime.now(UTC) + timedelta(minutes=1)) if t is not None
        )
        # Finished requests are in `usage`; a job still pending only in job_events. A filter on
        # job_status needs one of them alone.
        usage, pending = f.job_status in (None, "", "succeeded", "failed"), f.job_status in (None, "pending")
        rows = await self._newest_first(conds, params, limit + 1, f.since, anchor, usage, pending)
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = encode_cursor(rows[-1]["ts"], rows[-1]["request_id"]) if more else None
        return [request_row(r) for r in rows], next_cursor

    async def _newest_first(
        self,
        conds: list[str],
        params: dict[str, Any],
        want: int,
        since: datetime | None,
        anchor: datetime,
        usage: bool = True,
        pending: bool = True,
    ) -> list[dict[str, Any]]:
        """The newest `want` rows before `anchor`: of `usage`, and of the jobs still pending
        (job_events FINAL, whose latest event is the pending one). Nothing else bounds `ts`, and
        FINAL over the whole table is slow, so look back from the anchor through widening
        windows (1 h, 1 d, 7 d, then all) until enough rows are found: a page of a busy log reads
        an hour of rows, not all of them."""
        rows: list[dict[str, Any]] = []
        for window in (*LOOKBACK, None):
            bound, run = list(conds), dict(params)
            if window is not None and (since is None or anchor - window > since):
                bound.append("ts >= {lookback:DateTime64(3, 'UTC')}")
                run["lookback"] = anchor - window
            else:
                window = None  # the caller's own lower bound (or none) from here on
            parts: list[str] = []
            if usage:
                parts.append(f"SELECT {REQUEST_COLUMNS}, 1 AS ended FROM {self._db}.usage{_where(bound)}")
            if pending:
                still = _where([*bound, "job_status = 'pending'"])
                parts.append(f"SELECT {REQUEST_COLUMNS}, 0 AS ended FROM {self._db}.job_events FINAL{still}")
            if not parts:
                return []
            # Each part is cut to `want` before the union. A job shows in both for the moment
            # between usage-ingest's two inserts (its final row written, job_events not yet):
            # its final row is kept, and both have the same (ts, request_id), so pages and
            # cursors stay exact.
            union = " UNION ALL ".join(f"({part} {ORDER_NEWEST} LIMIT {{want:UInt32}})" for part in parts)
            rows = await self._ch.query_rows(
                f"SELECT {REQUEST_COLUMNS} FROM ({union}) {ORDER_NEWEST}, ended DESC "
                f"LIMIT 1 BY ts, request_id LIMIT {{want:UInt32}}",
                {**run, "want": want},
            )
            if len(rows) >= want or window is None:
                return rows
        return rows


def _where(conds: list[str]) -> str:
    return f" WHERE {' AND '.join(conds)}" if conds else ""


def request_row(r: dict[str, Any]) -> dict[str, Any]:
    out = dict(r)
    for k in ("ts", "end_ts"):
        out[k] = r[k].astimezone(UTC).isoformat()
    for k in ("cost_usd", "billed_cost_usd"):
        out[k] = money(r[k])
    return out


def audit_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        **r,
        "ts": r["ts"].isoformat(),
        "before": orjson.loads(r["before"]) if r["before"] else None,
        "after": orjson.loads(r["after"]) if r["after"] else None,
    }
