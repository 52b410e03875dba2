"""Outbound proxies: a connection to an upstream through an account's `proxy`, an HTTP proxy
(CONNECT, over TLS for an `https://` one) or a SOCKS5 server, with a user and password where
the URL has them (docs/operators.md, "Outbound proxies"). The tunnel carries the upstream's own
TLS, so the proxy sees neither the request nor the credential it carries."""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import socket
import ssl
import struct
from collections.abc import Callable
from typing import cast

from tallygate_shared.proxies import OutboundProxy

CLOSED_EARLY = "the proxy closed the connection before the tunnel was open"
MAX_REPLY_HEAD = 16 * 1024  # a CONNECT answer's head; anything longer is not a proxy talking


class ProxyError(OSError):
    """The proxy could not be reached, refused the tunnel, or did not speak its protocol."""


async def connect_through(
    proxy: OutboundProxy,
    host: str,
    port: int,
    protocol_factory: Callable[[], asyncio.Protocol],
    tls: ssl.SSLContext | None,
) -> asyncio.Protocol:
    """A connection to host:port through the proxy, TLS on top when `tls` is given, carrying
    the protocol made by `protocol_factory`; returns that protocol."""
    loop = asyncio.get_running_loop()
    if proxy.scheme == "https":
        return await _through_tls_proxy(proxy, host, port, protocol_factory, tls)
    sock = await _open_socket(proxy)
    try:
        if proxy.scheme == "socks5":
            await _socks5(loop, sock, proxy, host, port)
        else:
            await _sock_connect_request(loop, sock, proxy, host, port)
        _, protocol = await loop.create_connection(
            protocol_factory, sock=sock, ssl=tls, server_hostname=host if tls else None
        )
    except BaseException:
        sock.close()
        raise
    return protocol


async def _open_socket(proxy: OutboundProxy) -> socket.socket:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(proxy.host, proxy.port, type=socket.SOCK_STREAM)
    error: OSError | None = None
    for family, kind, proto, _, address in infos:
        sock = socket.socket(family, kind, proto)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, address)
        except OSError as exc:
            sock.close()
            error = exc
            continue
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    raise ProxyError(f"cannot reach the proxy {proxy.host}:{proxy.port}: {error}")


def _connect_request(proxy: OutboundProxy, host: str, port: int) -> bytes:
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
    if proxy.username or proxy.password:
        token = base64.b64encode(f"{proxy.username}:{proxy.password}".encode()).decode()
        lines.append(f"Proxy-Authorization: Basic {token}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _check_connect_reply(head: bytes) -> None:
    status_line = head.split(b"\r\n", 1)[0]
    parts = status_line.split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or parts[1] != b"200":
        raise ProxyError(f"the proxy refused the tunnel: {status_line.decode('latin-1')[:200]!r}")


async def _sock_connect_request(
    loop: asyncio.AbstractEventLoop, sock: socket.socket, proxy: OutboundProxy, host: str, port: int
) -> None:
    await loop.sock_sendall(sock, _connect_request(proxy, host, port))
    head = b""
    while b"\r\n\r\n" not in head:  # byte by byte: what follows the head is the upstream's
        chunk = await loop.sock_recv(sock, 1)
        if not chunk or len(head) > MAX_REPLY_HEAD:
            raise ProxyError(CLOSED_EARLY)
        head += chunk
    _check_connect_reply(head)


async def _exactly(loop: asyncio.AbstractEventLoop, sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = await loop.sock_recv(sock, n - len(data))
        if not chunk:
            raise ProxyError("the SOCKS5 server closed the connection")
        data += chunk
    return data


async def _socks5(
    loop: asyncio.AbstractEventLoop, sock: socket.socket, proxy: OutboundProxy, host: str, port: int
) -> None:
    """RFC 1928 CONNECT, with RFC 1929 user/password authentication where the URL has one. The
    host name goes to the server as it is (it resolves it), an address as an address."""
    with_password = bool(proxy.username or proxy.password)
    await loop.sock_sendall(sock, b"\x05\x01\x02" if with_password else b"\x05\x01\x00")
    version, method = await _exactly(loop, sock, 2)
    if version != 5 or method == 0xFF or method not in (0, 2):
        raise ProxyError("the SOCKS5 server accepts none of our authentication methods")
    if method == 2:
        user, password = proxy.username.encode(), proxy.password.encode()
        await loop.sock_sendall(sock, bytes([1, len(user)]) + user + bytes([len(password)]) + password)
        if (await _exactly(loop, sock, 2))[1] != 0:
            raise ProxyError("the SOCKS5 server refused the user and password")
    try:
        address = ipaddress.ip_address(host)
        kind, raw = (1, address.packed) if address.version == 4 else (4, address.packed)
    except ValueError:
        name = host.encode("idna")
        kind, raw = 3, bytes([len(name)]) + name
    await loop.sock_sendall(sock, b"\x05\x01\x00" + bytes([kind]) + raw + struct.pack("!H", port))
    version, reply, _, bound = await _exactly(loop, sock, 4)
    if version != 5 or reply != 0:
        raise ProxyError(f"the SOCKS5 server could not connect (reply {reply})")
    rest = {1: 4, 4: 16}.get(bound)
    if rest is None:
        rest = (await _exactly(loop, sock, 1))[0]
    await _exactly(loop, sock, rest + 2)  # the bound address and port: not needed


class _Tunnel(asyncio.Protocol):
    """The CONNECT exchange on a TLS connection to an https:// proxy."""

    def __init__(self) -> None:
        self.head = b""
        self.opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # create_connection's: a full Transport

    def data_received(self, data: bytes) -> None:
        self.head += data
        if b"\r\n\r\n" in self.head and not self.opened.done():
            try:
                _check_connect_reply(self.head)
            except ProxyError as exc:
                self.opened.set_exception(exc)
            else:
                self.opened.set_result(None)
        elif len(self.head) > MAX_REPLY_HEAD and not self.opened.done():
            self.opened.set_exception(ProxyError("the proxy's answer to CONNECT has no end"))

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.opened.done():
            self.opened.set_exception(ProxyError(CLOSED_EARLY))


async def _through_tls_proxy(
    proxy: OutboundProxy,
    host: str,
    port: int,
    protocol_factory: Callable[[], asyncio.Protocol],
    tls: ssl.SSLContext | None,
) -> asyncio.Protocol:
    loop = asyncio.get_running_loop()
    proxy_tls = tls or ssl.create_default_context()
    transport, tunnel = await loop.create_connection(
        _Tunnel, proxy.host, proxy.port, ssl=proxy_tls, server_hostname=proxy.host
    )
    try:
        transport.write(_connect_request(proxy, host, port))
        await tunnel.opened
        protocol = protocol_factory()
        if tls is not None:  # TLS to the upstream inside the TLS to the proxy
            inner = await loop.start_tls(transport, protocol, tls, server_hostname=host)
            if inner is None:
                raise ProxyError("TLS to the upstream through the proxy did not start")
            protocol.connection_made(inner)
        else:
            transport.set_protocol(protocol)
            protocol.connection_made(transport)
    except BaseException:
        transport.close()
        raise
    return protocol
