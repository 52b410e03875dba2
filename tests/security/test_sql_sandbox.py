"""Analyst SQL as an attacker holding the admin token uses it: read host files, reach the
network, lift the limits, write, stop other queries, or hold every analyst client
(docs/security.md, "Analyst SQL"). One `tallygate up` serves the whole module."""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest

from tallygate_admin.settings import AdminSettings
from tallygate_admin.sql import AnalystRefused, check_read_only_user, refusal
from tallygate_shared.clickhouse import connect, split_statements
from tests.e2e.conftest import Stack

LIMITS = {
    "TALLYGATE_SQL_POOL_SIZE": "2",
    "TALLYGATE_SQL_MAX_EXECUTION_TIME": "120",  # longer than any slow query below runs
    "TALLYGATE_SQL_MAX_RESULT_ROWS": "1000",
    "TALLYGATE_SQL_MAX_RESULT_BYTES": "10000000",
    "TALLYGATE_SQL_MAX_MEMORY_USAGE": "300000000",
}
INFRA = Path(__file__).resolve().parents[2] / "infra" / "clickhouse-server"


class Listener:
    """A TCP port that counts who connects: a table function that reaches it has escaped."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = Stack(tmp_path_factory.mktemp("sql") / "data", env=LIMITS)
    s.start()
    try:
        yield s
    finally:
        if s.proc is not None and s.proc.poll() is None:
            s.stop()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.sock.close()


def attacks(port: int, tmp: Path) -> list[str]:
    u = f"http://127.0.0.1:{port}"
    host = f"127.0.0.1:{port}"
    passwd = "'/etc/passwd'"
    return [
        # Files, under every spelling and in every place a table or a value can stand.
        f"SELECT * FROM file({passwd}, 'LineAsString')",
        f"select * from FILE({passwd}, 'LineAsString')",
        f"SELECT * FROM File({passwd}, 'LineAsString')",
        f"SELECT file({passwd})",
        f"SELECT `file`({passwd}) AS x",
        f"SELECT (SELECT file({passwd})) AS x",
        f"SELECT arrayMap(p -> file(p), [{passwd}]) AS x",
        f"file({passwd})",
        f"WITH f AS (SELECT * FROM file({passwd}, 'LineAsString')) SELECT * FROM f",
        f"SELECT * FROM numbers(1) AS n JOIN file({passwd}, 'LineAsString') AS f ON 1",
        f"SELECT 1 WHERE 1 IN (SELECT length(line) FROM file({passwd}, 'LineAsString'))",
        f"SELECT * FROM view(SELECT file({passwd}))",
        f"SELECT * FROM (SELECT * FROM file({passwd}, 'LineAsString'))",
        f"DESCRIBE file({passwd})",
        f"DESCRIBE TABLE (SELECT file({passwd}))",
        f"EXPLAIN SELECT * FROM file({passwd}, 'LineAsString')",
        f"SELECT * FROM sqlite({passwd}, 't')",
        "SELECT * FROM icebergLocal('/etc')",
        "SELECT * FROM deltaLakeLocal('/etc')",
        f"SELECT * FROM fileCluster('default', {passwd}, 'LineAsString')",
        "SELECT * FROM python(SECRET)",
        # The network.
        f"SELECT * FROM url('{u}/x.csv', 'CSV', 'a String')",
        f"SELECT * FROM URL('{u}/x.csv', 'CSV', 'a String')",
        f"DESCRIBE url('{u}/x.csv')",
        f"SELECT * FROM urlCluster('default', '{u}/x.csv', 'CSV', 'a String')",
        f"SELECT * FROM s3('{u}/bucket/x.csv', 'CSV', 'a String')",
        f"SELECT * FROM S3('{u}/bucket/x.csv', 'CSV', 'a String')",
        f"SELECT * FROM s3Cluster('default', '{u}/bucket/x.csv', 'CSV', 'a String')",
        f"SELECT * FROM gcs('{u}/bucket/x.csv', 'CSV', 'a String')",
        f"SELECT * FROM deltaLake('{u}/bucket/t/')",
        f"SELECT * FROM iceberg('{u}/bucket/t/')",
        f"SELECT * FROM hudi('{u}/bucket/t/')",
        f"SELECT * FROM azureBlobStorage('{u}', 'c', 'x.csv', 'CSV', 'a String')",
        f"SELECT * FROM hdfs('hdfs://{host}/x', 'CSV', 'a String')",
        f"SELECT * FROM remote('{host}', system.one)",
        f"SELECT * FROM remoteSecure('{host}', system.one)",
        f"SELECT * FROM RemoteSecure('{host}', system.one)",
        "SELECT * FROM cluster('default', system.one)",
        "SELECT * FROM clusterAllReplicas('default', system.one)",
        f"SELECT * FROM mysql('{host}', 'd', 't', 'u', 'p')",
        f"SELECT * FROM postgresql('{host}', 'd', 't', 'u', 'p')",
        f"SELECT * FROM mongodb('{host}', 'd', 'c', 'u', 'p', 'a String')",
        f"SELECT * FROM redis('{host}', 'k', 'k String')",
        "SELECT * FROM jdbc('datasource', 'schema', 'table')",
        "SELECT * FROM odbc('DSN=x', 'schema', 'table')",
        # Programs and the caller's input.
        "SELECT * FROM executable('id', 'TSV', 'a String')",
        "SELECT * FROM input('a String')",
        # Writing: to files, tables, dictionaries, functions, users.
        f"SELECT 1 INTO OUTFILE '{tmp}/outfile.txt'",
        f"SELECT 1 INTO OUTFILE '{tmp}/outfile2.txt' TRUNCATE",
        f"INSERT INTO FUNCTION file('{tmp}/insert.csv', 'CSV', 'a UInt8') VALUES (1)",
        "INSERT INTO tallygate.usage_events SELECT * FROM tallygate.usage_events LIMIT 0",
        f"EXPLAIN PIPELINE INSERT INTO FUNCTION file('{tmp}/explain.csv', 'CSV', 'a UInt8') SELECT 1",
        "CREATE DICTIONARY tallygate.leak (line String) PRIMARY KEY line "
        f"SOURCE(FILE(path {passwd} format 'LineAsString')) LAYOUT(FLAT()) LIFETIME(0)",
        f"CREATE TABLE tallygate.leak (line String) ENGINE = File(LineAsString, {passwd})",
        "CREATE TEMPORARY TABLE leak (x UInt8)",
        "CREATE FUNCTION leak AS () -> 1",
        "DROP TABLE tallygate.usage_events",
        "TRUNCATE TABLE tallygate.usage_events",
        "ALTER TABLE tallygate.usage_events DELETE WHERE 1",
        "OPTIMIZE TABLE tallygate.usage_events FINAL",
        f"BACKUP TABLE tallygate.usage_events TO File('{tmp}/backup')",
        "CREATE USER leak",
        "GRANT ALL ON *.* TO default",
        # Lifting the limits, stopping other queries, the server itself.
        "SELECT 1 SETTINGS max_execution_time = 100000",
        "SELECT 1 SETTINGS readonly = 0",
        "SET max_execution_time = 100000",
        "SET readonly = 0",
        "SYSTEM DROP MARK CACHE",
        "SYSTEM SHUTDOWN",
        "KILL QUERY WHERE 1",
        "KILL QUERY WHERE user = 'default' SYNC",
        "USE system",
        # More than one statement, the second one doing harm.
        f"SELECT 1; SELECT * FROM file({passwd}, 'LineAsString')",
        "SELECT 1; KILL QUERY WHERE 1",
        "SELECT 1;SET readonly = 0",
    ]


def test_every_escape_is_refused(sandbox: Stack, listener: Listener, tmp_path: Path) -> None:
    tried = attacks(listener.port, tmp_path)
    answers: dict[str, tuple[int, str]] = {}
    with sandbox.admin() as api:
        for query in tried:
            r = api.post("/api/sql", content=query)
            detail = r.json().get("detail", "") if r.headers.get("content-type") == "application/json" else ""
            answers[query] = (r.status_code, detail or r.text[:200])
    wrong = {q: a for q, a in answers.items() if a[0] != 400 or not a[1] or "root:" in a[1]}
    assert not wrong, "\n".join(f"{a[0]} {q}\n    {a[1][:160]}" for q, a in wrong.items())
    time.sleep(0.3)  # a connection attempt would have landed by now
    assert listener.connections == 0
    assert not list(tmp_path.iterdir()), "a query wrote a file"
    # Nothing was dropped or created, and the writers still write (the demo-free stack has
    # no usage rows, so the schema is what there is to check).
    tables = sandbox.sql("SELECT name FROM system.tables WHERE database = 'tallygate' AND name LIKE 'leak%'")
    assert tables == []
    assert sandbox.sql("SELECT count() AS n FROM tallygate.usage_events") == [{"n": 0}]


def test_refusals_carry_the_reason(sandbox: Stack) -> None:
    with sandbox.admin() as api:
        detail = api.post("/api/sql", content="SELECT 1 SETTINGS max_execution_time = 100000").json()[
            "detail"
        ]
        assert "Code: 164" in detail and "readonly" in detail.lower()
        detail = api.post("/api/sql", content="SELECT 1; SELECT 2").json()["detail"]
        assert "Multi-statements are not allowed" in detail
        detail = api.post("/api/sql", content="SELECT file('/etc/passwd')").json()["detail"]
        assert "file" in detail
        detail = api.post("/api/sql", content="SELECT * FROM url('http://127.0.0.1:9/x')").json()["detail"]
        assert "url" in detail
        detail = api.post("/api/sql", content="KILL QUERY WHERE 1").json()["detail"]
        assert "KillQueryQuery" in detail


def test_reading_still_works(sandbox: Stack) -> None:
    """The sandbox leaves an analyst everything that only reads the database."""
    with sandbox.admin() as api:
        for query in (
            "SELECT count() AS n FROM tallygate.usage",
            "SELECT number FROM numbers(3)",
            "WITH t AS (SELECT number AS n FROM system.numbers LIMIT 3) SELECT sum(n) AS s FROM t",
            "SELECT 1 AS a UNION ALL SELECT 2 AS a",
            "SHOW TABLES FROM tallygate",
            "DESCRIBE TABLE tallygate.usage",
            "EXISTS TABLE tallygate.usage",
            "EXPLAIN SELECT count() FROM tallygate.usage",
            "SELECT 'a;b' AS s;",
            "-- a comment first\nSELECT 1 AS one",
            "SELECT model, sum(cost_usd) OVER (PARTITION BY model ORDER BY ts) AS r FROM tallygate.usage "
            "ARRAY JOIN [1, 2] AS k WHERE ts > now() - INTERVAL 1 DAY LIMIT 1 BY model",
            "SELECT toStartOfDay(ts) AS d, count() AS n FROM tallygate.usage FINAL GROUP BY d WITH ROLLUP "
            "ORDER BY d WITH FILL LIMIT 10",
            "SELECT number AS n FROM numbers(10) QUALIFY row_number() OVER (ORDER BY n) < 3",
            "SELECT count() AS n FROM tallygate.usage_events PREWHERE ts > now() - INTERVAL 1 DAY",
            "SELECT * FROM tallygate.usage AS u LEFT JOIN (SELECT 1 AS x) AS y ON 1 = y.x LIMIT 1",
        ):
            r = api.post("/api/sql", content=query)
            assert r.status_code == 200, (query, r.text)
        r = api.get("/api/sql", params={"query": "SELECT 1 AS one", "format": "CSVWithNames"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert r.text.splitlines() == ['"one"', "1"]


def test_limits_are_fixed_on_the_connection(sandbox: Stack) -> None:
    rows = sandbox.sql(
        "SELECT getSetting('readonly') AS readonly, getSetting('max_execution_time') AS time, "
        "getSetting('max_result_rows') AS rows, getSetting('result_overflow_mode') AS overflow, "
        "getSetting('max_result_bytes') AS bytes, getSetting('max_memory_usage') AS memory"
    )
    assert [{k: str(v) for k, v in row.items()} for row in rows] == [
        {
            "readonly": "1",
            "time": "120",
            "rows": "1000",
            "overflow": "throw",
            "bytes": "10000000",
            "memory": "300000000",
        }
    ]
    with sandbox.admin() as api:
        r = api.get("/api/sql", params={"query": "SELECT number FROM system.numbers LIMIT 1001"})
        assert r.status_code == 400 and "Code: 396" in r.json()["detail"]
        r = api.get(
            "/api/sql",
            params={"query": "SELECT repeat(toString(number), 50000) AS s FROM system.numbers LIMIT 200"},
        )
        assert r.status_code == 400 and "Code: 396" in r.json()["detail"]
        r = api.get(
            "/api/sql", params={"query": "SELECT groupArray(repeat('x', 1000)) FROM numbers(1000000)"}
        )
        assert r.status_code == 400 and "Code: 241" in r.json()["detail"]


# A query that would run for hours, one core busy, unless it is cancelled.
SLOW = "SELECT '{marker}' AS m, count() FROM numbers(1000000000000) WHERE sipHash64(number) = 7"


def hang_up_later(stack: Stack, marker: str) -> socket.socket:
    """Send a slow analyst query over a raw socket; closing the socket is the client going away."""
    url = urlsplit(stack.info["admin_url"])
    sock = socket.create_connection((url.hostname or "127.0.0.1", url.port or 80))
    query = quote(SLOW.format(marker=marker))
    sock.sendall(
        f"GET /api/sql?query={query} HTTP/1.1\r\nHost: {url.netloc}\r\n"
        f"Authorization: Bearer {stack.info['admin_token']}\r\n\r\n".encode()
    )
    return sock


def running(api: httpx.Client, marker: str) -> int:
    # concat() keeps the marker itself out of this query's own text in system.processes.
    where = f"position(query, concat('{marker[:4]}', '{marker[4:]}')) > 0"
    query = f"SELECT count() AS n FROM system.processes WHERE {where}"
    r = api.get("/api/sql", params={"query": query})
    assert r.status_code == 200, r.text
    return int(r.json()["n"])


def seconds_until(check: Any, timeout: float) -> float:
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < timeout, "not seen in time"
        time.sleep(0.02)
    return time.monotonic() - started


def test_a_client_that_hangs_up_has_its_query_cancelled(sandbox: Stack) -> None:
    marker = "slow" + uuid.uuid4().hex
    with sandbox.admin() as api:
        api.timeout = httpx.Timeout(10)
        sock = hang_up_later(sandbox, marker)
        seconds_until(lambda: running(api, marker) == 1, timeout=10)
        sock.close()
        gone = seconds_until(lambda: running(api, marker) == 0, timeout=3)
        assert gone < 3  # measured well under 0.1 s; the bound only has to be shy of the hours
        # Both pool clients answer at once again: the cancelled one was given back.
        for _ in range(4):
            started = time.monotonic()
            assert api.get("/api/sql", params={"query": "SELECT 1"}).status_code == 200
            assert time.monotonic() - started < 3


def test_a_full_pool_answers_429_not_a_queue(sandbox: Stack) -> None:
    markers = ["slow" + uuid.uuid4().hex for _ in range(2)]
    socks = [hang_up_later(sandbox, marker) for marker in markers]
    try:
        time.sleep(0.5)  # both slow queries hold a client by now
        with sandbox.admin() as api:
            api.timeout = httpx.Timeout(10)
            started = time.monotonic()
            r = api.get("/api/sql", params={"query": "SELECT 1"})
            assert r.status_code == 429, r.text
            assert time.monotonic() - started < 3
            assert int(r.headers["retry-after"]) >= 1
    finally:
        for sock in socks:
            sock.close()
    with sandbox.admin() as api:
        api.timeout = httpx.Timeout(10)
        seconds_until(lambda: api.get("/api/sql", params={"query": "SELECT 1"}).status_code == 200, timeout=3)
        for marker in markers:
            seconds_until(lambda m=marker: running(api, m) == 0, timeout=3)


def test_the_gate_reads_clickhouse_own_parse() -> None:
    """The gate's reading of EXPLAIN AST, on the dumps ClickHouse 26.9 gives."""
    select_file = (
        "SelectWithUnionQuery (children 2)\n ExpressionList (children 1)\n  SelectQuery (children 1)\n"
        "   ExpressionList (children 1)\n    Function file (alias f) (children 1)\n"
        "     ExpressionList (children 1)\n      Literal '/etc/passwd'\n Identifier TabSeparatedRaw\n"
    )
    assert "file" in (refusal(select_file) or "")
    from_numbers = (
        "SelectWithUnionQuery (children 2)\n ExpressionList (children 1)\n  SelectQuery (children 2)\n"
        "   ExpressionList (children 1)\n    Asterisk\n   TablesInSelectQuery (children 1)\n"
        "    TablesInSelectQueryElement (children 1)\n     TableExpression (children 1)\n"
        "      Function numbers (children 1)\n       ExpressionList (children 1)\n"
        "        Literal UInt64_3\n Identifier TabSeparatedRaw\n"
    )
    assert refusal(from_numbers) is None
    assert "s3" in (refusal(from_numbers.replace("Function numbers", "Function s3")) or "")
    assert "OUTFILE" in (
        refusal(from_numbers.replace(" Identifier Tab", " Literal 'x'\n Identifier Tab")) or ""
    )
    explain_insert = (
        "Explain EXPLAIN PIPELINE (children 2)\n InsertQuery   (children 2)\n  Function url (children 1)\n"
        "   ExpressionList (children 1)\n    Literal 'x'\n Identifier TabSeparatedRaw\n"
    )
    assert "InsertQuery" in (refusal(explain_insert) or "")
    assert "KillQueryQuery" in (
        refusal("KillQueryQuery Literal_UInt64_1 ASYNC (children 1)\n Literal UInt64_1\n") or ""
    )


def test_a_dedicated_analyst_dsn_must_be_a_read_only_user(chdb_url: str) -> None:
    """Server mode: admin-api refuses to start on an analyst DSN whose user can write."""
    writable = connect(chdb_url)
    try:
        with pytest.raises(AnalystRefused, match="readonly"):
            check_read_only_user(writable)
    finally:
        writable.close()
    read_only = connect(chdb_url, {"readonly": 1})
    try:
        check_read_only_user(read_only)
    finally:
        read_only.close()


def test_embedded_mode_has_one_engine_for_analysts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALLYGATE_ADMIN_TOKEN", "t" * 20)
    monkeypatch.setenv("TALLYGATE_KEY_SECRET", "k" * 20)
    monkeypatch.setenv("TALLYGATE_CREDENTIALS_KEY", base64.urlsafe_b64encode(b"c" * 32).decode())
    monkeypatch.setenv("TALLYGATE_CLICKHOUSE_URL", "chdb:///tmp/x")
    monkeypatch.setenv("TALLYGATE_SQL_CLICKHOUSE_URL", "http://analyst:pw@127.0.0.1:8123")
    with pytest.raises(ValueError, match="TALLYGATE_SQL_CLICKHOUSE_URL"):
        AdminSettings()
    monkeypatch.setenv("TALLYGATE_CLICKHOUSE_URL", "http://tallygate:pw@127.0.0.1:8123")
    assert AdminSettings().sql_clickhouse_url == "http://analyst:pw@127.0.0.1:8123"


def test_the_server_mode_sql_parses(chdb_url: str) -> None:
    """infra/clickhouse-server: every statement is one ClickHouse's parser accepts."""
    client = connect(chdb_url)
    try:
        statements = [s for path in sorted(INFRA.glob("*.sql")) for s in split_statements(path.read_text())]
        assert any(s.startswith("CREATE SETTINGS PROFILE") for s in statements)
        for statement in statements:
            client.query("SELECT formatQuerySingleLine({q:String})", parameters={"q": statement})
    finally:
        client.close()
