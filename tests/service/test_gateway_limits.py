"""Key policies (rpm, concurrency, model allow-list, expiry, USD limits from the live
counters) and account daily limits, each refused in the caller's dialect and metered."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import openai
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tallygate_shared.config import (
    COUNTERS_BUCKET,
    COUNTERS_META,
    USERS_BUCKET,
    CountersMeta,
    KeySpend,
    User,
    key_counter_id,
)
from tests.service.gateway_fixture import Gateway

MODEL = "gpt-4o-mini"
ASK = {"model": MODEL, "messages": [{"role": "user", "content": "limit me"}]}


@pytest.fixture
def fake() -> Iterator[FakeUpstream]:
    f = FakeUpstream()
    f.start_in_thread()
    yield f
    f.stop_thread()


async def client_for(gw: Gateway, fake: FakeUpstream, **key_fields: object) -> openai.AsyncOpenAI:
    await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", models=[MODEL, "gpt-4o"])
    _, secret = await gw.add_key(**key_fields)
    return openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)


async def test_rpm(gateway: Gateway, fake: FakeUpstream) -> None:
    client = await client_for(gateway, fake, rpm=2)
    await client.chat.completions.create(**ASK)
    await client.chat.completions.create(**ASK)
    with pytest.raises(openai.RateLimitError) as caught:
        await client.chat.completions.create(**ASK)
    assert int(caught.value.response.headers["retry-after"]) >= 1
    assert caught.value.response.json()["error"]["code"] == "rate_limited"
    events = await gateway.events(3)
    assert [(e.status_code, e.error_type) for e in events] == [(200, ""), (200, ""), (429, "rate_limited")]
    assert len(fake.state.log) == 2


async def test_concurrency(gateway: Gateway, fake: FakeUpstream) -> None:
    client = await client_for(gateway, fake, max_concurrency=1)
    fake.state.scripts.append(Script(mode="stall", delay=1.0, times=1))
    slow = asyncio.create_task(client.chat.completions.create(**ASK))
    await asyncio.sleep(0.4)
    with pytest.raises(openai.RateLimitError) as caught:
        await client.chat.completions.create(**ASK)
    assert caught.value.response.json()["error"]["code"] == "concurrency_limit"
    assert (await slow).choices
    await client.chat.completions.create(**ASK)  # free again
    events = await gateway.events(3)
    assert sorted(e.status_code for e in events) == [200, 200, 429]


async def test_model_allow_list(gateway: Gateway, fake: FakeUpstream) -> None:
    client = await client_for(gateway, fake, models=["gpt-4o"])
    await client.chat.completions.create(model="gpt-4o", messages=ASK["messages"])
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await client.chat.completions.create(**ASK)
    assert caught.value.response.json()["error"]["code"] == "model_not_allowed"
    events = await gateway.events(2)
    assert [(e.status_code, e.error_type, e.model) for e in events] == [
        (200, "", "gpt-4o"), (403, "model_not_allowed", MODEL),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "fields", [{"enabled": False}, {"expires_at": datetime.now(UTC) - timedelta(minutes=1)}]
)
async def test_disabled_or_expired_keys_are_401_and_not_metered(
    gateway: Gateway, fake: FakeUpstream, fields: dict[str, object]
) -> None:
    client = await client_for(gateway, fake, **fields)
    with pytest.raises(openai.AuthenticationError):
        await client.chat.completions.create(**ASK)
    await gateway.events(0, timeout=0.5)


async def test_daily_usd_limit_from_the_live_counters(gateway: Gateway, fake: FakeUpstream) -> None:
    client = await client_for(gateway, fake, daily_limit_usd=Decimal("0.50"))
    await client.chat.completions.create(**ASK)
    kv = await gateway.js.key_value(COUNTERS_BUCKET)
    today = datetime.now(UTC).date().isoformat()

    async def counted(spend: str) -> None:
        doc = KeySpend(
            day=today, spend_day=Decimal(spend), spend_week=Decimal(spend), spend_month=Decimal(spend)
        )
        await kv.put(key_counter_id("key_1"), doc.model_dump_json().encode())
        await kv.put(
            COUNTERS_META, CountersMeta(as_of=datetime.now(UTC), timezone="UTC").model_dump_json().encode()
        )
        await gateway.settle()

    await counted("0.50")
    with pytest.raises(openai.RateLimitError) as caught:
        await client.chat.completions.create(**ASK)
    error = caught.value.response.json()["error"]
    assert (error["type"], error["code"]) == ("insufficient_quota", "insufficient_quota")
    await counted("0.49")
    await client.chat.completions.create(**ASK)
    # Yesterday's spend does not count against today's limit.
    old = KeySpend(day="2000-01-01", spend_day=Decimal(5), spend_week=Decimal(5), spend_month=Decimal(5))
    await kv.put(key_counter_id("key_1"), old.model_dump_json().encode())
    await gateway.settle()
    await client.chat.completions.create(**ASK)
    events = await gateway.events(4)
    assert [e.status_code for e in events] == [200, 429, 200, 200]
    assert events[1].error_type == "insufficient_quota"


async def test_account_daily_task_limit_moves_traffic_on(gateway: Gateway, fake: FakeUpstream) -> None:
    other = FakeUpstream()
    other.start_in_thread()
    try:
        await gateway.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_small", priority=1,
                                  models=[MODEL], daily_limits={"chat": 2})  # fmt: skip
        await gateway.add_account(
            f"http://127.0.0.1:{other.port}/v1", id="acc_big", priority=2, models=[MODEL]
        )
        _, secret = await gateway.add_key()
        client = openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=secret, max_retries=0)
        for _ in range(4):
            await client.chat.completions.create(**ASK)
        events = await gateway.events(4)
        assert [e.account_id for e in events] == ["acc_small", "acc_small", "acc_big", "acc_big"]
    finally:
        other.stop_thread()


async def test_billed_cost_applies_the_key_and_the_user_multipliers(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    users = await gateway.js.key_value(USERS_BUCKET)
    owner = User(
        id="usr_1",
        username="u",
        password_hash="x",
        rate_multiplier=Decimal("1.5"),
        created_at=datetime.now(UTC),
    )
    await users.put(owner.id, owner.model_dump_json().encode())
    client = await client_for(gateway, fake, user_id="usr_1", rate_multiplier=Decimal(2))
    await client.chat.completions.create(**ASK)
    [event] = await gateway.events(1)
    assert event.cost_usd > 0 and event.billed_cost_usd == event.cost_usd * 3
    assert event.user_id == "usr_1"
