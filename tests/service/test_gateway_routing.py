"""The account pool under failure: failover before the first byte, the circuit breaker,
Retry-After, stalls, pass-through of the client's own errors, and a clean 502 at the end."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tests.service.gateway_fixture import Gateway

MODEL = "gpt-4o-mini"
ASK = {"model": MODEL, "messages": [{"role": "user", "content": "route me"}]}


@pytest.fixture
def fakes() -> Iterator[tuple[FakeUpstream, FakeUpstream]]:
    a, b = FakeUpstream(), FakeUpstream()
    a.start_in_thread()
    b.start_in_thread()
    yield a, b
    a.stop_thread()
    b.stop_thread()


def base(fake: FakeUpstream) -> str:
    return f"http://127.0.0.1:{fake.port}/v1"


async def setup(gw: Gateway, a: FakeUpstream, b: FakeUpstream) -> openai.AsyncOpenAI:
    await gw.add_account(base(a), id="acc_a", priority=1, models=[MODEL])
    await gw.add_account(base(b), id="acc_b", priority=2, models=[MODEL])
    _, secret = await gw.add_key()
    return openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)


async def test_failover_to_the_next_priority_on_5xx(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    client = await setup(gateway, a, b)
    a.state.scripts.append(Script(mode="error", status=503, times=1))
    raw = await client.chat.completions.with_raw_response.create(**ASK)
    assert raw.parse().choices[0].message.content
    [event] = await gateway.events(1)
    assert event.request_id == raw.headers["x-request-id"]
    assert (event.attempts, event.account_id, event.status_code) == (2, "acc_b", 200)
    assert (
        event.input_tokens
        == b.state.log[-1]["usage"]["prompt_tokens"]
        - b.state.log[-1]["usage"]["prompt_tokens_details"]["cached_tokens"]
    )
    # The next request goes to the better account again: one failure does not open the breaker.
    await client.chat.completions.create(**ASK)
    events = await gateway.events(2)
    assert (events[1].account_id, events[1].attempts) == ("acc_a", 1)


async def test_consecutive_failures_open_the_breaker(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    client = await setup(gateway, a, b)
    a.state.scripts.append(Script(mode="error", status=500, times=3))
    for _ in range(3):
        await client.chat.completions.create(**ASK)
    served_by_a = len(a.state.log)
    for _ in range(4):
        await client.chat.completions.create(**ASK)
    events = await gateway.events(7)
    assert [e.attempts for e in events] == [2, 2, 2, 1, 1, 1, 1]
    assert all(e.account_id == "acc_b" for e in events)
    assert len(a.state.log) == served_by_a == 0  # cooling down: not even tried
    health = httpx.get(gateway.url + "/healthz").json()["accounts"]["acc_a"]
    assert health["state"] == "cooling_down" and health["reason"] == "500" and health["cool_down_left_s"] > 0


async def test_429_with_retry_after_cools_the_account_at_once(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    client = await setup(gateway, a, b)
    a.state.scripts.append(Script(mode="error", status=429, times=1, retry_after=120))
    await client.chat.completions.create(**ASK)
    await client.chat.completions.create(**ASK)
    first, second = await gateway.events(2)
    assert (first.attempts, first.account_id) == (2, "acc_b")
    assert (second.attempts, second.account_id) == (1, "acc_b")
    health = httpx.get(gateway.url + "/healthz").json()["accounts"]["acc_a"]
    assert health["state"] == "cooling_down" and 100 < health["cool_down_left_s"] <= 120


async def test_a_stalled_upstream_fails_over_before_the_first_byte(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    client = await setup(gateway, a, b)
    a.state.scripts.append(Script(mode="stall", delay=4.0, times=1))
    chunks = [c async for c in await client.chat.completions.create(**ASK, stream=True)]
    assert chunks and all(c.usage is None for c in chunks)
    [event] = await gateway.events(1)
    assert (event.attempts, event.account_id, event.stream, event.error_type) == (2, "acc_b", True, "")
    assert event.output_tokens == b.state.log[-1]["usage"]["completion_tokens"]


async def test_the_clients_own_errors_pass_through_without_failover(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    client = await setup(gateway, a, b)
    a.state.scripts.append(Script(mode="error", status=400, times=1))  # the upstream rejects the body
    with pytest.raises(openai.BadRequestError) as caught:
        await client.chat.completions.create(**ASK)
    assert caught.value.response.json()["error"]["message"] == "scripted failure 400"
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.attempts, event.account_id) == (
        400, "upstream_400", 1, "acc_a",
    )  # fmt: skip
    assert b.state.log == []


async def test_every_account_failing_is_a_502_in_the_callers_dialect(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    client = await setup(gateway, a, b)
    a.state.scripts.append(Script(mode="error", status=500, times=1))
    b.state.scripts.append(Script(mode="error", status=502, times=1))
    with pytest.raises(openai.APIStatusError) as caught:
        await client.chat.completions.create(**ASK)
    assert caught.value.status_code == 502
    body = caught.value.response.json()
    assert body["error"]["code"] == "upstream_failed" and body["error"]["message"]
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.attempts) == (502, "upstream_failed", 2)
    assert caught.value.response.headers["x-request-id"] == event.request_id


async def test_a_session_sticks_to_its_account_while_it_is_healthy(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    await gateway.add_account(base(a), id="acc_a", priority=1, models=[MODEL])
    await gateway.add_account(base(b), id="acc_b", priority=1, models=[MODEL])
    _, secret = await gateway.add_key()
    client = openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=secret, max_retries=0)
    for _ in range(6):
        await client.chat.completions.create(**ASK, extra_headers={"X-Session-Id": "s-1"})
    events = await gateway.events(6)
    assert len({e.account_id for e in events}) == 1
    bound = events[0].account_id
    (a if bound == "acc_a" else b).state.scripts.append(Script(mode="error", status=500, times=1))
    await client.chat.completions.create(**ASK, extra_headers={"X-Session-Id": "s-1"})
    await client.chat.completions.create(**ASK, extra_headers={"X-Session-Id": "s-1"})
    moved = await gateway.events(8)
    assert moved[6].attempts == 2 and moved[6].account_id != bound
    assert moved[7].account_id == moved[6].account_id  # the session moved with the failover


async def test_model_map_sends_the_upstream_name_and_records_both(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, _ = fakes
    await gateway.add_account(base(a), models=[], model_map={"team-default": MODEL})
    _, secret = await gateway.add_key()
    client = openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=secret, max_retries=0)
    await client.chat.completions.create(model="team-default", messages=ASK["messages"])
    stream = await client.chat.completions.create(model="team-default", messages=ASK["messages"], stream=True)
    assert [chunk async for chunk in stream]
    events = await gateway.events(2)
    assert [entry["model"] for entry in a.state.log] == [MODEL, MODEL]
    assert [(e.model, e.upstream_model) for e in events] == [("team-default", MODEL)] * 2
    assert "team-default" in [m.id async for m in client.models.list()]
