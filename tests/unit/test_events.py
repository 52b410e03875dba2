"""The gateway builds its UsageEvent without validation (hot path): it must be the very event
that validating the same fields gives, on the wire and in memory."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pydantic
import pytest

from tallygate_gateway.metering import Exchange, to_event
from tallygate_shared.config import Account, ApiKey
from tallygate_shared.events import EVENTS_HEADER, UsageEvent, events_in
from tallygate_shared.pricing import Price, PriceTable, TokenCounts

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _exchange() -> Exchange:
    key = ApiKey(id="key_1", name="k", prefix="tg-abc", key_hash="0" * 64, user_id="u1", created_at=NOW)
    account = Account(
        id="acc_1", name="a", provider="openai", base_url="http://up/v1", api_key="sk", created_at=NOW
    )
    x = Exchange(request_id="0192-test", endpoint="/v1/chat/completions", key=key, started=NOW.timestamp())
    x.model, x.upstream_model, x.account, x.attempts, x.status_code = "alias", "gpt-x", account, 2, 200
    x.counts = TokenCounts(input_tokens=1000, output_tokens=200, cache_read_tokens=300, reasoning_tokens=50)
    x.first_byte = NOW.timestamp() + 0.25
    x.client_ip, x.user_agent = "127.0.0.1", "sdk/1"
    return x


def test_trusted_event_is_the_validated_event() -> None:
    prices = PriceTable({"gpt-x": Price(input=Decimal("2"), output=Decimal("8"), cache_read=Decimal("0.5"))})
    event = to_event(_exchange(), prices, "gw-1", Decimal("1.5"))

    assert set(event.__dict__) == set(UsageEvent.model_fields)  # no field left out by to_event
    validated = UsageEvent.model_validate(event.model_dump())
    assert event == validated
    assert event.model_dump_json() == validated.model_dump_json()
    assert event.model_fields_set == validated.model_fields_set
    expected_cost = (Decimal(1000) * 2 + Decimal(200) * 8 + Decimal(300) * Decimal("0.5")) / Decimal(10**6)
    assert event.cost_usd == expected_cost and event.billed_cost_usd == expected_cost * Decimal("1.5")
    assert event.ttft_ms == 250 and event.attempts == 2 and event.upstream_model == "gpt-x"
    with pytest.raises(pydantic.ValidationError):
        event.model_copy().__setattr__("status_code", 500)  # frozen, as the validated model is


def test_wire_form_reads_back_as_the_same_event() -> None:
    event = to_event(_exchange(), PriceTable({}), "gw-1")
    assert UsageEvent.model_validate_json(event.model_dump_json()) == event
    assert event.price_version == "unpriced" and event.cost_usd == 0


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"ttft_ms": None, "cost_usd": Decimal("0E-12"), "billed_cost_usd": Decimal(0)},
        {"user_agent": 'клиент/1 "quoted"', "error_type": "upstream_stream_broken", "status_code": 499},
    ],
)
def test_to_json_is_model_dump_json(changes: dict[str, object]) -> None:
    event = to_event(_exchange(), PriceTable({}), "gw-1").model_copy(update=changes)
    assert event.to_json() == event.model_dump_json().encode()


@pytest.mark.parametrize(
    ("headers", "count"),
    [
        ({EVENTS_HEADER: "64"}, 64),
        ({EVENTS_HEADER: "1"}, 1),
        (None, 1),
        ({}, 1),
        ({EVENTS_HEADER: "x"}, 1),
        ({EVENTS_HEADER: "0"}, 1),
    ],
)
def test_events_in_a_message_from_its_header(headers: dict[str, str] | None, count: int) -> None:
    assert events_in(headers) == count
