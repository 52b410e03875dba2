"""The Gemini dialect: generateContent paths, Google's error envelope, and usageMetadata in the
one meaning docs/analysts.md gives.

Google counts the cached part inside promptTokenCount and the thoughts apart from the candidates,
so input = prompt (+ tool-use prompt) - cached, output = candidates + thoughts."""

from __future__ import annotations

import contextlib
import re
from typing import Any

import orjson

from tallygate_gateway.dialects.sse import EventFramer, data_of, events
from tallygate_shared.pricing import TokenCounts

PROVIDERS = frozenset({"gemini"})
METHODS = frozenset({"generateContent", "streamGenerateContent", "countTokens"})

STATUSES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    413: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
KNOWN_STATUSES = frozenset(STATUSES.values()) | {"FAILED_PRECONDITION", "OUT_OF_RANGE", "UNKNOWN"}

_ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo"
_PATH = re.compile(r"/v1(?:beta)?/models/([\w.\-]+)(?::|%3[aA])(\w+)")
# A JSON key: inside a string value its quotes would be escaped, so text never matches these.
_USAGE = b'"usageMetadata"'
_FINISH = b'"finishReason"'
_STRUCTURE = re.compile(rb'[\[\]{}"]')
_IN_STRING = re.compile(rb'["\\]')


def model_from_path(path: str) -> tuple[str, str] | None:
    """(model, method) of `/v1beta/models/{model}:{method}` or `/v1/models/…`; None otherwise."""
    match = _PATH.fullmatch(path)
    if match is None or match.group(2) not in METHODS:
        return None
    return match.group(1), match.group(2)


def error_body(status: int, message: str, code: str, type_: str | None = None) -> bytes:
    """Google's envelope {"error": {"code", "message", "status"}}; our `code` goes where Google puts
    a machine-readable reason, an ErrorInfo in `details`. `type_` is used only when it is a Google
    status name."""
    if type_ not in KNOWN_STATUSES:
        type_ = STATUSES.get(status, "INTERNAL" if status >= 500 else "INVALID_ARGUMENT")
    error: dict[str, Any] = {"code": status, "message": message, "status": type_}
    if code:
        error["details"] = [{"@type": _ERROR_INFO, "reason": code.upper(), "domain": "tallygate"}]
    return orjson.dumps({"error": error})


def _count(value: Any) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, float) and value.is_integer():
        return max(int(value), 0)
    return 0


def usage_counts(meta: dict[str, Any]) -> TokenCounts:
    """`usageMetadata` to the one meaning. toolUsePromptTokenCount (e.g. search results fed back to
    the model) is billed as input, so it counts as input."""
    prompt = _count(meta.get("promptTokenCount")) + _count(meta.get("toolUsePromptTokenCount"))
    cached = min(_count(meta.get("cachedContentTokenCount")), prompt)
    thoughts = _count(meta.get("thoughtsTokenCount"))
    return TokenCounts(
        input_tokens=prompt - cached,
        output_tokens=_count(meta.get("candidatesTokenCount")) + thoughts,
        cache_read_tokens=cached,
        reasoning_tokens=thoughts,
    )


def _usage_of(doc: Any) -> TokenCounts | None:
    if isinstance(doc, list):  # a whole JSON-array stream, read at once: the last usage wins
        found = [d for d in doc if isinstance(d, dict) and isinstance(d.get("usageMetadata"), dict)]
        doc = found[-1] if found else None
    meta = doc.get("usageMetadata") if isinstance(doc, dict) else None
    return usage_counts(meta) if isinstance(meta, dict) else None


def usage_from_body(body: bytes) -> TokenCounts | None:
    """Usage of a plain GenerateContentResponse; None without one (countTokens, errors, non-JSON)."""
    try:
        return _usage_of(orjson.loads(body))
    except orjson.JSONDecodeError:
        return None


class StreamScanner:
    """Reads the last usageMetadata out of a streamGenerateContent answer as it passes.

    Two framings: with `alt=sse`, SSE frames each holding one GenerateContentResponse (the one with
    finishReason is the proper end); without, one JSON array written incrementally, which is split
    into its top-level objects by tracking depth, strings and escapes (the closing `]` is the end).
    `sse=None` tells them apart by the first byte. Bytes go out unchanged, whole frames or objects
    at a time. Every frame carries usageMetadata, so only the last one is kept, and parsed when
    `counts` is read."""

    __slots__ = (
        "_counts",
        "_depth",
        "_escape",
        "_framer",
        "_in_string",
        "_object_start",
        "_pending",
        "_pos",
        "_raw",
        "_sse",
        "saw_done",
    )
    error = ""  # error objects are not told apart here: a stream without its proper end is incomplete

    def __init__(self, sse: bool | None = None) -> None:
        self._sse = sse
        self._framer = EventFramer()
        self._raw = b""  # array framing: bytes not yet forwarded
        self._pos = 0  # array framing: next byte of _raw to scan
        self._depth = 0
        self._in_string = False
        self._escape = False
        self._object_start = -1
        self._pending: bytes | None = None
        self._counts: TokenCounts | None = None
        self.saw_done = False

    @property
    def counts(self) -> TokenCounts | None:
        if self._pending is not None:
            with contextlib.suppress(orjson.JSONDecodeError):
                self._counts = _usage_of(orjson.loads(self._pending)) or self._counts
            self._pending = None
        return self._counts

    @counts.setter
    def counts(self, value: TokenCounts | None) -> None:
        self._counts, self._pending = value, None

    def feed(self, chunk: bytes) -> bytes:
        if self._sse is None:
            head = (self._raw + chunk).lstrip()
            if not head:
                self._raw += chunk
                return b""
            self._sse = head[:1] not in (b"[", b"{")
            if self._sse:
                chunk, self._raw = self._raw + chunk, b""
        return self._feed_sse(chunk) if self._sse else self._feed_array(chunk)

    def flush(self) -> bytes:
        if not self._sse:
            rest, self._raw = self._raw, b""
            return rest
        rest = self._framer.rest()
        if _USAGE in rest:
            self._pending = data_of(rest)
        return rest

    def _feed_sse(self, chunk: bytes) -> bytes:
        complete = self._framer.take(chunk)
        if _USAGE in complete:
            for event in reversed(events(complete)):
                if _USAGE in event:
                    self._pending = data_of(event)
                    break
        if _FINISH in complete:
            self.saw_done = True
        return complete

    def _feed_array(self, chunk: bytes) -> bytes:
        raw = self._raw + chunk
        pos, depth, in_string = self._pos, self._depth, self._in_string
        if self._escape and pos < len(raw):
            self._escape, pos = False, pos + 1
        while True:
            match = (_IN_STRING if in_string else _STRUCTURE).search(raw, pos)
            if match is None:
                break
            i, byte = match.start(), raw[match.start()]
            pos = i + 1
            if in_string:
                if byte == 0x5C:  # backslash: the next byte is escaped, perhaps in the next chunk
                    if pos >= len(raw):
                        self._escape = True
                        break
                    pos += 1
                else:
                    in_string = False
            elif byte == 0x22:
                in_string = True
            elif byte in b"[{":
                depth += 1
                if depth == 2:
                    self._object_start = i
            else:
                depth -= 1
                if depth == 1 and self._object_start >= 0:
                    if _USAGE in raw[self._object_start : pos]:
                        self._pending = raw[self._object_start : pos]
                    self._object_start = -1
                elif depth <= 0:
                    depth = 0
                    self.saw_done = self.saw_done or byte == 0x5D  # the array's closing `]`
        self._depth, self._in_string = depth, in_string
        # Every byte is scanned now. Whatever lies outside an object can go; an object in progress
        # waits until it closes.
        cut = len(raw) if self._object_start < 0 else self._object_start
        self._raw, self._pos = raw[cut:], len(raw) - cut
        if self._object_start >= 0:
            self._object_start -= cut
        return raw[:cut]
