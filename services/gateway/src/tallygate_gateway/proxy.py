"""One proxied request, top to bottom: authenticate, parse, route, call upstream with
failover, stream or relay the answer, and leave an Exchange for metering."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import aiohttp
import orjson

from tallygate_shared.config import Account, ApiKey, hash_key

from .asgi import BodyTooLarge, Receive, Scope, Send, header, read_body, reply
from .dialects import openai
from .metering import Exchange
from .routing import AccountPool
from .snapshot import ConfigSnapshot

log = logging.getLogger(__name__)
SSE = b"text/event-stream"
# The account's fault, or a passing one: mark it and try the next account (SPEC §3).
FAILOVER_STATUSES = frozenset({401, 403, 408, 409, 429})


class Outcome(Enum):
    DONE = "done"  # the client has its answer (or as much of it as there was)
    RETRY = "retry"  # nothing reached the client; the next account may try


def presented_key(scope: Scope) -> str | None:
    auth = header(scope, b"authorization")
    if auth and auth[:7].lower() == b"bearer ":
        return auth[7:].strip().decode("latin-1")
    for name in (b"x-api-key", b"x-goog-api-key"):
        value = header(scope, name)
        if value:
            return value.decode("latin-1")
    return None


class Proxy:
    def __init__(
        self,
        snapshot: ConfigSnapshot,
        pool: AccountPool,
        session: aiohttp.ClientSession,
        key_secret: bytes,
        max_body_bytes: int,
    ) -> None:
        self.snapshot = snapshot
        self.pool = pool
        self.session = session
        self._secret = key_secret
        self._max_body = max_body_bytes

    def authenticate(self, scope: Scope) -> ApiKey | None:
        token = presented_key(scope)
        if not token:
            return None
        digest = hash_key(self._secret, token)
        key = self.snapshot.keys_by_hash.get(digest)
        if key is None or not hmac.compare_digest(key.key_hash, digest):
            return None
        return key if key.usable_at(datetime.now(UTC)) else None

    async def chat_completions(self, x: Exchange, scope: Scope, receive: Receive, send: Send) -> None:
        """POST /v1/chat/completions; x is filled in as the request goes."""
        try:
            body = await read_body(scope, receive, self._max_body)
        except BodyTooLarge:
            return await self._refuse(x, send, 413, "request body is too large", "body_too_large")
        try:
            doc = orjson.loads(body)
        except orjson.JSONDecodeError:
            return await self._refuse(x, send, 400, "request body is not valid JSON", "invalid_json")
        if not isinstance(doc, dict) or not isinstance(doc.get("model"), str) or not doc["model"]:
            return await self._refuse(x, send, 400, "'model' is required", "invalid_request")
        x.model = doc["model"]
        x.stream = doc.get("stream") is True
        if not x.key.allows(x.model):
            return await self._refuse(
                x, send, 403, f"model {x.model!r} is not allowed for this key", "model_not_allowed"
            )
        forward_usage = openai.prepare_stream(doc) if x.stream else False
        candidates = self.pool.candidates(openai.PROVIDERS, x.model)
        if not candidates:
            return await self._refuse(x, send, 404, f"no account offers model {x.model!r}", "model_not_found")
        for account in candidates:
            x.attempts += 1
            x.account = account
            x.upstream_model = account.upstream_model(x.model)
            if x.stream or x.upstream_model != x.model:
                payload = orjson.dumps({**doc, "model": x.upstream_model})
            else:
                payload = body
            outcome = await self._attempt(
                x, account, "/chat/completions", payload, receive, send, forward_usage
            )
            if outcome is Outcome.DONE:
                return None
        return await self._refuse(
            x, send, 502, "no upstream account could serve the request", "upstream_failed"
        )

    async def _refuse(self, x: Exchange, send: Send, status: int, message: str, error_type: str) -> None:
        x.fail(status, error_type)
        await reply(send, status, openai.error_body(status, message, error_type), x.request_id)

    async def _attempt(
        self,
        x: Exchange,
        account: Account,
        path: str,
        payload: bytes,
        receive: Receive,
        send: Send,
        forward_usage: bool,
    ) -> Outcome:
        headers = {
            "Authorization": f"Bearer {account.api_key}",
            "Content-Type": "application/json",
            "Accept": "text/event-stream" if x.stream else "application/json",
        }
        self.pool.acquire(account)
        resp: aiohttp.ClientResponse | None = None
        try:
            try:
                resp = await self.session.post(account.base_url + path, data=payload, headers=headers)
                if resp.status in FAILOVER_STATUSES or resp.status >= 500:
                    await resp.read()
                    log.warning("account %s answered %s; failing over", account.name, resp.status)
                    return Outcome.RETRY
                ctype = resp.headers.get("Content-Type", "application/json").encode()
                if not (x.stream and resp.status == 200 and ctype.startswith(SSE)):
                    data = await resp.read()
                    x.first_byte = time.time()
                    x.status_code = resp.status
                    if resp.status < 400:
                        x.counts = openai.usage_from_body(data)
                    else:
                        x.error_type = f"upstream_{resp.status}"
                    await reply(send, resp.status, data, x.request_id, ctype)
                    return Outcome.DONE
                first = await resp.content.readany()
            except (aiohttp.ClientError, TimeoutError) as exc:
                log.warning("account %s unreachable (%s); failing over", account.name, exc)
                return Outcome.RETRY
            x.first_byte = time.time()
            await self._relay_stream(x, resp, first, receive, send, forward_usage)
            return Outcome.DONE
        finally:
            if resp is not None:
                resp.release()
            self.pool.release(account)

    async def _relay_stream(
        self,
        x: Exchange,
        resp: aiohttp.ClientResponse,
        first: bytes,
        receive: Receive,
        send: Send,
        forward_usage: bool,
    ) -> None:
        """Pass the SSE stream on as it comes, reading usage on the way. Once the first byte is
        out there is no failover: a break is recorded, the client gets what there was."""
        x.status_code = 200
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"text/event-stream; charset=utf-8"),
                (b"cache-control", b"no-cache"),
                (b"x-request-id", x.request_id.encode()),
            ],
        })  # fmt: skip
        scanner = openai.StreamScanner(forward_usage)
        client_gone = asyncio.Event()
        watcher = asyncio.create_task(_watch_disconnect(receive, client_gone, resp))
        try:
            chunk = first
            while chunk:
                out = scanner.feed(chunk)
                if out:
                    await send({"type": "http.response.body", "body": out, "more_body": True})
                chunk = await resp.content.readany()
        except (aiohttp.ClientError, TimeoutError) as exc:
            if client_gone.is_set():
                x.error_type = "client_disconnected"
            else:
                x.error_type = "upstream_stream_broken"
                log.warning("stream from %s broke: %s", x.account.name if x.account else "?", exc)
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
        if client_gone.is_set():
            x.error_type = "client_disconnected"
        elif not x.error_type and not scanner.saw_done and scanner.counts is None:
            x.error_type = "upstream_stream_incomplete"
        x.counts = scanner.counts
        await send({"type": "http.response.body", "body": scanner.flush(), "more_body": False})


async def _watch_disconnect(receive: Receive, gone: asyncio.Event, resp: Any) -> None:
    """When the client hangs up, stop reading the upstream (the request is still metered)."""
    message = await receive()
    if message["type"] == "http.disconnect":
        gone.set()
        resp.close()
