"""Live columns for the account and key tables: what the gateways report (health, load, last
use) merged across gateways, and what the aggregator's counters say about today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from tallygate_shared.config import (
    COUNTERS_META,
    AccountUsage,
    CountersMeta,
    GatewayLive,
    KeySpend,
    account_counter_id,
    key_counter_id,
)
from tallygate_shared.nats import BucketMirror

from .money import money

FRESH_S = 30.0  # a report older than this is from a gateway that went away
_SEVERITY = {"healthy": 0, "half_open": 1, "cooling_down": 2}


def counters_meta(counters: BucketMirror) -> CountersMeta | None:
    """What the aggregator last said about its counters: their watermark, the timezone its days
    are cut in, and the progress of a rebuild after a timezone change. None before its first pass."""
    found = counters.items.get(COUNTERS_META)
    if found is None:
        return None
    try:
        return CountersMeta.model_validate_json(found[0])
    except ValidationError:
        return None


def _reports(health: BucketMirror) -> list[GatewayLive]:
    now = datetime.now(UTC)
    out = []
    for value, _rev in health.items.values():
        try:
            report = GatewayLive.model_validate_json(value)
        except ValidationError:
            continue
        if now - report.reported_at < timedelta(seconds=FRESH_S):
            out.append(report)
    return out


def account_live(
    health: BucketMirror, counters: BucketMirror, account_id: str, today: date
) -> dict[str, Any]:
    """Health is the worst any gateway sees (with its reason and cool-down left); in flight is
    the sum over gateways; last use the latest. Today's figures come from the counters."""
    views = [r.accounts[account_id] for r in _reports(health) if account_id in r.accounts]
    worst = max(views, key=lambda v: (_SEVERITY.get(v.state, 0), v.cool_down_left_s), default=None)
    used = [v.last_used_at for v in views if v.last_used_at is not None]
    stated = [v.headroom for v in views if v.headroom is not None]
    headroom = max(stated, key=lambda h: h.seen_at) if stated else None  # the provider's latest word
    found = counters.items.get(account_counter_id(account_id))
    usage = AccountUsage.model_validate_json(found[0]) if found else None
    if usage is not None and usage.day != today.isoformat():
        usage = AccountUsage(day=today.isoformat(), window_5h=usage.window_5h, window_7d=usage.window_7d)
    requests = usage.requests_day if usage else 0
    jobs = usage.jobs_day if usage else {}
    # tasks_day also holds the jobs still pending (they keep their quota slot); they are no
    # request yet, so neither succeeded nor failed.
    pending_jobs = sum(counts.get("pending", 0) for counts in jobs.values())
    succeeded = sum(usage.tasks_day.values()) - pending_jobs if usage else 0
    return {
        "health": {
            "state": worst.state if worst else "healthy",
            "reason": worst.reason if worst else "",
            "cool_down_left_s": worst.cool_down_left_s if worst else 0.0,
            "consecutive_failures": worst.consecutive_failures if worst else 0,
        },
        "in_flight": sum(v.in_flight for v in views),
        "last_used_at": max(used).isoformat() if used else None,
        "headroom": headroom.model_dump(mode="json") if headroom else None,
        "today": {
            "requests": requests,
            "succeeded": succeeded,
            "failed": max(requests - succeeded, 0),
            "pending": sum(v.in_flight for v in views),
            "tokens": usage.tokens_day if usage else 0,
            "cost_usd": money(usage.cost_day if usage else 0),
            "tasks": dict(usage.tasks_day) if usage else {},
            "jobs": {
                task: {status: counts.get(status, 0) for status in ("pending", "succeeded", "failed")}
                for task, counts in jobs.items()
            },
        },
        "window_5h": (
            usage.window_5h if usage else AccountUsage.model_fields["window_5h"].default
        ).model_dump(mode="json"),
        "window_7d": (
            usage.window_7d if usage else AccountUsage.model_fields["window_7d"].default
        ).model_dump(mode="json"),
    }


def key_live(health: BucketMirror, counters: BucketMirror, key_id: str, today: date) -> dict[str, Any]:
    """Requests in flight now (all gateways) and spend today / this week / this month."""
    in_flight = sum(r.keys_in_flight.get(key_id, 0) for r in _reports(health))
    found = counters.items.get(key_counter_id(key_id))
    spend = KeySpend.model_validate_json(found[0]) if found else None
    week_start = today - timedelta(days=today.weekday())
    day: Decimal | int = 0
    week: Decimal | int = 0
    month: Decimal | int = 0
    requests = tokens = 0
    if spend is not None:
        counted = date.fromisoformat(spend.day)
        if counted == today:
            day, requests, tokens = spend.spend_day, spend.requests_day, spend.tokens_day
        week = spend.spend_week if counted >= week_start else 0
        month = spend.spend_month if counted >= today.replace(day=1) else 0
    return {
        "concurrency_now": in_flight,
        "today": {"requests": requests, "tokens": tokens},
        "spend": {"day": money(day), "week": money(week), "month": money(month)},
    }
