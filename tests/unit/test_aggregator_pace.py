"""The aggregator's pause between passes: its interval, longer when passes grow so long that it
would be busy more than its share of the time, and never more than MAX_PAUSE_S beyond that."""

from __future__ import annotations

import pytest

from tallygate_aggregator.service import MAX_PAUSE_S, AggregatorSettings, pause_after

SECRET = "unit-test-secret-of-32-characters"


@pytest.mark.parametrize(
    ("interval", "share", "busy", "pause"),
    [
        (0.5, 0.25, 0.05, 0.5),  # a quiet pass: the interval
        (0.5, 0.25, 1.0, 3.0),  # busy 1 s of every 4
        (0.5, 0.5, 2.6, 2.6),  # busy half the time
        (0.5, 1.0, 2.6, 0.5),  # no cap: back to back after the interval
        (0.5, 0.25, 300.0, MAX_PAUSE_S),  # a backlog's long pass is followed by short ones
        (30.0, 0.25, 0.05, 30.0),  # a long interval stays as set
    ],
)
def test_pause_after_a_pass(interval: float, share: float, busy: float, pause: float) -> None:
    settings = AggregatorSettings(
        aggregator_interval_s=interval, aggregator_max_busy=share, key_secret=SECRET
    )
    assert pause_after(busy, settings) == pytest.approx(pause)
    if pause < MAX_PAUSE_S and share < 1 and pause > interval:
        assert busy / (busy + pause) == pytest.approx(share)  # busy exactly its share


@pytest.mark.parametrize("share", [0, -0.1, 1.5])
def test_a_share_outside_0_to_1_is_refused(share: float) -> None:
    with pytest.raises(ValueError):
        AggregatorSettings(aggregator_max_busy=share, key_secret=SECRET)
