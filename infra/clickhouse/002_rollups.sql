-- Rollups. They are NOT fed by materialized views (a view sees every re-sent block, so it
-- would double count redeliveries). The aggregator rebuilds a bucket as a whole from the
-- level below, read with FINAL, and writes every group of it with a new `version`;
-- ReplacingMergeTree(version) keeps the newest, so reading with FINAL is exact by construction.
--   usage_events FINAL -> usage_15m -> usage_hourly
--                                   -> usage_daily -> usage_model_daily
-- 15 minutes is the base because every real UTC offset is a multiple of it, so days in any
-- TALLYGATE_TIMEZONE are whole sets of 15-minute buckets.

-- Grain: 15-minute UTC bucket x key x user x account x provider x model x upstream model x
-- endpoint x task type.
CREATE TABLE IF NOT EXISTS {db}.usage_15m
(
    bucket             DateTime64(3, 'UTC'),
    api_key_id         String,
    user_id            String,
    account_id         String,
    provider           LowCardinality(String),
    model              LowCardinality(String),
    upstream_model     LowCardinality(String),
    endpoint           LowCardinality(String),
    task_type          LowCardinality(String),
    requests           UInt64,
    errors             UInt64 COMMENT 'status_code >= 400',
    fallbacks          UInt64 COMMENT 'requests with attempts > 1',
    input_tokens       UInt64,
    output_tokens      UInt64,
    cache_read_tokens  UInt64,
    cache_write_tokens UInt64,
    reasoning_tokens   UInt64,
    units              UInt64,
    cost_usd           Decimal(38, 12),
    billed_cost_usd    Decimal(38, 12),
    duration_ms_sum    UInt64,
    ttft_ms_sum        UInt64,
    ttft_count         UInt64,
    version            UInt64 COMMENT 'rebuild time in ms; the newest wins'
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(bucket)
ORDER BY (bucket, api_key_id, user_id, account_id, provider, model, upstream_model, endpoint, task_type);

-- Grain: 1-hour UTC bucket x the same dimensions. Rebuilt from usage_15m.
CREATE TABLE IF NOT EXISTS {db}.usage_hourly AS {db}.usage_15m
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(bucket)
ORDER BY (bucket, api_key_id, user_id, account_id, provider, model, upstream_model, endpoint, task_type);

-- Grain: calendar day in the aggregator's TALLYGATE_TIMEZONE x the same dimensions.
-- Rebuilt from usage_15m; rebuilt entirely when the timezone changes (see aggregator_state).
CREATE TABLE IF NOT EXISTS {db}.usage_daily
(
    day                Date,
    api_key_id         String,
    user_id            String,
    account_id         String,
    provider           LowCardinality(String),
    model              LowCardinality(String),
    upstream_model     LowCardinality(String),
    endpoint           LowCardinality(String),
    task_type          LowCardinality(String),
    requests           UInt64,
    errors             UInt64,
    fallbacks          UInt64,
    input_tokens       UInt64,
    output_tokens      UInt64,
    cache_read_tokens  UInt64,
    cache_write_tokens UInt64,
    reasoning_tokens   UInt64,
    units              UInt64,
    cost_usd           Decimal(38, 12),
    billed_cost_usd    Decimal(38, 12),
    duration_ms_sum    UInt64,
    ttft_ms_sum        UInt64,
    ttft_count         UInt64,
    version            UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(day)
ORDER BY (day, api_key_id, user_id, account_id, provider, model, upstream_model, endpoint, task_type);

-- Grain: day (TALLYGATE_TIMEZONE) x requested model. Rebuilt from usage_daily.
CREATE TABLE IF NOT EXISTS {db}.usage_model_daily
(
    day                Date,
    model              LowCardinality(String),
    requests           UInt64,
    errors             UInt64,
    fallbacks          UInt64,
    input_tokens       UInt64,
    output_tokens      UInt64,
    cache_read_tokens  UInt64,
    cache_write_tokens UInt64,
    reasoning_tokens   UInt64,
    units              UInt64,
    cost_usd           Decimal(38, 12),
    billed_cost_usd    Decimal(38, 12),
    duration_ms_sum    UInt64,
    ttft_ms_sum        UInt64,
    ttft_count         UInt64,
    version            UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (day, model);

-- The aggregator's progress: the newest ingested_at it has folded in, and the timezone its
-- daily rollups were built in. Grain: one row per name (newest version wins).
CREATE TABLE IF NOT EXISTS {db}.aggregator_state
(
    name       String,
    watermark  DateTime64(3, 'UTC'),
    timezone   String,
    version    UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY name;
