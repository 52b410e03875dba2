"""The gateway's upstream HTTP/1.1 client: keep-alive connections pooled per host, responses
parsed by httptools, TLS from the system's trust store, directly or through an account's outbound
proxy (proxies.py). No redirects or cookies."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque
from collections.abc import Awaitable
from typing import cast
from urllib.parse import urlsplit

import httptools

from tallygate_shared.proxies import OutboundProxy

from .headers import MAX_CHECKED_NAMES, valid_name, valid_values
from .proxies import connect_through

IDLE_TIMEOUT_S = 30.0  # a pooled connection idle longer is closed, not reused (servers drop them)
MAX_BUFFERED = 1 << 20  # stop reading a stream this far ahead of the client


# Connections are pooled per (scheme, host:port, proxy URL): one through a proxy is not one
# without it, nor one through another proxy.
PoolKey = tuple[str, str, str]


class UpstreamError(Exception):
    """The upstream could not be reached, or broke the connection or the protocol."""


class _Target:
    __slots__ = ("direct", "host", "key", "path", "port", "tls")

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UpstreamError(f"not an http(s) URL: {url!r}")
        self.tls = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.tls else 80)
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = self.port == (443 if self.tls else 80)
        self.key = (parts.scheme, host if default else f"{host}:{self.port}")
        self.direct: PoolKey = (*self.key, "")  # the pool key without a proxy, made once
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.path = path.encode("latin-1")


class UpstreamResponse:
    """One answer: status and headers, then the body as it comes (readany) or whole (read)."""

    __slots__ = ("_buffered", "_chunks", "_conn", "_done", "_error", "_waiter", "headers", "status")

    def __init__(self, conn: _Connection) -> None:
        self._conn = conn
        self.status = 0
        self.headers: dict[str, str] = {}  # lower-case names
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._done = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def at_eof(self) -> bool:
        """The whole body has arrived and been read."""
        return self._done and not self._chunks

    async def readany(self) -> bytes:
        """The next bytes of the body (decoded from chunked framing); b"" at its end."""
        if not self._chunks and not self._done and self._error is None:
            waiter = self._waiter = self._conn.loop.create_future()
            await self._conn.wait(waiter)
        if self._chunks:
            data = self._chunks.popleft() if len(self._chunks) == 1 else b"".join(self._chunks)
            self._chunks.clear()
            self._buffered = 0
            self._conn.resume()
            return data
        if self._error is not None:
            raise self._error
        return b""

    async def read(self) -> bytes:
        parts = []
        while chunk := await self.readany():
            parts.append(chunk)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def release(self) -> None:
        """Give the connection back for the next request if the answer was read to its end and
        the upstream keeps it alive; otherwise close it."""
        self._conn.done_with(self)

    def close(self) -> None:
        self._conn.close()

    # called by the connection
    def feed(self, data: bytes) -> None:
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered > MAX_BUFFERED:
            self._conn.pause()
        self._wake()

    def finish(self, error: BaseException | None = None) -> None:
        """The body is complete, or (with `error`) never will be."""
        if not self._done and self._error is None:
            if error is None:
                self._done = True
            else:
                self._error = error
        self._wake()

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


class _Connection(asyncio.Protocol):
    """One keep-alive connection; one request at a time."""

    def __init__(self, client: UpstreamClient, key: PoolKey) -> None:
        self._client = client
        self.key = key
        # Once per connection: asyncio.get_running_loop() costs a getpid() system call each time.
        self.loop = asyncio.get_running_loop()
        self.transport: asyncio.Transport | None = None
        self._parser = httptools.HttpResponseParser(self)
        self._response: UpstreamResponse | None = None
        self._headers_seen: asyncio.Future[None] | None = None
        self._complete = False
        self._keep_alive = False
        self._paused = False
        self._informational = False
        self.received = False  # any byte of the current answer
        self.idle_since = 0.0

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # create_connection's transport (TCP, or TLS over it): a full asyncio.Transport.
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if self._response is None:  # bytes on an idle connection: nothing to give them to
            self.close()
            return
        self.received = True
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(UpstreamError(f"invalid HTTP from upstream: {exc}"))
            self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        response = self._response
        if response is not None and not self._complete:
            if response.status and "content-length" not in response.headers and not self._chunked():
                self._complete = True  # a body that ends with the connection
                response.finish()
            else:
                self._fail(UpstreamError(f"upstream closed the connection ({exc or 'EOF'})"))

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        assert self._response is not None
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers = self._response.headers
        headers[key] = f"{headers[key]}, {text}" if key in headers else text

    def on_headers_complete(self) -> None:
        assert self._response is not None
        status = self._parser.get_status_code()
        if status < 200:  # 1xx (103 Early Hints, a stray 100 Continue): the answer is still to come
            self._informational = True
            self._response.headers.clear()
            return
        self._response.status = status
        self._keep_alive = self._parser.should_keep_alive()
        seen = self._headers_seen
        if seen is not None and not seen.done():
            seen.set_result(None)

    def on_body(self, body: bytes) -> None:
        assert self._response is not None
        self._response.feed(bytes(body))

    def on_message_complete(self) -> None:
        if self._informational:
            self._informational = False
            return
        self._complete = True
        if self._response is not None:
            self._response.finish()

    # used by the client and the response
    async def send(self, head: bytes, body: bytes, read_timeout: float) -> UpstreamResponse:
        assert self.transport is not None
        self._response = response = UpstreamResponse(self)
        self._complete = self.received = False
        seen = self._headers_seen = self.loop.create_future()
        self._client.send_soon(self.transport, head + body)
        timer = self.loop.call_later(read_timeout, self._timed_out, seen)  # wait() inlined: a frame less
        try:
            await seen
        finally:
            timer.cancel()
        return response

    async def wait(self, waiter: asyncio.Future[None]) -> None:
        """Await `waiter`, woken by what arrives; past the read timeout the connection is closed."""
        timer = self.loop.call_later(self._client.read_timeout, self._timed_out, waiter)
        try:
            await waiter
        finally:
            timer.cancel()

    def _timed_out(self, waiter: asyncio.Future[None]) -> None:
        if not waiter.done():
            waiter.set_exception(TimeoutError("upstream read timed out"))
            if self._response is not None:
                self._response.finish(TimeoutError("upstream read timed out"))
            self.close()

    def _fail(self, error: BaseException) -> None:
        seen = self._headers_seen
        if seen is not None and not seen.done():
            seen.set_exception(error)
        if self._response is not None:
            self._response.finish(error)

    def _chunked(self) -> bool:
        assert self._response is not None
        return "chunked" in self._response.headers.get("transfer-encoding", "").lower()

    def pause(self) -> None:
        if not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()

    def resume(self) -> None:
        if self._paused and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()

    def done_with(self, response: UpstreamResponse) -> None:
        if response is not self._response:
            return
        self._response = None
        if self._complete and self._keep_alive and self.transport is not None:
            self.idle_since = time.monotonic()
            self._client.put_back(self)
        else:
            self.close()

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
            self.transport = None


class UpstreamClient:
    """Keep-alive connections per (scheme, host:port), reused newest first."""

    def __init__(
        self,
        connect_timeout: float,
        read_timeout: float,
        tls: ssl.SSLContext | None = None,
        idle_timeout: float = IDLE_TIMEOUT_S,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.idle_timeout = idle_timeout
        self._idle: dict[PoolKey, deque[_Connection]] = {}
        # Requests written in one loop turn, sent together at its end (send_soon).
        self._outbox: list[tuple[asyncio.Transport, bytes]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._targets: dict[str, _Target] = {}
        self._proxies: dict[str, OutboundProxy] = {}  # parsed once per URL
        # Request header names, checked and encoded: a small vocabulary, each checked once.
        self._names: dict[str, bytes] = {}
        # The system's trust store; SSL_CERT_FILE / SSL_CERT_DIR point it elsewhere.
        self._tls = tls or ssl.create_default_context()

    def _target(self, url: str) -> _Target:
        target = self._targets.get(url)
        if target is None:
            if len(self._targets) > 4096:  # URLs carry clients' query strings: keep it bounded
                self._targets.clear()
            target = self._targets[url] = _Target(url)
        return target

    def post(self, url: str, body: bytes, headers: dict[str, str]) -> Awaitable[UpstreamResponse]:
        return self.request(b"POST", url, body, headers)

    async def request(
        self,
        method: bytes,
        url: str,
        body: bytes,
        headers: dict[str, str],
        read_timeout: float | None = None,
        proxy: str = "",
    ) -> UpstreamResponse:
        """Send the request (through `proxy`, an account's outbound proxy URL, when given) and
        return once the answer's headers are in (within `read_timeout`, the client's own by
        default: a task that runs for minutes waits longer). A pooled connection that the
        upstream closed before answering is replaced by a new one, once."""
        target = self._target(url)
        head = self._head(method, target, body, headers)
        wait = self.read_timeout if read_timeout is None else read_timeout
        key = (*target.key, proxy) if proxy else target.direct
        conn = self._pooled(key)
        if conn is not None:
            try:
                return await conn.send(head, body, wait)
            except UpstreamError:
                if conn.received:
                    raise
                conn.close()  # it was stale: the upstream had dropped it while it was idle
        conn = await self._connect(target, key)
        try:
            return await conn.send(head, body, wait)
        except BaseException:
            conn.close()
            raise

    def _head(self, method: bytes, target: _Target, body: bytes, headers: dict[str, str]) -> bytes:
        lines = [method, b" ", target.path, b" HTTP/1.1\r\nHost: ", target.key[1].encode("latin-1"),
                 b"\r\nContent-Length: ", str(len(body)).encode(), b"\r\n"]  # fmt: skip
        names = self._names
        values = []
        for name, value in headers.items():
            encoded = names.get(name)
            if encoded is None:
                encoded = self._checked_name(name)
            try:
                raw = value.encode("latin-1")
            except UnicodeEncodeError as exc:  # an account's key pasted with a stray character
                raise UpstreamError(f"header {name!r} is not Latin-1") from exc
            values.append(raw)
            lines += [encoded, b": ", raw, b"\r\n"]
        if values and not valid_values(values):
            raise UpstreamError("a header value holds a line break or another control character")
        lines.append(b"\r\n")
        return b"".join(lines)

    def _checked_name(self, name: str) -> bytes:
        try:
            encoded = name.encode("latin-1")
        except UnicodeEncodeError:
            encoded = b""
        if not valid_name(encoded):
            raise UpstreamError(f"invalid header name {name!r}")
        if len(self._names) < MAX_CHECKED_NAMES:
            self._names[name] = encoded
        return encoded

    def _pooled(self, key: PoolKey) -> _Connection | None:
        idle = self._idle.get(key)
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            alive = conn.transport is not None and not conn.transport.is_closing()
            if alive and now - conn.idle_since < self.idle_timeout:
                return conn
            conn.close()
        return None

    async def _connect(self, target: _Target, key: PoolKey) -> _Connection:
        loop = asyncio.get_running_loop()
        tls = self._tls if target.tls else None
        try:
            if key[2]:
                proxy = self._proxies.get(key[2])
                if proxy is None:
                    proxy = self._proxies[key[2]] = OutboundProxy.parse(key[2])
                made = connect_through(proxy, target.host, target.port, lambda: _Connection(self, key), tls)
                conn = cast(_Connection, await asyncio.wait_for(made, self.connect_timeout))
            else:
                _, conn = await asyncio.wait_for(
                    loop.create_connection(
                        lambda: _Connection(self, key),
                        target.host,
                        target.port,
                        ssl=tls,
                        server_hostname=target.host if tls else None,
                    ),
                    self.connect_timeout,
                )
        except (OSError, ValueError) as exc:  # ProxyError is an OSError
            via = " through its proxy" if key[2] else ""
            raise UpstreamError(f"cannot connect to {target.key[1]}{via}: {exc}") from exc
        return conn

    def send_soon(self, transport: asyncio.Transport, data: bytes) -> None:
        """Write `data` at the end of this loop turn, with the other requests of the turn: a write
        that wakes a sleeping upstream costs the sender the wake-up, and a burst wakes it once
        (docs/architecture.md). Nothing waits longer than the turn, which the request's own
        coroutine ends by awaiting the answer."""
        if not self._outbox:
            if self._loop is None:  # asyncio.get_running_loop() costs a getpid() each time
                self._loop = asyncio.get_running_loop()
            self._loop.call_soon(self._send_all)
        self._outbox.append((transport, data))

    def _send_all(self) -> None:
        outbox, self._outbox = self._outbox, []
        for transport, data in outbox:
            if not transport.is_closing():
                transport.write(data)

    def put_back(self, conn: _Connection) -> None:
        self._idle.setdefault(conn.key, deque()).append(conn)

    def close(self) -> None:
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()

    def idle_connections(self) -> int:
        return sum(len(idle) for idle in self._idle.values())
