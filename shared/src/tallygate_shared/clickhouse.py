"""ClickHouse access for both backends: a server over HTTP, or embedded chDB (`chdb://DIR`).

chDB has no async client and one client runs one call at a time, so each job (ingest writer,
dashboards, analyst SQL) owns an `AsyncClickHouse`: a sync client behind a one-thread executor."""

from __future__ import annotations

import asyncio
import logging
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import clickhouse_connect
from clickhouse_connect.driver.client import Client

log = logging.getLogger(__name__)
T = TypeVar("T")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Engine-wide chDB options, given on the first client of the process (docs/architecture.md: otherwise the
# engine may take up to 90 % of RAM and a 5 GiB mark cache).
CHDB_OPTIONS = {"max_server_memory_usage": str(4 * 1024**3), "mark_cache_size": str(256 * 1024**2)}


def is_embedded(url: str) -> bool:
    return url.startswith("chdb:")


def connect(url: str, settings: dict[str, Any] | None = None) -> Client:
    """A sync client. `settings` are set on the connection when it is made and apply to every
    query it sends; given a `readonly` last, they become fixed (analyst SQL: docs/security.md).
    Datetimes come back timezone-aware: the engine's own timezone never leaks in.
    No current database is set: every statement names its database, and the migration that
    creates it must be able to connect before it exists."""
    if is_embedded(url):
        path = url.removeprefix("chdb://")
        Path(path).mkdir(parents=True, exist_ok=True)
        return clickhouse_connect.get_client(
            interface="chdb", path=path, settings=settings or {}, chdb_options=CHDB_OPTIONS, tz_mode="aware"
        )
    return clickhouse_connect.get_client(dsn=url, settings=settings or {}, tz_mode="aware")


class AsyncClickHouse:
    """One sync client, driven off the event loop by a dedicated thread (calls queue in order)."""

    def __init__(self, client: Client, name: str) -> None:
        self.client = client
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"ch-{name}")

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, partial(fn, *args, **kwargs))

    async def query_rows(self, sql: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        def work() -> list[dict[str, Any]]:
            result = self.client.query(sql, parameters=parameters)
            return list(result.named_results())

        return await self.run(work)

    async def command(self, sql: str, parameters: dict[str, Any] | None = None) -> Any:
        return await self.run(self.client.command, sql, parameters=parameters)

    async def insert(self, table: str, rows: Sequence[Sequence[Any]], columns: Sequence[str]) -> None:
        await self.run(self.client.insert, table, rows, column_names=list(columns))

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        self.client.close()


def quote_ident(name: str) -> str:
    if not _IDENT.match(name):
        raise ValueError(f"not a plain identifier: {name!r}")
    return name


def migrations_dir() -> Path:
    """infra/clickhouse of the checkout (or TALLYGATE_MIGRATIONS_DIR in an image)."""
    if env := os.environ.get("TALLYGATE_MIGRATIONS_DIR"):
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "infra" / "clickhouse"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("infra/clickhouse not found; set TALLYGATE_MIGRATIONS_DIR")


def split_statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    # A statement ends with a semicolon at the end of a line (strings may hold semicolons).
    return [stmt.strip() for stmt in re.split(r";\s*$", body, flags=re.MULTILINE) if stmt.strip()]


def migrate(client: Client, database: str, directory: Path | None = None) -> list[str]:
    """Apply the numbered SQL files not applied yet, in order. Every statement is idempotent
    (IF NOT EXISTS / OR REPLACE), so two services migrating at once do no harm."""
    db = quote_ident(database)
    client.command(f"CREATE DATABASE IF NOT EXISTS {db}")
    client.command(
        f"CREATE TABLE IF NOT EXISTS {db}.schema_migrations "
        "(name String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3)) "
        "ENGINE = ReplacingMergeTree ORDER BY name"
    )
    done = {row[0] for row in client.query(f"SELECT name FROM {db}.schema_migrations FINAL").result_rows}
    applied = []
    for path in sorted((directory or migrations_dir()).glob("*.sql")):
        if path.name in done:
            continue
        for statement in split_statements(path.read_text().replace("{db}", db)):
            client.command(statement)
        client.insert(f"{db}.schema_migrations", [[path.name]], column_names=["name"])
        applied.append(path.name)
        log.info("applied migration %s", path.name)
    return applied
