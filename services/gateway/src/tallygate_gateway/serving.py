"""The HTTP protocol the gateway is served with: uvicorn's httptools protocol, whose writes made in
one turn of the event loop leave in one system call.

Uvicorn writes an answer's head when the app sends `http.response.start` and its body when the
app sends `http.response.body`: two system calls (and two TCP segments for the client to read)
for every answer, where the head and the body are ready at the same moment. Held together they
are one (writes per request 3.03 -> 2.04 with the upstream's; docs/benchmarks.md)."""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

# Held bytes past this go out at once: a turn that writes a lot (a big answer relayed from a
# buffer) is not held in memory whole.
MAX_HELD = 64 * 1024


class CoalescingTransport:
    """A transport whose writes wait for the end of the current loop turn and leave together.

    Nothing waits longer than that turn: the first held write schedules the flush. Closing flushes
    first; aborting drops what is held, as aborting a transport drops its buffer."""

    __slots__ = ("_held", "_loop", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held = b""

    def write(self, data: bytes) -> None:
        if not self._held:
            self._held = data
            self._loop.call_soon(self.flush)
            return
        self._held += data
        if len(self._held) > MAX_HELD:
            self.flush()

    def flush(self) -> None:
        if self._held:
            data, self._held = self._held, b""
            self._transport.write(data)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def abort(self) -> None:
        self._held = b""
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:  # everything else is the transport's own
        return getattr(self._transport, name)


class HttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol over a CoalescingTransport (`uvicorn.Config(http=HttpProtocol)`).

    When a finished answer leaves depends on load, as with Linux's TCP autocorking. Alone, it
    leaves at once: the app goes on to meter the request in the same turn, and the client need
    not wait for that. With other requests in flight it leaves at the end of the turn: the loop
    gets through more of its ready work between system calls, which costs 8 % (plain) to 19 %
    (streamed) less CPU per request at 32 connections (docs/benchmarks.md) for the few µs the
    metering takes."""

    transport: CoalescingTransport  # type: ignore[assignment]

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(CoalescingTransport(transport, self.loop))  # type: ignore[arg-type]

    def on_response_complete(self) -> None:
        if len(self.server_state.tasks) <= 1:  # this request's own task is the only one
            self.transport.flush()
        super().on_response_complete()
