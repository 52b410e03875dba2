"""The Anthropic dialect: Messages API errors and usage, plain and SSE, normalised to the one
meaning docs/analysts.md gives.

Anthropic's `input_tokens` already leaves out the cache, so it is taken as given; cache reads and
writes are `cache_read_input_tokens` and `cache_creation_input_tokens`."""

from __future__ import annotations

from typing import Any

import orjson

from tallygate_gateway.dialects.sse import EventFramer, data_of, events
from tallygate_shared.pricing import TokenCounts

PROVIDERS = frozenset({"anthropic"})

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    502: "api_error",
    503: "overloaded_error",
    504: "timeout_error",
    529: "overloaded_error",
}
KNOWN_TYPES = frozenset(ERROR_TYPES.values())
# Fields of message_delta usage that, when present, are cumulative totals for the whole message.
_DELTA_FIELDS = (
    "input_tokens",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
    "output_tokens",
    "output_tokens_details",
)
# Only message_start, message_delta and message_stop matter; the quotes keep text deltas out
# (a quote inside JSON text is escaped, so `"message_` never matches there).
_MARKER = b'"message_'


def error_body(status: int, message: str, code: str, type_: str | None = None) -> bytes:
    """Anthropic's envelope {"type": "error", "error": {"type", "message"}}.

    `type_` is used when it is one of Anthropic's own type names; anything else (an OpenAI name such
    as insufficient_quota) falls back to the type Anthropic uses for the status. The envelope has no
    field for `code`; the message carries the detail."""
    if type_ not in KNOWN_TYPES:
        type_ = ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    return orjson.dumps({"type": "error", "error": {"type": type_, "message": message}})


def _count(value: Any) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, float) and value.is_integer():
        return max(int(value), 0)
    return 0


def usage_counts(usage: dict[str, Any]) -> TokenCounts:
    """Anthropic `usage` to the one meaning. Thinking tokens are part of output_tokens already."""
    cache_write = _count(usage.get("cache_creation_input_tokens"))
    breakdown = usage.get("cache_creation")
    if not cache_write and isinstance(breakdown, dict):
        cache_write = sum(_count(v) for v in breakdown.values())
    output = _count(usage.get("output_tokens"))
    details = usage.get("output_tokens_details")
    thinking = _count(details.get("thinking_tokens")) if isinstance(details, dict) else 0
    return TokenCounts(
        input_tokens=_count(usage.get("input_tokens")),
        output_tokens=output,
        cache_read_tokens=_count(usage.get("cache_read_input_tokens")),
        cache_write_tokens=cache_write,
        reasoning_tokens=min(thinking, output),
    )


def usage_from_body(body: bytes) -> TokenCounts | None:
    """Usage of a plain Message; None without one (count_tokens answers, errors, non-JSON)."""
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    usage = doc.get("usage") if isinstance(doc, dict) else None
    return usage_counts(usage) if isinstance(usage, dict) else None


class StreamScanner:
    """Reads usage out of a Messages SSE stream as it passes; forwards every byte unchanged.

    message_start carries input and cache counts; each message_delta carries the cumulative
    output_tokens (and, on newer API versions, cumulative input and cache counts too), so the last
    value of each field wins. message_stop is the stream's proper end."""

    __slots__ = ("_framer", "_usage", "counts", "saw_done")
    error = ""  # error events are not told apart here: a stream without message_stop is incomplete

    def __init__(self) -> None:
        self._framer = EventFramer()
        self._usage: dict[str, Any] = {}
        self.counts: TokenCounts | None = None
        self.saw_done = False

    def feed(self, chunk: bytes) -> bytes:
        complete = self._framer.take(chunk)
        if _MARKER in complete:
            for event in events(complete):
                if _MARKER in event:
                    self._scan(event)
        return complete

    def flush(self) -> bytes:
        rest = self._framer.rest()
        if _MARKER in rest:
            self._scan(rest)
        return rest

    def _scan(self, event: bytes) -> None:
        try:
            doc = orjson.loads(data_of(event))
        except orjson.JSONDecodeError:
            return
        if not isinstance(doc, dict):
            return
        kind = doc.get("type")
        if kind == "message_stop":
            self.saw_done = True
            return
        if kind == "message_start":
            message = doc.get("message")
            usage = message.get("usage") if isinstance(message, dict) else None
            if isinstance(usage, dict):
                self._usage = {**self._usage, **usage}
        elif kind == "message_delta":
            usage = doc.get("usage")
            if isinstance(usage, dict):
                self._usage.update({k: usage[k] for k in _DELTA_FIELDS if usage.get(k) is not None})
        else:
            return
        self.counts = usage_counts(self._usage)
