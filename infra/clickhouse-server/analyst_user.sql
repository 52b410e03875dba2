-- Server mode only: the ClickHouse user analyst SQL (`/api/sql`) runs as. Not a migration:
-- the services never run it (their own user may not manage access). Apply it once, and again
-- after changing a limit, as a ClickHouse user allowed to manage access (docs/operators.md,
-- "Analyst SQL in server mode"), with the password filled in:
--
--   sed "s/__ANALYST_PASSWORD__/$PW/" infra/clickhouse-server/analyst_user.sql \
--     | clickhouse-client --user admin --password … --multiquery
--
-- then set TALLYGATE_SQL_CLICKHOUSE_URL=http://tallygate_analyst:$PW@clickhouse:8123 for
-- admin-api. It refuses to start if this user is not readonly = 1. Change `tallygate` below if
-- TALLYGATE_CLICKHOUSE_DATABASE differs.

-- readonly = 1: only reads, and no setting can be changed by a query (SETTINGS clause, SET, URL
-- parameters), so the limits below hold for every query. CONST says the same again as a
-- constraint, so that a later `readonly` change in this profile still leaves them fixed.
-- Limits as admin-api's defaults (TALLYGATE_SQL_*, README): 30 s, 100,000 result rows (more
-- fail the query rather than truncate it), 128 MiB of result, 2 GiB of memory.
CREATE SETTINGS PROFILE OR REPLACE tallygate_analyst SETTINGS
    max_execution_time = 30 CONST,
    max_result_rows = 100000 CONST,
    result_overflow_mode = 'throw' CONST,
    max_result_bytes = 134217728 CONST,
    max_memory_usage = 2147483648 CONST,
    allow_ddl = 0 CONST,
    allow_introspection_functions = 0 CONST,
    readonly = 1 CONST;

-- No host restriction here: the analyst reaches ClickHouse only through admin-api, and the
-- network policy of your deployment decides who can reach port 8123 at all.
CREATE USER OR REPLACE tallygate_analyst
    IDENTIFIED WITH sha256_password BY '__ANALYST_PASSWORD__'
    SETTINGS PROFILE 'tallygate_analyst';

-- Reading the usage tables is all it may do: no FILE, URL, REMOTE, S3 or other source grants
-- (table functions), no KILL QUERY on other users' queries, no SYSTEM, no access management.
GRANT SELECT ON tallygate.* TO tallygate_analyst;
