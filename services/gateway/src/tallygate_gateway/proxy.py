"""One proxied request, top to bottom: parse what metering and routing need, check the key's
limits, route over the pool, call upstream with failover, stream or relay the answer, and
leave a filled-in Exchange for metering."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import orjson

from tallygate_shared.config import Account, ApiKey, KeyHasher
from tallygate_shared.pricing import TokenCounts

from .asgi import BodyTooLarge, Receive, Scope, Send, header, read_body, reply
from .dialects import openai
from .endpoints import Endpoint, azure_url, body_model
from .http.client import UpstreamClient, UpstreamError, UpstreamResponse
from .metering import Exchange, estimate
from .policy import KeyPolicy, Refusal
from .routing import AccountPool
from .snapshot import ConfigSnapshot

log = logging.getLogger(__name__)
# The account's fault, or a passing one: mark it and try the next account (docs/architecture.md, "Routing").
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
    query: bytes = scope.get("query_string", b"")
    if b"key=" in query:
        for part in query.split(b"&"):
            if part.startswith(b"key="):
                return part[4:].decode("latin-1")
    return None


def session_key(scope: Scope, doc: dict[str, Any]) -> str | None:
    """What binds a request to the account of its session (docs/architecture.md, "Routing"), first found."""
    explicit = header(scope, b"x-session-id")
    if explicit:
        return explicit.decode("latin-1")
    for field in ("prompt_cache_key", "previous_response_id"):
        if isinstance(doc.get(field), str):
            return f"{field}:{doc[field]}"
    metadata = doc.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get("user_id"), str):
        return f"user_id:{metadata['user_id']}"
    if isinstance(doc.get("user"), str):
        return f"user:{doc['user']}"
    return None


def retry_after(resp: UpstreamResponse) -> float | None:
    value = resp.header("retry-after")
    try:
        return float(value) if value else None
    except ValueError:
        return None


class Proxy:
    def __init__(
        self,
        snapshot: ConfigSnapshot,
        pool: AccountPool,
        policy: KeyPolicy,
        upstream: UpstreamClient,
        key_secret: bytes,
        task_read_timeouts: dict[str, float] | None = None,
        on_pending: Callable[[Exchange], None] | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.pool = pool
        self.policy = policy
        self.upstream = upstream
        self._hash = KeyHasher(key_secret)
        # Made in the gateway's start-up, on its loop; asyncio.get_running_loop() per request
        # would cost a getpid() system call each time.
        self._loop = asyncio.get_running_loop()
        # How long a synchronous task may take to answer, by task type (minutes, not a chat's).
        self._task_timeouts = task_read_timeouts or {}
        self._on_pending = on_pending or (lambda x: None)

    def authenticate(self, scope: Scope) -> ApiKey | None:
        token = presented_key(scope)
        if not token:
            return None
        digest = self._hash(token)
        key = self.snapshot.keys_by_hash.get(digest)
        if key is None or not hmac.compare_digest(key.key_hash, digest):
            return None
        return key if key.usable_at(datetime.now(UTC)) else None

    async def handle(
        self,
        x: Exchange,
        scope: Scope,
        receive: Receive,
        send: Send,
        endpoint: Endpoint,
        path_model: str | None = None,
        path_stream: bool = False,
    ) -> None:
        """Serve one request; x is filled in as the request goes."""
        x.task_type = endpoint.task_type
        if endpoint.sync_job:  # a job until it succeeds: a refusal is a failed one
            x.job_id, x.job_status = x.request_id, "failed"
        try:
            body = await read_body(scope, receive, self.snapshot.max_body_bytes)
        except BodyTooLarge:
            return await self.refuse(
                endpoint, x, send, Refusal(413, "body_too_large", "request body is too large")
            )
        try:
            doc = orjson.loads(body) if body else {}
        except orjson.JSONDecodeError:
            return await self.refuse(
                endpoint, x, send, Refusal(400, "invalid_json", "request body is not valid JSON")
            )
        if not isinstance(doc, dict):
            return await self.refuse(
                endpoint, x, send, Refusal(400, "invalid_request", "body must be a JSON object")
            )
        model = path_model or body_model(doc)
        if not model:
            return await self.refuse(
                endpoint, x, send, Refusal(400, "invalid_request", "'model' is required")
            )
        x.model = model
        x.stream = path_stream or (endpoint.scanner is not None and doc.get("stream") is True)
        if not x.key.allows(model):
            refusal = Refusal(403, "model_not_allowed", f"model {model!r} is not allowed for this key")
            return await self.refuse(endpoint, x, send, refusal)
        over_limit = self.policy.admit(x.key)
        if over_limit is not None:
            return await self.refuse(endpoint, x, send, over_limit)
        self.policy.started(x.key)
        try:
            await self._route(endpoint, x, scope, receive, send, body, doc)
        finally:
            self.policy.finished(x.key)

    async def _route(
        self,
        endpoint: Endpoint,
        x: Exchange,
        scope: Scope,
        receive: Receive,
        send: Send,
        body: bytes,
        doc: dict[str, Any],
    ) -> None:
        forward_usage = False
        if x.stream and endpoint.ask_stream_usage:
            body, forward_usage = openai.stream_body(body, doc)
        session = session_key(scope, doc)
        providers = endpoint.dialect.providers
        candidates = self.pool.candidates(
            providers,
            x.model,
            session,
            allowed=lambda a: self.policy.account_has_quota(a, endpoint.task_type),
        )
        if not candidates:
            if not any(
                a.enabled and a.provider in providers and a.serves(x.model)
                for a in self.snapshot.accounts.values()
            ):
                refusal = Refusal(404, "model_not_found", f"no account offers model {x.model!r}")
            else:
                refusal = Refusal(
                    503,
                    "no_account_available",
                    f"every account for {x.model!r} is busy, cooling down or out of quota",
                    1,
                )
            return await self.refuse(endpoint, x, send, refusal)
        if self.snapshot.refuse_unpriced and not self._priced(x.model, candidates):
            refusal = Refusal(
                403, "model_not_priced", f"model {x.model!r} has no price; an admin must set one"
            )
            return await self.refuse(endpoint, x, send, refusal)
        for account in candidates:
            x.attempts += 1
            x.account = account
            x.upstream_model = account.upstream_model(x.model)
            mapped = x.upstream_model != x.model and "model" in doc
            payload = orjson.dumps({**doc, "model": x.upstream_model}) if mapped else body
            outcome = await self._attempt(endpoint, x, account, scope, payload, receive, send, forward_usage)
            if outcome is Outcome.DONE:
                self.pool.bind(session, account)
                return None
        error_type = x.error_type or "upstream_failed"  # the last attempt's failure, if it had a name
        refusal = Refusal(502, error_type, "no upstream account could serve the request")
        return await self.refuse(endpoint, x, send, refusal)

    def _priced(self, model: str, candidates: list[Account]) -> bool:
        """Whether a price covers the model, as asked or as any candidate account names it."""
        lookup = self.snapshot.prices.lookup
        return lookup(model) is not None or any(lookup(a.upstream_model(model)) for a in candidates)

    async def refuse(self, endpoint: Endpoint, x: Exchange, send: Send, refusal: Refusal) -> None:
        x.fail(refusal.status, refusal.error_type)
        type_ = "insufficient_quota" if refusal.error_type == "insufficient_quota" else None
        body = endpoint.dialect.error_body(refusal.status, refusal.message, refusal.error_type, type_)
        extra = [(b"retry-after", str(refusal.retry_after_s).encode())] if refusal.retry_after_s else None
        await reply(send, refusal.status, body, x.request_id, extra=extra)

    def upstream_url(self, endpoint: Endpoint, account: Account, scope: Scope, x: Exchange) -> str:
        """The account's base_url (as its provider's SDK takes it) plus the endpoint's path;
        the client's query string goes along, less a Gemini `key=`."""
        version = "v1" if scope["path"].startswith("/v1/") else "v1beta"
        path = endpoint.upstream_path.format(model=x.upstream_model, version=version)
        if account.flavour == "azure":  # the deployment in the path, an api-version in the query
            return azure_url(account.base_url, path, x.upstream_model)
        base = account.base_url
        if base.endswith("/v1") and path.startswith("/v1/"):
            base = base[:-3]  # an Anthropic base_url given with /v1
        query = b"&".join(
            p for p in scope.get("query_string", b"").split(b"&") if p and not p.startswith(b"key=")
        )
        return base + path + ("?" + query.decode("latin-1") if query else "")

    async def _attempt(
        self,
        endpoint: Endpoint,
        x: Exchange,
        account: Account,
        scope: Scope,
        payload: bytes,
        receive: Receive,
        send: Send,
        forward_usage: bool,
    ) -> Outcome:
        headers = endpoint.dialect.auth_headers(account, lambda name: header(scope, name))
        headers["Content-Type"] = "application/json"
        url = self.upstream_url(endpoint, account, scope, x)
        self.pool.acquire(account)
        resp: UpstreamResponse | None = None
        read_timeout = None
        if endpoint.sync_job:
            read_timeout = self._task_timeouts.get(endpoint.task_type)
            if x.attempts == 1:  # pending on every view from now until the answer
                self._on_pending(x)
        try:
            try:
                resp = await self.upstream.request(
                    b"POST", url, payload, headers, read_timeout, account.proxy
                )
                self.pool.note_limits(account, resp.headers)
                if resp.status in FAILOVER_STATUSES or resp.status >= 500:
                    await resp.read()
                    self.pool.failed(account, str(resp.status), retry_after(resp))
                    log.warning("account %s answered %s; failing over", account.name, resp.status)
                    return Outcome.RETRY
                if not (x.stream and resp.status == 200):
                    data = await resp.read()
                    metered = resp.status < 400 and endpoint.metered_tokens
                    counts = endpoint.usage_from_body(data) if metered else None  # the one parse
                    if resp.status == 200 and counts is None and not _is_json(data):
                        # A broken upstream (a proxy's HTML page, a cut body): the account's
                        # fault, and nothing has reached the client yet.
                        self.pool.failed(account, "invalid_json")
                        x.error_type = "upstream_invalid_json"
                        log.warning("account %s answered 200 with invalid JSON; failing over", account.name)
                        return Outcome.RETRY
                    # A 200 whose body is an error stands for the status it names (docs/operators.md,
                    # "Provider flavours"): the account's fault fails over as that status would.
                    status = resp.status
                    meant = endpoint.dialect.answer_error(data) if metered and counts is None else None
                    if meant is not None and (meant in FAILOVER_STATUSES or meant >= 500):
                        self.pool.failed(account, str(meant))
                        x.error_type = "upstream_error_in_body"
                        log.warning("account %s answered 200 meaning %s; failing over", account.name, meant)
                        return Outcome.RETRY
                    if meant is not None:  # the client's fault: passed on with the status it meant
                        status, metered = meant, False
                    self.pool.succeeded(account)
                    x.first_byte = time.time()
                    x.status_code = status
                    x.error_type = f"upstream_{status}" if status >= 400 else ""
                    if endpoint.sync_job:
                        x.job_status = "succeeded" if status < 400 else "failed"
                    if metered:
                        x.counts = counts
                        if counts is None and not endpoint.sync_job:
                            x.counts, x.usage_estimated = estimate(payload, len(data)), True
                        if endpoint.units is not None:
                            x.counts = (x.counts or TokenCounts())._replace(units=endpoint.units(data))
                    ctype = (resp.header("content-type") or "application/json").encode("latin-1")
                    wait = resp.header("retry-after")
                    extra = [(b"retry-after", wait.encode("latin-1"))] if wait else None
                    await reply(send, status, data, x.request_id, ctype, extra)
                    return Outcome.DONE
                first = await resp.readany()
            except (UpstreamError, TimeoutError) as exc:
                reason = "timeout" if isinstance(exc, TimeoutError) else "connect_error"
                self.pool.failed(account, reason)
                log.warning("account %s unreachable (%s: %s); failing over", account.name, reason, exc)
                return Outcome.RETRY
            self.pool.succeeded(account)
            x.first_byte = time.time()
            assert endpoint.scanner is not None
            await self._relay_stream(
                endpoint, x, resp, first, receive, send, endpoint.scanner(forward_usage), payload
            )
            return Outcome.DONE
        finally:
            if resp is not None:
                resp.release()
            self.pool.release(account)

    async def _relay_stream(
        self,
        endpoint: Endpoint,
        x: Exchange,
        resp: UpstreamResponse,
        first: bytes,
        receive: Receive,
        send: Send,
        scanner: Any,
        payload: bytes,
    ) -> None:
        """Pass the stream on as it comes, reading usage on the way. Once the first byte is out
        there is no failover: a break is recorded, and the client gets what there was. The
        Exchange is complete before the answer's last send, which seals it (app.MeteredSend)."""
        x.status_code = 200
        ctype = (resp.header("content-type") or "text/event-stream").encode("latin-1")
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", ctype), (b"cache-control", b"no-cache"),
                        (b"x-request-id", x.request_id.encode())],
        })  # fmt: skip
        client_gone: asyncio.Future[None] = self._loop.create_future()
        # Watches for a hang-up only while there is more to wait for: an answer that came whole
        # in its first read (short ones do) needs no task.
        watcher: asyncio.Task[None] | None = None
        events = 0
        last = b""  # the upstream's last bytes go out with the end of the answer: one write less
        try:
            chunk = first
            while chunk:
                out = scanner.feed(chunk)
                events += out.count(b"data:")
                if resp.at_eof():
                    last = out
                    break
                if out:
                    await send({"type": "http.response.body", "body": out, "more_body": True})
                if watcher is None:
                    watcher = self._loop.create_task(_watch_disconnect(receive, client_gone, resp))
                chunk = await resp.readany()
        except (UpstreamError, TimeoutError) as exc:
            if not client_gone.done():
                x.error_type = "upstream_stream_broken"
                log.warning("stream from %s broke: %s", x.account.name if x.account else "?", exc)
        finally:
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher
        if client_gone.done():
            x.error_type = "client_disconnected"
        elif not x.error_type and scanner.error:  # an error event: what the upstream meant
            x.error_type = scanner.error
        elif not x.error_type and not scanner.saw_done:
            x.error_type = "upstream_stream_incomplete"
        x.counts = scanner.counts
        tail = last + scanner.flush()
        if x.counts is None and endpoint.metered_tokens:  # about one token per content event
            x.counts, x.usage_estimated = estimate(payload, answer_events=max(events - 2, 0)), True
        if x.error_type == "upstream_stream_broken":
            tail += endpoint.dialect.stream_error("the upstream stream broke off", x.error_type)
        await send({"type": "http.response.body", "body": tail, "more_body": False})


def _is_json(data: bytes) -> bool:
    try:
        orjson.loads(data)
    except orjson.JSONDecodeError:
        return False
    return True


async def _watch_disconnect(receive: Receive, gone: asyncio.Future[None], resp: Any) -> None:
    """When the client hangs up, stop reading the upstream (the request is still metered)."""
    message = await receive()
    if message["type"] == "http.disconnect":
        gone.set_result(None)
        resp.close()
