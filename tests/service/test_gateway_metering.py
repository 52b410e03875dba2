"""Metering in the edge cases: each request one event, with the right status and error_type,
and nothing lost while NATS is down."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tests.conftest import NatsServer
from tests.service.gateway_fixture import Gateway

MODEL = "gpt-4o-mini"
ASK = {"model": MODEL, "messages": [{"role": "user", "content": "meter me"}]}


@pytest.fixture
def fake() -> Iterator[FakeUpstream]:
    f = FakeUpstream()
    f.start_in_thread()
    yield f
    f.stop_thread()


async def key_for(gw: Gateway, fake: FakeUpstream) -> str:
    await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", models=[MODEL])
    return (await gw.add_key())[1]


async def test_bad_bodies_are_refused_in_the_dialect_and_metered(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    secret = await key_for(gateway, fake)
    headers = {"Authorization": f"Bearer {secret}", "Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=gateway.url) as http:
        not_json = await http.post("/v1/chat/completions", content=b"{nope", headers=headers)
        no_model = await http.post("/v1/chat/completions", json={"messages": []}, headers=headers)
        unknown = await http.post("/v1/chat/completions", json={**ASK, "model": "nope"}, headers=headers)
        no_key = await http.post("/v1/chat/completions", json=ASK)
    assert [r.status_code for r in (not_json, no_model, unknown, no_key)] == [400, 400, 404, 401]
    for r in (not_json, no_model, unknown, no_key):
        assert set(r.json()["error"]) >= {"message", "type", "code"} and r.headers["x-request-id"]
    events = await gateway.events(3)
    assert [(e.status_code, e.error_type) for e in events] == [
        (400, "invalid_json"), (400, "invalid_request"), (404, "model_not_found"),
    ]  # fmt: skip
    assert [e.request_id for e in events] == [
        r.headers["x-request-id"] for r in (not_json, no_model, unknown)
    ]


async def test_body_over_the_limit_is_413(
    nats_server: NatsServer, tmp_path: Path, fake: FakeUpstream
) -> None:
    gw = Gateway(nats_server, tmp_path, {"TALLYGATE_MAX_BODY_BYTES": "2000"})
    await gw.start()
    try:
        client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=await key_for(gw, fake), max_retries=0)
        with pytest.raises(openai.APIStatusError) as caught:
            await client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "x" * 3000}]
            )
        assert caught.value.status_code == 413
        await client.chat.completions.create(**ASK)
        events = await gw.events(2)
        assert [(e.status_code, e.error_type) for e in events] == [(413, "body_too_large"), (200, "")]
    finally:
        await gw.stop()


async def test_upstream_breaking_mid_stream(gateway: Gateway, fake: FakeUpstream) -> None:
    client = openai.AsyncOpenAI(
        base_url=gateway.url + "/v1", api_key=await key_for(gateway, fake), max_retries=0
    )
    fake.state.scripts.append(Script(mode="break", times=1))
    received = []
    with pytest.raises(openai.APIError):
        async for chunk in await client.chat.completions.create(**ASK, stream=True):
            received.append(chunk)
    assert received  # the client got the first half
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.stream, event.attempts) == (
        200, "upstream_stream_broken", True, 1,
    )  # fmt: skip


async def test_nothing_is_lost_while_nats_is_down(gateway: Gateway, fake: FakeUpstream) -> None:
    client = openai.AsyncOpenAI(
        base_url=gateway.url + "/v1", api_key=await key_for(gateway, fake), max_retries=0
    )
    await client.chat.completions.create(**ASK)
    await gateway.events(1)
    gateway.nats.stop()
    ids = []
    for _ in range(5):  # the gateway keeps answering from its in-memory config
        raw = await client.chat.completions.with_raw_response.create(**ASK)
        ids.append(raw.headers["x-request-id"])
    await asyncio.sleep(1.0)
    health = httpx.get(gateway.url + "/healthz").json()
    assert health["nats"] is False and health["usage_spooled"] >= 1
    gateway.nats.start()  # same port, same store
    for _ in range(100):  # the test's own connection comes back too
        if gateway.nc.is_connected:
            break
        await asyncio.sleep(0.1)
    events = await gateway.events(6, timeout=20)
    assert [e.request_id for e in events[1:]] == ids  # each once, in order
    assert httpx.get(gateway.url + "/healthz").json()["usage_replayed"] == 5


async def test_client_disconnecting_mid_stream_is_metered_once(gateway: Gateway, fake: FakeUpstream) -> None:
    secret = await key_for(gateway, fake)
    fake.state.scripts.append(Script(mode="slow", delay=0.15, times=1))
    body = {**ASK, "stream": True}
    async with (
        httpx.AsyncClient(base_url=gateway.url, timeout=10) as http,
        http.stream(
            "POST", "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"}
        ) as r,
    ):
        request_id = r.headers["x-request-id"]
        async for _ in r.aiter_bytes():
            break  # the first bytes, then hang up
    [event] = await gateway.events(1)
    assert (event.request_id, event.status_code, event.error_type) == (request_id, 200, "client_disconnected")
    # The usage chunk never came: an estimate, flagged as one.
    assert event.usage_estimated and event.input_tokens > 0


async def test_no_usage_from_the_upstream_is_estimated_and_flagged(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    client = openai.AsyncOpenAI(
        base_url=gateway.url + "/v1", api_key=await key_for(gateway, fake), max_retries=0
    )
    fake.state.scripts.append(Script(mode="no_usage", times=2))
    await client.chat.completions.create(**ASK)
    chunks = [c async for c in await client.chat.completions.create(**ASK, stream=True)]
    content = [c for c in chunks if c.choices and c.choices[0].delta.content]
    plain, streamed = await gateway.events(2)
    assert plain.usage_estimated and plain.input_tokens > 0 and plain.output_tokens > 0
    # About one token per content event (the role, stop and [DONE] frames make the slack).
    assert streamed.usage_estimated and abs(streamed.output_tokens - len(content)) <= 2
    assert (plain.error_type, streamed.error_type) == ("", "")


async def test_invalid_json_from_the_upstream_fails_over(gateway: Gateway, fake: FakeUpstream) -> None:
    client = openai.AsyncOpenAI(
        base_url=gateway.url + "/v1", api_key=await key_for(gateway, fake), max_retries=0
    )
    fake.state.scripts.append(Script(mode="garbage", times=1))
    with pytest.raises(openai.APIStatusError) as caught:
        await client.chat.completions.create(**ASK)  # the only account: nowhere to fail over to
    assert caught.value.status_code == 502
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.attempts) == (502, "upstream_invalid_json", 1)
