"""The gateway's HTTP/1.1 protocol. Its write coalescing over a real socket pair: what one loop
turn writes leaves together at the turn's end, never later; closing flushes, aborting drops, a big
turn is not held. Then under uvicorn's server, spoken to over raw sockets: keep-alive and its
idle timeout, pipelining, 100-continue, chunked uploads, HTTP/1.0, HEAD, malformed and oversized
requests, a client hanging up, a client reading slowly, an app failing, a graceful shutdown; and
a finished answer leaving at once when it is alone, at the turn's end when others are in flight."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from tallygate_gateway.http.server import MAX_HELD, CoalescingTransport, HttpProtocol
from tests.conftest import NatsServer, free_port
from tests.service.gateway_fixture import Gateway


class Sink(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport


@pytest.fixture
async def pair() -> AsyncIterator[tuple[CoalescingTransport, socket.socket]]:
    ours, peer = socket.socketpair()
    peer.setblocking(False)
    loop = asyncio.get_running_loop()
    transport, _ = await loop.connect_accepted_socket(Sink, ours)
    yield CoalescingTransport(transport, loop), peer  # type: ignore[arg-type]
    transport.close()
    peer.close()


def received(peer: socket.socket) -> bytes:
    out = b""
    while True:
        try:
            chunk = peer.recv(1 << 20)
        except BlockingIOError:
            return out
        if not chunk:
            return out + b"<EOF>"
        out += chunk


async def test_writes_of_one_turn_leave_together_at_its_end(
    pair: tuple[CoalescingTransport, socket.socket],
) -> None:
    coalescing, peer = pair
    coalescing.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
    coalescing.write(b"hi")
    assert received(peer) == b""  # a plain transport would have sent both by now
    await asyncio.sleep(0.05)
    assert received(peer) == b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nhi"


async def test_nothing_is_held_past_the_turn(pair: tuple[CoalescingTransport, socket.socket]) -> None:
    coalescing, peer = pair
    coalescing.write(b"head")
    assert received(peer) == b""  # held while this turn runs
    await asyncio.sleep(0)  # the turn ends: the flush it scheduled runs
    await asyncio.sleep(0.05)
    assert received(peer) == b"head"
    coalescing.write(b"next")  # a later turn's write is held and flushed on its own
    await asyncio.sleep(0.05)
    assert received(peer) == b"next"


async def test_close_flushes_and_abort_drops(pair: tuple[CoalescingTransport, socket.socket]) -> None:
    coalescing, peer = pair
    coalescing.write(b"last words")
    coalescing.close()
    await asyncio.sleep(0.05)
    assert received(peer) == b"last words<EOF>"


async def test_abort_drops_what_is_held() -> None:
    ours, peer = socket.socketpair()
    peer.setblocking(False)
    loop = asyncio.get_running_loop()
    transport, _ = await loop.connect_accepted_socket(Sink, ours)
    coalescing = CoalescingTransport(transport, loop)  # type: ignore[arg-type]
    coalescing.write(b"never sent")
    coalescing.abort()
    await asyncio.sleep(0.05)
    assert received(peer) == b"<EOF>"
    peer.close()


async def test_a_big_turn_is_not_held_whole(pair: tuple[CoalescingTransport, socket.socket]) -> None:
    coalescing, peer = pair
    piece = b"x" * (MAX_HELD // 2 + 1)
    coalescing.write(piece)
    coalescing.write(piece)  # now past MAX_HELD: out at once, inside the turn
    got = b""
    for _ in range(100):  # the kernel delivers it without the loop's help
        got += received(peer)
        if len(got) == 2 * len(piece):
            break
        await asyncio.to_thread(lambda: None)
    assert got == piece * 2


@contextlib.asynccontextmanager
async def serving(app: Any, **config: Any) -> AsyncIterator[int]:
    """uvicorn serving `app` with the gateway's protocol on a free port, for the block's length."""
    port = free_port()
    # a failing test leaves its connection open: shut down within 2 s regardless
    options: dict[str, Any] = {
        "lifespan": "off",
        "log_level": "warning",
        "timeout_graceful_shutdown": 2,
    } | config
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, http=HttpProtocol, **options))
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            await asyncio.sleep(0.01)
        yield port
    finally:
        server.should_exit = True
        await task


async def test_uvicorn_serves_with_it() -> None:
    """Plain and streamed answers, keep-alive over one connection, through uvicorn."""

    async def app(scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http":
            return
        parts = [b"one ", b"two ", b"three"] if scope["path"] == "/stream" else [b"whole"]
        await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
        for i, part in enumerate(parts):
            more = i < len(parts) - 1
            await send({"type": "http.response.body", "body": part, "more_body": more})  # type: ignore[operator]
            await asyncio.sleep(0.01)

    async with serving(app) as port, httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for _ in range(3):
            assert (await client.get("/")).text == "whole"
            async with client.stream("GET", "/stream") as resp:
                assert b"".join([c async for c in resp.aiter_bytes()]) == b"one two three"


async def test_a_finished_answer_leaves_at_once_alone_and_with_the_turn_under_load() -> None:
    """The app meters after its answer, in the same turn (here: 0.3 s of blocking work). Alone,
    the client has its answer before that work ends; with another request in flight, after."""
    metered_at: list[float] = []
    slow_started = asyncio.Event()

    async def app(scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http":
            return
        if scope["path"] == "/slow":
            slow_started.set()
            await asyncio.sleep(1.5)
        await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": b"ok"})  # type: ignore[operator]
        if scope["path"] == "/meter":
            time.sleep(0.3)  # the turn's own work after the answer, blocking on purpose
            metered_at.append(time.monotonic())

    def get(port: int, path: str) -> float:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", path)
        assert conn.getresponse().read() == b"ok"
        conn.close()
        return time.monotonic()

    async with serving(app) as port:
        received_at = await asyncio.to_thread(get, port, "/meter")
        assert received_at < metered_at[-1]  # alone: out before the metering ended

        slow = asyncio.create_task(asyncio.to_thread(get, port, "/slow"))
        await slow_started.wait()
        received_at = await asyncio.to_thread(get, port, "/meter")
        assert received_at >= metered_at[-1]  # with /slow in flight: out with the end of the turn
        await slow


# Raw sockets from here on: what the protocol writes, byte for byte.


async def echo(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
    """Answers `METHOD /path body` with a content-length, after reading the whole body."""
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if scope["path"] == "/slow":
        await asyncio.sleep(0.2)
    out = b"%s %s %s" % (scope["method"].encode(), scope["path"].encode(), body)
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"%d" % len(out))]}
    )
    await send({"type": "http.response.body", "body": out})


async def read_answer(reader: asyncio.StreamReader) -> tuple[int, dict[bytes, bytes], bytes]:
    """One answer: status, headers (lower-case names) and the body, framed as the head says."""
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    status_line, *lines = head[:-4].split(b"\r\n")
    headers = dict(line.lower().split(b": ", 1) for line in lines)
    if b"content-length" in headers:
        return int(status_line.split()[1]), headers, await reader.readexactly(int(headers[b"content-length"]))
    if headers.get(b"transfer-encoding") == b"chunked":
        chunks = []
        while size := int((await reader.readuntil(b"\r\n"))[:-2], 16):
            chunks.append((await reader.readexactly(size + 2))[:-2])
        assert await reader.readexactly(2) == b"\r\n"
        return int(status_line.split()[1]), headers, b"".join(chunks)
    return int(status_line.split()[1]), headers, await asyncio.wait_for(reader.read(), 5)


async def closed_by_server(reader: asyncio.StreamReader, timeout: float = 5) -> bool:
    return await asyncio.wait_for(reader.read(), timeout) == b""


async def test_pipelined_requests_are_answered_in_order() -> None:
    async with serving(echo) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
            b"POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nxyz"
            b"GET /c HTTP/1.1\r\nHost: x\r\n\r\n"
        )
        bodies = [(await read_answer(reader))[2] for _ in range(3)]
        assert bodies == [b"GET /slow ", b"POST /b xyz", b"GET /c "]
        writer.close()


async def test_keep_alive_lasts_while_used_and_ends_when_idle() -> None:
    """With a 0.5 s keep-alive, a connection used every 0.3 s for 1.8 s stays open; left idle
    it is closed after about 0.5 s."""
    async with serving(echo, timeout_keep_alive=0.5) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for n in range(6):
            writer.write(b"POST /n HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\n%d" % n)
            assert (await read_answer(reader))[2] == b"POST /n %d" % n
            await asyncio.sleep(0.3)
        idle_from = time.monotonic() - 0.3
        assert await closed_by_server(reader)
        assert 0.45 <= time.monotonic() - idle_from <= 2.0
        writer.close()


async def test_expect_100_continue_and_a_chunked_upload() -> None:
    async with serving(echo) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        assert await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5) == b"HTTP/1.1 100 Continue\r\n\r\n"
        writer.write(b"hello")
        assert (await read_answer(reader))[2] == b"POST /up hello"

        writer.write(b"POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
        await asyncio.sleep(0.05)  # the body in two pieces, the app waiting for the second
        writer.write(b"6\r\n world\r\n0\r\n\r\n")
        assert (await read_answer(reader))[2] == b"POST /up hello world"
        writer.close()


async def streamed(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
    """An answer without a length, in three pieces."""
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    for part in (b"one ", b"two ", b"three"):
        await send({"type": "http.response.body", "body": part, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


async def test_http_1_0_gets_no_chunks_and_the_end_by_close() -> None:
    async with serving(streamed) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET / HTTP/1.0\r\n\r\n")
        status, headers, body = await read_answer(reader)  # read to EOF: no length, no chunks
        assert (status, body) == (200, b"one two three")
        assert b"transfer-encoding" not in headers and headers[b"connection"] == b"close"
        writer.close()

        reader, writer = await asyncio.open_connection("127.0.0.1", port)  # 1.1: chunks, kept open
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n" * 2)
        for _ in range(2):
            status, headers, body = await read_answer(reader)
            assert headers[b"transfer-encoding"] == b"chunked" and body == b"one two three"
        writer.close()


async def test_head_gets_the_headers_only() -> None:
    async def hello(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"11")]})
        await send({"type": "http.response.body", "body": b"hello world"})

    async with serving(hello) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        assert head.startswith(b"HTTP/1.1 200 OK\r\n") and b"content-length: 11\r\n" in head
        # the next bytes are the GET's answer: the HEAD's body was not sent
        status, _, body = await read_answer(reader)
        assert (status, body) == (200, b"hello world")
        writer.close()


async def test_malformed_and_oversized_requests_are_refused_and_closed() -> None:
    async with serving(echo) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GARBAGE\r\n\r\n")
        status, headers, _ = await read_answer(reader)
        assert status == 400 and headers[b"connection"] == b"close" and await closed_by_server(reader)
        writer.close()

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n")
        status, headers, _ = await read_answer(reader)
        assert status == 431 and await closed_by_server(reader)
        writer.close()

        # garbage behind a good request: the good one is answered whole, then the close
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\n")
        status, headers, body = await read_answer(reader)
        assert (status, body) == (200, b"GET /slow ") and headers[b"connection"] == b"close"
        assert await closed_by_server(reader)
        writer.close()


async def test_a_client_hanging_up_mid_answer_reaches_the_app() -> None:
    seen: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def stream_until_gone(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http":
            return
        await receive()  # the (empty) body
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"first", "more_body": True})
        seen.set_result((await receive())["type"])  # waits until the client is gone

    async with serving(stream_until_gone) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        await asyncio.wait_for(reader.readuntil(b"first"), 5)
        writer.close()
        assert await asyncio.wait_for(seen, 5) == "http.disconnect"


async def test_a_slow_reader_holds_the_app_back() -> None:
    """The app's send() waits while the client does not read: what is in flight stays within
    the socket buffers, far below the 128 MiB the app has to send; all of it arrives once read."""
    piece, pieces = b"x" * 65536, 2048
    sent = 0

    async def big(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
        nonlocal sent
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        for _ in range(pieces):
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            sent += 1
        await send({"type": "http.response.body", "body": b""})

    async with serving(big) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        await asyncio.sleep(0.5)  # not reading
        assert sent * len(piece) < 32 << 20
        _, _, body = await read_answer(reader)
        assert len(body) == pieces * len(piece) and sent == pieces
        writer.close()


async def test_an_app_failing_before_its_answer_is_a_500() -> None:
    async def failing(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
        if scope["type"] == "http":
            raise RuntimeError("the app broke")

    async with serving(failing) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        status, headers, body = await read_answer(reader)
        assert (status, body) == (500, b"Internal Server Error") and headers[b"connection"] == b"close"
        assert await closed_by_server(reader)
        writer.close()


async def test_shutdown_finishes_the_answer_in_flight_then_closes() -> None:
    port = free_port()
    config = uvicorn.Config(
        echo, host="127.0.0.1", port=port, http=HttpProtocol, lifespan="off", log_level="warning"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    idle_reader, idle_writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
    await asyncio.sleep(0.05)
    server.should_exit = True
    status, headers, body = await read_answer(reader)
    assert (status, body) == (200, b"GET /slow ") and headers[b"connection"] == b"close"
    assert await closed_by_server(reader) and await closed_by_server(idle_reader)
    await asyncio.wait_for(task, 10)
    writer.close()
    idle_writer.close()


async def test_the_gateway_closes_idle_client_connections_after_its_setting(
    nats_server: NatsServer, tmp_path: Path
) -> None:
    gateway = Gateway(nats_server, tmp_path, {"TALLYGATE_CLIENT_KEEP_ALIVE_S": "0.5"})
    await gateway.start()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", gateway.port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert (await read_answer(reader))[0] == 200
        answered = time.monotonic()
        assert await closed_by_server(reader)
        assert 0.45 <= time.monotonic() - answered <= 3.0  # the default, 75 s, would time out here
        writer.close()
    finally:
        await gateway.stop()


async def test_chunked_answers_are_framed_on_the_wire_and_the_connection_reused() -> None:
    """An answer without a length goes out in chunks, byte for byte; an empty piece midway is not
    taken for the end; an app that frames its own chunked answer gets the same. Both over one
    connection, twice."""

    async def pieces(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
        if scope["type"] != "http":
            return
        own = [(b"transfer-encoding", b"chunked")] if scope["path"] == "/own" else []
        await send({"type": "http.response.start", "status": 200, "headers": own})
        for part in (b"hello", b"", b" world"):
            await send({"type": "http.response.body", "body": part, "more_body": True})
        await send({"type": "http.response.body", "body": b"!"})

    async with serving(pieces) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for path in (b"/", b"/own", b"/", b"/own"):
            writer.write(b"GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % path)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            assert head.startswith(b"HTTP/1.1 200 OK\r\n") and b"transfer-encoding: chunked\r\n" in head
            expected = b"5\r\nhello\r\n6\r\n world\r\n1\r\n!\r\n0\r\n\r\n"
            assert await asyncio.wait_for(reader.readexactly(len(expected)), 5) == expected
        writer.close()


async def test_a_half_closed_client_still_gets_its_answers() -> None:
    """A client that shuts its write side after its request (`shutdown(SHUT_WR)`) gets the answer,
    pipelined ones too, and then the end of the connection; an idle connection's half-close
    closes it."""
    async with serving(echo) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi")
        await writer.drain()
        writer.write_eof()
        status, headers, body = await read_answer(reader)
        assert (status, body) == (200, b"POST /slow hi") and headers[b"connection"] == b"close"
        assert await closed_by_server(reader)
        writer.close()

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        writer.write_eof()
        assert [(await read_answer(reader))[2] for _ in range(2)] == [b"GET /slow ", b"GET /b "]
        assert await closed_by_server(reader)
        writer.close()

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        assert (await read_answer(reader))[2] == b"GET /a "
        writer.write_eof()  # idle now: nothing owed, so the server closes
        assert await closed_by_server(reader, 2)
        writer.close()


async def test_a_half_close_mid_body_is_the_client_going_away() -> None:
    seen: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def reads(scope: dict, receive: Any, send: Any) -> None:  # type: ignore[type-arg]
        if scope["type"] == "http":
            while (message := await receive())["type"] == "http.request" and message["more_body"]:
                pass
            seen.set_result(message["type"])

    async with serving(reads) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nhalf")
        await writer.drain()
        writer.write_eof()
        assert await asyncio.wait_for(seen, 5) == "http.disconnect"
        assert await closed_by_server(reader)
        writer.close()


@pytest.mark.parametrize(
    ("head", "status"),
    [
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 60_000 + b"\r\n\r\n", 200),  # under 64 KiB
        (b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: %s\r\n" % (n, b"b" * 1000) for n in range(70))
         + b"\r\n", 431),  # many, each small, together past it
        (b"GET /" + b"u" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 431),  # the request line alone
    ],
    ids=["just-under", "many-headers", "long-url"],
)  # fmt: skip
async def test_oversized_heads_are_431(head: bytes, status: int) -> None:
    async with serving(echo) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(head)
        got, headers, _ = await read_answer(reader)
        assert got == status
        if status == 431:
            assert headers[b"connection"] == b"close" and await closed_by_server(reader)
        writer.close()


async def test_a_request_dribbled_byte_by_byte() -> None:
    """A slow client: head and body (with a length, then chunked) arrive a byte per packet."""
    async with serving(echo) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        requests = (
            b"POST /one HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
            b"POST /two HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
        )
        for request, expected in zip(requests, (b"POST /one hello", b"POST /two abcde"), strict=True):
            for i in range(len(request)):
                writer.write(request[i : i + 1])
                await writer.drain()
                await asyncio.sleep(0.001)
            assert (await read_answer(reader))[2] == expected
        writer.close()
