"""Usage extraction and errors in the Anthropic dialect, against transcripts and the fake
(docs/analysts.md)."""

from __future__ import annotations

from typing import Any

import anthropic
import httpx
import orjson
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tallygate_gateway.dialects.anthropic import StreamScanner, error_body, usage_counts, usage_from_body

PIECES = [1, 7, 64, 1_000_000]
MODEL = "claude-sonnet-4-6"
LONG_SYSTEM: list[Any] = [
    {"type": "text", "text": "You answer in one line. " * 30, "cache_control": {"type": "ephemeral"}}
]


def _event(name: str, doc: dict[str, Any], newline: bytes = b"\n") -> bytes:
    return b"event: " + name.encode() + newline + b"data: " + orjson.dumps(doc) + newline + newline


def transcript(
    start_usage: dict[str, Any],
    deltas: list[str],
    final_usage: dict[str, Any],
    newline: bytes = b"\n",
    stop: bool = True,
) -> bytes:
    """A Messages stream in the order the API sends it."""
    message: dict[str, Any] = {
        "id": "msg_01", "type": "message", "role": "assistant", "model": MODEL, "content": [],
        "stop_reason": None, "stop_sequence": None, "usage": start_usage,
    }  # fmt: skip
    events = [
        _event("message_start", {"type": "message_start", "message": message}, newline),
        _event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            newline,
        ),
        _event("ping", {"type": "ping"}, newline),
        *(
            _event(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}},
                newline,
            )
            for text in deltas
        ),
        _event("content_block_stop", {"type": "content_block_stop", "index": 0}, newline),
        _event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": final_usage,
            },
            newline,
        ),
    ]
    if stop:
        events.append(_event("message_stop", {"type": "message_stop"}, newline))
    return b"".join(events)


def scan(stream: bytes, piece: int) -> tuple[StreamScanner, bytes]:
    scanner = StreamScanner()
    out = b"".join(scanner.feed(stream[i : i + piece]) for i in range(0, len(stream), piece))
    return scanner, out + scanner.flush()


def as_tuple(counts: Any) -> tuple[int, int, int, int, int]:
    return (counts.input_tokens, counts.output_tokens, counts.cache_read_tokens,
            counts.cache_write_tokens, counts.reasoning_tokens)  # fmt: skip


def test_input_is_taken_as_given_and_cache_fields_apart() -> None:
    usage = {
        "input_tokens": 120,
        "cache_creation_input_tokens": 300,
        "cache_read_input_tokens": 2000,
        "output_tokens": 45,
        "output_tokens_details": {"thinking_tokens": 20},
    }
    assert as_tuple(usage_counts(usage)) == (120, 45, 2000, 300, 20)


def test_cache_write_from_the_ttl_breakdown_when_the_total_is_absent() -> None:
    breakdown = {"ephemeral_5m_input_tokens": 70, "ephemeral_1h_input_tokens": 30}
    usage = {"input_tokens": 5, "output_tokens": 1, "cache_creation": breakdown}
    assert usage_counts(usage).cache_write_tokens == 100


@pytest.mark.parametrize("garbage", [None, -5, "12", True, 3.5, [], {}])
def test_absent_negative_or_garbage_fields_count_zero(garbage: Any) -> None:
    usage = {"input_tokens": garbage, "cache_read_input_tokens": garbage, "output_tokens": 7,
             "output_tokens_details": {"thinking_tokens": garbage}, "cache_creation": garbage}  # fmt: skip
    assert as_tuple(usage_counts(usage)) == (0, 7, 0, 0, 0)
    assert as_tuple(usage_counts({})) == (0, 0, 0, 0, 0)


def test_plain_body() -> None:
    body = orjson.dumps({"type": "message", "content": [], "usage": {"input_tokens": 9, "output_tokens": 4,
                         "cache_read_input_tokens": 11, "cache_creation_input_tokens": 0}})  # fmt: skip
    counts = usage_from_body(body)
    assert counts is not None and as_tuple(counts) == (9, 4, 11, 0, 0)
    assert usage_from_body(b'{"input_tokens": 31}') is None  # count_tokens: a count, not usage
    assert usage_from_body(b"<html>502</html>") is None
    assert usage_from_body(b"[1, 2]") is None


@pytest.mark.parametrize(
    ("status", "type_", "expected"),
    [
        (400, None, "invalid_request_error"),
        (401, None, "authentication_error"),
        (403, None, "permission_error"),
        (404, None, "not_found_error"),
        (413, None, "request_too_large"),
        (429, None, "rate_limit_error"),
        (429, "insufficient_quota", "rate_limit_error"),  # not an Anthropic name: by status
        (502, None, "api_error"),
        (503, None, "overloaded_error"),
        (400, "billing_error", "billing_error"),
    ],
)
def test_error_envelope(status: int, type_: str | None, expected: str) -> None:
    doc = orjson.loads(error_body(status, "nope", "some_code", type_))
    assert doc == {"type": "error", "error": {"type": expected, "message": "nope"}}


CLASSIC_START = {"input_tokens": 25, "cache_creation_input_tokens": 1200, "cache_read_input_tokens": 0,
                 "output_tokens": 1}  # fmt: skip
TRICKY_TEXT = ['Say "message_stop" ', 'and {"type": "message_delta"}', " \\ done\r\n", "."]


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_stream_classic_usage_shape(piece: int, newline: bytes) -> None:
    stream = transcript(CLASSIC_START, TRICKY_TEXT, {"output_tokens": 87}, newline)
    scanner, out = scan(stream, piece)
    assert out == stream  # every byte forwarded, framing untouched
    assert scanner.saw_done
    assert scanner.counts is not None and as_tuple(scanner.counts) == (25, 87, 0, 1200, 0)


@pytest.mark.parametrize("piece", PIECES)
def test_stream_newer_delta_totals_win(piece: int) -> None:
    # Newer API versions repeat cumulative input/cache counts in message_delta; those are final.
    final = {"input_tokens": 30, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 1200,
             "output_tokens": 40, "output_tokens_details": {"thinking_tokens": 15}}  # fmt: skip
    start = {"input_tokens": 30, "cache_creation_input_tokens": None, "cache_read_input_tokens": 900,
             "output_tokens": 1}  # fmt: skip
    stream = transcript(start, ["a", "b"], final)
    scanner, out = scan(stream, piece)
    assert out == stream and scanner.saw_done
    assert scanner.counts is not None and as_tuple(scanner.counts) == (30, 40, 1200, 0, 15)


def test_the_last_message_delta_wins() -> None:
    stream = transcript(CLASSIC_START, ["x"], {"output_tokens": 10}, stop=False)
    stream += _event("message_delta", {"type": "message_delta", "delta": {}, "usage": {"output_tokens": 12}})
    scanner, _ = scan(stream, 64)
    assert scanner.counts is not None and scanner.counts.output_tokens == 12


@pytest.mark.parametrize("piece", PIECES)
def test_stream_cut_before_the_end(piece: int) -> None:
    full = transcript(CLASSIC_START, ["one", "two", "three"], {"output_tokens": 3})
    cut = full[: full.index(b"event: content_block_stop") + 10]
    scanner, out = scan(cut, piece)
    assert not scanner.saw_done
    assert out == cut  # the unterminated tail goes out on flush
    # What the provider had reported when the stream broke: message_start's counts.
    assert scanner.counts is not None and as_tuple(scanner.counts) == (25, 1, 0, 1200, 0)


def test_feed_returns_whole_events_only() -> None:
    stream = transcript(CLASSIC_START, ["hello"], {"output_tokens": 2})
    scanner = StreamScanner()
    half = stream.index(b"event: ping") + 5
    first = scanner.feed(stream[:half])
    assert first == stream[: stream.index(b"event: ping")]
    assert first + scanner.feed(stream[half:]) == stream


# The fake upstream: what it streams is what the scanner reads, and equals what it logged.


def _stream(base: str, body: dict[str, Any], version: str) -> bytes:
    headers = {"x-api-key": "k", "anthropic-version": version}
    with httpx.stream("POST", f"{base}/v1/messages", json={**body, "stream": True}, headers=headers) as resp:
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")
        return resp.read()


def _expected(usage: dict[str, Any]) -> tuple[int, int, int, int, int]:
    return (usage["input_tokens"], usage["output_tokens"], usage["cache_read_input_tokens"],
            usage["cache_creation_input_tokens"], 0)  # fmt: skip


@pytest.mark.parametrize("version", ["2023-06-01", "2026-10-21"])
def test_fake_streams_what_the_scanner_reads(fake_upstream: FakeUpstream, version: str) -> None:
    base = f"http://127.0.0.1:{fake_upstream.port}"
    body = {"model": MODEL, "max_tokens": 64, "system": LONG_SYSTEM,
            "messages": [{"role": "user", "content": "What is metered?"}]}  # fmt: skip
    for round_ in ("cold", "warm"):
        stream = _stream(base, body, version)
        entry = fake_upstream.state.log[-1]
        assert (entry["dialect"], entry["path"], entry["stream"]) == ("anthropic", "/v1/messages", True)
        usage = entry["usage"]
        # The first request writes the cached prefix, the next one reads it.
        cached = (
            usage["cache_creation_input_tokens"] if round_ == "cold" else usage["cache_read_input_tokens"]
        )
        assert cached > 0 and usage["input_tokens"] > 0
        for piece in PIECES:
            scanner, out = scan(stream, piece)
            assert out == stream and scanner.saw_done
            assert scanner.counts is not None and as_tuple(scanner.counts) == _expected(usage)
    assert b'"type":"ping"' in stream and stream.rstrip().endswith(b'data: {"type":"message_stop"}')


def test_fake_plain_answer_and_count_tokens(fake_upstream: FakeUpstream) -> None:
    base = f"http://127.0.0.1:{fake_upstream.port}"
    headers = {"x-api-key": "k", "anthropic-version": "2023-06-01"}
    body = {"model": MODEL, "max_tokens": 5, "messages": [{"role": "user", "content": "one two three"}]}
    resp = httpx.post(f"{base}/v1/messages", json=body, headers=headers)
    assert resp.status_code == 200 and resp.json()["stop_reason"] == "max_tokens"
    usage = fake_upstream.state.log[-1]["usage"]
    assert resp.json()["usage"] == usage and usage["output_tokens"] == 5
    counts = usage_from_body(resp.content)
    assert counts is not None and as_tuple(counts) == _expected(usage)
    count = httpx.post(f"{base}/v1/messages/count_tokens", json=body, headers=headers)
    assert count.json() == {"input_tokens": usage["input_tokens"]}  # nothing cached without cache_control
    assert usage_from_body(count.content) is None
    assert fake_upstream.state.log[-1]["usage"] is None


def test_fake_errors_in_anthropic_shape(fake_upstream: FakeUpstream) -> None:
    base = f"http://127.0.0.1:{fake_upstream.port}"
    body = {"model": MODEL, "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
    no_key = httpx.post(f"{base}/v1/messages", json=body, headers={"anthropic-version": "2023-06-01"})
    assert no_key.status_code == 401 and no_key.json()["error"]["type"] == "authentication_error"
    fake_upstream.state.scripts.append(Script(mode="error", times=1, status=529))
    headers = {"x-api-key": "k", "anthropic-version": "2023-06-01"}
    overloaded = httpx.post(f"{base}/v1/messages", json=body, headers=headers)
    assert overloaded.status_code == 529
    assert overloaded.json()["type"] == "error" and overloaded.json()["error"]["type"] == "overloaded_error"
    missing = httpx.post(f"{base}/v1/messages", json={"model": MODEL, "messages": []}, headers=headers)
    assert missing.status_code == 400 and missing.json()["error"]["type"] == "invalid_request_error"


def test_fake_break_mid_stream(fake_upstream: FakeUpstream) -> None:
    base = f"http://127.0.0.1:{fake_upstream.port}"
    fake_upstream.state.scripts.append(Script(mode="break", times=1))
    body = {"model": MODEL, "max_tokens": 64, "messages": [{"role": "user", "content": "hi"}], "stream": True}
    scanner = StreamScanner()
    headers = {"x-api-key": "k", "anthropic-version": "2023-06-01"}
    with pytest.raises(httpx.HTTPError), httpx.stream("POST", f"{base}/v1/messages", json=body,
                                                      headers=headers) as resp:  # fmt: skip
        for chunk in resp.iter_raw():
            scanner.feed(chunk)
    scanner.flush()
    assert fake_upstream.state.log[-1]["broken"] is True
    assert not scanner.saw_done
    assert scanner.counts is not None and scanner.counts.output_tokens == 1


def test_official_sdk_reads_the_fake_stream(fake_upstream: FakeUpstream) -> None:
    client = anthropic.Anthropic(
        base_url=f"http://127.0.0.1:{fake_upstream.port}", api_key="k", max_retries=0
    )
    with client.messages.stream(model=MODEL, max_tokens=8, system=LONG_SYSTEM,
                                messages=[{"role": "user", "content": "hi"}]) as stream:  # fmt: skip
        text = stream.get_final_text()
        final = stream.get_final_message()
    logged = fake_upstream.state.log[-1]["usage"]
    assert len(text.split()) == 8 == logged["output_tokens"] == final.usage.output_tokens
    assert final.usage.cache_creation_input_tokens == logged["cache_creation_input_tokens"] > 0
