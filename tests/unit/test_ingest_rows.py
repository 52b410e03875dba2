"""A usage message as the ingest reads it (its lines, decoded) and writes it (one value per column)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from tallygate_ingest.service import decode
from tallygate_ingest.writer import COLUMNS, event_row
from tallygate_shared.events import UsageEvent

STARTED = datetime(2026, 12, 1, 9, 30, 0, 123456, tzinfo=UTC)
RENAMED = {"ts": "started_at", "end_ts": "ended_at"}


@pytest.mark.parametrize("attempts", [1, 3, 255, 256, 1000])
def test_an_event_row_holds_each_column_s_field(attempts: int) -> None:
    event = UsageEvent(
        request_id="0192-row", api_key_id="key_1", user_id="u1", account_id="acc_1", provider="openai",
        endpoint="/v1/chat/completions", model="alias", upstream_model="gpt-x", stream=True,
        status_code=502, error_type="upstream_502", started_at=STARTED,
        ended_at=STARTED + timedelta(milliseconds=812), duration_ms=812, ttft_ms=90, input_tokens=11,
        output_tokens=22, cache_read_tokens=33, cache_write_tokens=44, reasoning_tokens=5, units=6,
        usage_estimated=True, cost_usd=Decimal("0.000123456789"), billed_cost_usd=Decimal("0.0002"),
        price_version="v7", attempts=attempts, client_ip="10.0.0.1", user_agent="sdk/1",
        gateway_instance="gw-1", job_id="vid_1", job_status="succeeded",
    )  # fmt: skip
    row = event_row(UsageEvent.model_validate_json(event.model_dump_json()))
    assert len(row) == len(COLUMNS) == len(UsageEvent.model_fields)
    named = dict(zip(COLUMNS, row, strict=True))
    assert named.pop("attempts") == min(attempts, 255)  # a UInt8 column
    assert named == {column: getattr(event, RENAMED.get(column, column)) for column in named}


def _line(i: int) -> bytes:
    return UsageEvent(
        request_id=f"0192-{i}", api_key_id="key_1", endpoint="/v1/chat/completions", status_code=200,
        started_at=STARTED, ended_at=STARTED, input_tokens=i,
    ).model_dump_json().encode()  # fmt: skip


def test_a_message_s_lines_decode_together_or_one_by_one() -> None:
    good = [_line(i) for i in range(5)]
    assert [e.input_tokens for e in decode(UsageEvent, good, None)] == list(range(5))
    two_on_one_line = good[0] + b"," + good[1]  # valid as array items, not as one line
    mixed = [two_on_one_line, b'{"not": "an event"}', b"garbage", good[2], good[3]]
    assert [e.input_tokens for e in decode(UsageEvent, mixed, None)] == [2, 3]
    assert decode(UsageEvent, [b"garbage"], None) == []
