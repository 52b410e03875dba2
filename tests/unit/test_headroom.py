"""Rate-limit headers as OpenAI and Anthropic send them, read into one headroom."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tallygate_shared.headroom import exhausted_until, parse_headroom, reset_time, share_left

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_openai_headers() -> None:
    h = parse_headroom({
        "x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "499",
        "x-ratelimit-reset-requests": "120ms", "x-ratelimit-limit-tokens": "30000",
        "x-ratelimit-remaining-tokens": "7500", "x-ratelimit-reset-tokens": "1m30s",
    }, NOW)  # fmt: skip
    assert h is not None and h.requests is not None and h.tokens is not None
    assert (h.requests.limit, h.requests.remaining) == (500, 499)
    assert h.requests.reset_at == NOW + timedelta(milliseconds=120)
    assert h.tokens.reset_at == NOW + timedelta(seconds=90)
    assert share_left(h) == 7500 / 30000 and exhausted_until(h) is None


def test_anthropic_headers_and_the_unified_windows() -> None:
    reset_5h = int((NOW + timedelta(hours=2)).timestamp())
    h = parse_headroom({
        "anthropic-ratelimit-requests-limit": "50", "anthropic-ratelimit-requests-remaining": "0",
        "anthropic-ratelimit-requests-reset": "2026-12-02T12:00:30Z",
        "anthropic-ratelimit-input-tokens-limit": "40000",
        "anthropic-ratelimit-input-tokens-remaining": "39000",
        "anthropic-ratelimit-unified-5h-utilization": "0.42",
        "anthropic-ratelimit-unified-5h-reset": str(reset_5h),
        "anthropic-ratelimit-unified-7d-utilization": "1.0",
        "anthropic-ratelimit-unified-7d-status": "rejected",
        "anthropic-ratelimit-unified-status": "rejected",
    }, NOW)  # fmt: skip
    assert (
        h is not None and h.window_5h is not None and h.window_7d is not None and h.input_tokens is not None
    )
    assert h.window_5h.utilization == 0.42 and h.window_5h.reset_at == datetime.fromtimestamp(reset_5h, UTC)
    assert h.input_tokens.remaining == 39000 and h.status == "rejected"
    # Nothing left: requests until their reset, the 7-day window (no reset given) a minute on.
    assert exhausted_until(h) == max(
        NOW + timedelta(seconds=60), datetime(2026, 12, 2, 12, 0, 30, tzinfo=UTC)
    )
    assert share_left(h) == 0.0


def test_no_rate_limit_headers_is_no_headroom() -> None:
    assert parse_headroom({"content-type": "application/json"}, NOW) is None
    assert reset_time("not a time", NOW) is None
    assert reset_time("6m0s", NOW) == NOW + timedelta(minutes=6)
