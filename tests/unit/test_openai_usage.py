"""Usage extraction in the OpenAI dialect, plain and streamed (docs/analysts.md)."""

from __future__ import annotations

import json

import orjson
import pytest

from tallygate.fake_upstream import usage_for
from tallygate_gateway.dialects.openai import StreamScanner, stream_body, usage_counts, usage_from_body


def test_cached_and_cache_write_tokens_are_taken_out_of_input() -> None:
    usage = {
        "prompt_tokens": 1000,
        "completion_tokens": 300,
        "prompt_tokens_details": {"cached_tokens": 600, "cache_write_tokens": 100},
        "completion_tokens_details": {"reasoning_tokens": 120},
    }
    counts = usage_counts(usage)
    assert (counts.input_tokens, counts.cache_read_tokens, counts.cache_write_tokens) == (300, 600, 100)
    assert (counts.output_tokens, counts.reasoning_tokens) == (300, 120)


def test_absent_details_count_zero() -> None:
    counts = usage_counts({"prompt_tokens": 12, "completion_tokens": 5})
    assert (counts.input_tokens, counts.cache_read_tokens, counts.cache_write_tokens) == (12, 0, 0)


def test_anthropic_style_fields_from_an_openai_compatible_upstream() -> None:
    usage = {
        "prompt_tokens": 900,
        "completion_tokens": 10,
        "cache_read_input_tokens": 500,
        "cache_creation_input_tokens": 300,
    }
    counts = usage_counts(usage)
    assert (counts.input_tokens, counts.cache_read_tokens, counts.cache_write_tokens) == (100, 500, 300)


def test_responses_api_shape() -> None:
    usage = {
        "input_tokens": 50,
        "input_tokens_details": {"cached_tokens": 20},
        "output_tokens": 7,
        "output_tokens_details": {"reasoning_tokens": 3},
    }
    counts = usage_counts(usage)
    assert (counts.input_tokens, counts.cache_read_tokens, counts.output_tokens, counts.reasoning_tokens) == (
        30,
        20,
        7,
        3,
    )


def test_plain_body_without_usage_or_not_json() -> None:
    assert usage_from_body(b'{"choices": []}') is None
    assert usage_from_body(b"<html>bad gateway</html>") is None
    assert usage_from_body(b'{"usage": {"prompt_tokens": 3, "completion_tokens": 4}}') is not None


@pytest.mark.parametrize(
    "sent",
    [
        {"model": "m", "stream": True, "messages": [{"role": "user", "content": 'caf\u00e9 "q" {x}'}]},
        {"model": "m", "stream": True, "stream_options": None},
        {"model": "m", "stream": True, "stream_options": {"include_usage": False, "other": 1}},
        {},
    ],
)
def test_stream_body_always_asks_for_usage(sent: dict[str, object]) -> None:
    raw = b"  \n" + orjson.dumps(sent, option=orjson.OPT_INDENT_2)  # as a client may format it
    doc = orjson.loads(raw)
    body, asked = stream_body(raw, doc)
    options = sent.get("stream_options")
    kept = options if isinstance(options, dict) else {}
    want = {**sent, "stream_options": {**kept, "include_usage": True}}
    assert asked is False and orjson.loads(body) == want == doc
    if "stream_options" not in sent and sent:  # the client's own bytes go on as they were
        assert raw[raw.index(b"{") + 1 :] in body


def test_stream_body_leaves_a_body_that_asked_as_it_is() -> None:
    raw = b'{"model": "m", "stream": true, "stream_options": {"include_usage": true}}'
    assert stream_body(raw, orjson.loads(raw)) == (raw, True)


def _sse(request: dict[str, object]) -> tuple[bytes, dict[str, object]]:
    """A stream as the OpenAI API sends it with include_usage, built from the fake's usage."""
    words, usage = usage_for(request)
    frames = [{"choices": [{"index": 0, "delta": {"content": w}}], "usage": None} for w in words]
    frames.append({"choices": [], "usage": usage})
    body = b"".join(b"data: " + orjson.dumps(f) + b"\n\n" for f in frames) + b"data: [DONE]\n\n"
    return body, usage


@pytest.mark.parametrize("piece", [1, 7, 64, 100_000])
@pytest.mark.parametrize("client_asked", [False, True])
def test_stream_usage_read_and_usage_chunk_dropped_unless_asked(piece: int, client_asked: bool) -> None:
    request = {"model": "gpt-4o", "messages": [{"role": "user", "content": "one two three four"}]}
    stream, usage = _sse(request)
    scanner = StreamScanner(forward_usage_chunk=client_asked)
    out = b"".join(scanner.feed(stream[i : i + piece]) for i in range(0, len(stream), piece))
    out += scanner.flush()
    assert scanner.counts is not None
    details = usage["prompt_tokens_details"]
    assert isinstance(details, dict)
    assert scanner.counts.cache_read_tokens == details["cached_tokens"]
    assert scanner.counts.input_tokens == int(usage["prompt_tokens"]) - int(details["cached_tokens"])  # type: ignore[call-overload]
    assert scanner.counts.output_tokens == usage["completion_tokens"]
    assert scanner.saw_done
    assert (b'"choices":[]' in out) is client_asked
    assert out.count(b"data: ") == stream.count(b"data: ") - (0 if client_asked else 1)
    assert out.endswith(b"data: [DONE]\n\n")
    usage_event = b"data: " + orjson.dumps({"choices": [], "usage": usage}) + b"\n\n"
    assert out == (stream if client_asked else stream.replace(usage_event, b""))  # all else as it came


def test_crlf_framed_stream() -> None:
    """Events framed with CRLF go out as soon as each is whole, the usage chunk read (and dropped,
    not asked for), split CRLFs across reads included."""
    content = b'data: {"choices":[{"delta":{"content":"a"}}],"usage":null}\r\n\r\n'
    usage = b'data: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2}}\r\n\r\n'
    scanner = StreamScanner(forward_usage_chunk=False)
    first = scanner.feed(content[:-1]) + scanner.feed(content[-1:])
    assert first == content.replace(b"\r\n", b"\n")
    rest = scanner.feed(usage[:-3]) + scanner.feed(usage[-3:] + b"data: [DONE]\r\n\r\n") + scanner.flush()
    assert scanner.counts is not None and scanner.counts.input_tokens == 5
    assert rest == b"data: [DONE]\n\n" and scanner.saw_done


def _scan(stream: bytes, piece: int, client_asked: bool = False) -> tuple[StreamScanner, bytes]:
    scanner = StreamScanner(forward_usage_chunk=client_asked)
    out = b"".join(scanner.feed(stream[i : i + piece]) for i in range(0, len(stream), piece))
    return scanner, out + scanner.flush()


PIECES = [1, 5, 64, 100_000]


@pytest.mark.parametrize("piece", PIECES)
def test_stream_written_with_spaces_as_python_servers_do(piece: int) -> None:
    """json.dumps' default separators (vLLM and other Python servers): `"usage": {...}`."""
    frames = [
        {"choices": [{"delta": {"content": "hi"}}], "usage": None},
        {"choices": [], "usage": {"prompt_tokens": 31, "completion_tokens": 4}},
    ]
    stream = b"".join(b"data: " + json.dumps(f, indent=None).encode() + b"\n\n" for f in frames)
    scanner, out = _scan(stream + b"data: [DONE]\n\n", piece)
    assert scanner.counts is not None
    assert (scanner.counts.input_tokens, scanner.counts.output_tokens) == (31, 4)
    assert scanner.saw_done and b'"usage": {' not in out  # the usage-only chunk, not asked for


@pytest.mark.parametrize("piece", PIECES)
def test_usage_in_every_chunk_counts_the_last(piece: int) -> None:
    """Continuous usage stats (vLLM): cumulative usage on each content chunk, then a usage-only
    chunk; only that last one is dropped for a client that did not ask."""
    frames = [
        {"choices": [{"delta": {"content": "w"}}], "usage": {"prompt_tokens": 7, "completion_tokens": n}}
        for n in range(1, 6)
    ]
    frames.append({"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 5}})
    stream = b"".join(b"data: " + orjson.dumps(f) + b"\n\n" for f in frames) + b"data: [DONE]\n\n"
    scanner, out = _scan(stream, piece)
    assert scanner.counts is not None and scanner.counts.output_tokens == len(frames) - 1
    assert out.count(b'"usage":{') == len(frames) - 1 and b'"choices":[]' not in out


@pytest.mark.parametrize("piece", PIECES)
def test_answer_text_that_looks_like_the_protocol_is_only_text(piece: int) -> None:
    """An answer saying `[DONE]` or `"usage": {…}` is escaped JSON text: the stream, cut before its
    real end, stays incomplete and unmetered; a key that merely ends in `usage` is not usage."""
    text = 'data: [DONE] and "usage": {"prompt_tokens": 999}'
    frames = [
        {"choices": [{"delta": {"content": text}}], "usage": None},
        {"choices": [{"delta": {}}], "usage": None, "x_usage": {"prompt_tokens": 998}},
    ]
    stream = b"".join(b"data: " + orjson.dumps(f) + b"\n\n" for f in frames)
    scanner, out = _scan(stream, piece)
    assert scanner.counts is None and not scanner.saw_done
    assert out == stream


@pytest.mark.parametrize("piece", PIECES)
def test_done_without_space_multi_line_data_and_an_unterminated_last_event(piece: int) -> None:
    usage = {"prompt_tokens": 12, "completion_tokens": 3, "prompt_tokens_details": {"cached_tokens": 2}}
    split_json = b'data: {"choices": [],\ndata: "usage": ' + orjson.dumps(usage) + b"}\n\n"
    not_usage = b'data: {"choices":[{"delta":{}}],"usage":null,"x_usage":{"prompt_tokens":1}}\n\n'
    stream = b'data: {"choices":[{"delta":{"content":"a"}}],"usage":null}\n\n' + split_json + not_usage
    stream += b"data:[DONE]"
    scanner, out = _scan(stream, piece)
    assert scanner.counts is not None
    assert (scanner.counts.input_tokens, scanner.counts.cache_read_tokens) == (10, 2)
    assert scanner.saw_done
    assert out == stream.replace(split_json, b"")
