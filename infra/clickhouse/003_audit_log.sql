-- Audit log. Grain: one row per management write (an account, key, user, price or settings
-- change made through admin-api), published on NATS and written by usage-ingest. A redelivered
-- audit event is the same row again; ReplacingMergeTree on (ts, id) keeps one (read with FINAL).
-- `before` and `after` are JSON with secrets removed.
CREATE TABLE IF NOT EXISTS {db}.audit_log
(
    id          String,
    ts          DateTime64(3, 'UTC'),
    actor       String COMMENT 'username, or admin-token for the bearer token',
    actor_id    String,
    action      LowCardinality(String),
    entity      LowCardinality(String),
    entity_id   String,
    before      String COMMENT 'JSON, secrets removed; empty on create',
    after       String COMMENT 'JSON, secrets removed; empty on delete',
    client_ip   String,
    ingested_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (ts, id);
