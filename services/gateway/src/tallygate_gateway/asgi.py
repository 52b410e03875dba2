"""The little ASGI plumbing the gateway needs: headers, bodies, replies."""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

JSON = b"application/json"


class BodyTooLarge(Exception):
    pass


def header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return value  # type: ignore[no-any-return]
    return None


class ClientAddress:
    """The address a request came from: the peer's, or, when the peer is a trusted proxy, the
    last `X-Forwarded-For` hop that is not itself trusted (what nginx's `real_ip_recursive` and
    uvicorn's proxy headers do). A hop the client wrote itself sits to the left of the ones the
    proxies appended, so it is never taken while a proxy added an address after it."""

    MAX_CACHED = 1024  # peers are few (the balancers); the cache is for them

    def __init__(self, trusted: Iterable[str]) -> None:
        self._networks = [ipaddress.ip_network(t.strip(), strict=False) for t in trusted if t.strip()]
        self._peers: dict[str, bool] = {}

    def of(self, scope: Scope) -> str:
        client = scope.get("client")
        peer: str = client[0] if client else ""
        if not self._networks or not self._trusted_peer(peer):
            return peer
        forwarded = [v for k, v in scope["headers"] if k == b"x-forwarded-for"]
        hops = [hop.strip() for hop in b",".join(forwarded).decode("latin-1").split(",")]
        for hop in reversed(hops):
            if hop and not self.trusted(hop):
                return hop
        return next((hop for hop in hops if hop), peer)  # every hop trusted: the first one

    def trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False  # "unknown", an obfuscated name, garbage: never a proxy of ours
        return any(ip in network for network in self._networks)

    def _trusted_peer(self, peer: str) -> bool:
        known = self._peers.get(peer)
        if known is None:
            known = self.trusted(peer)
            if len(self._peers) < self.MAX_CACHED:
                self._peers[peer] = known
        return known


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    declared = header(scope, b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ConnectionResetError("client went away while sending the body")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def reply(
    send: Send,
    status: int,
    body: bytes,
    request_id: str,
    content_type: bytes = JSON,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    headers = [
        (b"content-type", content_type),
        (b"content-length", b"%d" % len(body)),
        (b"x-request-id", request_id.encode()),
    ]
    if extra:
        headers.extend(extra)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})
