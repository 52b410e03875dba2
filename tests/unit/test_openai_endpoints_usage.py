"""Usage of the OpenAI endpoints beyond chat: legacy completions, embeddings, Responses (plain and
streamed) and images, against transcripts and the fake (docs/analysts.md)."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import orjson
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tallygate_gateway.dialects.openai import (
    ResponsesStreamScanner,
    StreamScanner,
    image_units,
    usage_counts,
    usage_from_body,
)

PIECES = [1, 7, 64, 1_000_000]


def as_tuple(counts: Any) -> tuple[int, int, int, int, int]:
    return (counts.input_tokens, counts.output_tokens, counts.cache_read_tokens,
            counts.cache_write_tokens, counts.reasoning_tokens)  # fmt: skip


def responses_expected(usage: dict[str, Any]) -> tuple[int, int, int, int, int]:
    cached = usage["input_tokens_details"]["cached_tokens"]
    reasoning = usage["output_tokens_details"]["reasoning_tokens"]
    return (usage["input_tokens"] - cached, usage["output_tokens"], cached, 0, reasoning)


def test_image_units() -> None:
    assert image_units(orjson.dumps({"created": 1, "data": [{"b64_json": "x"}] * 3})) == 3
    assert image_units(b'{"created": 1}') == 0
    assert image_units(b'{"data": "nope"}') == 0
    assert image_units(b"<html>") == 0


def test_gpt_image_usage_counts_text_and_image_input_as_input() -> None:
    usage = {"input_tokens": 50, "input_tokens_details": {"text_tokens": 10, "image_tokens": 40},
             "output_tokens": 4160, "output_tokens_details": {"text_tokens": 0, "image_tokens": 4160},
             "total_tokens": 4210}  # fmt: skip
    assert as_tuple(usage_counts(usage)) == (50, 4160, 0, 0, 0)


def test_embeddings_usage_has_no_output() -> None:
    body = b'{"object": "list", "data": [], "usage": {"prompt_tokens": 8, "total_tokens": 8}}'
    counts = usage_from_body(body)
    assert counts is not None and as_tuple(counts) == (8, 0, 0, 0, 0)


def _event(doc: dict[str, Any]) -> bytes:
    return b"event: " + str(doc["type"]).encode() + b"\ndata: " + orjson.dumps(doc) + b"\n\n"


def responses_transcript(end: str, usage: dict[str, Any] | None, texts: list[str]) -> bytes:
    """A Responses stream in the order the API sends it; usage only in the final event."""
    response: dict[str, Any] = {
        "id": "resp_1",
        "object": "response",
        "status": "in_progress",
        "output": [],
        "usage": None,
    }
    events: list[dict[str, Any]] = [{"type": "response.created", "response": response},
              {"type": "response.in_progress", "response": response}]  # fmt: skip
    events += [{"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
                "content_index": 0, "delta": text} for text in texts]  # fmt: skip
    events.append({"type": end, "response": {**response, "status": end.split(".")[1], "usage": usage}})
    return b"".join(_event({**doc, "sequence_number": i}) for i, doc in enumerate(events))


USAGE = {"input_tokens": 1200, "input_tokens_details": {"cached_tokens": 1024}, "output_tokens": 300,
         "output_tokens_details": {"reasoning_tokens": 256}, "total_tokens": 1500}  # fmt: skip
TRICKY = ['"response.completed"', " {[\\", "\n\ndata: [DONE]\n\n", "."]


def scan(stream: bytes, piece: int) -> tuple[ResponsesStreamScanner, bytes]:
    scanner = ResponsesStreamScanner()
    out = b"".join(scanner.feed(stream[i : i + piece]) for i in range(0, len(stream), piece))
    return scanner, out + scanner.flush()


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("end", ["response.completed", "response.incomplete", "response.failed"])
def test_responses_stream_usage_from_the_final_event(piece: int, end: str) -> None:
    stream = responses_transcript(end, USAGE, TRICKY)
    scanner, out = scan(stream, piece)
    assert out == stream
    assert scanner.saw_done
    assert scanner.counts is not None and as_tuple(scanner.counts) == responses_expected(USAGE)


@pytest.mark.parametrize("piece", PIECES)
def test_responses_stream_cut_before_the_end(piece: int) -> None:
    full = responses_transcript("response.completed", USAGE, TRICKY)
    cut = full[: full.index(b"event: response.completed")]
    scanner, out = scan(cut, piece)
    assert out == cut and not scanner.saw_done and scanner.counts is None


def test_responses_failed_without_usage_still_ends() -> None:
    scanner, _ = scan(responses_transcript("response.failed", None, ["x"]), 64)
    assert scanner.saw_done and scanner.counts is None


def test_responses_crlf_framing() -> None:
    stream = responses_transcript("response.completed", USAGE, ["a"]).replace(b"\n", b"\r\n")
    scanner, out = scan(stream, 7)
    assert out == stream and scanner.saw_done and scanner.counts is not None


# The fake upstream: what it answers is what the scanners read, and equals what it logged.


def _base(fake: FakeUpstream) -> str:
    return f"http://127.0.0.1:{fake.port}/v1"


def _post_stream(url: str, body: dict[str, Any]) -> bytes:
    with httpx.stream("POST", url, json=body) as resp:
        assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/event-stream")
        return resp.read()


@pytest.mark.parametrize("model", ["gpt-4.1", "o3"])
@pytest.mark.parametrize("max_output_tokens", [None, 16])
def test_fake_responses_stream(
    fake_upstream: FakeUpstream, model: str, max_output_tokens: int | None
) -> None:
    body = {"model": model, "input": "How is this counted?", "instructions": "Be exact.",
            "max_output_tokens": max_output_tokens, "stream": True}  # fmt: skip
    stream = _post_stream(f"{_base(fake_upstream)}/responses", body)
    entry = fake_upstream.state.log[-1]
    assert (entry["dialect"], entry["path"], entry["stream"]) == ("openai", "/v1/responses", True)
    usage = entry["usage"]
    assert (usage["output_tokens_details"]["reasoning_tokens"] > 0) is (model == "o3")
    assert b"[DONE]" not in stream
    end = b"response.incomplete" if max_output_tokens else b"response.completed"
    assert b"event: " + end + b"\n" in stream
    for piece in PIECES:
        scanner, out = scan(stream, piece)
        assert out == stream and scanner.saw_done
        assert scanner.counts is not None and as_tuple(scanner.counts) == responses_expected(usage)


def test_fake_responses_plain_and_previous_response(fake_upstream: FakeUpstream) -> None:
    first = httpx.post(f"{_base(fake_upstream)}/responses", json={"model": "gpt-4.1", "input": "one two"})
    usage = fake_upstream.state.log[-1]["usage"]
    assert first.json()["usage"] == usage
    counts = usage_from_body(first.content)
    assert counts is not None and as_tuple(counts) == responses_expected(usage)
    body = {"model": "gpt-4.1", "input": "one two", "previous_response_id": first.json()["id"]}
    second = httpx.post(f"{_base(fake_upstream)}/responses", json=body)
    # The earlier turn is part of the input now.
    assert second.json()["usage"]["input_tokens"] == usage["input_tokens"] + usage["total_tokens"]
    unknown = httpx.post(f"{_base(fake_upstream)}/responses", json={**body, "previous_response_id": "resp_x"})
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "previous_response_not_found"


@pytest.mark.parametrize("client_asked", [False, True])
def test_fake_completions_stream(fake_upstream: FakeUpstream, client_asked: bool) -> None:
    body = {"model": "gpt-3.5-turbo-instruct", "prompt": "Once upon a time", "stream": True,
            "stream_options": {"include_usage": True}}  # fmt: skip
    stream = _post_stream(f"{_base(fake_upstream)}/completions", body)
    usage = fake_upstream.state.log[-1]["usage"]
    assert usage["completion_tokens"] == 16  # the endpoint's default max_tokens
    for piece in PIECES:
        scanner = StreamScanner(forward_usage_chunk=client_asked)
        out = b"".join(scanner.feed(stream[i : i + piece]) for i in range(0, len(stream), piece))
        out += scanner.flush()
        assert scanner.saw_done and out.endswith(b"data: [DONE]\n\n")
        assert scanner.counts is not None
        assert as_tuple(scanner.counts) == (usage["prompt_tokens"], usage["completion_tokens"], 0, 0, 0)
        assert (b'"choices":[]' in out) is client_asked


def test_fake_completions_plain(fake_upstream: FakeUpstream) -> None:
    body = {"model": "gpt-3.5-turbo-instruct", "prompt": ["a b", "c"], "max_tokens": 40}
    resp = httpx.post(f"{_base(fake_upstream)}/completions", json=body)
    usage = fake_upstream.state.log[-1]["usage"]
    assert resp.json()["usage"] == usage and resp.json()["choices"][0]["finish_reason"] == "stop"
    counts = usage_from_body(resp.content)
    assert counts is not None
    assert as_tuple(counts) == (usage["prompt_tokens"], usage["completion_tokens"], 0, 0, 0)


@pytest.mark.parametrize("value", ["three little words", ["one", "two three"], [1, 2, 3, 4], [[1, 2], [3]]])
def test_fake_embeddings(fake_upstream: FakeUpstream, value: Any) -> None:
    body = {"model": "text-embedding-3-small", "input": value}
    resp = httpx.post(f"{_base(fake_upstream)}/embeddings", json=body)
    usage = fake_upstream.state.log[-1]["usage"]
    assert resp.json()["usage"] == usage and usage["prompt_tokens"] == usage["total_tokens"] > 0
    batch = isinstance(value, list) and isinstance(value[0], (str, list))
    assert len(resp.json()["data"]) == (len(value) if batch else 1)
    counts = usage_from_body(resp.content)
    assert counts is not None and as_tuple(counts) == (usage["prompt_tokens"], 0, 0, 0, 0)


@pytest.mark.parametrize(("model", "n"), [("gpt-image-1", 2), ("dall-e-3", 1), ("dall-e-2", 3)])
def test_fake_images(fake_upstream: FakeUpstream, model: str, n: int) -> None:
    body = {"model": model, "prompt": "a lighthouse at dusk", "n": n, "quality": "high"}
    resp = httpx.post(f"{_base(fake_upstream)}/images/generations", json=body)
    assert resp.status_code == 200
    entry = fake_upstream.state.log[-1]
    assert image_units(resp.content) == n == entry["units"]
    counts = usage_from_body(resp.content)
    if model != "gpt-image-1":
        assert entry["usage"] is None and counts is None
        return
    usage = entry["usage"]
    assert usage["output_tokens"] == 4160 * n  # high quality, square
    assert counts is not None and as_tuple(counts) == (usage["input_tokens"], usage["output_tokens"], 0, 0, 0)


def test_fake_scripts_apply_to_every_endpoint(fake_upstream: FakeUpstream) -> None:
    fake_upstream.state.scripts.append(Script(mode="error", times=2, status=503))
    embed = httpx.post(f"{_base(fake_upstream)}/embeddings", json={"model": "m", "input": "x"})
    image = httpx.post(f"{_base(fake_upstream)}/images/generations", json={"prompt": "x"})
    assert embed.status_code == image.status_code == 503 and "error" in image.json()
    fake_upstream.state.scripts.append(Script(mode="break", times=1))
    with pytest.raises(httpx.HTTPError):
        httpx.post(f"{_base(fake_upstream)}/embeddings", json={"model": "m", "input": "x"})
    assert fake_upstream.state.log[-1]["broken"] is True


def test_official_sdk_against_the_fake(fake_upstream: FakeUpstream) -> None:
    client = openai.OpenAI(base_url=_base(fake_upstream), api_key="k", max_retries=0)
    with client.responses.stream(model="gpt-4.1", input="hello") as stream:
        final = stream.get_final_response()
    assert final.usage is not None and final.usage.output_tokens == len(final.output_text.split())
    embedding = client.embeddings.create(model="text-embedding-3-small", input="a b", dimensions=8)
    assert len(embedding.data[0].embedding) == 8  # the SDK asks for base64 and decodes it
    images = client.images.generate(model="gpt-image-1", prompt="a cat", n=2)
    assert images.usage is not None and len(images.data or []) == 2
