"""Synthetic but realistic usage history, written straight into ClickHouse, then the rollups
built exactly as the aggregator builds them.

    python -m bench.generate --clickhouse-url chdb:///abs/dir/clickhouse --events 10000000 \
        [--days 90] [--database tallygate] [--seed 7]

What it writes (all chosen here in Python, drawn per row in SQL from `numbers(N)`):
- 500 keys (Zipf popularity; ~15 % without a user, the rest spread over 60 users; a few with a
  rate multiplier), each key using mostly its own 4 models;
- 20 accounts (8 OpenAI, 6 Anthropic, 4 Gemini, 2 OpenAI-compatible), the first of each
  provider taking most of its traffic (priority), the rest spread by weight;
- ~50 models (OpenAI, Anthropic, Gemini names and their dated snapshots, a few
  OpenAI-compatible ones without a shipped price), Zipf popularity;
- `--days` days ending now, a daily rhythm (peak ~14:00 UTC, quiet nights), quieter weekends
  and a slow growth;
- log-normal prompt and completion sizes, prompt-cache reads for a share (Anthropic cache
  writes too), reasoning tokens for reasoning models, streams ~40 % of chat, ~3 % errors with the
  gateway's own `error_type`s, attempts mostly 1;
- `cost_usd` computed from the tokens with the shipped default prices (exact, Decimal(38, 12);
  0 and no `price_version` for a model without a price, as the gateway does), `billed_cost_usd`
  = cost × the key's multiplier.

Then, as production does it: `RollupBuilder.dirty_slices(EPOCH)`, `rebuild()` of every 15-minute
slice that has data, `save_state(max ingested_at)`, so an aggregator started later on this data
continues from there instead of rebuilding 90 days."""

from __future__ import annotations

import argparse
import asyncio
import bisect
import math
import os
import random
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tallygate_aggregator.rollups import EPOCH, RollupBuilder
from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate, quote_ident
from tallygate_shared.pricing import PriceTable

# (model, provider, kind, popularity weight, ms per output token). kind: chat, reason, embed, image.
MODELS: list[tuple[str, str, str, float, float]] = [
    ("gpt-4o-mini", "openai", "chat", 20, 8),
    ("gpt-5-mini", "openai", "reason", 16, 9),
    ("claude-sonnet-4-5", "anthropic", "chat", 15, 18),
    ("gemini-2.5-flash", "gemini", "chat", 12, 6),
    ("gpt-4.1-mini", "openai", "chat", 10, 9),
    ("gpt-4o", "openai", "chat", 9, 15),
    ("gpt-5", "openai", "reason", 8, 20),
    ("claude-haiku-4-5", "anthropic", "chat", 7, 9),
    ("text-embedding-3-small", "openai", "embed", 7, 0),
    ("gemini-2.5-pro", "gemini", "reason", 5, 18),
    ("gpt-4.1", "openai", "chat", 4, 16),
    ("claude-sonnet-4", "anthropic", "chat", 4, 18),
    ("gpt-5-nano", "openai", "reason", 3.5, 6),
    ("gemini-2.5-flash-lite", "gemini", "chat", 3, 5),
    ("o4-mini", "openai", "reason", 3, 12),
    ("deepseek-chat", "openai_compatible", "chat", 2.5, 20),
    ("gpt-4o-2024-08-06", "openai", "chat", 2.2, 15),
    ("claude-3-5-haiku", "anthropic", "chat", 2, 10),
    ("gemini-2.0-flash", "gemini", "chat", 2, 5),
    ("claude-opus-4-1", "anthropic", "chat", 1.8, 35),
    ("text-embedding-3-large", "openai", "embed", 1.6, 0),
    ("o3", "openai", "reason", 1.5, 25),
    ("gpt-4.1-nano", "openai", "chat", 1.4, 5),
    ("claude-sonnet-4-5-20250929", "anthropic", "chat", 1.3, 18),
    ("gpt-4o-mini-2024-07-18", "openai", "chat", 1.2, 8),
    ("llama-3.3-70b-instruct", "openai_compatible", "chat", 1.1, 15),
    ("gpt-5-2025-08-07", "openai", "reason", 1, 20),
    ("claude-haiku-4-5-20251001", "anthropic", "chat", 0.9, 9),
    ("deepseek-reasoner", "openai_compatible", "reason", 0.9, 25),
    ("gemini-2.5-flash-latest", "gemini", "chat", 0.8, 6),
    ("gpt-4.1-2025-04-14", "openai", "chat", 0.7, 16),
    ("claude-sonnet-4-20250514", "anthropic", "chat", 0.7, 18),
    ("gpt-image-1", "openai", "image", 0.6, 0),
    ("o4-mini-2025-04-16", "openai", "reason", 0.5, 12),
    ("qwen3-235b-a22b", "openai_compatible", "chat", 0.5, 18),
    ("claude-3-5-haiku-20241022", "anthropic", "chat", 0.45, 10),
    ("gpt-5-mini-2025-08-07", "openai", "reason", 0.4, 9),
    ("gemini-2.5-pro-latest", "gemini", "reason", 0.4, 18),
    ("claude-opus-4-1-20250805", "anthropic", "chat", 0.35, 35),
    ("mistral-large-latest", "openai_compatible", "chat", 0.3, 16),
    ("o3-2025-04-16", "openai", "reason", 0.3, 25),
    ("gpt-4.1-mini-2025-04-14", "openai", "chat", 0.3, 9),
    ("claude-3-5-haiku-latest", "anthropic", "chat", 0.25, 10),
    ("gemini-2.0-flash-latest", "gemini", "chat", 0.25, 5),
    ("gpt-4.1-nano-2025-04-14", "openai", "chat", 0.2, 5),
    ("gemini-2.5-flash-lite-latest", "gemini", "chat", 0.2, 5),
    ("gpt-5-nano-2025-08-07", "openai", "reason", 0.15, 6),
    ("claude-sonnet-4-5@20250929", "anthropic", "chat", 0.15, 18),
    ("mixtral-8x22b-instruct", "openai_compatible", "chat", 0.1, 12),
    ("gpt-4o-2024-11-20", "openai", "chat", 0.1, 15),
]  # fmt: skip
HOUR_INV = 8192
PROVIDERS = ["openai", "anthropic", "gemini", "openai_compatible"]
ACCOUNTS_PER_PROVIDER = [8, 6, 4, 2]
CACHE_SHARE = {"openai": 0.35, "anthropic": 0.5, "gemini": 0.25, "openai_compatible": 0.1}
# (status, error_type, has an account, weight). 200 with an error_type: a stream cut short.
ERRORS = [
    (429, "rate_limited", False, 30), (400, "upstream_400", True, 18), (502, "upstream_failed", True, 12),
    (503, "no_account_available", False, 8), (403, "model_not_allowed", False, 7),
    (404, "model_not_found", False, 5), (429, "insufficient_quota", False, 5),
    (400, "invalid_json", False, 3), (502, "upstream_500", True, 4),
    (200, "upstream_stream_incomplete", True, 4), (200, "client_disconnected", True, 4),
]  # fmt: skip
ERROR_RATE = 0.03
USER_AGENTS = [
    "OpenAI/Python 1.99.1", "OpenAI/Python 2.3.0", "Anthropic/Python 0.64.0", "google-genai-sdk/1.30.0",
    "OpenAI/JS 5.12.2", "curl/8.5.0", "python-httpx/0.28.1", "LangChain/0.3",
]  # fmt: skip


def sql_array(values: list) -> str:
    def lit(v: object) -> str:
        if isinstance(v, str):
            return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"
        if isinstance(v, list):
            return sql_array(v)
        return repr(v)

    return "[" + ",".join(lit(v) for v in values) + "]"


def inverse_cdf(weights: list[float], size: int = 4096) -> list[int]:
    """table[i] = the (1-based) item whose cumulative share covers quantile (i + 0.5) / size."""
    total = sum(weights)
    cum, acc = [], 0.0
    for w in weights:
        acc += w / total
        cum.append(acc)
    return [min(bisect.bisect_left(cum, (i + 0.5) / size), len(weights) - 1) + 1 for i in range(size)]


def new_id(rng: random.Random, prefix: str) -> str:
    return f"{prefix}_{rng.getrandbits(64):016x}"


def milli_usd_per_mtok(value: Decimal) -> int:
    scaled = value * 1000
    if scaled != scaled.to_integral_value():
        raise ValueError(f"price {value} has more than 3 decimals")
    return int(scaled)


class Plan:
    """Every dimension and distribution, as SQL array literals."""

    def __init__(self, events: int, days: int, seed: int, now: datetime) -> None:
        rng = random.Random(seed)
        self.events = events
        self.now = now
        # Hours [start, start + len) for `days` days ending at `now` (the current hour partial).
        first_hour = (now - timedelta(days=days)).replace(minute=0, second=0, microsecond=0)
        by_day: dict[object, list[tuple[int, int, float]]] = {}
        t = first_hour
        while t < now:
            length = min(timedelta(hours=1), now - t)
            hour = t.hour + t.minute / 60
            daily = (
                0.12 + math.exp(-(((hour - 14.0) / 4.2) ** 2)) + 0.25 * math.exp(-(((hour - 3.0) / 2.5) ** 2))
            )
            weekly = 0.45 if t.weekday() >= 5 else 1.0
            growth = 1.0 + 0.8 * (t - first_hour) / (now - first_hour)
            by_day.setdefault(t.date(), []).append(
                (int(t.timestamp() * 1000), max(int(length.total_seconds() * 1000), 1),
                 daily * weekly * growth * (length / timedelta(hours=1)))
            )  # fmt: skip
            t += timedelta(hours=1)
        # A week per INSERT: planning one of these statements takes ~1 s (alias expansion), rows
        # cost ~3 µs each; one inverse CDF of the week's hours (8,192 entries: a 65,536-entry
        # constant array indexed per row costs 20x as much).
        day_lists = list(by_day.values())
        weeks = [[h for day in day_lists[i : i + 7] for h in day] for i in range(0, len(day_lists), 7)]
        weights = [sum(w for _, _, w in hours) for hours in weeks]
        quotas = [events * w / sum(weights) for w in weights]
        counts = [int(q) for q in quotas]
        for i in sorted(range(len(quotas)), key=lambda i: counts[i] - quotas[i])[: events - sum(counts)]:
            counts[i] += 1  # largest remainder: the weeks add up to exactly `events`
        self.chunks = [
            (
                count,
                [h[0] for h in hours],
                [h[1] for h in hours],
                inverse_cdf([h[2] for h in hours], HOUR_INV),
            )
            for count, hours in zip(counts, weeks, strict=True)
            if count
        ]

        # Models and prices (the shipped defaults, looked up the way the gateway does).
        prices = PriceTable()
        self.models = [m[0] for m in MODELS]
        self.model_provider = [PROVIDERS.index(m[1]) + 1 for m in MODELS]
        self.model_kind = [["chat", "reason", "embed", "image"].index(m[2]) + 1 for m in MODELS]
        self.model_tokms = [m[4] for m in MODELS]
        self.model_inv = inverse_cdf([m[3] for m in MODELS], 4096)
        self.model_cache = [CACHE_SHARE[m[1]] for m in MODELS]
        self.p_in, self.p_out, self.p_cr, self.p_cw, self.p_unit, self.p_version = [], [], [], [], [], []
        for name in self.models:
            price = prices.lookup(name)
            self.p_in.append(milli_usd_per_mtok(price.input) if price else 0)
            self.p_out.append(milli_usd_per_mtok(price.output) if price else 0)
            self.p_cr.append(milli_usd_per_mtok(price.cache_read) if price else 0)
            self.p_cw.append(milli_usd_per_mtok(price.cache_write) if price else 0)
            self.p_unit.append(int(price.per_unit * 10**12) if price else 0)  # picodollars per unit
            self.p_version.append(price.version if price else "")

        # Accounts per provider; the first of each takes most of it (priority 1).
        self.accounts: list[str] = []
        self.acc_by_provider: list[list[int]] = []
        for n in ACCOUNTS_PER_PROVIDER:
            ids = []
            for _ in range(n):
                self.accounts.append(new_id(rng, "acc"))
                ids.append(len(self.accounts))
            self.acc_by_provider.append(ids)

        # Users and keys.
        users = [new_id(rng, "usr") for _ in range(60)]
        user_weights = [1 / (i + 1) ** 0.8 for i in range(60)]
        self.keys: list[str] = []
        self.key_user: list[str] = []
        self.key_mult10: list[int] = []
        self.key_models: list[list[int]] = []
        self.key_ua: list[int] = []
        self.key_ip: list[str] = []
        model_weights = [m[3] for m in MODELS]
        for _ in range(500):
            self.keys.append(new_id(rng, "key"))
            self.key_user.append("" if rng.random() < 0.15 else rng.choices(users, user_weights)[0])
            self.key_mult10.append(rng.choices([10, 12, 15, 8], [85, 7, 3, 5])[0])
            chosen: list[int] = []
            while len(chosen) < 4:
                m = rng.choices(range(len(MODELS)), model_weights)[0] + 1
                if m not in chosen:
                    chosen.append(m)
            self.key_models.append(chosen)
            self.key_ua.append(rng.randrange(len(USER_AGENTS)) + 1)
            self.key_ip.append(f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")
        self.err_inv = inverse_cdf([e[3] for e in ERRORS], 4096)

    def insert_sql(self, db: str, chunk: int, offset: int) -> str:
        """The INSERT of week `chunk`; its rows are numbered from `offset` (request ids)."""
        count, hour_start, hour_len, hour_inv = self.chunks[chunk]

        def r(k: int) -> str:  # an independent uniform in [0, 1) per row and k (53 bits, never 1)
            return f"((rand64({k}) % 9007199254740992) / 9007199254740992.)"

        def z(k: int, trig: str = "cos") -> str:  # a standard normal (Box–Muller)
            return f"(sqrt(-2 * log(1 - {r(k)})) * {trig}(2 * pi() * {r(k + 1)}))"

        err_status = sql_array([e[0] for e in ERRORS])
        err_type = sql_array([e[1] for e in ERRORS])
        err_acc = sql_array([int(e[2]) for e in ERRORS])
        eps = [
            "/v1/chat/completions", "/v1/responses", "/v1/embeddings", "/v1/images/generations",
            "/v1/messages", "/v1/messages/count_tokens",
        ]  # fmt: skip
        columns = (
            "request_id, schema_version, ts, end_ts, api_key_id, user_id, account_id, provider, endpoint, "
            "task_type, model, upstream_model, stream, status_code, error_type, input_tokens, output_tokens, "
            "cache_read_tokens, cache_write_tokens, reasoning_tokens, units, usage_estimated, cost_usd, "
            "billed_cost_usd, price_version, duration_ms, ttft_ms, attempts, client_ip, user_agent, "
            "gateway_instance, ingested_at"
        )
        return f"""
INSERT INTO {db}.usage_events ({columns})
WITH
    {sql_array(hour_inv)} AS hour_inv, {sql_array(hour_start)} AS hour_start,
    {sql_array(hour_len)} AS hour_len, {sql_array(self.keys)} AS key_ids,
    {sql_array(self.key_user)} AS key_user, {sql_array(self.key_mult10)} AS key_mult10,
    {sql_array(self.key_models)} AS key_models, {sql_array(self.key_ua)} AS key_ua,
    {sql_array(self.key_ip)} AS key_ip, {sql_array(USER_AGENTS)} AS agents,
    {sql_array(self.model_inv)} AS model_inv, {sql_array(self.models)} AS model_names,
    {sql_array(self.model_provider)} AS model_provider, {sql_array(self.model_kind)} AS model_kind,
    {sql_array(self.model_tokms)} AS model_tokms, {sql_array(self.model_cache)} AS model_cache,
    {sql_array(self.p_in)} AS p_in, {sql_array(self.p_out)} AS p_out, {sql_array(self.p_cr)} AS p_cr,
    {sql_array(self.p_cw)} AS p_cw, {sql_array(self.p_unit)} AS p_unit,
    {sql_array(self.p_version)} AS p_version,
    {sql_array(PROVIDERS)} AS providers, {sql_array(self.accounts)} AS account_ids,
    {sql_array(self.acc_by_provider)} AS acc_by_provider,
    {sql_array(self.err_inv)} AS err_inv, {err_status} AS err_status, {err_type} AS err_type,
    {err_acc} AS err_acc, {sql_array(eps)} AS eps
SELECT
    {request_id_sql()},
    1, ts, end_ts, api_key_id, user_id, account_id, provider, endpoint, task_type, model, model,
    stream, status_code, error_type, input_tokens, output_tokens, cache_read_tokens,
    cache_write_tokens, reasoning_tokens, units, usage_estimated, cost_usd, billed_cost_usd,
    price_version, duration_ms, ttft_ms, attempts, client_ip, user_agent, gateway_instance,
    -- written 40 ms after the answer, as the ingest does: not all at generation time, which
    -- would leave every row of the last seconds of generation inside the aggregator's overlap
    -- window, and an aggregator started on this data rebuilding days of slices at once
    least(end_ts + toIntervalMillisecond(40), now64(3))
FROM
(
    SELECT
        n, ts_ms, k, m, prov, kind, e, status_code, error_type, stream, endpoint, is_error, tokens_ok,
        leftPad(lower(hex(toUInt64(ts_ms))), 12, '0') AS h,
        fromUnixTimestamp64Milli(toInt64(ts_ms), 'UTC') AS ts,
        fromUnixTimestamp64Milli(toInt64(ts_ms + duration_ms), 'UTC') AS end_ts,
        key_ids[k] AS api_key_id, key_user[k] AS user_id,
        if(is_error AND err_acc[e] = 0, '',
           account_ids[acc_by_provider[prov][
               1 + toUInt32(floor(pow({r(6)}, 2.2) * length(acc_by_provider[prov])))]]) AS account_id,
        providers[prov] AS provider,
        multiIf(endpoint = '/v1/messages/count_tokens', 'count_tokens',
                endpoint = '/v1/responses', 'response',
                kind = 3, 'embedding', kind = 4, 'image', 'chat') AS task_type,
        model_names[m] AS model,
        -- tokens: a prompt of P tokens, of which a share read from (and for Anthropic written to)
        -- the prompt cache; input_tokens is the rest (docs/analysts.md).
        if(tokens_ok AND kind != 4,
           least(toUInt64(exp(if(kind = 3, log(400), log(1200))
                              + if(kind = 3, 1.0, 1.25) * {z(11)})) + 1, 200000),
           0) AS prompt,
        if(prompt > 0 AND kind IN (1, 2) AND {r(15)} < model_cache[m],
           toUInt64(floor(prompt * (0.35 + 0.6 * {r(16)}))), 0) AS cache_read_tokens,
        if(prompt > 0 AND prov = 2 AND {r(17)} < 0.1,
           toUInt64(floor((prompt - cache_read_tokens) * (0.2 + 0.6 * {r(18)}))), 0) AS cache_write_tokens,
        prompt - cache_read_tokens - cache_write_tokens AS input_tokens,
        if(tokens_ok AND kind IN (1, 2),
           least(toUInt64(exp(if(kind = 2, log(700), log(280)) + 1.0 * {z(13)})) + 1, 32000), 0)
            AS output_tokens,
        if(kind = 2, toUInt64(floor(output_tokens * (0.3 + 0.5 * {r(19)}))), 0) AS reasoning_tokens,
        if(tokens_ok AND kind = 4, 1 + toUInt64({r(20)} < 0.25) + toUInt64({r(21)} < 0.1), 0) AS units,
        (input_tokens * p_in[m] + output_tokens * p_out[m] + cache_read_tokens * p_cr[m]
            + cache_write_tokens * p_cw[m]) * 1000 + units * p_unit[m] AS cost_pico,
        toDecimal128(cost_pico, 0) * toDecimal128('0.000000000001', 12) AS cost_usd,
        toDecimal128(intDiv(cost_pico * key_mult10[k], 10), 0) * toDecimal128('0.000000000001', 12)
            AS billed_cost_usd,
        if(cost_pico > 0 OR (tokens_ok AND p_version[m] != ''), p_version[m], '') AS price_version,
        tokens_ok AND stream AND {r(22)} < 0.005 AS usage_estimated,
        -- time: a log-normal time to first byte, then the completion at the model's speed
        least(toUInt32(exp(log(450) + 0.6 * {z(11, "sin")})), 30000) AS ttfb,
        toUInt32(multiIf(
            is_error AND err_acc[e] = 0, 1 + 4 * {r(23)},
            is_error, 300 + 20000 * pow({r(23)}, 2),
            kind = 3, exp(log(120) + 0.5 * {z(13, "sin")}),
            kind = 4, 6000 + 14000 * {r(23)},
            ttfb + output_tokens * model_tokms[m] * (0.7 + 0.6 * {r(23)}))) AS duration_ms,
        if(is_error AND err_acc[e] = 0, NULL, if(stream, ttfb, duration_ms)) AS ttft_ms,
        toUInt8(multiIf(status_code = 502, 2 + ({r(24)} < 0.3), err_acc[e] = 0 AND is_error, 0,
                        {r(24)} < 0.025, 2, {r(24)} < 0.028, 3, 1)) AS attempts,
        key_ip[k] AS client_ip, agents[key_ua[k]] AS user_agent,
        if({r(25)} < 0.5, 'gw-1', 'gw-2') AS gateway_instance
    FROM
    (
        SELECT
            number AS n,
            hour_inv[1 + toUInt32(floor({r(1)} * {HOUR_INV}))] AS hb,
            hour_start[hb] + toUInt64(floor({r(2)} * hour_len[hb])) AS ts_ms,
            -- key popularity ~ 1/rank (continuous Zipf: every key is reachable)
            least(toUInt32(floor(exp({r(3)} * log({len(self.keys) + 1})))), {len(self.keys)}) AS k,
            if({r(4)} < 0.85, key_models[k][1 + toUInt32(floor(pow({r(5)}, 1.7) * 4))],
               model_inv[1 + toUInt32(floor({r(5)} * 4096))]) AS m,
            model_provider[m] AS prov, model_kind[m] AS kind,
            {r(7)} < {ERROR_RATE} AS is_err_row,
            err_inv[1 + toUInt32(floor({r(8)} * 4096))] AS e,
            kind IN (1, 2) AND {r(9)} < 0.4 AS stream0,
            -- a cut-short stream (status 200) only happens to streams
            is_err_row AND NOT (err_status[e] = 200 AND NOT stream0) AS has_err,
            stream0 OR (has_err AND err_status[e] = 200) AS stream,
            if(has_err, err_status[e], 200) AS status_code,
            if(has_err, err_type[e], '') AS error_type,
            status_code >= 400 AS is_error,
            multiIf(
                kind = 3, eps[3], kind = 4, eps[4],
                prov = 2, if({r(10)} < 0.03 AND NOT stream, eps[6], eps[5]),
                prov = 3, concat('/v1beta/models/', model_names[m],
                                 if(stream, ':streamGenerateContent', ':generateContent')),
                prov = 1 AND {r(10)} < 0.2, eps[2],
                eps[1]) AS endpoint,
            NOT is_error AND endpoint != '/v1/messages/count_tokens' AS tokens_ok
        FROM numbers({offset}, {count})
    )
)
"""


def request_id_sql() -> str:
    """A UUIDv7 like the gateway's: 48 bits of ts milliseconds, version 7, 12 random bits,
    variant, then 14 hex digits of which the last 12 are the row number (so ids are unique)."""
    return (
        "lower(concat(substring(h, 1, 8), '-', substring(h, 9, 4), '-7', "
        "leftPad(hex(toUInt16(rand(30) % 4096)), 3, '0'), '-', "
        "substring(hex(toUInt8(8 + rand(31) % 4)), 2, 1), "
        "leftPad(hex(toUInt16(rand(32) % 4096)), 3, '0'), '-', "
        "leftPad(hex(toUInt64(n)), 12, '0')))"
    )


async def build_rollups(url: str, database: str, timezone: str) -> dict[str, float]:
    client = connect(url)
    ch = AsyncClickHouse(client, "bench-rollups")
    builder = RollupBuilder(ch, database, timezone)
    times = {}
    t = time.perf_counter()
    count, newest, slices = await builder.dirty_slices(EPOCH)
    times["dirty_slices"] = time.perf_counter() - t
    print(
        f"  dirty_slices: {count:,} rows in {len(slices):,} slices ({times['dirty_slices']:.1f} s)",
        flush=True,
    )
    t = time.perf_counter()
    if slices:
        await builder.rebuild(slices)
    times["rebuild"] = time.perf_counter() - t
    print(f"  rebuild (15m, hourly, daily, model_daily): {times['rebuild']:.1f} s", flush=True)
    if newest is not None:
        await builder.save_state(newest)
    ch.close()
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clickhouse-url", required=True, help="chdb:///abs/path or http://host:8123")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--database", default="tallygate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--timezone",
        default=os.environ.get("TALLYGATE_TIMEZONE", "UTC"),
        help="the days of the daily rollups (default $TALLYGATE_TIMEZONE or UTC)",
    )
    args = parser.parse_args(argv)
    db = quote_ident(args.database)
    now = datetime.now(UTC).replace(microsecond=0)

    t_all = time.perf_counter()
    client = connect(args.clickhouse_url)
    migrate(client, args.database)
    existing = client.command(f"SELECT count() FROM {db}.usage_events")
    if existing:
        raise SystemExit(f"{db}.usage_events already holds {existing} rows: use an empty data dir")
    plan = Plan(args.events, args.days, args.seed, now)
    t = time.perf_counter()
    offset = 0
    for i, (count, *_rest) in enumerate(plan.chunks):
        client.command(plan.insert_sql(db, i, offset), settings={"max_query_size": 16 * 1024 * 1024})
        offset += count
        if (i + 1) % 10 == 0 or i + 1 == len(plan.chunks):
            print(f"  inserted {offset:,} / {args.events:,} ({time.perf_counter() - t:.1f} s)", flush=True)
    t_insert = time.perf_counter() - t
    print(
        f"generate: {args.events:,} events over {args.days} days in {t_insert:.1f} s "
        f"({args.events / t_insert:,.0f} rows/s)",
        flush=True,
    )
    client.close()

    times = asyncio.run(build_rollups(args.clickhouse_url, args.database, args.timezone))
    t_rollups = times["dirty_slices"] + times["rebuild"]
    print(f"rollups: built in {t_rollups:.1f} s", flush=True)

    client = connect(args.clickhouse_url)
    for table in ("usage_events", "usage_15m", "usage_hourly", "usage_daily", "usage_model_daily"):
        rows = client.command(f"SELECT count() FROM {db}.{table} FINAL")
        parts = client.command(
            f"SELECT count() FROM system.parts "
            f"WHERE database = '{args.database}' AND table = '{table}' AND active"
        )
        print(f"  {table:<18} {int(rows):>12,} rows  {int(parts):>4} parts", flush=True)
    print(
        f"GENERATE_TIMES insert_s={t_insert:.2f} rollups_s={t_rollups:.2f} "
        f"total_s={time.perf_counter() - t_all:.2f}",
        flush=True,
    )
    client.close()


if __name__ == "__main__":
    main()
