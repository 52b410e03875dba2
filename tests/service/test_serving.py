"""The gateway's write coalescing over a real socket pair: what one loop turn writes leaves
together at the turn's end, never later; closing flushes, aborting drops, a big turn is not held.
Then through uvicorn: a finished answer leaves at once when it is alone, at the turn's end when
other requests are in flight."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import uvicorn

from tallygate_gateway.serving import MAX_HELD, CoalescingTransport, HttpProtocol
from tests.conftest import free_port


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
async def serving(app: Any) -> AsyncIterator[int]:
    """uvicorn serving `app` with the gateway's protocol on a free port, for the block's length."""
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, http=HttpProtocol, lifespan="off", log_level="warning"
    )
    server = uvicorn.Server(config)
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
