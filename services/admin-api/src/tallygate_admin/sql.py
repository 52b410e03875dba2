"""Analyst SQL: a small pool of read-only ClickHouse clients whose limits are fixed on the
connection, a gate on ClickHouse's own parse of each query, and cancellation of abandoned queries.
Why each piece is there: docs/security.md, "Analyst SQL"."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from clickhouse_connect.driver.client import Client
from clickhouse_connect.driver.exceptions import ClickHouseError

from tallygate_shared.clickhouse import AsyncClickHouse, connect, is_embedded

from .settings import AdminSettings

log = logging.getLogger(__name__)

CONTENT_TYPES = {
    "json": "application/json",
    "jsoncompact": "application/json",
    "jsonstrings": "application/json",
    "jsoneachrow": "application/x-ndjson",
    "jsonlines": "application/x-ndjson",
    "ndjson": "application/x-ndjson",
    "jsoncompacteachrow": "application/x-ndjson",
    "csv": "text/csv",
    "csvwithnames": "text/csv",
    "csvwithnamesandtypes": "text/csv",
    "tabseparated": "text/tab-separated-values",
    "tsv": "text/tab-separated-values",
    "tabseparatedwithnames": "text/tab-separated-values",
    "tsvwithnames": "text/tab-separated-values",
    "parquet": "application/vnd.apache.parquet",
    "arrow": "application/vnd.apache.arrow.file",
    "arrowstream": "application/vnd.apache.arrow.stream",
}

# A caller waits this long for a free client, then gets 429 with Retry-After.
POOL_WAIT_S = 1.0
RETRY_AFTER_S = 1
# An abandoned query is looked up and killed until its client is free, for at most this long.
KILL_GIVE_UP_S = 10.0

# Statements that only read (the root node of ClickHouse's EXPLAIN AST). Anything else is
# refused before it runs: readonly=1 alone lets KILL QUERY through, which stops other services'
# queries, since in chDB every client is the same user.
READ_STATEMENTS = frozenset(
    {
        "SelectWithUnionQuery",
        "Explain",
        "DescribeQuery",
        "ShowTables",
        "ShowColumns",
        "ShowCreateTableQuery",
        "ShowCreateViewQuery",
        "ShowCreateDatabaseQuery",
        "ExistsTableQuery",
        "ExistsViewQuery",
        "ExistsDatabaseQuery",
    }
)
# Table functions that only make rows inside the engine or read tables the analyst can read
# anyway. Every other one is refused, whatever readonly says of it: in chDB readonly=1 lets
# s3(), gcs(), iceberg(), deltaLake(), hudi() and DESCRIBE over url()/file() through.
TABLE_FUNCTIONS = frozenset(
    {
        "numbers",
        "numbers_mt",
        "generate_series",
        "generateseries",
        "generaterandom",
        "values",
        "view",
        "merge",
        "null",
    }
)
# Plain functions that reach outside the database: file() reads any host file, readonly or not.
OUTSIDE_FUNCTIONS = frozenset({"file"})
_SELECT_PARTS = frozenset({"SelectQuery", "SelectIntersectExceptQuery", "TablesInSelectQuery"})
_OUTSIDE = "reaches outside the database and is not allowed in analyst SQL"
_INTO_OUTFILE = re.compile(r"\bINTO\s+OUTFILE\b", re.IGNORECASE)


class QueryRefused(Exception):
    """ClickHouse, or the gate in front of it, refused or failed the query."""


class PoolBusy(Exception):
    """Every analyst client is running a query."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("every analyst SQL client is busy; retry later")
        self.retry_after = retry_after


class QueryAbandoned(Exception):
    """The caller went away; its query was cancelled in ClickHouse."""


class AnalystRefused(Exception):
    """The analyst connection is not safe to serve from (server mode's user can write)."""


def content_type(fmt: str) -> str:
    return CONTENT_TYPES.get(fmt.lower(), "text/plain; charset=utf-8")


def refusal(ast: str) -> str | None:
    """Why the statement whose EXPLAIN AST dump this is may not run, or None.

    The dump is indented one space per level; a `Function` right under a `TableExpression` is a
    table function, any other `Function` a plain one. A `Literal` directly under the root is an
    INTO OUTFILE target."""
    lines = [line for line in ast.splitlines() if line.strip()]
    if not lines:
        return "Tallygate: ClickHouse gave no parse for this query"
    statement = lines[0].split(" ", 1)[0]
    if statement not in READ_STATEMENTS:
        return (
            "Tallygate: analyst SQL is readonly and may only read (SELECT, SHOW, DESCRIBE, EXISTS, "
            f"EXPLAIN); ClickHouse parsed this as {statement}"
        )
    parents: list[tuple[int, str]] = []
    for line in lines:
        depth = len(line) - len(line.lstrip(" "))
        kind, _, rest = line.strip().partition(" ")
        while parents and parents[-1][0] >= depth:
            parents.pop()
        parent = parents[-1][1] if parents else ""
        # A statement inside another (EXPLAIN PIPELINE INSERT …) must only read as well.
        if kind.endswith("Query") and kind not in READ_STATEMENTS | _SELECT_PARTS:
            return f"Tallygate: analyst SQL is readonly; the query holds a {kind}"
        if kind == "Function":
            name = rest.split(" ", 1)[0]
            if parent == "TableExpression" and name.lower() not in TABLE_FUNCTIONS:
                return f"Tallygate: table function {name}() {_OUTSIDE}"
            if name.lower() in OUTSIDE_FUNCTIONS:
                return f"Tallygate: function {name}() {_OUTSIDE}"
        if depth == 1 and kind == "Literal":
            return "Tallygate: INTO OUTFILE writes a file and is not allowed in analyst SQL"
        parents.append((depth, kind))
    return None


def check_read_only_user(client: Client) -> dict[str, str]:
    """The analyst connection's effective limits; refuses one that is not readonly=1."""
    names = ("readonly", "max_execution_time", "max_result_rows", "result_overflow_mode", "max_result_bytes")
    raw = client.raw_query(
        "SELECT " + ", ".join(f"toString(getSetting('{n}'))" for n in (*names, "max_memory_usage")),
        fmt="TabSeparatedRaw",
    )
    values = dict(
        zip((*names, "max_memory_usage"), bytes(raw).decode().rstrip("\n").split("\t"), strict=True)
    )
    if values["readonly"] != "1":
        raise AnalystRefused(
            f"the analyst ClickHouse user has readonly={values['readonly']}; it must be 1 "
            "(a settings profile with readonly = 1, see docs/operators.md)"
        )
    return values


@dataclass
class _Query:
    """One analyst query: its marker in system.processes, and a flag its worker checks."""

    marker: str = field(default_factory=lambda: f"/* tallygate-sql {uuid.uuid4().hex} */")
    cancelled: threading.Event = field(default_factory=threading.Event)


def _execute(client: Client, query: str, fmt: str, job: _Query) -> bytes:
    """Runs on the client's own thread: the gate, then the query itself. Nothing here sends a
    setting: the client is readonly=1, so ClickHouse refuses any (Code 164)."""
    # One statement only, by ClickHouse's own parser. chDB runs every statement of a
    # multi-statement text, so this must come before anything else sees the text.
    canonical = bytes(
        client.raw_query(
            "SELECT formatQuerySingleLine({q:String})", parameters={"q": query}, fmt="TabSeparatedRaw"
        )
    ).decode()
    if _INTO_OUTFILE.search(canonical):
        raise QueryRefused("Tallygate: INTO OUTFILE writes a file and is not allowed in analyst SQL")
    ast = bytes(client.raw_query("EXPLAIN AST " + query, fmt="TabSeparatedRaw")).decode()
    if reason := refusal(ast):
        raise QueryRefused(reason)
    if job.cancelled.is_set():
        raise QueryAbandoned
    # The marker comment leads the text, so system.processes shows which engine query_id is
    # ours (chDB takes no query_id from the caller).
    return bytes(client.raw_query(f"{job.marker}\n{query}", fmt=fmt))


class AnalystSQL:
    """Runs analyst queries on a pool of read-only clients; one more client, of the writing
    kind, kills the queries whose callers went away."""

    def __init__(self, pool: list[AsyncClickHouse], killer: AsyncClickHouse) -> None:
        self._clients = tuple(pool)
        self._idle: asyncio.Queue[AsyncClickHouse] = asyncio.Queue()
        for client in pool:
            self._idle.put_nowait(client)
        self._killer = killer
        self._running: dict[str, tuple[_Query, asyncio.Future[bytes]]] = {}
        self._reaping: set[asyncio.Task[None]] = set()

    async def run(
        self, query: str, fmt: str = "JSONEachRow", abandoned: Callable[[], Awaitable[None]] | None = None
    ) -> bytes:
        """The query's result in `fmt`. Raises QueryRefused, PoolBusy, or QueryAbandoned once
        `abandoned()` returns first (the caller hung up; the query is then killed)."""
        query = query.strip().rstrip(";").rstrip()
        if not query:
            raise QueryRefused("empty query")
        if not fmt.isalnum():
            raise QueryRefused(f"unknown format {fmt!r}")
        try:
            client = await asyncio.wait_for(self._idle.get(), POOL_WAIT_S)
        except TimeoutError:
            raise PoolBusy(RETRY_AFTER_S) from None
        job = _Query()
        # Never cancelled: the client goes back to the pool only when its thread is done.
        work = asyncio.ensure_future(client.run(_execute, client.client, query, fmt, job))
        self._running[job.marker] = (job, work)
        work.add_done_callback(lambda _: self._give_back(job, client))
        watch = asyncio.ensure_future(abandoned()) if abandoned is not None else None
        try:
            await asyncio.wait(
                {work} if watch is None else {work, watch}, return_when=asyncio.FIRST_COMPLETED
            )
        except asyncio.CancelledError:
            self._cancel(job, work)
            raise
        finally:
            if watch is not None:
                watch.cancel()
        if not work.done():
            self._cancel(job, work)
            raise QueryAbandoned
        try:
            return work.result()
        except ClickHouseError as exc:
            raise QueryRefused(str(exc)) from exc

    def _give_back(self, job: _Query, client: AsyncClickHouse) -> None:
        _, work = self._running.pop(job.marker)
        if not work.cancelled():
            work.exception()  # retrieved here; the caller may be gone
        self._idle.put_nowait(client)

    def _cancel(self, job: _Query, work: asyncio.Future[bytes]) -> None:
        job.cancelled.set()
        task = asyncio.ensure_future(self._kill(job, work))
        self._reaping.add(task)
        task.add_done_callback(self._reaping.discard)

    async def _kill(self, job: _Query, work: asyncio.Future[bytes]) -> None:
        """KILL the engine query carrying the marker until its worker is done: the worker may
        still be in the gate, or the query not yet listed in system.processes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + KILL_GIVE_UP_S
        while not work.done():
            if loop.time() > deadline:
                log.warning(
                    "analyst query %s still running %.0f s after its caller left", job.marker, KILL_GIVE_UP_S
                )
                return
            try:
                rows = await self._killer.query_rows(
                    "SELECT query_id FROM system.processes WHERE startsWith(query, {marker:String})",
                    {"marker": job.marker},
                )
                for row in rows:
                    await self._killer.command(
                        "KILL QUERY WHERE query_id = {id:String} ASYNC", {"id": row["query_id"]}
                    )
            except ClickHouseError:
                log.exception("could not kill the abandoned analyst query %s", job.marker)
                return
            await asyncio.wait({work}, timeout=0.05)

    async def aclose(self) -> None:
        for job, work in list(self._running.values()):
            self._cancel(job, work)
        if self._reaping:
            await asyncio.wait(self._reaping)
        for client in (*self._clients, self._killer):
            client.close()


def open_analyst_sql(settings: AdminSettings) -> AnalystSQL:
    """The pool, on the analyst DSN when one is set (server mode), else on the main one.

    Without a dedicated DSN the limits are given when each client is created, `readonly: 1`
    last: from then on ClickHouse refuses to change any setting on it, the query's own
    SETTINGS included. A dedicated user has them in its settings profile instead, and since
    that profile makes it readonly, sending them would be refused; it is checked at start."""
    s = settings
    if s.sql_clickhouse_url:
        pool = [connect(s.sql_clickhouse_url) for _ in range(s.sql_pool_size)]
        limits = [check_read_only_user(client) for client in pool]
        log.info("analyst SQL as a read-only ClickHouse user, limits %s", limits[0])
    else:
        if not is_embedded(s.clickhouse_url):
            log.warning(
                "analyst SQL runs as the main ClickHouse user (readonly=1 on the connection); "
                "set TALLYGATE_SQL_CLICKHOUSE_URL to a read-only analyst user (docs/operators.md)"
            )
        fixed: dict[str, Any] = {
            "max_execution_time": s.sql_max_execution_time,
            "max_result_rows": s.sql_max_result_rows,
            "result_overflow_mode": "throw",
            "max_result_bytes": s.sql_max_result_bytes,
            "max_memory_usage": s.sql_max_memory_usage,
            "readonly": 1,
        }
        pool = [connect(s.clickhouse_url, fixed) for _ in range(s.sql_pool_size)]
    killer = AsyncClickHouse(connect(s.clickhouse_url), "sql-kill")
    return AnalystSQL([AsyncClickHouse(client, f"sql-{i}") for i, client in enumerate(pool)], killer)
