"""The floor reference: the smallest proxy of the gateway's own architecture (docs/architecture.md,
"The request path").

A plain ASGI app under uvicorn (uvloop, httptools) with one pooled aiohttp ClientSession: it
forwards the body, relays the answer (SSE as it comes), and reads `usage` with orjson. No
auth, routing, failover, pricing or publishing. What it does per second on the proxy core is
what the architecture allows on this machine today, so the gateway's distance from it is the
gateway's own cost, and its distance from the figures in docs/benchmarks.md is the machine's
mood.

    python -m bench.floor UPSTREAM_BASE PORT
"""

from __future__ import annotations

import sys
from typing import Any

import aiohttp
import orjson
import uvicorn

UPSTREAM = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 8001
HEADERS = {"Content-Type": "application/json", "Authorization": "Bearer sk-upstream-bench"}
session: aiohttp.ClientSession | None = None
usage_seen = 0


def _record(usage: Any) -> None:
    global usage_seen
    if isinstance(usage, dict):
        usage_seen += 1


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    global session
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if session is not None:
                    await session.close()
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    assert session is not None
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    async with session.post(UPSTREAM + scope["path"], data=body, headers=HEADERS) as resp:
        ctype = resp.headers.get("Content-Type", "application/json")
        if ctype.startswith("text/event-stream"):
            await send({"type": "http.response.start", "status": resp.status,
                        "headers": [(b"content-type", b"text/event-stream")]})  # fmt: skip
            async for chunk in resp.content.iter_any():
                if b'"usage":{' in chunk:
                    for line in chunk.split(b"\n"):
                        if line.startswith(b"data: {") and b'"usage":{' in line:
                            _record(orjson.loads(line[6:]).get("usage"))
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        data = await resp.read()
        _record(orjson.loads(data).get("usage"))
        await send({"type": "http.response.start", "status": resp.status,
                    "headers": [(b"content-type", ctype.encode())]})  # fmt: skip
        await send({"type": "http.response.body", "body": data})


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=PORT, loop="uvloop", http="httptools",
                access_log=False, log_level="warning", lifespan="on")  # fmt: skip
