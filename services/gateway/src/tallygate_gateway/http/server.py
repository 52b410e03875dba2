"""The HTTP/1.1 protocol the gateway is served with, under uvicorn's server (sockets, signals,
lifespan, graceful shutdown): `uvicorn.Config(http=HttpProtocol)`."""

from __future__ import annotations

import asyncio
import http
import logging
import urllib.parse
from collections import deque
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Protocol, cast

import httptools

from tallygate_gateway.asgi import Message, Receive, Scope, Send

from .headers import MAX_CHECKED_NAMES, valid_name, valid_values

if TYPE_CHECKING:
    import uvicorn
    from uvicorn.server import ServerState

log = logging.getLogger("uvicorn.error")


class App(Protocol):
    """An ASGI 3 application, as uvicorn hands it over once loaded."""

    def __call__(self, scope: Scope, receive: Receive, send: Send, /) -> Awaitable[None]: ...


# Held bytes past this go out at once: a turn that writes a lot (a big answer relayed from a
# buffer) is not held in memory whole.
MAX_HELD = 64 * 1024
# Request body bytes buffered ahead of the app before the socket stops being read.
BODY_HIGH_WATER = 64 * 1024
# A request's line and headers together; past it the client gets a 431 (llhttp sets no limit).
MAX_HEAD = 64 * 1024


class HeadTooLarge(Exception):
    pass


ASGI = {"version": "3.0", "spec_version": "2.3"}
CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


def _status_line(status: int) -> bytes:
    try:
        phrase = http.HTTPStatus(status).phrase.encode()
    except ValueError:
        phrase = b""
    return b"HTTP/1.1 %d %s\r\n" % (status, phrase)


STATUS_LINES = {status: _status_line(status) for status in range(100, 600)}


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

    # asked for with every request: spelled out, not found through __getattr__
    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()


class HttpProtocol(asyncio.Protocol):
    """One client connection: requests parsed in order, one ASGI task at a time (pipelined
    requests wait their turn with reading paused), keep-alive until idle for
    `timeout_keep_alive`.

    When a finished answer leaves depends on load, as with Linux's TCP autocorking. Alone, it
    leaves at once: the app goes on to meter the request in the same turn, and the client need
    not wait for that. With other requests in flight it leaves at the end of the turn: the loop
    gets through more of its ready work between system calls (docs/architecture.md)."""

    transport: CoalescingTransport  # from connection_made on, before any other call

    def __init__(
        self,
        config: uvicorn.Config,
        server_state: ServerState,
        app_state: dict[str, object],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        if not config.loaded:
            config.load()
        # uvicorn's loading leaves an ASGI 3 callable (it wraps ASGI 2 apps), typed as either.
        self.app = cast(App, config.loaded_app)
        self.loop = _loop or asyncio.get_event_loop()
        self.server_state = server_state
        # uvicorn types this set with its own protocol classes; it only calls shutdown() on them.
        self.connections = cast("set[HttpProtocol]", server_state.connections)
        self.app_state = app_state
        self.root_path: str = config.root_path
        self.limit_concurrency: int | None = config.limit_concurrency
        self.keep_alive_s: float = config.timeout_keep_alive  # a float, whatever uvicorn's hint says
        self.parser = httptools.HttpRequestParser(self)
        self.parser.set_dangerous_leniencies(lenient_data_after_close=True)
        self.server: tuple[str, int] | None = None
        self.client: tuple[str, int] | None = None
        self.scheme = "http"
        self.cycle: Cycle | None = None  # the request being answered
        self.parsing: Cycle | None = None  # the request whose bytes are arriving
        self.pipeline: deque[Cycle] = deque()
        self.read_paused = False
        self.write_paused = False
        self.drained: asyncio.Future[None] | None = None
        self.idle_since = 0.0
        self.idle_timer: asyncio.TimerHandle | None = None
        self.url = b""
        self.head_size = 0
        self.headers: list[tuple[bytes, bytes]] = []
        # Answer header names found valid: a small vocabulary, each name checked once.
        self.checked_names: set[bytes] = set()
        # uvicorn's default headers (the date) as bytes, and the list they were made from (uvicorn
        # makes a new one each second).
        self.defaults_of: list[tuple[bytes, bytes]] | None = None
        self.defaults = b""

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream server's transport (TCP, TLS or Unix socket): a full asyncio.Transport.
        self.transport = CoalescingTransport(cast(asyncio.Transport, transport), self.loop)
        self.connections.add(self)
        self.server = _address(transport.get_extra_info("sockname"))
        self.client = _address(transport.get_extra_info("peername"))
        if transport.get_extra_info("sslcontext"):
            self.scheme = "https"
        self._went_idle()

    def connection_lost(self, exc: Exception | None) -> None:
        self.connections.discard(self)
        if self.idle_timer is not None:
            self.idle_timer.cancel()
            self.idle_timer = None
        self.pipeline.clear()
        for cycle in (self.cycle, self.parsing):
            if cycle is not None:
                cycle.disconnected = True
                cycle.wake()
        self._resume_writing()

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:  # no upgrades here: answer as plain HTTP, then close
            last = self.parsing or (self.pipeline[-1] if self.pipeline else self.cycle)
            if last is not None:
                last.keep_alive = False
            self.pause_reading()
        except httptools.HttpParserError as exc:
            if isinstance(exc.__context__, HeadTooLarge):  # raised in our callback, passed on
                self._refuse(431, "Request header fields too large.")
            else:
                self._refuse(400, "Invalid HTTP request received.")

    def eof_received(self) -> bool | None:
        """The client shut its side for writing. A request it sent whole whose answer has not
        begun is still answered, and the connection closes after it (a half-close). Once the last
        answer is under way, or when a request was cut short, the client is taken to be gone, as
        proxies take it: the connection closes, and the app learns of it from receive()."""
        # What this turn wrote goes first: a falsy return closes the socket transport itself.
        self.transport.flush()
        if self.parsing is not None:
            return None
        last = self.pipeline[-1] if self.pipeline else self.cycle
        if last is None or last.response_started:
            return None
        last.keep_alive = False
        return True  # the transport stays open for the answers

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self._resume_writing()

    # httptools callbacks
    def on_message_begin(self) -> None:
        self.url = b""
        self.head_size = 0
        self.headers = []

    def on_url(self, url: bytes) -> None:
        self.url += url
        self.head_size += len(url)
        if self.head_size > MAX_HEAD:
            raise HeadTooLarge

    def on_header(self, name: bytes, value: bytes) -> None:
        self.head_size += len(name) + len(value)
        if self.head_size > MAX_HEAD:
            raise HeadTooLarge
        self.headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        parser = self.parser
        url = httptools.parse_url(self.url)
        raw_path = url.path
        path = raw_path.decode("ascii")
        if "%" in path:
            path = urllib.parse.unquote(path)
        version = parser.get_http_version()
        scope = {
            "type": "http",
            "asgi": ASGI,
            "http_version": version,
            "server": self.server,
            "client": self.client,
            "scheme": self.scheme,
            "method": parser.get_method().decode("ascii"),
            "root_path": self.root_path,
            "path": self.root_path + path,
            "raw_path": self.root_path.encode("ascii") + raw_path,
            "query_string": url.query or b"",
            "headers": self.headers,
            "state": self.app_state.copy(),
        }
        cycle = self.parsing = Cycle(self, scope, version != "1.0" and parser.should_keep_alive())
        for name, value in self.headers:
            if name == b"expect" and value.lower() == b"100-continue":
                cycle.expect_continue = True
        if self.cycle is None:
            self._start(cycle)
        else:  # pipelined: its turn comes when the answer before it is complete
            self.pause_reading()
            self.pipeline.append(cycle)

    def on_body(self, body: bytes) -> None:
        cycle = self.parsing
        if cycle is None or cycle.response_complete:
            return
        cycle.chunks.append(bytes(body))
        cycle.buffered += len(body)
        if cycle.buffered > BODY_HIGH_WATER:
            self.pause_reading()
        cycle.wake()

    def on_message_complete(self) -> None:
        cycle, self.parsing = self.parsing, None
        if cycle is not None:
            cycle.more_body = False
            cycle.wake()

    # requests and answers
    def _start(self, cycle: Cycle) -> None:
        self.cycle = cycle
        app = self.app
        limit = self.limit_concurrency
        tasks = self.server_state.tasks
        if limit is not None and (len(self.connections) >= limit or len(tasks) >= limit):
            log.warning("Exceeded concurrency limit.")
            app = _service_unavailable
        task = self.loop.create_task(cycle.run(app))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    def response_complete(self, cycle: Cycle) -> None:
        self.server_state.total_requests += 1
        if not cycle.keep_alive:
            self.transport.close()
            return
        if len(self.server_state.tasks) <= 1:  # this request's own task is the only one
            self.transport.flush()
        self.cycle = None
        if self.transport.is_closing():
            return
        self.resume_reading()
        if self.pipeline:
            self._start(self.pipeline.popleft())
        else:
            self._went_idle()

    def _went_idle(self) -> None:
        self.idle_since = self.loop.time()
        if self.idle_timer is None:
            self.idle_timer = self.loop.call_at(self.idle_since + self.keep_alive_s, self._idle_check)

    def _idle_check(self) -> None:
        """One timer per idle period rather than one armed and cancelled per request: when it
        fires, it closes the connection only if no request came since it went idle."""
        self.idle_timer = None
        if self.cycle is not None or self.transport.is_closing():
            return  # busy: the answer's end makes it idle again
        due = self.idle_since + self.keep_alive_s
        if self.loop.time() >= due:
            self.transport.close()
        else:
            self.idle_timer = self.loop.call_at(due, self._idle_check)

    def _refuse(self, status: int, message: str) -> None:
        """A request that cannot be parsed: the answer ends the connection. If requests before it
        are still being answered, they are answered first and the connection closes after them."""
        log.warning(message)
        cycle = self.cycle
        if cycle is not None and not (self.parsing is cycle and not cycle.response_started):
            if self.parsing is not None and self.parsing in self.pipeline:
                self.pipeline.remove(self.parsing)  # a queued request whose body broke: never run
            (self.pipeline[-1] if self.pipeline else cycle).keep_alive = False
            self.pause_reading()
            return
        if cycle is not None:  # its own body broke off: to the app, the client is gone
            cycle.disconnected = True
            cycle.wake()
        body = message.encode("ascii", "replace")
        self.transport.write(
            STATUS_LINES[status]
            + self.default_headers()
            + b"content-type: text/plain; charset=utf-8\r\ncontent-length: %d\r\n" % len(body)
            + b"connection: close\r\n\r\n"
            + body
        )
        self.transport.close()

    def shutdown(self) -> None:
        """uvicorn's graceful shutdown: close when idle, or after the answer in progress."""
        if self.cycle is None:
            self.transport.close()
        else:
            self.cycle.keep_alive = False

    def default_headers(self) -> bytes:
        headers = self.server_state.default_headers
        if headers is not self.defaults_of:
            self.defaults_of = headers
            self.defaults = b"".join(b"%s: %s\r\n" % pair for pair in headers)
        return self.defaults

    def pause_reading(self) -> None:
        if not self.read_paused:
            self.read_paused = True
            self.transport.pause_reading()

    def resume_reading(self) -> None:
        if self.read_paused:
            self.read_paused = False
            self.transport.resume_reading()

    def _resume_writing(self) -> None:
        self.write_paused = False
        drained, self.drained = self.drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    async def drain(self) -> None:
        if self.drained is None:
            self.drained = self.loop.create_future()
        await self.drained


class Cycle:
    """One request and its answer: ASGI's receive() and send() for the app."""

    __slots__ = (
        "buffered", "chunked", "chunks", "disconnected", "expect_continue", "final_delivered",
        "keep_alive", "more_body", "protocol", "remaining", "response_complete",
        "response_started", "scope", "waiter",
    )  # fmt: skip

    def __init__(self, protocol: HttpProtocol, scope: Scope, keep_alive: bool) -> None:
        self.protocol = protocol
        self.scope = scope
        self.keep_alive = keep_alive
        self.expect_continue = False
        self.chunks: list[bytes] = []
        self.buffered = 0
        self.more_body = True
        self.final_delivered = False
        self.waiter: asyncio.Future[None] | None = None
        self.disconnected = False
        self.response_started = False
        self.response_complete = False
        self.chunked = False
        self.remaining = -1  # bytes still owed under a content-length; -1: none was given

    def wake(self) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def run(self, app: App) -> None:
        try:
            await app(self.scope, self.receive, self.send)
        except BaseException:
            log.exception("Exception in ASGI application")
            if not self.response_started and not self.disconnected:
                await self._send_500()
            else:
                self.protocol.transport.close()
            return
        if not self.response_complete and not self.disconnected:
            log.error("ASGI callable returned without completing its response")
            if not self.response_started:
                await self._send_500()
            else:
                self.protocol.transport.close()

    async def _send_500(self) -> None:
        self.keep_alive = False
        await self.send({
            "type": "http.response.start",
            "status": 500,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"21")],
        })  # fmt: skip
        await self.send({"type": "http.response.body", "body": b"Internal Server Error"})

    async def receive(self) -> Message:
        if self.expect_continue:
            self.expect_continue = False
            if self.more_body and not self.response_started:
                self.protocol.transport.write(CONTINUE)
        # Once the whole body is delivered, receive() waits for the client to go away (or the
        # answer to end): how an app learns of a hang-up while it streams.
        while (
            not self.disconnected
            and not self.response_complete
            and (self.final_delivered or (not self.chunks and self.more_body))
        ):
            self.protocol.resume_reading()
            waiter = self.waiter = self.protocol.loop.create_future()
            try:
                await waiter
            finally:
                if self.waiter is waiter:
                    self.waiter = None
        if self.disconnected or self.response_complete:
            return {"type": "http.disconnect"}
        chunks = self.chunks
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        self.chunks = []
        self.buffered = 0
        if not self.more_body:
            self.final_delivered = True
        elif self.protocol.read_paused:
            self.protocol.resume_reading()
        return {"type": "http.request", "body": body, "more_body": self.more_body}

    async def send(self, message: Message) -> None:
        protocol = self.protocol
        if protocol.write_paused and not self.disconnected:
            await protocol.drain()
        if self.disconnected:
            return
        if not self.response_started:
            if message["type"] != "http.response.start":
                raise RuntimeError(f"expected 'http.response.start', got {message['type']!r}")
            self._start_response(message)
            return
        if self.response_complete:
            raise RuntimeError(f"unexpected {message['type']!r} after the response completed")
        if message["type"] != "http.response.body":
            raise RuntimeError(f"expected 'http.response.body', got {message['type']!r}")
        body: bytes = message.get("body", b"")
        more: bool = message.get("more_body", False)
        if self.scope["method"] == "HEAD":
            body = b""
        elif self.remaining >= 0:
            self.remaining -= len(body)
            if self.remaining < 0:
                raise RuntimeError("response content longer than Content-Length")
        if self.chunked:
            framed = b"%x\r\n%s\r\n" % (len(body), body) if body else b""
            protocol.transport.write(framed if more else framed + b"0\r\n\r\n")
        elif body:
            protocol.transport.write(body)
        if not more:
            if self.remaining > 0 and self.scope["method"] != "HEAD":
                raise RuntimeError("response content shorter than Content-Length")
            self.response_complete = True
            self.wake()
            protocol.response_complete(self)

    def _start_response(self, message: Message) -> None:
        self.response_started = True
        self.expect_continue = False
        protocol = self.protocol
        status: int = message["status"]
        lines = [STATUS_LINES[status], protocol.default_headers()]
        framed = says_close = False
        headers: list[tuple[bytes, bytes]] = message.get("headers", [])
        checked = protocol.checked_names
        for name, value in headers:
            name = name.lower()
            if name not in checked:
                if not valid_name(name):
                    raise RuntimeError(f"invalid HTTP header name {name!r}")
                if len(checked) < MAX_CHECKED_NAMES:
                    checked.add(name)
            if name == b"content-length":
                self.remaining = int(value)
                framed = True
            elif name == b"transfer-encoding" and value.lower() == b"chunked":
                self.chunked = framed = True
            elif name == b"connection" and b"close" in value.lower():
                self.keep_alive = False
                says_close = True
            lines.append(b"%s: %s\r\n" % (name, value))
        if headers and not valid_values([value for _, value in headers]):
            raise RuntimeError("invalid HTTP header value")
        if not framed and self.scope["method"] != "HEAD" and status not in (204, 304):
            if self.scope["http_version"] == "1.0":
                self.keep_alive = False  # HTTP/1.0 has no chunks: the body ends with the connection
            else:
                self.chunked = True
                lines.append(b"transfer-encoding: chunked\r\n")
        if not self.keep_alive and not says_close:
            lines.append(b"connection: close\r\n")
        lines.append(b"\r\n")
        protocol.transport.write(b"".join(lines))


def _address(value: object) -> tuple[str, int] | None:
    if isinstance(value, tuple) and len(value) >= 2:
        return str(value[0]), int(value[1])
    return None


async def _service_unavailable(scope: Scope, receive: Receive, send: Send) -> None:
    await send({
        "type": "http.response.start",
        "status": 503,
        "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"19"),
                    (b"connection", b"close")],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": b"Service Unavailable"})
