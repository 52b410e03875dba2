"""Usage extraction, paths and errors in the Gemini dialect, against transcripts and the fake
(docs/analysts.md)."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tallygate_gateway.dialects.gemini import (
    StreamScanner,
    error_body,
    model_from_path,
    usage_counts,
    usage_from_body,
)

PIECES = [1, 7, 64, 1_000_000]
LONG_PROMPT = "Tell me about metering every single token exactly once please " * 6


def as_tuple(counts: Any) -> tuple[int, int, int, int, int]:
    return (counts.input_tokens, counts.output_tokens, counts.cache_read_tokens,
            counts.cache_write_tokens, counts.reasoning_tokens)  # fmt: skip


def expected(meta: dict[str, Any]) -> tuple[int, int, int, int, int]:
    """docs/analysts.md by hand: input = prompt - cached, output = candidates + thoughts."""
    prompt, cached = meta["promptTokenCount"], meta.get("cachedContentTokenCount", 0)
    thoughts = meta.get("thoughtsTokenCount", 0)
    return (prompt - cached, meta["candidatesTokenCount"] + thoughts, cached, 0, thoughts)


@pytest.mark.parametrize(
    ("path", "parsed"),
    [
        ("/v1beta/models/gemini-2.5-flash:generateContent", ("gemini-2.5-flash", "generateContent")),
        (
            "/v1beta/models/gemini-2.0-flash-001:streamGenerateContent",
            ("gemini-2.0-flash-001", "streamGenerateContent"),
        ),
        ("/v1/models/gemini-1.5-pro-latest:countTokens", ("gemini-1.5-pro-latest", "countTokens")),
        ("/v1/models/gemma-3-27b-it%3AgenerateContent", ("gemma-3-27b-it", "generateContent")),
        ("/v1beta/models/gemini-2.5-flash:embedContent", None),
        ("/v1beta/models/gemini-2.5-flash", None),
        ("/v1beta/models/:generateContent", None),
        ("/v2/models/gemini-2.5-flash:generateContent", None),
        ("/v1beta/models/a/b:generateContent", None),
        ("/v1beta/models/gemini-2.5-flash:generateContent/extra", None),
    ],
)
def test_model_from_path(path: str, parsed: tuple[str, str] | None) -> None:
    assert model_from_path(path) == parsed


def test_cached_part_leaves_input_and_thoughts_join_output() -> None:
    meta = {"promptTokenCount": 1000, "cachedContentTokenCount": 400, "candidatesTokenCount": 50,
            "thoughtsTokenCount": 120, "totalTokenCount": 1170}  # fmt: skip
    assert as_tuple(usage_counts(meta)) == (600, 170, 400, 0, 120)


def test_tool_use_prompt_is_input() -> None:
    meta = {"promptTokenCount": 100, "toolUsePromptTokenCount": 30, "cachedContentTokenCount": 20,
            "candidatesTokenCount": 5}  # fmt: skip
    assert as_tuple(usage_counts(meta)) == (110, 5, 20, 0, 0)


@pytest.mark.parametrize("garbage", [None, -3, "40", False, 2.5, {}])
def test_absent_negative_or_garbage_fields_count_zero(garbage: Any) -> None:
    meta = {"promptTokenCount": 10, "cachedContentTokenCount": garbage, "candidatesTokenCount": garbage,
            "thoughtsTokenCount": garbage}  # fmt: skip
    assert as_tuple(usage_counts(meta)) == (10, 0, 0, 0, 0)
    assert as_tuple(usage_counts({})) == (0, 0, 0, 0, 0)
    # A cache bigger than the prompt (never sent by Google) cannot make input negative.
    assert usage_counts({"promptTokenCount": 5, "cachedContentTokenCount": 9}).input_tokens == 0


def test_plain_bodies() -> None:
    doc = {"candidates": [], "usageMetadata": {"promptTokenCount": 8, "candidatesTokenCount": 3}}
    counts = usage_from_body(orjson.dumps(doc))
    assert counts is not None and as_tuple(counts) == (8, 3, 0, 0, 0)
    whole_array = [{"usageMetadata": {"promptTokenCount": 8}}, {"usageMetadata": {"promptTokenCount": 8,
                   "candidatesTokenCount": 9}}, {"candidates": []}]  # fmt: skip
    counts = usage_from_body(orjson.dumps(whole_array))
    assert counts is not None and as_tuple(counts) == (8, 9, 0, 0, 0)
    assert usage_from_body(b'{"totalTokens": 12}') is None  # countTokens: a count, not usage
    assert usage_from_body(b"not json") is None


@pytest.mark.parametrize(
    ("status", "type_", "expected_status"),
    [
        (400, None, "INVALID_ARGUMENT"),
        (401, None, "UNAUTHENTICATED"),
        (403, None, "PERMISSION_DENIED"),
        (404, None, "NOT_FOUND"),
        (413, None, "INVALID_ARGUMENT"),
        (429, None, "RESOURCE_EXHAUSTED"),
        (429, "insufficient_quota", "RESOURCE_EXHAUSTED"),
        (502, None, "UNAVAILABLE"),
        (503, None, "UNAVAILABLE"),
        (400, "FAILED_PRECONDITION", "FAILED_PRECONDITION"),
    ],
)
def test_error_envelope(status: int, type_: str | None, expected_status: str) -> None:
    error = orjson.loads(error_body(status, "nope", "model_not_allowed", type_))["error"]
    assert (error["code"], error["message"], error["status"]) == (status, "nope", expected_status)
    assert error["details"][0]["reason"] == "MODEL_NOT_ALLOWED"


def _frames(texts: list[str], final: dict[str, Any]) -> list[dict[str, Any]]:
    """GenerateContentResponses as Google streams them: usage so far on each, the total on the last."""
    partial = {"promptTokenCount": final["promptTokenCount"], "totalTokenCount": final["promptTokenCount"]}
    frames = []
    for i, text in enumerate(texts):
        last = i == len(texts) - 1
        candidate: dict[str, Any] = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
        if last:
            candidate["finishReason"] = "STOP"
        frames.append({"candidates": [candidate], "usageMetadata": final if last else partial,
                       "modelVersion": "gemini-2.5-pro"})  # fmt: skip
    return frames


FINAL = {"promptTokenCount": 300, "cachedContentTokenCount": 128, "candidatesTokenCount": 41,
         "thoughtsTokenCount": 77, "totalTokenCount": 418}  # fmt: skip
# Text that looks like structure: braces, brackets, quotes, escapes, keys, CRLF.
TRICKY = ['{"usageMetadata": [1, 2]} ', 'back\\slash \\" ]}', "line\r\n\r\nbreak", '"finishReason"', "end"]


def sse_stream(frames: list[dict[str, Any]]) -> bytes:
    return b"".join(b"data: " + orjson.dumps(f) + b"\r\n\r\n" for f in frames)


def array_stream(frames: list[dict[str, Any]]) -> bytes:
    pretty = [orjson.dumps(f, option=orjson.OPT_INDENT_2) for f in frames]
    return b"[" + b"\n,\r\n".join(pretty) + b"\n]"


def scan(stream: bytes, piece: int, sse: bool | None = None) -> tuple[StreamScanner, bytes]:
    scanner = StreamScanner(sse)
    out = b"".join(scanner.feed(stream[i : i + piece]) for i in range(0, len(stream), piece))
    return scanner, out + scanner.flush()


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("sse", [True, None])
def test_sse_stream_last_usage_wins(piece: int, sse: bool | None) -> None:
    stream = sse_stream(_frames(TRICKY, FINAL))
    scanner, out = scan(stream, piece, sse)
    assert out == stream  # CRLF framing kept, every byte forwarded
    assert scanner.saw_done
    assert scanner.counts is not None and as_tuple(scanner.counts) == expected(FINAL)


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("sse", [False, None])
def test_json_array_stream_split_by_depth(piece: int, sse: bool | None) -> None:
    stream = array_stream(_frames(TRICKY, FINAL))
    scanner, out = scan(stream, piece, sse)
    assert out == stream
    assert scanner.saw_done
    assert scanner.counts is not None and as_tuple(scanner.counts) == expected(FINAL)


def test_sse_frames_go_out_whole() -> None:
    first, second = (b"data: " + orjson.dumps(f) + b"\r\n\r\n" for f in _frames(["a", "b"], FINAL))
    scanner = StreamScanner(sse=True)
    assert scanner.feed(first + second[:10]) == first
    assert scanner.feed(second[10:-1]) == b""
    assert scanner.feed(second[-1:]) == second


def test_sse_without_finish_reason_is_not_done() -> None:
    frames = _frames(["a", "b"], FINAL)
    del frames[-1]["candidates"][0]["finishReason"]
    scanner, _ = scan(sse_stream(frames), 5)
    assert not scanner.saw_done and scanner.counts is not None


@pytest.mark.parametrize("piece", PIECES)
def test_json_array_forwards_whole_objects_only(piece: int) -> None:
    stream = array_stream(_frames(TRICKY, FINAL))
    cut = stream[: stream.rindex(b'"modelVersion"')]  # inside the last object
    scanner = StreamScanner()
    out = b"".join(scanner.feed(cut[i : i + piece]) for i in range(0, len(cut), piece))
    assert not scanner.saw_done
    # What went out is the array so far, whole objects only: closing it makes valid JSON.
    sent = orjson.loads(out.rstrip().rstrip(b",") + b"]")
    assert len(sent) == len(TRICKY) - 1
    # The last object never completed: usage is the partial one of the frame before.
    assert scanner.counts is not None and scanner.counts.output_tokens == 0
    assert scanner.counts.input_tokens == FINAL["promptTokenCount"]
    assert scanner.flush() == cut[len(out) :]


# The fake upstream: what it streams is what the scanner reads, and equals what it logged.


def _body(text: str = LONG_PROMPT) -> dict[str, Any]:
    return {"contents": [{"role": "user", "parts": [{"text": text}]}],
            "systemInstruction": {"parts": [{"text": "be brief"}]}}  # fmt: skip


@pytest.mark.parametrize("version", ["v1beta", "v1"])
@pytest.mark.parametrize("sse", [True, False])
@pytest.mark.parametrize("model", ["gemini-2.5-pro", "gemini-2.0-flash", "gemini-2.0-flash-thinking-exp"])
def test_fake_streams_what_the_scanner_reads(
    fake_upstream: FakeUpstream, version: str, sse: bool, model: str
) -> None:
    url = f"http://127.0.0.1:{fake_upstream.port}/{version}/models/{model}:streamGenerateContent"
    params = {"alt": "sse"} if sse else {}
    with httpx.stream("POST", url, params=params, json=_body(), headers={"x-goog-api-key": "k"}) as resp:
        assert resp.status_code == 200
        stream = resp.read()
    entry = fake_upstream.state.log[-1]
    assert (entry["dialect"], entry["stream"], entry["model"]) == ("gemini", True, model)
    meta = entry["usage"]
    assert meta["cachedContentTokenCount"] > 0  # a prompt long enough to be cached
    assert ("thoughtsTokenCount" in meta) is (model != "gemini-2.0-flash")
    assert stream.endswith(b"\r\n\r\n" if sse else b"\n]")
    for piece in PIECES:
        scanner, out = scan(stream, piece)
        assert out == stream and scanner.saw_done
        assert scanner.counts is not None and as_tuple(scanner.counts) == expected(meta)


def test_fake_plain_answer_with_query_key(fake_upstream: FakeUpstream) -> None:
    url = f"http://127.0.0.1:{fake_upstream.port}/v1beta/models/gemini-2.5-flash:generateContent"
    body = {**_body("short"), "generationConfig": {"maxOutputTokens": 6}}
    resp = httpx.post(url, params={"key": "k"}, json=body)
    assert resp.status_code == 200
    doc = resp.json()
    meta = fake_upstream.state.log[-1]["usage"]
    assert doc["usageMetadata"] == meta and doc["candidates"][0]["finishReason"] == "MAX_TOKENS"
    assert "cachedContentTokenCount" not in meta and meta["candidatesTokenCount"] == 6
    counts = usage_from_body(resp.content)
    assert counts is not None and as_tuple(counts) == expected(meta)
    count = httpx.post(url.replace("generateContent", "countTokens"), params={"key": "k"}, json=body)
    assert count.json()["totalTokens"] == meta["promptTokenCount"]
    assert usage_from_body(count.content) is None


def test_fake_errors_in_google_shape(fake_upstream: FakeUpstream) -> None:
    url = f"http://127.0.0.1:{fake_upstream.port}/v1beta/models/gemini-2.5-flash:generateContent"
    no_key = httpx.post(url, json=_body())
    assert no_key.status_code == 403 and no_key.json()["error"]["status"] == "PERMISSION_DENIED"
    fake_upstream.state.scripts.append(Script(mode="error", times=1, status=429, retry_after=3))
    limited = httpx.post(url, json=_body(), headers={"x-goog-api-key": "k"})
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "3"
    assert limited.json()["error"] == {"code": 429, "message": "scripted failure 429",
                                       "status": "RESOURCE_EXHAUSTED"}  # fmt: skip
    empty = httpx.post(url, json={"contents": []}, headers={"x-goog-api-key": "k"})
    assert empty.status_code == 400 and empty.json()["error"]["status"] == "INVALID_ARGUMENT"


def test_fake_break_mid_array_stream(fake_upstream: FakeUpstream) -> None:
    url = f"http://127.0.0.1:{fake_upstream.port}/v1beta/models/gemini-2.5-pro:streamGenerateContent"
    fake_upstream.state.scripts.append(Script(mode="break", times=1))
    scanner = StreamScanner()
    forwarded = b""
    with pytest.raises(httpx.HTTPError), httpx.stream("POST", url, json=_body(),
                                                      headers={"x-goog-api-key": "k"}) as resp:  # fmt: skip
        for chunk in resp.iter_raw():
            forwarded += scanner.feed(chunk)
    assert fake_upstream.state.log[-1]["broken"] is True
    assert not scanner.saw_done
    assert forwarded.startswith(b"[{")
    # Only the prompt side had been reported when the stream broke.
    assert scanner.counts is not None and scanner.counts.input_tokens > 0
    assert scanner.counts.output_tokens == scanner.counts.reasoning_tokens
