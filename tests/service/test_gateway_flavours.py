"""The providers people put behind OpenAI-compatible accounts, through the gateway with the official
openai SDK: DeepSeek, Qwen (DashScope compatible mode), Moonshot, OpenRouter, vLLM, Ollama and Azure
OpenAI, plain and streamed. What was metered is compared with what the fake reported, read the way
each provider's docs define its fields (docs/operators.md, "Provider flavours"); every account but
Azure's is left at the default flavour. Then the answers that mean something else than they say: a
200 carrying an error, an error event mid-stream, usage after [DONE]."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tallygate_gateway.endpoints import AZURE_API_VERSION
from tallygate_shared.events import UsageEvent
from tests.service.gateway_fixture import Gateway

ASK = [{"role": "user", "content": "meter every token of this exactly"}]
# A message part marked for the prompt cache (DashScope's explicit cache, OpenRouter's cache_control).
CACHED_ASK = [
    {
        "role": "system",
        "content": [{"type": "text", "text": "You are terse. " * 20, "cache_control": {"type": "ephemeral"}}],
    },
    *ASK,
]
# The model each provider is asked for, as a client names it, and the account's model_map.
MODELS = {
    "deepseek": ("deepseek-reasoner", {}),
    "qwen": ("qwen-plus", {}),
    "moonshot": ("kimi-k2.5", {}),
    "openrouter": ("gpt-4o-mini", {"gpt-4o-mini": "openai/gpt-4o-mini"}),
    "vllm": ("meta-llama/Llama-3.1-8B-Instruct", {}),
    "ollama": ("llama3.2", {}),
}
Counts = tuple[int, int, int, int, int]


@pytest.fixture
def fake() -> Iterator[FakeUpstream]:
    f = FakeUpstream()
    f.start_in_thread()
    yield f
    f.stop_thread()


def reported(flavour: str, usage: dict[str, Any]) -> Counts:
    """Input (neither read from nor written to a cache), cache reads, cache writes, output and
    reasoning, from the provider's own fields as its docs define them."""
    prompt, completion = usage["prompt_tokens"], usage["completion_tokens"]
    details = usage.get("prompt_tokens_details") or {}
    reasoning = (usage.get("completion_tokens_details") or {}).get("reasoning_tokens", 0)
    if flavour == "deepseek":  # hit + miss = prompt_tokens
        return usage["prompt_cache_miss_tokens"], usage["prompt_cache_hit_tokens"], 0, completion, reasoning
    if flavour == "moonshot":
        return prompt - usage["cached_tokens"], usage["cached_tokens"], 0, completion, reasoning
    read = details.get("cached_tokens", 0)
    write = details.get("cache_creation_input_tokens", 0) + details.get("cache_write_tokens", 0)
    return prompt - read - write, read, write, completion, reasoning


def metered(event: UsageEvent) -> Counts:
    return (
        event.input_tokens,
        event.cache_read_tokens,
        event.cache_write_tokens,
        event.output_tokens,
        event.reasoning_tokens,
    )


async def client_for(gateway: Gateway, *accounts: dict[str, Any]) -> openai.AsyncOpenAI:
    for account in accounts:
        await gateway.add_account(**account)
    _, secret = await gateway.add_key()
    return openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=secret, max_retries=0)


def flavour_account(fake: FakeUpstream, flavour: str, **fields: Any) -> dict[str, Any]:
    model, model_map = MODELS[flavour]
    return {
        "base_url": f"http://127.0.0.1:{fake.port}/{flavour}",
        "provider": "openai_compatible",
        "models": [model],
        "model_map": model_map,
        **fields,
    }


@pytest.mark.parametrize("flavour", list(MODELS))
async def test_each_providers_usage_is_metered_as_it_reported_it(
    gateway: Gateway, fake: FakeUpstream, flavour: str
) -> None:
    client = await client_for(gateway, flavour_account(fake, flavour))
    model = MODELS[flavour][0]
    messages = CACHED_ASK if flavour in ("qwen", "openrouter") else ASK
    extra = {"enable_thinking": True} if flavour == "qwen" else {}
    answer = await client.chat.completions.create(model=model, messages=messages, extra_body=extra)
    assert answer.choices[0].message.content
    usages = [fake.state.log[-1]["usage"]]
    chunks = [c async for c in await client.chat.completions.create(model=model, messages=ASK, stream=True)]
    usages.append(fake.state.log[-1]["usage"])
    asked = await client.chat.completions.create(
        model=model, messages=ASK, stream=True, stream_options={"include_usage": True}
    )
    last = [c async for c in asked][-1]
    usages.append(fake.state.log[-1]["usage"])

    events = await gateway.events(3)
    for event, usage in zip(events, usages, strict=True):
        assert metered(event) == reported(flavour, usage)
        assert (event.status_code, event.error_type, event.usage_estimated) == (200, "", False)
        assert event.provider == "openai_compatible" and event.model == model
    assert [e.stream for e in events] == [False, True, True]
    # The usage chunk the gateway asked for reaches only the client that asked for it.
    assert all(c.usage is None for c in chunks)
    # Moonshot's usage is in the last chunk's choice, the others' in a chunk of its own.
    last_usage = last.usage.model_dump() if last.usage else (last.choices[0].model_extra or {})["usage"]
    assert last_usage["completion_tokens"] == usages[2]["completion_tokens"]
    if flavour in ("qwen", "openrouter"):
        assert events[0].cache_write_tokens > 0  # the cache_control request wrote the cache
    if flavour in ("deepseek", "qwen"):
        assert events[0].reasoning_tokens > 0
    if flavour != "vllm" and flavour != "ollama":  # the shipped table prices their common models
        assert all(e.price_version == "default" and e.cost_usd > 0 for e in events)


async def test_openrouter_cost_is_not_the_meter(gateway: Gateway, fake: FakeUpstream) -> None:
    """OpenRouter's own usage.cost is reported, but the event is priced from the price table, as
    every other (the upstream model openai/gpt-4o-mini falls back to the client's gpt-4o-mini)."""
    client = await client_for(gateway, flavour_account(fake, "openrouter"))
    await client.chat.completions.create(model="gpt-4o-mini", messages=ASK)
    usage = fake.state.log[-1]["usage"]
    [event] = await gateway.events(1)
    assert usage["cost"] > 0 and event.upstream_model == "openai/gpt-4o-mini"
    assert event.price_version == "default" and event.cost_usd > 0


async def test_vllm_continuous_usage_counts_the_last_not_the_sum(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    client = await client_for(gateway, flavour_account(fake, "vllm"))
    model = MODELS["vllm"][0]
    for options in (
        {"include_usage": True, "continuous_usage_stats": True},
        {"continuous_usage_stats": True},
    ):
        stream = await client.chat.completions.create(
            model=model,
            messages=ASK,
            stream=True,
            stream_options=options,
        )
        chunks = [c async for c in stream]
        content = [c for c in chunks if c.choices and c.choices[0].delta.content]
        assert content and all(c.usage is not None for c in content)  # usage on every chunk
        assert content[-1].usage is not None and content[-1].usage.completion_tokens == len(content)
        # The usage-only chunk reaches only a client that asked include_usage.
        assert (chunks[-1].choices == []) is (options.get("include_usage") is True)
    logged = [entry["usage"] for entry in fake.state.log[-2:]]
    events = await gateway.events(2)
    for event, usage in zip(events, logged, strict=True):
        assert metered(event) == reported("vllm", usage)
        assert event.output_tokens == usage["completion_tokens"] and not event.usage_estimated


async def test_ollama_sends_usage_only_when_asked_and_the_gateway_asks(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    client = await client_for(gateway, flavour_account(fake, "ollama"))
    chunks = [
        c async for c in await client.chat.completions.create(model="llama3.2", messages=ASK, stream=True)
    ]
    assert all(c.usage is None for c in chunks)
    usage = fake.state.log[-1]["usage"]
    [event] = await gateway.events(1)
    assert usage is not None and metered(event) == reported("ollama", usage) and not event.usage_estimated


async def test_azure_deployment_api_version_and_api_key(gateway: Gateway, fake: FakeUpstream) -> None:
    """Clients speak plain OpenAI to the gateway; the account is Azure: the client's model maps to
    a deployment, which goes in the path, with the api-version and the key as `api-key`."""
    resource = f"http://127.0.0.1:{fake.port}/azure"
    client = await client_for(
        gateway,
        {"base_url": resource, "flavour": "azure", "api_key": "azure-key", "models": ["gpt-4o-mini"],
         "model_map": {"gpt-4o-mini": "prod-4o-mini"}},
    )  # fmt: skip
    answer = await client.chat.completions.create(model="gpt-4o-mini", messages=ASK)
    assert answer.choices[0].message.content
    plain = fake.state.log[-1]
    chunks = [
        c async for c in await client.chat.completions.create(model="gpt-4o-mini", messages=ASK, stream=True)
    ]
    assert chunks and all(c.usage is None for c in chunks)
    streamed = fake.state.log[-1]
    for entry in (plain, streamed):
        assert entry["path"] == "/azure/openai/deployments/prod-4o-mini/chat/completions"
        assert (entry["api_version"], entry["model"]) == (AZURE_API_VERSION, "prod-4o-mini")
    assert fake.state.credentials[-2:] == ["azure-key", "azure-key"]
    events = await gateway.events(2)
    for event, entry in zip(events, (plain, streamed), strict=True):
        assert metered(event) == reported("azure", entry["usage"]) and event.cache_read_tokens > 0
        assert (event.upstream_model, event.price_version, event.error_type) == (
            "prod-4o-mini",
            "default",
            "",
        )


async def test_azure_api_version_from_base_url_and_the_v1_api(gateway: Gateway, fake: FakeUpstream) -> None:
    resource = f"http://127.0.0.1:{fake.port}/azure"
    client = await client_for(
        gateway,
        {"base_url": resource + "?api-version=2025-04-01-preview", "flavour": "azure", "models": ["gpt-4o"],
         "model_map": {"gpt-4o": "prod-4o"}},
        {"base_url": resource + "/openai/v1", "flavour": "azure", "models": ["gpt-4.1"]},
    )  # fmt: skip
    await client.chat.completions.create(model="gpt-4o", messages=ASK)
    await client.chat.completions.create(model="gpt-4.1", messages=ASK)
    dated, v1 = fake.state.log[-2:]
    assert (dated["path"], dated["api_version"]) == (
        "/azure/openai/deployments/prod-4o/chat/completions",
        "2025-04-01-preview",
    )
    assert (v1["path"], v1["api_version"], v1["model"]) == (
        "/azure/openai/v1/chat/completions",
        "",
        "gpt-4.1",
    )
    events = await gateway.events(2)
    assert [e.status_code for e in events] == [200, 200]


async def test_a_200_carrying_an_error_fails_over_when_it_is_the_accounts_fault(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    """OpenRouter's docs: once generation has begun, an error comes in a 200's body, its code the
    HTTP status it stands for. A 502 in the body is the account's: the next account answers."""
    client = await client_for(
        gateway,
        flavour_account(fake, "openrouter", priority=1),
        flavour_account(fake, "openrouter", priority=2),
    )
    fake.state.scripts.append(Script(mode="error_in_200", status=502, times=1))
    answer = await client.chat.completions.create(model="gpt-4o-mini", messages=ASK)
    assert answer.choices[0].message.content
    usage = fake.state.log[-1]["usage"]
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.attempts, event.account_id) == (200, "", 2, "acc_2")
    assert metered(event) == reported("openrouter", usage)


async def test_a_200_carrying_an_error_with_nowhere_to_fail_over_is_a_502(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    client = await client_for(gateway, flavour_account(fake, "openrouter"))
    fake.state.scripts.append(Script(mode="error_in_200", status=503, times=1))
    with pytest.raises(openai.APIStatusError) as caught:
        await client.chat.completions.create(model="gpt-4o-mini", messages=ASK)
    assert caught.value.status_code == 502
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.attempts) == (502, "upstream_error_in_body", 1)
    assert metered(event) == (0, 0, 0, 0, 0) and not event.usage_estimated


async def test_a_200_carrying_the_clients_error_passes_it_on_with_its_status(
    gateway: Gateway, fake: FakeUpstream
) -> None:
    client = await client_for(
        gateway,
        flavour_account(fake, "openrouter", priority=1),
        flavour_account(fake, "openrouter", priority=2),
    )
    fake.state.scripts.append(Script(mode="error_in_200", status=400, times=1))
    with pytest.raises(openai.BadRequestError) as caught:
        await client.chat.completions.create(model="gpt-4o-mini", messages=ASK)
    assert caught.value.body == {
        "code": 400,
        "message": "scripted failure 400",
        "metadata": {"provider_name": "Fake"},
    }
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.attempts) == (400, "upstream_400", 1)
    assert metered(event) == (0, 0, 0, 0, 0) and not event.usage_estimated


@pytest.mark.parametrize("flavour", ["openrouter", "vllm"])
async def test_an_error_event_mid_stream_is_metered_as_one(
    gateway: Gateway, fake: FakeUpstream, flavour: str
) -> None:
    """OpenRouter ends a stream with a chunk carrying `error` and finish_reason "error"; vLLM sends
    the error alone, then [DONE]. The client's SDK raises; the event says what happened."""
    client = await client_for(gateway, flavour_account(fake, flavour))
    fake.state.scripts.append(Script(mode="error_in_200", status=502, times=1))
    received = []
    with pytest.raises(openai.APIError):
        async for chunk in await client.chat.completions.create(
            model=MODELS[flavour][0], messages=ASK, stream=True
        ):
            received.append(chunk)
    assert received  # the first half reached the client: no failover
    [event] = await gateway.events(1)
    assert (event.status_code, event.error_type, event.attempts, event.stream) == (
        200, "upstream_stream_error", 1, True,
    )  # fmt: skip
    assert event.usage_estimated  # no usage came: estimated, and flagged


@pytest.mark.parametrize("include_usage", [False, True])
async def test_usage_after_done_is_metered(gateway: Gateway, fake: FakeUpstream, include_usage: bool) -> None:
    """No provider of these documents it, but relays do it: the usage chunk after [DONE]. The
    gateway reads a stream to its end, so it still counts."""
    client = await client_for(gateway, flavour_account(fake, "deepseek"))
    fake.state.scripts.append(Script(mode="usage_after_done", times=1))
    stream = await client.chat.completions.create(
        model="deepseek-reasoner",
        messages=ASK,
        stream=True,
        stream_options={"include_usage": True} if include_usage else None,
    )
    chunks = [c async for c in stream]
    assert chunks and all(c.usage is None for c in chunks)  # the SDK stops at [DONE]
    usage = fake.state.log[-1]["usage"]
    [event] = await gateway.events(1)
    assert usage is not None and metered(event) == reported("deepseek", usage)
    assert (event.error_type, event.usage_estimated) == ("", False)
