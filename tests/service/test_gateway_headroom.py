"""The providers' own headroom: the gateway reads each answer's rate-limit headers, reports them,
skips an account with nothing left until its reset (before it can answer 429), and prefers the
accounts with more left."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import httpx
import openai
import pytest

from tallygate.fake_upstream import FakeUpstream
from tests.service.gateway_fixture import Gateway

MODEL = "gpt-4o-mini"
ASK = {"model": MODEL, "messages": [{"role": "user", "content": "how much is left?"}]}


@pytest.fixture
def fakes() -> Iterator[tuple[FakeUpstream, FakeUpstream]]:
    a, b = FakeUpstream(), FakeUpstream()
    a.start_in_thread()
    b.start_in_thread()
    yield a, b
    a.stop_thread()
    b.stop_thread()


async def live(gw: Gateway) -> dict[str, dict[str, object]]:
    async with httpx.AsyncClient() as http:
        return dict((await http.get(gw.url + "/healthz")).json()["accounts"])


async def test_an_account_with_nothing_left_is_skipped_until_its_reset(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    # The better account says: this answer was its last request for 30 s.
    a.rate_headers = {
        "x-ratelimit-limit-requests": "100", "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "30s", "x-ratelimit-limit-tokens": "40000",
        "x-ratelimit-remaining-tokens": "39000", "x-ratelimit-reset-tokens": "1s",
    }  # fmt: skip
    await gateway.add_account(f"http://127.0.0.1:{a.port}/v1", id="acc_a", priority=1, models=[MODEL])
    await gateway.add_account(f"http://127.0.0.1:{b.port}/v1", id="acc_b", priority=2, models=[MODEL])
    _, secret = await gateway.add_key()
    client = openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=secret, max_retries=0)
    for _ in range(3):
        await client.chat.completions.create(**ASK)
    events = await gateway.events(3)
    # The first went to acc_a and learned it has nothing left; the next two went to acc_b at
    # once, without asking acc_a (no 429, no failover).
    assert [(e.account_id, e.attempts) for e in events] == [("acc_a", 1), ("acc_b", 1), ("acc_b", 1)]
    assert len(a.state.log) == 1
    headroom = (await live(gateway))["acc_a"]["headroom"]
    assert isinstance(headroom, dict)
    assert headroom["requests"]["remaining"] == 0 and headroom["tokens"]["limit"] == 40000


async def test_the_account_with_more_left_gets_the_requests(
    gateway: Gateway, fakes: tuple[FakeUpstream, FakeUpstream]
) -> None:
    a, b = fakes
    # Anthropic-style subscription windows on the OpenAI wire: a is at 99 % of its 5-hour window.
    a.rate_headers = {"anthropic-ratelimit-unified-status": "allowed_warning",
                      "anthropic-ratelimit-unified-5h-utilization": "0.99",
                      "anthropic-ratelimit-unified-5h-reset": "4102444800"}  # fmt: skip
    b.rate_headers = {"anthropic-ratelimit-unified-status": "allowed",
                      "anthropic-ratelimit-unified-5h-utilization": "0.10"}  # fmt: skip
    await gateway.add_account(f"http://127.0.0.1:{a.port}/v1", id="acc_a", models=[MODEL])
    await gateway.add_account(f"http://127.0.0.1:{b.port}/v1", id="acc_b", models=[MODEL])
    _, secret = await gateway.add_key()
    client = openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=secret, max_retries=0)
    for _ in range(2):  # until each has answered once, the gateway knows neither's headroom
        await client.chat.completions.create(**ASK)
    served = Counter(e.account_id for e in await gateway.events(2))
    while len(served) < 2:  # both must have answered once for the gateway to know
        await client.chat.completions.create(**ASK)
        events = await gateway.events(sum(served.values()) + 1)
        served = Counter(e.account_id for e in events)
    before = sum(served.values())
    for _ in range(30):
        await client.chat.completions.create(**ASK)
    after = Counter(e.account_id for e in (await gateway.events(before + 30))[before:])
    # Weights 0.01 against 0.9: acc_a's chance is about 1 % a request.
    assert after["acc_b"] >= 27, after
    window = (await live(gateway))["acc_a"]["headroom"]
    assert isinstance(window, dict) and window["window_5h"]["utilization"] == 0.99
    assert window["window_5h"]["reset_at"].startswith("2100-01-01")
