"""The gateway's local day (for spend and task counters) is the day in TALLYGATE_TIMEZONE, also
across midnight and on days that daylight saving time makes 23 or 25 hours long."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tallygate_gateway.policy import Counters


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
