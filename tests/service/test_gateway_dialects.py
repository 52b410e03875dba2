"""Every client dialect through the gateway with the official SDKs (httpx and google-genai for
Gemini), plain and streamed; the metered numbers are checked against what the fake upstream
reported, in the meaning docs/analysts.md gives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import openai
import orjson
import pytest
from google import genai
from google.genai import types as genai_types

from tallygate.fake_upstream import FakeUpstream
from tallygate_shared.events import UsageEvent
from tests.service.gateway_fixture import Gateway


@pytest.fixture
def fake() -> Iterator[FakeUpstream]:
    f = FakeUpstream()
    f.start_in_thread()
    yield f
    f.stop_thread()


def assert_anthropic_usage(event: UsageEvent, usage: dict[str, Any]) -> None:
    assert event.input_tokens == usage["input_tokens"]
    assert event.cache_read_tokens == usage.get("cache_read_input_tokens", 0)
    assert event.cache_write_tokens == usage.get("cache_creation_input_tokens", 0)
    assert event.output_tokens == usage["output_tokens"]


def assert_gemini_usage(event: UsageEvent, meta: dict[str, Any]) -> None:
    cached = meta.get("cachedContentTokenCount", 0)
    thoughts = meta.get("thoughtsTokenCount", 0)
    assert event.input_tokens == meta["promptTokenCount"] + meta.get("toolUsePromptTokenCount", 0) - cached
    assert event.cache_read_tokens == cached
    assert event.output_tokens == meta.get("candidatesTokenCount", 0) + thoughts
    assert event.reasoning_tokens == thoughts


async def test_anthropic_messages_plain_streamed_and_count_tokens(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    await gateway.add_account(
        f"http://127.0.0.1:{fake.port}", provider="anthropic", models=["claude-fake-test"]
    )
    _, secret = await gateway.add_key()
    client = anthropic.AsyncAnthropic(base_url=gateway.url, api_key=secret, max_retries=0)
    system = [{"type": "text", "text": "You are terse. " * 30, "cache_control": {"type": "ephemeral"}}]
    message = await client.messages.create(
        model="claude-fake-test",
        max_tokens=64,
        system=system,
        messages=[{"role": "user", "content": "hello there"}],
    )
    assert message.content[0].text  # type: ignore[union-attr]
    plain_usage = fake.state.log[-1]["usage"]
    async with client.messages.stream(
        model="claude-fake-test",
        max_tokens=64,
        system=system,
        messages=[{"role": "user", "content": "again"}],
    ) as stream:
        text = "".join([t async for t in stream.text_stream])
    assert text
    stream_usage = fake.state.log[-1]["usage"]
    counted = await client.messages.count_tokens(
        model="claude-fake-test", messages=[{"role": "user", "content": "x y"}]
    )
    assert counted.input_tokens == fake.state.log[-1]["input_tokens"]
    with pytest.raises(anthropic.NotFoundError) as caught:
        await client.messages.create(
            model="claude-nope", max_tokens=8, messages=[{"role": "user", "content": "x"}]
        )
    assert caught.value.response.json()["type"] == "error"

    listed = await client.models.list()
    assert [m.id for m in listed.data] == ["claude-fake-test"]
    plain, streamed, count, missing = await gateway.events(4)
    assert_anthropic_usage(plain, plain_usage)
    assert_anthropic_usage(streamed, stream_usage)
    assert plain_usage.get("cache_creation_input_tokens", 0) > 0  # the first request wrote the cache
    assert stream_usage.get("cache_read_input_tokens", 0) > 0  # the second read it
    assert (streamed.stream, streamed.provider, streamed.endpoint) == (True, "anthropic", "/v1/messages")
    assert (count.task_type, count.input_tokens, count.output_tokens, count.status_code) == (
        "count_tokens",
        0,
        0,
        200,
    )
    assert (missing.status_code, missing.error_type) == (404, "model_not_found")


async def test_openai_responses_completions_embeddings_images(gateway: Gateway, fake: FakeUpstream) -> None:
    await gateway.add_account(
        f"http://127.0.0.1:{fake.port}/v1", models=["gpt-4o-mini", "text-embedding-3-small", "dall-e-3"]
    )
    _, secret = await gateway.add_key()
    client = openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=secret, max_retries=0)
    response = await client.responses.create(model="gpt-4o-mini", input="describe metering")
    assert response.output_text
    reported = [fake.state.log[-1]["usage"]]
    stream = await client.responses.create(model="gpt-4o-mini", input="stream it", stream=True)
    kinds = [event.type async for event in stream]
    assert kinds[-1] == "response.completed"
    reported.append(fake.state.log[-1]["usage"])
    completion = await client.completions.create(model="gpt-4o-mini", prompt="once upon a time")
    assert completion.usage is not None
    reported.append(fake.state.log[-1]["usage"])
    embedding = await client.embeddings.create(model="text-embedding-3-small", input=["a", "b c"])
    assert len(embedding.data) == 2
    reported.append(fake.state.log[-1]["usage"])
    images = await client.images.generate(model="dall-e-3", prompt="a gate", n=2)
    assert images.data is not None and len(images.data) == 2

    events = await gateway.events(5)
    for event, usage in zip(events[:2], reported[:2], strict=True):
        cached = (usage.get("input_tokens_details") or {}).get("cached_tokens", 0)
        assert (event.input_tokens, event.cache_read_tokens) == (usage["input_tokens"] - cached, cached)
        assert event.output_tokens == usage["output_tokens"]
        assert event.task_type == "response"
    assert events[1].stream is True
    assert (events[2].task_type, events[2].output_tokens) == ("completion", reported[2]["completion_tokens"])
    assert (events[3].task_type, events[3].input_tokens) == ("embedding", reported[3]["prompt_tokens"])
    assert (events[4].task_type, events[4].units) == ("image", 2)


async def test_gemini_plain_sse_and_json_array_streams(gateway: Gateway, fake: FakeUpstream) -> None:
    await gateway.add_account(f"http://127.0.0.1:{fake.port}", provider="gemini", models=["gemini-2.5-pro"])
    _, secret = await gateway.add_key()
    prompt = {"contents": [{"role": "user", "parts": [{"text": "tell me a long story " * 10}]}]}
    base = f"{gateway.url}/v1beta/models/gemini-2.5-pro"
    async with httpx.AsyncClient(timeout=10) as http:
        plain = await http.post(f"{base}:generateContent", json=prompt, headers={"x-goog-api-key": secret})
        assert plain.status_code == 200 and plain.json()["candidates"]
        reported = [fake.state.log[-1]["usage"]]
        sse = await http.post(f"{base}:streamGenerateContent?alt=sse&key={secret}", json=prompt)
        assert sse.status_code == 200 and sse.text.count("data: ") >= 2
        reported.append(fake.state.log[-1]["usage"])
        array = await http.post(
            f"{base}:streamGenerateContent", json=prompt, headers={"x-goog-api-key": secret}
        )
        assert array.status_code == 200 and len(orjson.loads(array.content)) >= 2
        reported.append(fake.state.log[-1]["usage"])
        denied = await http.post(f"{base}:generateContent", json=prompt, headers={"x-goog-api-key": "bad"})
        assert denied.status_code == 401 and denied.json()["error"]["status"] == "UNAUTHENTICATED"
    events = await gateway.events(3)
    for event, meta in zip(events, reported, strict=True):
        assert_gemini_usage(event, meta)
    assert reported[0].get("cachedContentTokenCount", 0) > 0 and reported[0].get("thoughtsTokenCount", 0) > 0
    assert [e.stream for e in events] == [False, True, True]
    assert fake.state.log[-1]["sse"] is False and fake.state.log[-2]["sse"] is True


async def test_google_genai_sdk_unchanged(gateway: Gateway, fake: FakeUpstream) -> None:
    await gateway.add_account(f"http://127.0.0.1:{fake.port}", provider="gemini", models=["gemini-2.5-flash"])
    _, secret = await gateway.add_key()
    client = genai.Client(api_key=secret, http_options=genai_types.HttpOptions(base_url=gateway.url))
    answer = await client.aio.models.generate_content(model="gemini-2.5-flash", contents="hello from genai")
    assert answer.text
    first = fake.state.log[-1]["usage"]
    chunks = [
        c
        async for c in await client.aio.models.generate_content_stream(
            model="gemini-2.5-flash", contents="stream"
        )
    ]
    assert chunks and "".join(c.text or "" for c in chunks)
    second = fake.state.log[-1]["usage"]
    events = await gateway.events(2)
    assert_gemini_usage(events[0], first)
    assert_gemini_usage(events[1], second)
