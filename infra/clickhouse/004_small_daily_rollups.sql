-- Small daily rollups for the dashboards that would otherwise scan usage_daily (which keeps
-- every dimension, so it grows with traffic): these grow with retention, not with traffic.
-- Both are rebuilt from usage_daily FINAL for the same days as usage_model_daily.

-- Grain: day (TALLYGATE_TIMEZONE) x key x its user. Overview totals, unique users, top users,
-- a user's own daily series.
CREATE TABLE IF NOT EXISTS {db}.usage_key_daily
(
    day                Date,
    api_key_id         String,
    user_id            String,
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
ORDER BY (day, api_key_id, user_id);

-- Grain: day (TALLYGATE_TIMEZONE) x account x task type. Account load and daily task limits.
CREATE TABLE IF NOT EXISTS {db}.usage_account_daily
(
    day                Date,
    account_id         String,
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
ORDER BY (day, account_id, task_type);
