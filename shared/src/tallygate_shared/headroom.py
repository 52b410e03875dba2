"""The providers' own rate-limit headroom, as their answers' headers state it: OpenAI's
`x-ratelimit-*`, Anthropic's `anthropic-ratelimit-*` (and the unified 5-hour and 7-day windows of
subscription accounts). The gateway keeps each account's latest headers, routes away from an
account with nothing left until its reset, and reports the parsed headroom to admin-api
(docs/architecture.md, "Routing")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel

# The headers kept per account (lower case, as the gateway's client gives them).
OPENAI_KINDS = ("requests", "tokens")
ANTHROPIC_KINDS = ("requests", "tokens", "input-tokens", "output-tokens")
UNIFIED = ("5h", "7d")
HEADERS = (
    *(f"x-ratelimit-{part}-{kind}" for kind in OPENAI_KINDS for part in ("limit", "remaining", "reset")),
    *(
        f"anthropic-ratelimit-{kind}-{part}"
        for kind in ANTHROPIC_KINDS
        for part in ("limit", "remaining", "reset")
    ),
    *(
        f"anthropic-ratelimit-unified-{w}-{part}"
        for w in UNIFIED
        for part in ("utilization", "reset", "status")
    ),
    "anthropic-ratelimit-unified-status",
    "anthropic-ratelimit-unified-reset",
)
# One of these in an answer means it carries rate-limit headers at all (checked on every answer).
MARKERS = (
    "x-ratelimit-remaining-requests",
    "x-ratelimit-remaining-tokens",
    "anthropic-ratelimit-requests-remaining",
    "anthropic-ratelimit-tokens-remaining",
    "anthropic-ratelimit-unified-status",
)
_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)")
_UNIT_S = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


class RateWindow(BaseModel):
    """A request or token limit: how many per period, how many are left, when it is full again."""

    limit: int | None = None
    remaining: int | None = None
    reset_at: datetime | None = None


class UsageWindow(BaseModel):
    """A subscription window (Anthropic's unified 5 h and 7 d): the share used, 0-1."""

    utilization: float
    reset_at: datetime | None = None
    status: str = ""  # allowed, allowed_warning, rejected


class Headroom(BaseModel):
    """An account's headroom at `seen_at`, as the provider last stated it."""

    seen_at: datetime
    requests: RateWindow | None = None
    tokens: RateWindow | None = None
    input_tokens: RateWindow | None = None
    output_tokens: RateWindow | None = None
    window_5h: UsageWindow | None = None
    window_7d: UsageWindow | None = None
    status: str = ""  # Anthropic's unified status


def reset_time(value: str, now: datetime) -> datetime | None:
    """A reset as OpenAI gives it ("6m0s", "20ms": a duration from now), Anthropic (RFC 3339) or
    Anthropic's unified windows (Unix seconds)."""
    value = value.strip()
    if not value:
        return None
    if value.replace(".", "", 1).isdigit() and ("." in value or len(value) >= 9):
        return datetime.fromtimestamp(float(value), UTC)  # Unix seconds
    parts = _DURATION.findall(value)
    if parts and "".join(n + u for n, u in parts) == value:
        return now + timedelta(seconds=sum(float(n) * _UNIT_S[u] for n, u in parts))
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _window(headers: Mapping[str, str], prefix: str, suffix: str, now: datetime) -> RateWindow | None:
    limit = _int(headers.get(f"{prefix}limit{suffix}"))
    remaining = _int(headers.get(f"{prefix}remaining{suffix}"))
    reset = headers.get(f"{prefix}reset{suffix}")
    if limit is None and remaining is None:
        return None
    return RateWindow(limit=limit, remaining=remaining, reset_at=reset_time(reset, now) if reset else None)


def parse_headroom(headers: Mapping[str, str], seen_at: datetime) -> Headroom | None:
    """The headroom the headers state; None when they state none."""
    found = Headroom(seen_at=seen_at)
    for kind in OPENAI_KINDS:
        window = _window(headers, "x-ratelimit-", f"-{kind}", seen_at)
        if window is not None:
            setattr(found, kind, window)
    for kind in ANTHROPIC_KINDS:
        window = _window(headers, f"anthropic-ratelimit-{kind}-", "", seen_at)
        if window is not None:
            setattr(found, kind.replace("-", "_"), window)
    for name in UNIFIED:
        used = headers.get(f"anthropic-ratelimit-unified-{name}-utilization")
        if used is None:
            continue
        try:
            utilization = float(used)
        except ValueError:
            continue
        reset = headers.get(f"anthropic-ratelimit-unified-{name}-reset")
        setattr(found, f"window_{name}", UsageWindow(
            utilization=utilization,
            reset_at=reset_time(reset, seen_at) if reset else None,
            status=headers.get(f"anthropic-ratelimit-unified-{name}-status", ""),
        ))  # fmt: skip
    found.status = headers.get("anthropic-ratelimit-unified-status", "")
    if found == Headroom(seen_at=seen_at):
        return None
    return found


def exhausted_until(headroom: Headroom) -> datetime | None:
    """When an account with nothing left has some again: the latest reset among its exhausted
    limits (a request would answer 429 before then). None while it has headroom."""
    ends: list[datetime] = []
    for window in (headroom.requests, headroom.tokens, headroom.input_tokens, headroom.output_tokens):
        if window is not None and window.remaining is not None and window.remaining <= 0:
            ends.append(window.reset_at or headroom.seen_at + timedelta(seconds=60))
    for usage in (headroom.window_5h, headroom.window_7d):
        if usage is not None and (usage.utilization >= 1.0 or usage.status == "rejected"):
            ends.append(usage.reset_at or headroom.seen_at + timedelta(seconds=60))
    return max(ends) if ends else None


def share_left(headroom: Headroom) -> float:
    """The smallest share left of any of its limits, 0-1 (1 where none is stated)."""
    shares = [1.0]
    for window in (headroom.requests, headroom.tokens, headroom.input_tokens, headroom.output_tokens):
        if window is not None and window.limit and window.remaining is not None:
            shares.append(max(window.remaining, 0) / window.limit)
    for usage in (headroom.window_5h, headroom.window_7d):
        if usage is not None:
            shares.append(max(1.0 - usage.utilization, 0.0))
    return min(shares)
