"""Server-sent-event framing for the stream scanners: whole events out, bytes exactly as they came.

An event ends at a blank line; upstreams use LF (OpenAI, Anthropic) or CRLF (Google)."""

from __future__ import annotations

import re

_EVENT_BREAK = re.compile(rb"\r?\n\r?\n")


class EventFramer:
    """Holds back a partial event until its blank line arrives; never rewrites a byte."""

    __slots__ = ("_buffer",)

    def __init__(self) -> None:
        self._buffer = b""

    def take(self, chunk: bytes) -> bytes:
        """The whole events completed by `chunk` (possibly several, possibly none)."""
        data = self._buffer + chunk if self._buffer else chunk
        lf, crlf = data.rfind(b"\n\n"), data.rfind(b"\n\r\n")
        end = max(lf + 2 if lf >= 0 else -1, crlf + 3 if crlf >= 0 else -1)
        if end < 0:
            self._buffer = data
            return b""
        self._buffer = data[end:]
        return data[:end]

    def rest(self) -> bytes:
        """What is left when the stream ends: an event the upstream never terminated."""
        rest, self._buffer = self._buffer, b""
        return rest


def events(complete: bytes) -> list[bytes]:
    return [event for event in _EVENT_BREAK.split(complete) if event.strip()]


def data_of(event: bytes) -> bytes:
    """The event's `data:` lines joined by newlines, as the SSE standard defines them."""
    lines = [line[5:] for line in event.splitlines() if line.startswith(b"data:")]
    return b"\n".join(line[1:] if line.startswith(b" ") else line for line in lines)
