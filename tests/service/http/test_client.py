"""The gateway's own upstream HTTP client against real sockets: keep-alive reuse, chunked and
close-delimited bodies, a pooled connection the server dropped, timeouts, refusals and TLS."""

from __future__ import annotations

import array
import asyncio
import fcntl
import socket
import ssl
import subprocess
import termios
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from tallygate_gateway.http.client import UpstreamClient, UpstreamError
from tests.conftest import free_port

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, bytes], Awaitable[bool]]


class Server:
    """A tiny HTTP/1.1 server: reads each request (head + Content-Length body) and lets a
    handler answer it; counts the connections it accepted and the requests it read."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self.sockets: list[Any] = []  # the server's end of each connection
        self.requests: list[bytes] = []
        self.port = free_port()

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.sockets.append(writer.get_extra_info("socket"))
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                )
                body = await reader.readexactly(length)
                self.requests.append(head + body)
                if not await self.handler(reader, writer, body):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def answer(writer: asyncio.StreamWriter, body: bytes, extra: bytes = b"") -> bool:
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s"
        % (len(body), extra, body)
    )
    await writer.drain()
    return True


@pytest.fixture
async def started() -> AsyncIterator[Callable[..., Awaitable[Server]]]:
    servers: list[asyncio.base_events.Server] = []

    async def start(handler: Handler, tls: ssl.SSLContext | None = None) -> Server:
        server = Server(handler)
        servers.append(await asyncio.start_server(server.serve, "127.0.0.1", server.port, ssl=tls))
        return server

    yield start
    for s in servers:
        s.close()


async def test_keep_alive_reuses_one_connection(started: Callable[..., Awaitable[Server]]) -> None:
    server = await started(lambda r, w, body: answer(w, b'{"echo": %d}' % len(body)))
    client = UpstreamClient(2, 2)
    for n in range(5):
        resp = await client.post(
            f"http://127.0.0.1:{server.port}/v1/x?y=1", b"a" * n, {"Authorization": "Bearer k"}
        )
        assert resp.status == 200 and resp.header("Content-Type") == "application/json"
        assert await resp.read() == b'{"echo": %d}' % n
        resp.release()
    assert server.connections == 1 and len(server.requests) == 5
    assert server.requests[0].startswith(b"POST /v1/x?y=1 HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n" % server.port)
    assert b"\r\nAuthorization: Bearer k\r\n" in server.requests[0]
    client.close()


async def test_chunked_close_delimited_and_after_1xx_bodies(
    started: Callable[..., Awaitable[Server]],
) -> None:
    async def chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        writer.write(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
        )
        return True

    async def until_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it")
        await writer.drain()
        return False

    async def early_hints(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        writer.write(b"HTTP/1.1 103 Early Hints\r\nLink: </x>; rel=preload\r\n\r\n")
        return await answer(writer, b"after the hints")

    client = UpstreamClient(2, 2)
    cases = ((chunked, b"hello world"), (until_close, b"all of it"), (early_hints, b"after the hints"))
    for handler, expected in cases:
        server = await started(handler)
        resp = await client.post(f"http://127.0.0.1:{server.port}/", b"{}", {})
        assert resp.status == 200 and await resp.read() == expected
        resp.release()
    client.close()


async def test_a_pooled_connection_the_server_dropped_is_replaced(
    started: Callable[..., Awaitable[Server]],
) -> None:
    """A server closes an idle keep-alive connection as the next request arrives on it (the
    race every pool meets): that request goes again on a new connection, not to the caller."""
    answered: set[int] = set()

    async def first_only(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        if id(writer) in answered:
            return False  # close without an answer
        answered.add(id(writer))
        return await answer(writer, b"{}")

    server = await started(first_only)
    client = UpstreamClient(2, 2)
    for _ in range(2):
        resp = await client.post(f"http://127.0.0.1:{server.port}/", b"{}", {})
        assert await resp.read() == b"{}"
        resp.release()
    # the second request reached the first connection (dropped, unanswered), then a new one
    assert server.connections == 2 and len(server.requests) == 3
    client.close()


async def test_timeouts_and_refusals(started: Callable[..., Awaitable[Server]]) -> None:
    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf")
        await asyncio.sleep(5)
        return False

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        await asyncio.sleep(5)
        return False

    client = UpstreamClient(1, 0.3)
    with pytest.raises(TimeoutError):
        await client.post(f"http://127.0.0.1:{(await started(silent)).port}/", b"{}", {})
    resp = await client.post(f"http://127.0.0.1:{(await started(stall)).port}/", b"{}", {})
    assert await resp.readany() == b"half"
    with pytest.raises(TimeoutError):
        await resp.readany()
    resp.release()
    with pytest.raises(UpstreamError):
        await client.post(f"http://127.0.0.1:{free_port()}/", b"{}", {})
    with pytest.raises(UpstreamError):  # a header value may not smuggle a second header in
        await client.post(f"http://127.0.0.1:{free_port()}/", b"{}", {"X-A": "1\r\nX-B: 2"})
    with pytest.raises(UpstreamError):
        await client.post(f"http://127.0.0.1:{free_port()}/", b"{}", {"Authorization": "Bearer sk-…"})
    client.close()


async def test_a_body_cut_short_is_an_error(started: Callable[..., Awaitable[Server]]) -> None:
    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nnot all")
        await writer.drain()
        return False

    client = UpstreamClient(2, 2)
    resp = await client.post(f"http://127.0.0.1:{(await started(cut)).port}/", b"{}", {})
    with pytest.raises(UpstreamError):
        await resp.read()
    resp.release()
    client.close()


async def test_tls_with_the_servers_certificate(
    started: Callable[..., Awaitable[Server]], tmp_path: Path
) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    server = await started(lambda r, w, body: answer(w, b'{"tls": true}'), server_tls)
    url = f"https://localhost:{server.port}/v1/chat/completions"

    with pytest.raises(UpstreamError):  # not in the system's trust store
        await UpstreamClient(2, 2).post(url, b"{}", {})
    client = UpstreamClient(2, 2, ssl.create_default_context(cafile=str(cert)))
    resp = await client.post(url, b"{}", {})
    assert await resp.read() == b'{"tls": true}'
    resp.release()
    client.close()


async def test_requests_of_one_turn_are_written_together_at_its_end(
    started: Callable[..., Awaitable[Server]],
) -> None:
    """Three requests begun in one loop turn, on three connections: none is on the wire while
    the turn runs (nothing waits in the kernel for the server to read), and each connection
    carries its own request whole once it has ended."""
    server = await started(lambda r, w, body: answer(w, body))
    client = UpstreamClient(2, 2)
    url = f"http://127.0.0.1:{server.port}/"
    warm = [await client.post(url, b"%d" % n, {}) for n in range(3)]  # three pooled connections
    for resp in warm:
        await resp.read()
    for resp in warm:
        resp.release()
    assert server.connections == 3 and client.idle_connections() == 3
    server.requests.clear()

    loop = asyncio.get_running_loop()
    posts = [loop.create_task(client.post(url, b"turn-%d" % n, {})) for n in range(3)]
    await asyncio.sleep(0)  # the three tasks run in this turn, up to awaiting their answers
    assert all(not t.done() for t in posts)
    assert [unread(sock) for sock in server.sockets] == [0, 0, 0]  # written at once, each had bytes
    answers = await asyncio.gather(*posts)
    assert sorted([await a.read() for a in answers]) == [b"turn-0", b"turn-1", b"turn-2"]
    assert sorted(r.rsplit(b"\r\n\r\n", 1)[1] for r in server.requests) == [b"turn-0", b"turn-1", b"turn-2"]
    for resp in answers:
        resp.release()
    assert server.connections == 3  # the pooled connections, not new ones
    client.close()


def unread(sock: Any) -> int:
    """Bytes that arrived on a socket and wait to be read (the kernel's count, FIONREAD)."""
    count = array.array("i", [0])
    fcntl.ioctl(sock.fileno(), termios.FIONREAD, count)
    return count[0]


async def test_a_connection_the_server_closed_while_idle_is_not_tried(
    started: Callable[..., Awaitable[Server]],
) -> None:
    """The server answers keep-alive, then closes the idle connection: the client sees the close
    and takes a new connection for the next request, without sending it on the closed one."""

    async def then_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        await answer(writer, b"{}")
        return False

    server = await started(then_close)
    client = UpstreamClient(2, 2)
    for _ in range(2):
        resp = await client.post(f"http://127.0.0.1:{server.port}/", b"{}", {})
        assert await resp.read() == b"{}"
        resp.release()
        await asyncio.sleep(0.1)  # the server's close arrives
        assert client.idle_connections() == 1  # pooled; its transport has closed
    assert server.connections == 2 and len(server.requests) == 2  # no request lost on the old one
    client.close()


async def test_a_connection_idle_past_the_idle_timeout_is_not_reused(
    started: Callable[..., Awaitable[Server]],
) -> None:
    server = await started(lambda r, w, body: answer(w, b"{}"))
    client = UpstreamClient(2, 2, idle_timeout=0.2)
    for pause in (0, 0.05, 0.3):
        await asyncio.sleep(pause)
        resp = await client.post(f"http://127.0.0.1:{server.port}/", b"{}", {})
        assert await resp.read() == b"{}"
        resp.release()
    assert server.connections == 2 and len(server.requests) == 3
    client.close()


async def test_a_slow_upstream_dribbling_its_answer(started: Callable[..., Awaitable[Server]]) -> None:
    """Head and chunked body a byte per write, the body for longer in all than the read timeout:
    that timeout is per wait, so the answer arrives whole, as it comes."""
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunks = b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"

    async def dribble(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bool:
        writer.transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for data, pause in ((head, 0.002), (chunks, 0.03)):
            for i in range(len(data)):
                writer.write(data[i : i + 1])
                await writer.drain()
                await asyncio.sleep(pause)
        return True

    server = await started(dribble)
    client = UpstreamClient(2, 0.5)  # the body takes ~0.9 s, no gap more than ~0.2 s
    resp = await client.post(f"http://127.0.0.1:{server.port}/", b"{}", {})
    assert resp.status == 200
    pieces = []
    while piece := await resp.readany():
        pieces.append(piece)
    assert b"".join(pieces) == b"hello world" and len(pieces) > 1
    resp.release()
    assert client.idle_connections() == 1
    client.close()


async def test_headers_that_cannot_be_sent_are_refused() -> None:
    client = UpstreamClient(1, 1)
    url = f"http://127.0.0.1:{free_port()}/"
    for headers in ({"X A": "1"}, {"X-A:": "1"}, {"X-A": "a\x00b"}, {"X-A": "a\nb"}, {"X-Ä€": "1"}):
        with pytest.raises(UpstreamError):
            await client.post(url, b"{}", headers)
    client.close()
