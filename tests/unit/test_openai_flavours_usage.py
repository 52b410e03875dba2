"""The OpenAI-compatible providers' own usage shapes, read from the answer itself; a 200 whose body
is an error; error events and usage after [DONE] in streams; Azure's URLs (docs/operators.md,
"Provider flavours")."""

from __future__ import annotations

import orjson
import pytest

from tallygate_gateway.dialects.openai import STREAM_ERROR, StreamScanner, answer_error, usage_counts
from tallygate_gateway.endpoints import AZURE_API_VERSION, azure_url


def counts_of(usage: dict[str, object]) -> tuple[int, int, int, int, int]:
    c = usage_counts(usage)
    return c.input_tokens, c.cache_read_tokens, c.cache_write_tokens, c.output_tokens, c.reasoning_tokens


def test_deepseek_hit_is_a_cache_read_and_miss_the_input() -> None:
    usage = {
        "prompt_tokens": 1000,
        "completion_tokens": 80,
        "total_tokens": 1080,
        "prompt_cache_hit_tokens": 768,
        "prompt_cache_miss_tokens": 232,
        "completion_tokens_details": {"reasoning_tokens": 30},
    }
    assert counts_of(usage) == (232, 768, 0, 80, 30)


def test_moonshot_cached_tokens_at_the_top_of_usage() -> None:
    assert counts_of({"prompt_tokens": 500, "completion_tokens": 9, "cached_tokens": 200}) == (
        300,
        200,
        0,
        9,
        0,
    )


def test_dashscope_explicit_cache_creation_is_a_cache_write() -> None:
    details = {
        "text_tokens": 2059,
        "cached_tokens": 0,
        "cache_creation_input_tokens": 2048,
        "cache_creation": {"ephemeral_5m_input_tokens": 2048},
        "cache_type": "ephemeral",
    }
    usage = {"prompt_tokens": 2059, "completion_tokens": 201, "prompt_tokens_details": details}
    assert counts_of(usage) == (11, 0, 2048, 201, 0)


def test_openrouter_cache_reads_writes_and_reasoning() -> None:
    usage = {
        "prompt_tokens": 194,
        "completion_tokens": 2,
        "cost": 0.95,
        "prompt_tokens_details": {"cached_tokens": 10, "cache_write_tokens": 100, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 1},
    }
    assert counts_of(usage) == (84, 10, 100, 2, 1)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"error": {"code": 502, "message": "Provider returned error"}}, 502),  # OpenRouter
        ({"error": {"code": 400, "message": "context too long"}}, 400),
        ({"error": {"message": "x", "type": "invalid_request_error", "code": "invalid_api_key"}}, 401),
        ({"error": {"message": "x", "type": "rate_limit_reached_error"}}, 429),  # Moonshot
        ({"error": {"message": "x", "type": "server_error", "code": None}}, 500),
        ({"error": {"code": "content_filter", "status": 400, "message": "x"}}, 400),  # Azure
        ({"object": "error", "message": "x", "type": "BadRequestError", "code": 400}, 400),  # older vLLM
        ({"error": {"message": "something"}}, 502),
        ({"error": "model is loading"}, 502),
    ],
)
def test_an_error_envelope_stands_for_its_status(body: dict[str, object], status: int) -> None:
    assert answer_error(b"\n\n" + orjson.dumps(body)) == status


@pytest.mark.parametrize(
    "body",
    [
        b'{"choices": [], "error": {"code": 502}}',  # an answer, whatever else it carries
        b'{"object": "response", "status": "failed", "error": {"code": "server_error"}}',
        b'{"object": "video", "status": "failed", "error": {"code": "x"}}',
        b'{"created": 1, "data": []}',
        b'{"error": null}',
        b"<html>bad gateway</html>",
    ],
)
def test_answers_and_other_bodies_are_no_error_envelope(body: bytes) -> None:
    assert answer_error(body) is None


def sse(*docs: object) -> bytes:
    return b"".join(b"data: " + (d if isinstance(d, bytes) else orjson.dumps(d)) + b"\n\n" for d in docs)


def test_moonshot_usage_in_the_last_chunks_choice() -> None:
    scanner = StreamScanner(forward_usage_chunk=False)
    usage = {"prompt_tokens": 19, "completion_tokens": 13, "total_tokens": 32, "cached_tokens": 4}
    last = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop", "usage": usage}]}
    out = scanner.feed(sse({"choices": [{"index": 0, "delta": {"content": "hi"}}]}, last, b"[DONE]"))
    assert scanner.counts is not None and scanner.counts.cache_read_tokens == 4
    assert scanner.counts.input_tokens == 15 and b'"usage"' in out  # a chunk with a choice stays


def test_continuous_usage_counts_the_last_not_the_sum() -> None:
    scanner = StreamScanner(forward_usage_chunk=True)
    for done in range(1, 6):  # one read per chunk, each with its cumulative usage
        usage = {"prompt_tokens": 10, "completion_tokens": done, "total_tokens": 10 + done}
        scanner.feed(sse({"choices": [{"index": 0, "delta": {"content": "w"}}], "usage": usage}))
    scanner.feed(sse(b"[DONE]"))
    assert scanner.counts is not None and (scanner.counts.input_tokens, scanner.counts.output_tokens) == (
        10,
        5,
    )


def test_usage_after_done_still_counts_and_is_dropped_when_not_asked_for() -> None:
    scanner = StreamScanner(forward_usage_chunk=False)
    usage = {"prompt_tokens": 7, "completion_tokens": 3}
    first = scanner.feed(sse({"choices": [{"index": 0, "delta": {"content": "a"}}]}, b"[DONE]"))
    late = scanner.feed(sse({"choices": [], "usage": usage}))
    assert scanner.saw_done and b"[DONE]" in first and late == b""
    assert scanner.counts is not None and scanner.counts.output_tokens == 3 and not scanner.error


def test_error_events_set_error_and_text_about_errors_does_not() -> None:
    text = {"choices": [{"index": 0, "delta": {"content": '"error": {"code": 1}'}}]}
    nested = {"choices": [], "content_filter_results": {"error": {"code": "content_filter_error"}}}
    quiet = StreamScanner(forward_usage_chunk=False)
    quiet.feed(sse(text, nested, {"choices": [{"index": 0, "delta": {"content": "error"}}]}, b"[DONE]"))
    assert quiet.error == ""
    vllm = StreamScanner(forward_usage_chunk=False)
    vllm.feed(sse(text, {"error": {"message": "engine died", "type": "InternalServerError", "code": 500}}))
    assert vllm.error == STREAM_ERROR
    openrouter = StreamScanner(forward_usage_chunk=False)
    choice = {"index": 0, "delta": {"content": ""}, "finish_reason": "error"}
    openrouter.feed(sse({"error": {"code": "server_error", "message": "gone"}, "choices": [choice]}))
    assert openrouter.error == STREAM_ERROR


def test_azure_urls() -> None:
    res = "https://res.openai.azure.com"
    assert azure_url(res, "/chat/completions", "my-4o") == (
        f"{res}/openai/deployments/my-4o/chat/completions?api-version={AZURE_API_VERSION}"
    )
    assert azure_url(res + "/openai/?api-version=2025-04-01-preview", "/embeddings", "e 3") == (
        f"{res}/openai/deployments/e%203/embeddings?api-version=2025-04-01-preview"
    )
    assert azure_url(res + "/openai/v1", "/chat/completions", "my-4o") == f"{res}/openai/v1/chat/completions"
