"""The OpenAI dialect: chat and legacy completions, embeddings, Responses and images, plain and SSE;
usage normalised to one meaning (docs/analysts.md), whichever OpenAI-compatible provider's shape it
comes in, and a 200 whose body is an error told from an answer (docs/operators.md, "Provider
flavours")."""

from __future__ import annotations

import math
import re
from typing import Any

import orjson

from tallygate_gateway.dialects.sse import EventFramer, data_of, events
from tallygate_shared.pricing import TokenCounts

PROVIDERS = frozenset({"openai", "openai_compatible"})
_SSE_END = b"\n\n"
# Only a usage *object* is worth parsing: with include_usage every chunk says "usage":null.
# Inside a JSON string the quote after `usage` would be escaped, so only keys match; a key
# merely ending in `usage` has its event parsed, and what counts is that event's "usage" field.
_USAGE_KEY = b'usage"'
_OBJECT_FOLLOWS = re.compile(rb"\s*:\s*\{")
_DONE = b"[DONE]"
# An event whose top level says "error" (vLLM, OpenRouter and OpenAI itself send one mid-stream);
# as with `usage`, only a key can match, and its event is parsed to make sure it is the top level.
_ERROR_KEY = b'"error"'
_ERROR_FOLLOWS = re.compile(rb'\s*:\s*[{"]')
STREAM_ERROR = "upstream_stream_error"  # the error_type of a stream that carried an error event
# The Responses events that end a stream; each carries the final `response`, usage included.
RESPONSE_END_EVENTS = frozenset({"response.completed", "response.failed", "response.incomplete"})
# `"response.completed"` and friends as JSON strings: quotes inside text deltas are escaped, so
# only the type field itself matches.
_RESPONSE_END_MARKERS = tuple(b'"' + name.encode() + b'"' for name in sorted(RESPONSE_END_EVENTS))

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    502: "upstream_error",
    503: "service_unavailable",
}


def error_body(status: int, message: str, code: str, type_: str | None = None) -> bytes:
    """OpenAI's error envelope: {"error": {"message", "type", "code"}}."""
    return orjson.dumps(
        {"error": {"message": message, "type": type_ or ERROR_TYPES.get(status, "api_error"), "code": code}}
    )


def _int(value: Any) -> int:
    return value if isinstance(value, int) and value > 0 else 0


def usage_counts(usage: dict[str, Any]) -> TokenCounts:
    """OpenAI `usage` (chat or Responses) to the one meaning: input excludes cache reads/writes.

    OpenAI-compatible providers name their cache counts their own way, each unambiguously, so the
    answer itself says which it is and no account setting is needed (docs/operators.md, "Provider
    flavours"): DeepSeek's prompt_cache_hit_tokens, Moonshot's top-level cached_tokens, DashScope's
    prompt_tokens_details.cache_creation_input_tokens, OpenRouter's cache_write_tokens, Anthropic-style
    fields. In every one of them prompt_tokens is the whole prompt, as OpenAI's is."""
    prompt = _int(usage.get("prompt_tokens", usage.get("input_tokens")))
    output = _int(usage.get("completion_tokens", usage.get("output_tokens")))
    details = usage.get("prompt_tokens_details") or usage.get("input_tokens_details") or {}
    out_details = usage.get("completion_tokens_details") or usage.get("output_tokens_details") or {}
    # The `or` chains stop at the first count found: an OpenAI answer with a cache hit pays one get.
    cache_read = (
        _int(details.get("cached_tokens"))
        or _int(usage.get("prompt_cache_hit_tokens"))
        or _int(usage.get("cached_tokens"))
        or _int(usage.get("cache_read_input_tokens"))
    )
    cache_write = (
        _int(details.get("cache_write_tokens"))
        or _int(details.get("cache_creation_input_tokens"))
        or _int(usage.get("cache_creation_input_tokens"))
    )
    return TokenCounts(
        input_tokens=max(prompt - cache_read - cache_write, 0),
        output_tokens=output,
        cache_read_tokens=cache_read,
        cache_write_tokens=cache_write,
        reasoning_tokens=_int(out_details.get("reasoning_tokens")),
    )


def usage_from_body(body: bytes) -> TokenCounts | None:
    """Usage of a plain (non-stream) answer; None when the body carries none or is not JSON."""
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    usage = doc.get("usage") if isinstance(doc, dict) else None
    return usage_counts(usage) if isinstance(usage, dict) else None


# What an error names itself when it gives no HTTP status: OpenAI's types and codes, and those of
# Moonshot, vLLM and DashScope where they differ.
_STATUS_BY_NAME = {
    "invalid_request_error": 400,
    "invalid_request": 400,
    "bad_request": 400,
    "badrequesterror": 400,
    "context_length_exceeded": 400,
    "invalid_api_key": 401,
    "authentication_error": 401,
    "invalid_authentication_error": 401,
    "permission_error": 403,
    "permission_denied_error": 403,
    "not_found_error": 404,
    "notfounderror": 404,
    "model_not_found": 404,
    "rate_limit_error": 429,
    "rate_limit_exceeded": 429,
    "rate_limit_reached_error": 429,
    "insufficient_quota": 429,
    "exceeded_current_quota_error": 429,
    "server_error": 500,
    "api_error": 500,
    "internal_server_error": 500,
    "internalservererror": 500,
    "overloaded_error": 503,
    "engine_overloaded_error": 503,
    "service_unavailable": 503,
    "timeout": 504,
}


def answer_error(body: bytes) -> int | None:
    """The HTTP status a 200 stands for when its body is an error envelope rather than an answer
    (OpenRouter's errors during generation, a relay's); None for anything else. An envelope is a
    top-level `error` (object or text) in a body that is no answer object (no `choices`, no other
    `object` than "error"; vLLM's older errors are the envelope themselves). Its status is the
    error's own numeric `code` or `status` (OpenRouter, Azure), else the one its code or type names,
    else 502: an error that says no more is the upstream failing to answer."""
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(doc, dict) or "choices" in doc or doc.get("object", "error") != "error":
        return None
    error = doc if "error" not in doc and doc.get("object") == "error" else doc.get("error")
    if isinstance(error, str) and error:
        return 502
    return _error_status(error) if isinstance(error, dict) else None


def _error_status(error: dict[str, Any]) -> int:
    for field in ("code", "status"):
        value = error.get(field)
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and 400 <= value <= 599:
            return value
    for field in ("code", "type"):
        name = error.get(field)
        status = _STATUS_BY_NAME.get(name.lower()) if isinstance(name, str) else None
        if status is not None:
            return status
    return 502


_INCLUDE_USAGE = b'"stream_options":{"include_usage":true},'


def stream_body(body: bytes, doc: dict[str, Any]) -> tuple[bytes, bool]:
    """The body that asks the upstream for the usage chunk whatever the client sent, and whether
    the client asked for it itself. `doc` (the parsed body) gets the same option.

    Without `stream_options` (the usual case) the option goes in front of the client's own
    bytes, which are sent on untouched: no re-serialisation of a long prompt per request."""
    options = doc.get("stream_options")
    if isinstance(options, dict) and options.get("include_usage") is True:
        return body, True
    splice = "stream_options" not in doc and bool(doc)  # `{}` would get a trailing comma
    doc["stream_options"] = {**(options if isinstance(options, dict) else {}), "include_usage": True}
    if splice:
        start = body.index(b"{") + 1  # a JSON object, so its text opens with one
        return body[:start] + _INCLUDE_USAGE + body[start:], False
    return orjson.dumps(doc), False


class StreamScanner:
    """Reads usage out of an SSE stream as it passes, and drops the usage-only chunk the client
    did not ask for. Events are forwarded whole, as the upstream framed them.

    Each block of whole events is searched from its end, where a stream's usage chunk and its
    [DONE] are: a block's last usage object is the only one that counts (usage is cumulative in
    every stream that repeats it: vLLM's continuous usage stats put it on every chunk), so a short
    answer that arrives in one read costs two backward searches and one parse, not a pass per
    pattern plus a split into events. Usage is the chunk's own or its first choice's (Moonshot's
    last chunk). The stream is read to its end, so usage sent after [DONE] still counts. An event
    whose top level is an error sets `error` (docs/operators.md, "Provider flavours")."""

    __slots__ = ("_buffer", "_crlf", "_forward_usage", "counts", "error", "saw_done")

    def __init__(self, forward_usage_chunk: bool) -> None:
        self._forward_usage = forward_usage_chunk
        self._buffer = b""
        self._crlf: bool | None = None  # how the upstream ends lines, seen at its first line end
        self.counts: TokenCounts | None = None
        self.saw_done = False
        self.error = ""  # STREAM_ERROR once an error event went by

    def feed(self, chunk: bytes) -> bytes:
        data = self._buffer + chunk if self._buffer else chunk
        if self._crlf is None and (line_end := data.find(b"\n")) >= 0:
            self._crlf = data[line_end - 1 : line_end] == b"\r"
        if self._crlf:
            data = data.replace(b"\r\n", b"\n")
        end = data.rfind(_SSE_END) + 2
        if end < 2:
            self._buffer = data
            return b""
        self._buffer = data[end:]
        return self._block(data[:end])

    def flush(self) -> bytes:
        rest, self._buffer = self._buffer, b""
        return self._block(rest) if rest.strip() else b""

    def _block(self, block: bytes) -> bytes:
        """`block` as it goes on to the client: whole events (or the stream's unterminated last)."""
        done = block.rfind(_DONE)
        if done >= 0 and not self.saw_done:
            self.saw_done = _has_done(block, done)
        if not self.error and _ERROR_KEY in block:
            self.error = _error_event(block)
        pos = block.rfind(_USAGE_KEY)
        while pos >= 0:
            if _OBJECT_FOLLOWS.match(block, pos + len(_USAGE_KEY)):
                start, stop = _event_around(block, pos)
                doc = _json_of(block[start:stop])
                usage = _usage_in(doc)
                if usage is not None:  # not a key that merely ends in `usage`
                    self.counts = usage_counts(usage)
                    if not self._forward_usage and not doc.get("choices"):
                        return block[:start] + block[stop:]
                    return block
            pos = block.rfind(_USAGE_KEY, 0, pos)
        return block


def _event_around(block: bytes, pos: int) -> tuple[int, int]:
    """Where the event holding `pos` starts and ends (its blank line included)."""
    start = block.rfind(_SSE_END, 0, pos)
    stop = block.find(_SSE_END, pos)
    return start + 2 if start >= 0 else 0, len(block) if stop < 0 else stop + 2


def _usage_in(doc: Any) -> dict[str, Any] | None:
    """A chunk's usage: its own, or its first choice's, where Moonshot puts it in the last chunk."""
    if not isinstance(doc, dict):
        return None
    usage = doc.get("usage")
    if isinstance(usage, dict):
        return usage
    choices = doc.get("choices")
    first = choices[0] if isinstance(choices, list) and choices else None
    usage = first.get("usage") if isinstance(first, dict) else None
    return usage if isinstance(usage, dict) else None


def _error_event(block: bytes) -> str:
    """STREAM_ERROR when an event of `block` has an error at its top level, else ""."""
    pos = block.find(_ERROR_KEY)
    while pos >= 0:
        if _ERROR_FOLLOWS.match(block, pos + len(_ERROR_KEY)):
            start, stop = _event_around(block, pos)
            doc = _json_of(block[start:stop])
            if isinstance(doc, dict) and doc.get("error"):
                return STREAM_ERROR
        pos = block.find(_ERROR_KEY, pos + 1)
    return ""


def _has_done(block: bytes, pos: int) -> bool:
    """Whether `block`, with a `[DONE]` at `pos`, holds the `data: [DONE]` event (not merely the
    text [DONE] in an answer)."""
    while pos >= 0:
        line_start = block.rfind(b"\n", 0, pos) + 1
        line_end = block.find(b"\n", pos)
        after = block[pos + len(_DONE) : line_end if line_end >= 0 else len(block)]
        if block[line_start:pos].rstrip() == b"data:" and not after.strip():
            return True
        pos = block.rfind(_DONE, 0, pos)
    return False


def _json_of(event: bytes) -> Any:
    """The event's data as JSON, or None."""
    body = event.rstrip(b"\n")
    payload = body[5:] if body.startswith(b"data:") and b"\n" not in body else data_of(event)
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None


def image_units(body: bytes) -> int:
    """How many images an images/generations answer holds: the items of its `data`."""
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        return 0
    data = doc.get("data") if isinstance(doc, dict) else None
    return len(data) if isinstance(data, list) else 0


def whole_seconds(value: object) -> int | None:
    """Seconds of video as providers give them ("8", 7.5, "5.1"), rounded up to whole seconds
    (units are whole; docs/analysts.md); None when it is not a number."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return math.ceil(seconds) if math.isfinite(seconds) and seconds >= 0 else None


def video_seconds(body: bytes) -> int:
    """How many seconds of video a synchronous task's answer holds: its `seconds` or `duration`,
    or those of the items of its `data` added up."""
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        return 0
    if not isinstance(doc, dict):
        return 0
    data = doc.get("data")
    items: list[Any] = data if isinstance(data, list) else [doc]
    total = 0
    for item in items:
        if isinstance(item, dict):
            found = whole_seconds(item.get("seconds", item.get("duration")))
            total += found or 0
    return total


class ResponsesStreamScanner:
    """Reads usage out of a Responses API stream: it comes once, in the `response` of the final
    response.completed (or .failed / .incomplete) event; there is no [DONE]. Forwards every byte
    unchanged; only the final event is parsed."""

    __slots__ = ("_framer", "counts", "saw_done")
    error = ""  # a failed response ends the stream with its usage; it is not an error event here

    def __init__(self) -> None:
        self._framer = EventFramer()
        self.counts: TokenCounts | None = None
        self.saw_done = False

    def feed(self, chunk: bytes) -> bytes:
        complete = self._framer.take(chunk)
        if b'"response.' in complete and any(marker in complete for marker in _RESPONSE_END_MARKERS):
            for event in events(complete):
                self._scan(event)
        return complete

    def flush(self) -> bytes:
        rest = self._framer.rest()
        self._scan(rest)
        return rest

    def _scan(self, event: bytes) -> None:
        if not any(marker in event for marker in _RESPONSE_END_MARKERS):
            return
        try:
            doc = orjson.loads(data_of(event))
        except orjson.JSONDecodeError:
            return
        if not isinstance(doc, dict) or doc.get("type") not in RESPONSE_END_EVENTS:
            return
        self.saw_done = True
        response = doc.get("response")
        usage = response.get("usage") if isinstance(response, dict) else None
        if isinstance(usage, dict):
            self.counts = usage_counts(usage)
