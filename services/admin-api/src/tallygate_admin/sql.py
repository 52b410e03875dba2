"""Analyst SQL on a client created read-only (readonly=2): ClickHouse itself refuses writes,
and enforces the time, row and memory limits sent with each query (SPEC §3, FACTS)."""

from __future__ import annotations

from clickhouse_connect.driver.exceptions import ClickHouseError

from tallygate_shared.clickhouse import AsyncClickHouse

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


class QueryRefused(Exception):
    """ClickHouse refused or failed the query; the message is ClickHouse's own."""


def content_type(fmt: str) -> str:
    return CONTENT_TYPES.get(fmt.lower(), "text/plain; charset=utf-8")


class AnalystSQL:
    def __init__(self, ch: AsyncClickHouse, database: str, limits: dict[str, int]) -> None:
        self._ch = ch
        self._database = database
        self._settings = {**limits, "result_overflow_mode": "throw"}

    async def run(self, query: str, fmt: str = "JSONEachRow") -> bytes:
        if not query.strip():
            raise QueryRefused("empty query")
        if not fmt.isalnum():
            raise QueryRefused(f"unknown format {fmt!r}")
        try:
            result = await self._ch.run(self._ch.client.raw_query, query, settings=self._settings, fmt=fmt)
        except ClickHouseError as exc:
            raise QueryRefused(str(exc)) from exc
        return bytes(result)
