-- Raw usage. Grain: one row per DELIVERED UsageEvent. A redelivered event (JetStream
-- at-least-once, an ingest restarted mid-batch, a replayed gateway spool) adds a second,
-- identical row; ReplacingMergeTree keyed on (ts, request_id) collapses them at merge time
-- and `FINAL` collapses them at read time. Never count this table without FINAL: read the
-- `usage` view or the rollups.
CREATE TABLE IF NOT EXISTS {db}.usage_events
(
    request_id         String,
    schema_version     UInt16,
    ts                 DateTime64(3, 'UTC') COMMENT 'request start',
    end_ts             DateTime64(3, 'UTC') COMMENT 'last byte sent to the client',
    api_key_id         String,
    user_id            String,
    account_id         String COMMENT 'the account that answered (last attempt); empty if none',
    provider           LowCardinality(String),
    endpoint           LowCardinality(String) COMMENT 'the gateway path, e.g. /v1/chat/completions',
    task_type          LowCardinality(String),
    model              LowCardinality(String) COMMENT 'as requested by the client',
    upstream_model     LowCardinality(String) COMMENT 'as sent upstream, after model_map',
    stream             Bool,
    status_code        UInt16 COMMENT 'what the client received',
    error_type         LowCardinality(String) COMMENT 'empty on success',
    input_tokens       UInt64 COMMENT 'input neither read from nor written to a prompt cache',
    output_tokens      UInt64 COMMENT 'reasoning tokens included',
    cache_read_tokens  UInt64,
    cache_write_tokens UInt64,
    reasoning_tokens   UInt64,
    units              UInt64 COMMENT 'images, videos, lip-sync jobs for task types',
    usage_estimated    Bool COMMENT 'true when the provider gave no usage and it was estimated',
    cost_usd           Decimal(38, 12),
    billed_cost_usd    Decimal(38, 12) COMMENT 'cost after the key and user rate multipliers',
    price_version      String,
    duration_ms        UInt32,
    ttft_ms            Nullable(UInt32) COMMENT 'time to the first byte of the answer',
    attempts           UInt8 COMMENT '1 + failovers',
    client_ip          String,
    user_agent         String,
    gateway_instance   LowCardinality(String),
    ingested_at        DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'when usage-ingest wrote the row',
    INDEX idx_ingested_at ingested_at TYPE minmax GRANULARITY 1
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (ts, request_id);

-- The analyst view: one row per request, exactly once.
CREATE OR REPLACE VIEW {db}.usage AS
SELECT * EXCEPT (ingested_at)
FROM {db}.usage_events FINAL;
