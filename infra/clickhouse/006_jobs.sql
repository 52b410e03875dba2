-- Jobs (video, lip-sync, any long task): a job has two usage events under one request_id and
-- one ts (its submit time), first job_status 'pending', later its end, 'succeeded' or 'failed'
-- (a submit the upstream refused is one 'failed' event). docs/analysts.md, "Jobs".
--   usage_events holds a job's FINAL event only (usage-ingest never writes a pending one there),
--     so `usage` and every rollup have one row per job, in its final state, under redelivery too.
--   job_events holds every job event, pending and final; job_rank makes the final one win
--     whatever order they arrive in, so job_events FINAL (the `jobs` view) is each job's latest state.

ALTER TABLE {db}.usage_events
    ADD COLUMN IF NOT EXISTS job_id String DEFAULT ''
        COMMENT 'the upstream''s id of the job; empty for a request that is not a job' AFTER gateway_instance,
    ADD COLUMN IF NOT EXISTS job_status LowCardinality(String) DEFAULT ''
        COMMENT 'succeeded or failed for a job (never pending here); empty for other requests' AFTER job_id;

-- A view's * is expanded when it is created: made again so that it shows the new columns.
CREATE OR REPLACE VIEW {db}.usage AS
SELECT * EXCEPT (ingested_at)
FROM {db}.usage_events FINAL;

-- Grain: one row per DELIVERED job event (pending or final). A job's events share
-- (ts, request_id); ReplacingMergeTree(job_rank) keeps the final one (rank 2) over the pending
-- one (rank 1) and one copy of a redelivered event. Never count this table without FINAL.
CREATE TABLE IF NOT EXISTS {db}.job_events
(
    request_id         String,
    schema_version     UInt16,
    ts                 DateTime64(3, 'UTC') COMMENT 'the job''s submit (both of its events)',
    end_ts             DateTime64(3, 'UTC') COMMENT 'pending: the submit''s answer; final: the job''s end',
    api_key_id         String,
    user_id            String,
    account_id         String,
    provider           LowCardinality(String),
    endpoint           LowCardinality(String),
    task_type          LowCardinality(String),
    model              LowCardinality(String),
    upstream_model     LowCardinality(String),
    stream             Bool,
    status_code        UInt16,
    error_type         LowCardinality(String),
    input_tokens       UInt64,
    output_tokens      UInt64,
    cache_read_tokens  UInt64,
    cache_write_tokens UInt64,
    reasoning_tokens   UInt64,
    units              UInt64 COMMENT '0 while pending; seconds of video or 1 per job at its end',
    usage_estimated    Bool,
    cost_usd           Decimal(38, 12) COMMENT '0 while pending',
    billed_cost_usd    Decimal(38, 12),
    price_version      String,
    duration_ms        UInt32,
    ttft_ms            Nullable(UInt32),
    attempts           UInt8,
    client_ip          String,
    user_agent         String,
    gateway_instance   LowCardinality(String),
    job_id             String COMMENT 'the upstream''s id of the job',
    job_status         LowCardinality(String) COMMENT 'pending, succeeded or failed',
    job_rank           UInt8 MATERIALIZED if(job_status = 'pending', 1, 2) COMMENT 'the version: a final event replaces a pending one',
    ingested_at        DateTime64(3, 'UTC') DEFAULT now64(3) COMMENT 'when usage-ingest wrote the row',
    INDEX idx_ingested_at ingested_at TYPE minmax GRANULARITY 1
)
ENGINE = ReplacingMergeTree(job_rank)
PARTITION BY toYYYYMM(ts)
ORDER BY (ts, request_id);

-- The analyst view: one row per job, in its latest state (pending until its end arrives).
CREATE OR REPLACE VIEW {db}.jobs AS
SELECT * EXCEPT (ingested_at)
FROM {db}.job_events FINAL;

-- Rollups: jobs that ended, by how; `errors` now also counts failed jobs (the aggregator's
-- RAW_SUMS). Pending jobs are in no rollup (they are not in usage_events).
ALTER TABLE {db}.usage_15m
    ADD COLUMN IF NOT EXISTS jobs_succeeded UInt64 DEFAULT 0 COMMENT 'jobs that ended succeeded' AFTER ttft_count,
    ADD COLUMN IF NOT EXISTS jobs_failed UInt64 DEFAULT 0 COMMENT 'jobs that ended failed, refused submits included' AFTER jobs_succeeded,
    COMMENT COLUMN errors 'status_code >= 400, or a job that failed';

ALTER TABLE {db}.usage_hourly
    ADD COLUMN IF NOT EXISTS jobs_succeeded UInt64 DEFAULT 0 AFTER ttft_count,
    ADD COLUMN IF NOT EXISTS jobs_failed UInt64 DEFAULT 0 AFTER jobs_succeeded,
    COMMENT COLUMN errors 'status_code >= 400, or a job that failed';

ALTER TABLE {db}.usage_daily
    ADD COLUMN IF NOT EXISTS jobs_succeeded UInt64 DEFAULT 0 AFTER ttft_count,
    ADD COLUMN IF NOT EXISTS jobs_failed UInt64 DEFAULT 0 AFTER jobs_succeeded,
    COMMENT COLUMN errors 'status_code >= 400, or a job that failed';

ALTER TABLE {db}.usage_model_daily
    ADD COLUMN IF NOT EXISTS jobs_succeeded UInt64 DEFAULT 0 AFTER ttft_count,
    ADD COLUMN IF NOT EXISTS jobs_failed UInt64 DEFAULT 0 AFTER jobs_succeeded;

ALTER TABLE {db}.usage_key_daily
    ADD COLUMN IF NOT EXISTS jobs_succeeded UInt64 DEFAULT 0 AFTER ttft_count,
    ADD COLUMN IF NOT EXISTS jobs_failed UInt64 DEFAULT 0 AFTER jobs_succeeded;

ALTER TABLE {db}.usage_account_daily
    ADD COLUMN IF NOT EXISTS jobs_succeeded UInt64 DEFAULT 0 AFTER ttft_count,
    ADD COLUMN IF NOT EXISTS jobs_failed UInt64 DEFAULT 0 AFTER jobs_succeeded;

ALTER TABLE {db}.usage_account_key_daily
    ADD COLUMN IF NOT EXISTS jobs_succeeded UInt64 DEFAULT 0 AFTER ttft_count,
    ADD COLUMN IF NOT EXISTS jobs_failed UInt64 DEFAULT 0 AFTER jobs_succeeded;
