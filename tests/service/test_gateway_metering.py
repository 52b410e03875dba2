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
