-- Grain: day (TALLYGATE_TIMEZONE) x account x key x its user. The usage summary (account x
-- key/user) for whole days; rebuilt from usage_daily FINAL like the other small daily rollups.
CREATE TABLE IF NOT EXISTS {db}.usage_account_key_daily
(
    day                Date,
    account_id         String,
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
ORDER BY (day, account_id, api_key_id, user_id);
