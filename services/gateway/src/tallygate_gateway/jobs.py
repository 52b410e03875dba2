"""Long-running jobs at the gateway: the OpenAI-shaped Videos API and declared submit-and-poll
routes (/v1/tasks/{task_type}). A submit goes to an account of the pool and binds the job to
it in NATS KV; every later call on the job goes to that account, from any gateway. A job is
metered once: a pending event at its submit, its end (with units and cost) when the first poll,
a client's or the gateway's own, sees it end (docs/operators.md, "Jobs")."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, quote

import orjson
from nats.js import JetStreamContext
from nats.js.errors import KeyNotFoundError, KeyWrongLastSequenceError
from nats.js.kv import KeyValue

from tallygate_shared.config import Account, ApiKey
from tallygate_shared.events import SCHEMA_VERSION, TASK_TYPE_PATTERN, UsageEvent, new_request_id
from tallygate_shared.jobs import JOBS_BUCKET, JobBinding, JobKind, JobRoute, JobStatus, field_at, job_key
from tallygate_shared.nats import BucketMirror
from tallygate_shared.pricing import TokenCounts, billed, cost_of

from .asgi import BodyTooLarge, Receive, Scope, Send, header, read_body, reply
from .dialects import openai
from .endpoints import OPENAI, Endpoint
from .http.client import UpstreamError, UpstreamResponse
from .metering import UNPRICED, Exchange
from .policy import Refusal
from .proxy import FAILOVER_STATUSES, Proxy, retry_after

log = logging.getLogger(__name__)

# The OpenAI Videos API as a job route: an `openai` account's base_url ends in /v1.
VIDEOS = JobRoute(
    submit_path="/videos",
    poll_path="/videos/{id}",
    id_field="id",
    status_field="status",
    succeeded=["completed"],
    failed=["failed"],
    units="seconds",
    seconds_field="seconds",
    model="sora-2",  # what the API makes when a request names no model
)
VIDEO_ENDPOINT = Endpoint(OPENAI, "video", VIDEOS.submit_path, lambda _: None)
FORWARDED_HEADERS = (b"content-type", b"content-length", b"content-disposition", b"retry-after")
_TASK = re.compile(TASK_TYPE_PATTERN)
POLL_HINTS = (b"openai-poll-after-ms", b"retry-after")
UNREACHABLE = "the account that took this job did not answer"


def _hints(resp: UpstreamResponse) -> list[tuple[bytes, bytes]]:
    """The upstream's advice on when to ask again, which SDKs follow (openai-poll-after-ms)."""
    found = ((name, resp.header(name.decode())) for name in POLL_HINTS)
    return [(name, value.encode("latin-1")) for name, value in found if value is not None]


def _not_found(job_id: str) -> bytes:
    return openai.error_body(404, f"no job {job_id!r} for this key", "not_found", "invalid_request_error")


def form_fields(body: bytes, content_type: bytes, names: tuple[str, ...]) -> dict[str, str]:
    """The text fields `names` of a multipart/form-data body (files are skipped)."""
    _, _, rest = content_type.partition(b"boundary=")
    boundary = rest.split(b";")[0].strip().strip(b'"')
    found: dict[str, str] = {}
    if not boundary:
        return found
    for part in body.split(b"--" + boundary):
        head, sep, value = part.partition(b"\r\n\r\n")
        if not sep or b"filename=" in head:
            continue
        for name in names:
            if f'name="{name}"'.encode() in head:
                found[name] = value.removesuffix(b"\r\n").decode("utf-8", "replace")
    return found


def request_fields(body: bytes, content_type: bytes) -> dict[str, Any] | None:
    """What a submit says about its model and size: its JSON object, or its form's fields. None
    for a JSON body that is not an object."""
    if content_type.startswith(b"multipart/form-data"):
        return dict(form_fields(body, content_type, ("model", "size")))
    if not body:
        return {}
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    return doc if isinstance(doc, dict) else None


def job_state(route: JobRoute, doc: Any) -> tuple[JobStatus, int]:
    """Where a job stands by an answer about it, and the units it made if it succeeded."""
    status = field_at(doc, route.status_field)
    if status in route.failed:
        return "failed", 0
    if status not in route.succeeded:
        return "pending", 0
    if route.units == "job":
        return "succeeded", 1
    return "succeeded", openai.whole_seconds(field_at(doc, route.seconds_field)) or 0


class JobBook:
    """Every job's binding in JOBS_BUCKET: written at its submit, changed only by a
    compare-and-set on its revision (so one gateway records its end), read from a local mirror
    that a watch keeps current, or from KV when another gateway bound it a moment ago."""

    def __init__(self) -> None:
        self.mirror = BucketMirror(JOBS_BUCKET)
        self._kv: KeyValue | None = None

    async def start(self, js: JetStreamContext) -> None:
        self._kv = await js.key_value(JOBS_BUCKET)
        await self.mirror.start(js)

    async def bind(self, binding: JobBinding) -> int:
        assert self._kv is not None
        key = job_key(binding.kind, binding.task_type, binding.job_id)
        return await self._kv.put(key, binding.model_dump_json().encode())

    async def find(
        self, kind: JobKind, task_type: str, job_id: str, fresh: bool = False
    ) -> tuple[JobBinding, int] | None:
        key = job_key(kind, task_type, job_id)
        found = None if fresh else self.mirror.items.get(key)
        if found is None:
            assert self._kv is not None
            try:
                entry = await self._kv.get(key)
            except KeyNotFoundError:
                return None
            if entry.value is None or entry.revision is None:
                return None
            found = (entry.value, entry.revision)
        return JobBinding.model_validate_json(found[0]), found[1]

    async def update(self, binding: JobBinding, revision: int) -> int | None:
        """The new revision, or None when the binding changed meanwhile (another gateway)."""
        assert self._kv is not None
        key = job_key(binding.kind, binding.task_type, binding.job_id)
        try:
            return await self._kv.update(key, binding.model_dump_json().encode(), last=revision)
        except KeyWrongLastSequenceError:
            return None

    def bindings(self) -> list[tuple[JobBinding, int]]:
        out = []
        for value, revision in list(self.mirror.items.values()):
            with contextlib.suppress(ValueError):
                out.append((JobBinding.model_validate_json(value), revision))
        return out

    async def stop(self) -> None:
        await self.mirror.stop()


Publish = Callable[[UsageEvent], None]


class JobDesk:
    """The client routes of jobs, and the background poll that ends the jobs nobody polls."""

    def __init__(
        self,
        proxy: Proxy,
        book: JobBook,
        publish: Publish,
        instance: str,
        poll_after_s: float,
        poll_interval_s: float,
        timeout_s: float,
    ) -> None:
        self.proxy = proxy
        self.book = book
        self._publish = publish
        self._instance = instance
        self._poll_after = timedelta(seconds=poll_after_s)
        self._poll_interval = poll_interval_s
        self._timeout = timedelta(seconds=timeout_s)
        self._task: asyncio.Task[None] | None = None

    # --- routes -------------------------------------------------------------------------------

    def route(self, method: str, path: str) -> tuple[str, ...] | None:
        """The job route a request is for, with the parts of its path: ("submit", task_type),
        ("poll", task_type, id), ("content", id), ... None when it is none of them."""
        parts = path.split("/")[1:]  # ["v1", "videos", ...]
        if parts[:2] == ["v1", "videos"]:
            rest = parts[2:]
            if method == "POST" and not rest:
                return ("video_submit",)
            if method == "GET" and not rest:
                return ("video_list",)
            if len(rest) == 1 and rest[0] and method in ("GET", "DELETE"):
                return ("video_get" if method == "GET" else "video_delete", rest[0])
            if len(rest) == 2 and rest[0] and method == "GET" and rest[1] == "content":
                return ("video_content", rest[0])
            if len(rest) == 2 and rest[0] and method == "POST" and rest[1] == "remix":
                return ("video_remix", rest[0])
        if parts[:2] == ["v1", "tasks"] and len(parts) in (3, 4) and all(parts[2:]) and _TASK.match(parts[2]):
            if method == "POST" and len(parts) == 3:
                return ("task_submit", parts[2])
            if method == "GET" and len(parts) == 4:
                return ("task_poll", parts[2], parts[3])
        return None

    def _key(self, scope: Scope) -> ApiKey | None:
        return self.proxy.authenticate(scope)

    async def _bound(
        self, scope: Scope, send: Send, kind: JobKind, task_type: str, job_id: str
    ) -> tuple[JobBinding, int, Account, JobRoute] | None:
        """The job's binding, account and route for the key that asks; None once the caller has
        its answer (401, or 404 for a job of another key or none at all)."""
        key = self._key(scope)
        if key is None:
            body = openai.error_body(401, "invalid, disabled or expired API key", "invalid_api_key")
            await reply(send, 401, body, new_request_id())
            return None
        found = await self.book.find(kind, task_type, job_id)
        if found is None or found[0].key_id != key.id:
            await reply(send, 404, _not_found(job_id), new_request_id())
            return None
        binding, revision = found
        account, route = self._placed(binding)
        if account is None or route is None:
            message = "the account that took this job is gone"
            await reply(send, 502, openai.error_body(502, message, "job_account_gone"), binding.request_id)
            return None
        return binding, revision, account, route

    @staticmethod
    def _auth(account: Account, route: JobRoute) -> dict[str, str]:
        if route.auth == "x-api-key":
            return {"x-api-key": account.api_key}
        return {"Authorization": f"Bearer {account.api_key}"}

    # submits (metered: the app's wrapper gives them their Exchange)

    async def submit_video(self, x: Exchange, scope: Scope, receive: Receive, send: Send) -> None:
        await self._submit(x, scope, receive, send, "video", "video", None)

    async def submit_task(
        self, task_type: str, x: Exchange, scope: Scope, receive: Receive, send: Send
    ) -> None:
        await self._submit(x, scope, receive, send, "task", task_type, None)

    async def remix_video(self, job_id: str, x: Exchange, scope: Scope, receive: Receive, send: Send) -> None:
        """A remix is a new job made from a finished one, on the account that holds that one."""
        found = await self.book.find("video", "video", job_id)
        if found is None or found[0].key_id != x.key.id:
            x.task_type, x.job_status = "video", "failed"
            return await self.proxy.refuse(
                VIDEO_ENDPOINT, x, send, Refusal(404, "not_found", f"no job {job_id!r} for this key")
            )
        await self._submit(x, scope, receive, send, "video", "video", found[0])

    async def _submit(
        self,
        x: Exchange,
        scope: Scope,
        receive: Receive,
        send: Send,
        kind: JobKind,
        task_type: str,
        remix_of: JobBinding | None,
    ) -> None:
        proxy = self.proxy
        x.task_type, x.job_status = task_type, "failed"  # a failed job until an account takes it
        endpoint = VIDEO_ENDPOINT
        try:
            body = await read_body(scope, receive, proxy.snapshot.max_body_bytes)
        except BodyTooLarge:
            return await proxy.refuse(
                endpoint, x, send, Refusal(413, "body_too_large", "request body is too large")
            )
        content_type = header(scope, b"content-type") or b"application/json"
        fields = request_fields(body, content_type)
        if fields is None:
            return await proxy.refuse(
                endpoint, x, send, Refusal(400, "invalid_json", "request body is not a JSON object")
            )
        size = fields.get("size")
        x.size = size if isinstance(size, str) else ""
        asked = fields.get("model") if isinstance(fields.get("model"), str) and fields.get("model") else None
        routes = self._routes(kind, task_type, remix_of)
        if not routes:
            what = f"task type {task_type!r}" if kind == "task" else "videos"
            return await proxy.refuse(
                endpoint, x, send, Refusal(404, "model_not_found", f"no account serves {what}")
            )
        x.model = (remix_of.model if remix_of else None) or asked or next(iter(routes.values())).model
        if not x.key.allows(x.model):
            return await proxy.refuse(
                endpoint,
                x,
                send,
                Refusal(403, "model_not_allowed", f"model {x.model!r} is not allowed for this key"),
            )
        over_limit = proxy.policy.admit(x.key)
        if over_limit is not None:
            return await proxy.refuse(endpoint, x, send, over_limit)
        proxy.policy.started(x.key)
        try:
            await self._try_accounts(x, send, kind, task_type, routes, body, content_type, remix_of)
        finally:
            proxy.policy.finished(x.key)

    def _routes(self, kind: JobKind, task_type: str, remix_of: JobBinding | None) -> dict[str, JobRoute]:
        """The accounts that may take the job (by id), each with its route."""
        accounts = self.proxy.snapshot.accounts
        if remix_of is not None:
            account = accounts.get(remix_of.account_id)
            return {account.id: VIDEOS} if account is not None else {}
        if kind == "video":
            return {a.id: VIDEOS for a in accounts.values() if a.provider in openai.PROVIDERS}
        return {a.id: a.job_routes[task_type] for a in accounts.values() if task_type in a.job_routes}

    async def _try_accounts(
        self,
        x: Exchange,
        send: Send,
        kind: JobKind,
        task_type: str,
        routes: dict[str, JobRoute],
        body: bytes,
        content_type: bytes,
        remix_of: JobBinding | None,
    ) -> None:
        proxy = self.proxy
        candidates = proxy.pool.candidates(
            frozenset({a.provider for a in proxy.snapshot.accounts.values() if a.id in routes}),
            x.model,
            allowed=lambda a: a.id in routes and proxy.policy.account_has_quota(a, task_type),
        )
        if not candidates:
            if not any(
                a.enabled and a.id in routes and a.serves(x.model) for a in proxy.snapshot.accounts.values()
            ):
                refusal = Refusal(
                    404, "model_not_found", f"no account offers model {x.model!r} for {task_type} jobs"
                )
            else:
                refusal = Refusal(
                    503,
                    "no_account_available",
                    f"every account for {task_type} jobs is busy, cooling down or out of today's quota",
                    1,
                )
            return await proxy.refuse(VIDEO_ENDPOINT, x, send, refusal)
        for account in candidates:
            route = routes[account.id]
            x.attempts += 1
            x.account = account
            x.upstream_model = account.upstream_model(x.model)
            payload = body
            if x.upstream_model != x.model and content_type.startswith(b"application/json") and body:
                payload = orjson.dumps({**orjson.loads(body), "model": x.upstream_model})
            path = f"/videos/{quote(remix_of.job_id, safe='')}/remix" if remix_of else route.submit_path
            headers = {**self._auth(account, route), "Content-Type": content_type.decode("latin-1")}
            proxy.pool.acquire(account)
            resp: UpstreamResponse | None = None
            try:
                resp = await proxy.upstream.request(
                    b"POST", account.base_url + path, payload, headers, proxy=account.proxy
                )
                proxy.pool.note_limits(account, resp.headers)
                data = await resp.read()
            except (UpstreamError, TimeoutError) as exc:
                reason = "timeout" if isinstance(exc, TimeoutError) else "connect_error"
                proxy.pool.failed(account, reason)
                log.warning("account %s unreachable for a job (%s); failing over", account.name, exc)
                continue
            finally:
                if resp is not None:
                    resp.release()
                proxy.pool.release(account)
            if resp.status in FAILOVER_STATUSES or resp.status >= 500:
                proxy.pool.failed(account, str(resp.status), retry_after(resp))
                log.warning("account %s answered %s to a job; failing over", account.name, resp.status)
                continue
            proxy.pool.succeeded(account)
            x.first_byte = time.time()
            ctype = (resp.header("content-type") or "application/json").encode("latin-1")
            if resp.status >= 400:  # the request's fault: the upstream's answer, once, as a failed job
                x.fail(resp.status, f"upstream_{resp.status}")
                return await reply(send, resp.status, data, x.request_id, ctype)
            try:
                doc = orjson.loads(data)
            except orjson.JSONDecodeError:
                doc = None
            job_id = field_at(doc, route.id_field)
            if not isinstance(job_id, str | int) or isinstance(job_id, bool) or job_id == "":
                x.fail(502, "job_id_missing")
                message = "the upstream took the job but its answer has no job id"
                return await reply(send, 502, openai.error_body(502, message, "job_id_missing"), x.request_id)
            x.status_code, x.job_id = resp.status, str(job_id)
            binding = JobBinding(
                job_id=x.job_id,
                kind=kind,
                task_type=task_type,
                request_id=x.request_id,
                key_id=x.key.id,
                user_id=x.key.user_id,
                account_id=account.id,
                provider=account.provider,
                endpoint=x.endpoint,
                model=x.model,
                upstream_model=x.upstream_model,
                size=x.size,
                submitted_at=datetime.fromtimestamp(x.started, UTC),
                status_code=resp.status,
                attempts=x.attempts,
                rate_multiplier=proxy.snapshot.multiplier(x.key),
                client_ip=x.client_ip,
                user_agent=x.user_agent,
                last_answer=doc if kind == "video" and isinstance(doc, dict) else None,
            )
            try:
                revision = await self.book.bind(binding)
            except Exception:
                log.exception("job %s taken by %s could not be bound", x.job_id, account.name)
                x.fail(502, "job_binding_failed")
                message = "the job was taken but could not be recorded; try again"
                return await reply(
                    send, 502, openai.error_body(502, message, "job_binding_failed"), x.request_id
                )
            x.job_status = "pending"
            await reply(send, resp.status, data, x.request_id, ctype)
            state, units = job_state(route, doc)
            if state != "pending":  # it ended as it was taken
                await self.finish(binding, revision, state, units, doc)
            return None
        refusal = Refusal(502, x.error_type or "upstream_failed", "no upstream account could take the job")
        return await self.proxy.refuse(VIDEO_ENDPOINT, x, send, refusal)

    # calls on a job (not metered: the job's one usage row is its submit's)

    async def poll(self, kind: JobKind, task_type: str, job_id: str, scope: Scope, send: Send) -> None:
        bound = await self._bound(scope, send, kind, task_type, job_id)
        if bound is None:
            return
        binding, revision, account, route = bound
        answer = await self._ask(account, route, job_id, scope.get("query_string", b"").decode("latin-1"))
        if answer is None:
            body = openai.error_body(502, UNREACHABLE, "upstream_unreachable")
            return await reply(send, 502, body, binding.request_id)
        resp, data = answer
        if resp.status == 200:
            await self.seen(binding, revision, route, data)
        ctype = (resp.header("content-type") or "application/json").encode("latin-1")
        await reply(send, resp.status, data, binding.request_id, ctype, _hints(resp))

    async def seen(self, binding: JobBinding, revision: int, route: JobRoute, data: bytes) -> None:
        """An answer about the job came from its account: record its end, or note the poll."""
        if binding.status != "pending":
            return
        try:
            doc = orjson.loads(data)
        except orjson.JSONDecodeError:
            return
        state, units = job_state(route, doc)
        if state != "pending":
            await self.finish(binding, revision, state, units, doc)
            return
        now = datetime.now(UTC)
        answer = doc if binding.kind == "video" and isinstance(doc, dict) else binding.last_answer
        stale = binding.checked_at is None or now - binding.checked_at > self._poll_after / 2
        if stale or answer != binding.last_answer:  # a poll is noted, not every one written
            await self.book.update(
                binding.model_copy(update={"checked_at": now, "last_answer": answer}), revision
            )

    async def finish(
        self,
        binding: JobBinding,
        revision: int,
        status: JobStatus,
        units: int,
        answer: Any,
        error_type: str = "",
    ) -> bool:
        """End the job once: the gateway whose compare-and-set wins publishes its final event.
        True when this call did."""
        while True:
            ended = binding.model_copy(
                update={
                    "status": status,
                    "units": units,
                    "ended_at": datetime.now(UTC),
                    "checked_at": datetime.now(UTC),
                    "last_answer": answer
                    if binding.kind == "video" and isinstance(answer, dict)
                    else binding.last_answer,
                }
            )
            if await self.book.update(ended, revision) is not None:
                self._publish(
                    self.final_event(ended, error_type or ("job_failed" if status == "failed" else ""))
                )
                return True
            found = await self.book.find(binding.kind, binding.task_type, binding.job_id, fresh=True)
            if found is None or found[0].status != "pending":
                return False  # another gateway ended it
            binding, revision = found

    def final_event(self, b: JobBinding, error_type: str) -> UsageEvent:
        prices = self.proxy.snapshot.prices
        price = prices.lookup(b.upstream_model, b.model) or UNPRICED
        cost = cost_of(TokenCounts(units=b.units), price, b.size)
        ended = b.ended_at or datetime.now(UTC)
        return UsageEvent(
            schema_version=SCHEMA_VERSION,
            request_id=b.request_id,
            api_key_id=b.key_id,
            user_id=b.user_id,
            account_id=b.account_id,
            provider=b.provider,
            endpoint=b.endpoint,
            task_type=b.task_type,
            model=b.model,
            upstream_model=b.upstream_model,
            status_code=b.status_code,
            error_type=error_type,
            started_at=b.submitted_at,
            ended_at=ended,
            duration_ms=round((ended - b.submitted_at).total_seconds() * 1000),
            units=b.units,
            cost_usd=cost,
            billed_cost_usd=billed(cost, b.rate_multiplier),
            price_version=price.version,
            attempts=b.attempts,
            client_ip=b.client_ip,
            user_agent=b.user_agent,
            gateway_instance=self._instance,
            job_id=b.job_id,
            job_status=b.status,
        )

    async def content(self, job_id: str, scope: Scope, receive: Receive, send: Send) -> None:
        """The video's bytes (or its thumbnail's), passed through as they come."""
        bound = await self._bound(scope, send, "video", "video", job_id)
        if bound is None:
            return
        binding, _, account, route = bound
        query = scope.get("query_string", b"").decode("latin-1")
        url = f"{account.base_url}/videos/{quote(job_id, safe='')}/content" + (f"?{query}" if query else "")
        try:
            resp = await self.proxy.upstream.request(
                b"GET", url, b"", self._auth(account, route), proxy=account.proxy
            )
        except (UpstreamError, TimeoutError) as exc:
            log.warning("content of job %s on %s failed: %s", job_id, account.name, exc)
            body = openai.error_body(502, UNREACHABLE, "upstream_unreachable")
            return await reply(send, 502, body, binding.request_id)
        headers = [(b"x-request-id", binding.request_id.encode())]
        for name in FORWARDED_HEADERS:
            value = resp.header(name.decode())
            if value is not None:
                headers.append((name, value.encode("latin-1")))
        try:
            await send({"type": "http.response.start", "status": resp.status, "headers": headers})
            while True:
                chunk = await resp.readany()
                if not chunk:
                    break
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except (UpstreamError, TimeoutError) as exc:  # cut after the start: the client sees a short body
            log.warning("content of job %s broke off: %s", job_id, exc)
            resp.close()
        finally:
            resp.release()

    async def delete(self, job_id: str, scope: Scope, send: Send) -> None:
        bound = await self._bound(scope, send, "video", "video", job_id)
        if bound is None:
            return
        binding, revision, account, route = bound
        url = f"{account.base_url}/videos/{quote(job_id, safe='')}"
        try:
            resp = await self.proxy.upstream.request(
                b"DELETE", url, b"", self._auth(account, route), proxy=account.proxy
            )
            data = await resp.read()
            resp.release()
        except (UpstreamError, TimeoutError):
            body = openai.error_body(502, UNREACHABLE, "upstream_unreachable")
            return await reply(send, 502, body, binding.request_id)
        if resp.status < 300 and binding.status == "pending":  # deleted before it ended: made nothing
            await self.finish(binding, revision, "failed", 0, binding.last_answer, "job_deleted")
        ctype = (resp.header("content-type") or "application/json").encode("latin-1")
        await reply(send, resp.status, data, binding.request_id, ctype)

    async def list_videos(self, scope: Scope, send: Send) -> None:
        """The key's videos, from their bindings (the last answer each had), newest first by
        default, with `after`, `limit` and `order` as the Videos API takes them."""
        key = self._key(scope)
        if key is None:
            body = openai.error_body(401, "invalid, disabled or expired API key", "invalid_api_key")
            return await reply(send, 401, body, new_request_id())
        query = {k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode("latin-1")).items()}
        mine = sorted(
            (b for b, _ in self.book.bindings() if b.kind == "video" and b.key_id == key.id),
            key=lambda b: (b.submitted_at, b.job_id),
            reverse=query.get("order", "desc") != "asc",
        )
        ids = [b.job_id for b in mine]
        start = ids.index(query["after"]) + 1 if query.get("after") in ids else 0
        try:
            limit = max(1, min(100, int(query.get("limit", "20"))))
        except ValueError:
            limit = 20
        page = mine[start : start + limit]
        data = [
            b.last_answer or {"id": b.job_id, "object": "video", "model": b.model, "status": b.status}
            for b in page
        ]
        doc = {
            "object": "list",
            "data": data,
            "first_id": page[0].job_id if page else None,
            "last_id": page[-1].job_id if page else None,
            "has_more": start + limit < len(mine),
        }
        await reply(send, 200, orjson.dumps(doc), new_request_id())

    # --- the background poll ------------------------------------------------------------------

    def start(self) -> None:
        self._task = asyncio.create_task(self._watch())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self._poll_interval)
            try:
                await self.sweep()
            except Exception:
                log.exception("the job poll failed; trying again")

    async def sweep(self) -> int:
        """Poll every pending job nobody polled lately, end the ones pending too long; returns
        how many were polled. Every gateway sweeps: a compare-and-set claims each poll."""
        now = datetime.now(UTC)
        polled = 0
        for binding, revision in self.book.bindings():
            if binding.status != "pending":
                continue
            if now - binding.submitted_at > self._timeout:
                await self.finish(binding, revision, "failed", 0, binding.last_answer, "job_timeout")
                continue
            if now - (binding.checked_at or binding.submitted_at) < self._poll_after:
                continue
            claimed = binding.model_copy(update={"checked_at": now})
            new_revision = await self.book.update(claimed, revision)
            if new_revision is None:
                continue  # another gateway is on it
            await self._poll_upstream(claimed, new_revision)
            polled += 1
        return polled

    async def _poll_upstream(self, binding: JobBinding, revision: int) -> None:
        account, route = self._placed(binding)
        if account is None or route is None:
            return  # its account is gone: the job ends at its timeout
        answer = await self._ask(account, route, binding.job_id)
        if answer is not None and answer[0].status == 200:
            await self.seen(binding, revision, route, answer[1])

    def _placed(self, binding: JobBinding) -> tuple[Account | None, JobRoute | None]:
        """The account that took the job, and its route for the job (None where either is gone)."""
        account = self.proxy.snapshot.accounts.get(binding.account_id)
        if account is None:
            return None, None
        return account, VIDEOS if binding.kind == "video" else account.job_routes.get(binding.task_type)

    async def _ask(
        self, account: Account, route: JobRoute, job_id: str, query: str = ""
    ) -> tuple[UpstreamResponse, bytes] | None:
        """The account's answer about the job (its poll path), or None when it did not answer."""
        url = account.base_url + route.poll_path.replace("{id}", quote(job_id, safe=""))
        url += f"?{query}" if query else ""
        try:
            resp = await self.proxy.upstream.request(
                b"GET", url, b"", self._auth(account, route), proxy=account.proxy
            )
            data = await resp.read()
            resp.release()
        except (UpstreamError, TimeoutError) as exc:
            log.warning("polling job %s on %s failed: %s", job_id, account.name, exc)
            return None
        return resp, data
