"""The gateway's own counters: its local day (for spend and task counters) is the day in
TALLYGATE_TIMEZONE, also across midnight and on days that daylight saving time makes 23 or 25
hours long; its uncounted spend and tasks are what it recorded since the counters' watermark."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tallygate_gateway.policy import UNCOUNTED_MARGIN_S, Counters
from tallygate_shared.config import CountersMeta


@pytest.mark.parametrize(
    ("zone", "around"),
    [
        ("Asia/Kolkata", datetime(2026, 12, 1, 18, 30, tzinfo=UTC)),  # local midnight
        ("America/New_York", datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),  # spring forward: 23 h day
        ("America/New_York", datetime(2026, 11, 1, 6, 0, tzinfo=UTC)),  # fall back: 25 h day
        ("UTC", datetime(2026, 12, 31, 23, 59, tzinfo=UTC)),
    ],
)
def test_local_day_matches_the_zone(zone: str, around: datetime) -> None:
    counters = Counters(zone)
    start = around.timestamp() - 30 * 3600
    # forward in 7-minute steps over 60 hours, then a few jumps back in time
    moments = [start + i * 420 for i in range(60 * 60 // 7)] + [start + 3600, start, start + 50 * 3600]
    for t in moments:
        assert counters.local_day(t) == datetime.fromtimestamp(t, ZoneInfo(zone)).date(), t


def test_own_spend_and_tasks_equal_the_sum_over_the_uncounted_window() -> None:
    """Running totals against the sum the test computes itself over every recorded request:
    across a local midnight, with the counters' watermark moving on now and then."""
    rng = random.Random(5)
    now = [datetime(2026, 12, 1, 18, 0, tzinfo=UTC).timestamp()]  # 23:30 in Kolkata
    counters = Counters("Asia/Kolkata", clock=lambda: now[0])
    zone = ZoneInfo("Asia/Kolkata")
    recorded: list[tuple[float, Decimal, bool]] = []
    for step in range(3000):
        now[0] += rng.uniform(0.0, 2.0)  # about 50 minutes in all, over midnight
        billed, ok = Decimal(rng.randint(0, 5000)) / 10**6, rng.random() < 0.9
        counters.record("key_1", "acc_1", "chat", billed, ok)
        recorded.append((now[0], billed, ok))
        if step % 97 == 0:  # a new watermark, a little behind
            as_of = datetime.fromtimestamp(now[0] - rng.uniform(0, 30), UTC)
            counters.apply(
                "meta", CountersMeta(as_of=as_of, timezone="Asia/Kolkata").model_dump_json().encode()
            )
        if step % 13 == 0:
            today = datetime.fromtimestamp(now[0], zone).date()
            horizon = counters.as_of - UNCOUNTED_MARGIN_S
            window = [(t, b, o) for t, b, o in recorded if t >= horizon]
            on_today = [(b, o) for t, b, o in window if datetime.fromtimestamp(t, zone).date() == today]
            day, week, month = counters.key_spend("key_1")
            assert day == sum((b for b, _ in on_today), Decimal(0))
            assert month == sum((b for _, b, _ in window), Decimal(0))  # all of December
            assert week == month  # 1 and 2 December 2026 are in one week
            assert counters.account_tasks_today("acc_1", "chat") == sum(o for _, o in on_today)
