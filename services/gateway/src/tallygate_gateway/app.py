"""The gateway's door: a plain ASGI app (no framework on the hot path: docs/architecture.md), its routes,
and its lifespan (NATS, the config snapshot, the upstream client, the usage publisher)."""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

import orjson
from nats.aio.client import Client as NATS

from tallygate_shared.config import HEALTH_BUCKET, GatewayLive
from tallygate_shared.events import UsageEvent, new_request_id
from tallygate_shared.nats import close, connect, ensure_jetstream

from .asgi import ClientAddress, Message, Receive, Scope, Send, header, reply
from .dialects import gemini, openai
from .endpoints import ANTHROPIC, GEMINI_METHODS, OPENAI, STATIC, Dialect, Endpoint
from .http.client import UpstreamClient
from .jobs import JobBook, JobDesk
from .journal import UsageJournal
from .metering import Exchange, to_event
from .metrics import Metrics
from .policy import Counters, KeyPolicy
from .proxy import Proxy
from .publisher import UsagePublisher
from .routing import AccountPool
from .settings import GatewaySettings
from .snapshot import ConfigSnapshot

log = logging.getLogger(__name__)
Route = Callable[[Scope, Receive, Send], Awaitable[None]]


class MeteredSend:
    """A proxied request's `send`: the message that ends the answer first seals the Exchange into
    its usage event and journals it, so an answer a client holds is on disk (the page cache, which
    outlives the process) before its last bytes reach the transport. Later sends pass through."""

    __slots__ = ("_seal", "_send", "event", "x")

    def __init__(self, send: Send, x: Exchange, seal: Callable[[Exchange], UsageEvent]) -> None:
        self._send = send
        self._seal = seal
        self.x = x
        self.event: UsageEvent | None = None

    def __call__(self, message: Message) -> Awaitable[None]:
        # A plain function handing back the transport's coroutine: no frame of its own per send.
        if self.event is None and message["type"] == "http.response.body" and not message.get("more_body"):
            self.event = self._seal(self.x)
        return self._send(message)


class GatewayApp:
    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self.client_address = ClientAddress(settings.trusted_proxies.split(","))
        self.counters = Counters(settings.timezone)
        self.snapshot = ConfigSnapshot(self.counters, settings.credential_box(), settings.max_body_bytes)
        self.pool = AccountPool(lambda: self.snapshot.accounts.values(), sticky_ttl_s=settings.sticky_ttl)
        self.policy = KeyPolicy(self.counters, self.snapshot.users)
        self.metrics = Metrics()
        self.proxy: Proxy | None = None
        self.job_book = JobBook()
        self.jobs: JobDesk | None = None
        self.publisher: UsagePublisher | None = None
        self.journal: UsageJournal | None = None
        self._nc: NATS | None = None
        self._upstream: UpstreamClient | None = None
        self._reporter: asyncio.Task[None] | None = None
        self._routes: dict[tuple[str, str], Route] = {
            ("GET", "/v1/models"): self._models,
            ("GET", "/healthz"): self._health,
            ("GET", "/metrics"): self._metrics,
        }
        for path, endpoint in STATIC.items():
            self._routes[("POST", path)] = partial(self._proxied, endpoint)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            route = self._routes.get((scope["method"], scope["path"]))
            if route is None and scope["method"] == "POST":
                route = self._gemini_route(scope["path"])
            if route is None:
                route = self._job_route(scope["method"], scope["path"])
            if route is None:
                body = openai.error_body(404, f"no route {scope['method']} {scope['path']}", "not_found")
                return await reply(send, 404, body, new_request_id())
            return await route(scope, receive, send)
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        return None

    def _gemini_route(self, path: str) -> Route | None:
        found = gemini.model_from_path(path)
        if found is None or found[1] not in GEMINI_METHODS:
            return None
        endpoint, streams = GEMINI_METHODS[found[1]]
        return partial(self._proxied, endpoint, path_model=found[0], path_stream=streams)

    def _job_route(self, method: str, path: str) -> Route | None:
        found = self.jobs.route(method, path) if self.jobs is not None else None
        if found is None or self.jobs is None:
            return None
        jobs, what, args = self.jobs, found[0], found[1:]
        if what == "video_submit":
            return partial(self._metered, OPENAI, jobs.submit_video)
        if what == "task_submit":
            return partial(self._metered, OPENAI, partial(jobs.submit_task, args[0]))
        if what == "video_remix":
            return partial(self._metered, OPENAI, partial(jobs.remix_video, args[0]))
        if what == "video_get":
            return lambda scope, receive, send: jobs.poll("video", "video", args[0], scope, send)
        if what == "task_poll":
            return lambda scope, receive, send: jobs.poll("task", args[0], args[1], scope, send)
        if what == "video_content":
            return partial(jobs.content, args[0])
        if what == "video_delete":
            return lambda scope, receive, send: jobs.delete(args[0], scope, send)
        return lambda scope, receive, send: jobs.list_videos(scope, send)

    async def _proxied(
        self,
        endpoint: Endpoint,
        scope: Scope,
        receive: Receive,
        send: Send,
        path_model: str | None = None,
        path_stream: bool = False,
    ) -> None:
        assert self.proxy is not None
        await self._metered(
            endpoint.dialect, self.proxy.handle, scope, receive, send, endpoint, path_model, path_stream
        )

    async def _metered(
        self,
        dialect: Dialect,
        run: Callable[..., Awaitable[None]],
        scope: Scope,
        receive: Receive,
        send: Send,
        *args: Any,
    ) -> None:
        """One metered request: its key, its Exchange, and its one usage event however it ends."""
        assert self.proxy is not None and self.publisher is not None
        request_id = new_request_id()
        key = self.proxy.authenticate(scope)
        if key is None:  # not a usage row (docs/architecture.md), only a metric
            self.metrics.unauthenticated += 1
            body = dialect.error_body(401, "invalid, disabled or expired API key", "invalid_api_key")
            return await reply(send, 401, body, request_id)
        x = Exchange(
            request_id=request_id,
            endpoint=scope["path"],
            key=key,
            client_ip=self.client_address.of(scope),
            user_agent=(header(scope, b"user-agent") or b"").decode("latin-1"),
        )
        metered = MeteredSend(send, x, self._seal)
        try:
            await run(x, scope, receive, metered, *args)  # (no closure per request on the hot path)
        except ConnectionResetError:
            x.fail(499, "client_disconnected")
        except Exception:
            log.exception("request %s failed inside the gateway", request_id)
            if not x.status_code:
                x.fail(500, "internal_error")
                body = dialect.error_body(500, "internal gateway error", "internal_error", "api_error")
                await reply(metered, 500, body, request_id)
        finally:
            # Sealed as the answer ended, or now for a request that ended otherwise (a client
            # that hung up before the answer, a failure after it).
            event = metered.event or self._seal(x)
            self.counters.record(
                event.api_key_id,
                event.account_id,
                event.task_type,
                event.billed_cost_usd,
                event.status_code < 400,
            )
            self.metrics.requests[(event.endpoint, event.status_code)] += 1

    def _seal(self, x: Exchange) -> UsageEvent:
        """The request's one usage event, journaled and queued for NATS."""
        assert self.publisher is not None
        event = to_event(x, self.snapshot.prices, self.settings.instance_id, self.snapshot.multiplier(x.key))
        self.publisher.submit(event)
        return event

    def _pending(self, x: Exchange) -> None:
        """A synchronous task's first event: a pending job, from its send to its answer."""
        assert self.publisher is not None
        multiplier = self.snapshot.multiplier(x.key)
        self.publisher.submit(
            to_event(x, self.snapshot.prices, self.settings.instance_id, multiplier, "pending")
        )

    def _job_ended(self, event: UsageEvent) -> None:
        """A submit-and-poll job's final event: its spend counts at once (its quota slot was
        counted at its submit)."""
        assert self.publisher is not None
        self.publisher.submit(event)
        self.counters.record(
            event.api_key_id, event.account_id, event.task_type, event.billed_cost_usd, False
        )

    async def _models(self, scope: Scope, receive: Receive, send: Send) -> None:
        """GET /v1/models, answered by the gateway itself (not metered): the models the key
        may use on enabled accounts of the caller's dialect, in that dialect's list shape."""
        request_id = new_request_id()
        assert self.proxy is not None
        dialect = ANTHROPIC if header(scope, b"anthropic-version") else OPENAI
        key = self.proxy.authenticate(scope)
        if key is None:
            self.metrics.unauthenticated += 1
            body = dialect.error_body(401, "invalid, disabled or expired API key", "invalid_api_key")
            return await reply(send, 401, body, request_id)
        names: set[str] = set()
        for account in self.snapshot.accounts.values():
            if account.enabled and account.provider in dialect.providers:
                names.update(account.models)
                names.update(account.model_map)
        allowed = sorted(name for name in names if key.allows(name))
        if dialect is ANTHROPIC:
            created = datetime.now(UTC).isoformat()
            data: list[dict[str, object]] = [
                {"type": "model", "id": n, "display_name": n, "created_at": created} for n in allowed
            ]
            doc: dict[str, object] = {
                "data": data,
                "has_more": False,
                "first_id": allowed[0] if allowed else None,
                "last_id": allowed[-1] if allowed else None,
            }
        else:
            now = int(time.time())
            data = [{"id": n, "object": "model", "created": now, "owned_by": "tallygate"} for n in allowed]
            doc = {"object": "list", "data": data}
        await reply(send, 200, orjson.dumps(doc), request_id)

    async def _health(self, scope: Scope, receive: Receive, send: Send) -> None:
        ok = self._nc is not None and self._nc.is_connected
        status: dict[str, object] = {
            "status": "ok" if ok else "degraded",
            "nats": ok,
            "accounts": {a: live.model_dump(mode="json") for a, live in self.pool.snapshot().items()},
        }
        await reply(send, 200, orjson.dumps(status | self._usage_gauges()), new_request_id())

    def _usage_gauges(self) -> dict[str, float]:
        if self.publisher is None or self.journal is None:
            return {}
        return {
            "usage_buffered": self.publisher.pending,
            "usage_published": self.publisher.published,
            "usage_spooled": self.publisher.spooled,
            "usage_replayed": self.publisher.replayed,
            "usage_lost": self.publisher.lost,
            "usage_journal_bytes": self.journal.bytes,
            "usage_journal_segments": self.journal.segments,
            "usage_journal_unacked": self.journal.unacked,
            "usage_journal_write_errors": self.journal.write_errors,
        }

    async def _metrics(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = self.metrics.render(self._usage_gauges(), self.pool.snapshot())
        await reply(send, 200, body, new_request_id(), b"text/plain; version=0.0.4")

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:
                    log.exception("gateway failed to start")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def startup(self) -> None:
        s = self.settings
        self._nc = await connect(
            s.nats_url,
            f"gateway-{s.instance_id}",
            on_reconnect=self._rewatch,
            user=s.nats_user,
            password=s.nats_password,
        )
        js = self._nc.jetstream()
        await ensure_jetstream(js)
        await self.snapshot.start(js)
        self._upstream = UpstreamClient(s.upstream_connect_timeout_s, s.upstream_read_timeout_s)
        self.proxy = Proxy(
            self.snapshot,
            self.pool,
            self.policy,
            self._upstream,
            s.key_secret.get_secret_value().encode(),
            s.task_read_timeouts,
            self._pending,
        )
        await self.job_book.start(js)
        self.jobs = JobDesk(
            self.proxy,
            self.job_book,
            self._job_ended,
            s.instance_id,
            s.job_poll_after_s,
            s.job_poll_interval_s,
            s.job_timeout_s,
        )
        # The spool directory is scanned too: files an older gateway spooled there are replayed.
        self.journal = UsageJournal(s.journal_path, s.journal_segment_bytes, s.instance_id, (s.spool_dir,))
        self.journal.open()
        self.publisher = UsagePublisher(self._nc, self.journal, s.publish_buffer)
        self.publisher.start()
        self.jobs.start()
        self._reporter = asyncio.create_task(self._report_live(await js.key_value(HEALTH_BUCKET)))
        # What start-up made lives as long as the process: keep it out of the collector's full
        # passes, which otherwise walk every schema and module on the request path (p99).
        gc.collect()
        gc.freeze()
        log.info("gateway ready on %s:%s", s.gateway_host, s.gateway_port)

    async def _rewatch(self) -> None:
        # After a NATS server restart a KV watcher stalls (docs/architecture.md): start it afresh.
        if self._nc is not None:
            await self.snapshot.start(self._nc.jetstream())
            await self.job_book.mirror.start(self._nc.jetstream())

    async def _report_live(self, kv: Any) -> None:
        """Every second, this gateway's view of account health and load (and keys in flight)
        goes to the health bucket for admin-api's account and key tables: only when it changed,
        and at least every 10 s so the entry outlives the bucket's TTL while the gateway lives."""
        name = "gateway." + re.sub(r"[^A-Za-z0-9_-]", "_", self.settings.instance_id)
        last, last_at = b"", 0.0
        while True:
            await asyncio.sleep(1.0)
            accounts = self.pool.snapshot()
            keys = {k: n for k, n in self.policy.in_flight.items() if n}
            body = orjson.dumps({"a": [a.model_dump(mode="json") for a in accounts.values()], "k": keys})
            if body == last and time.monotonic() - last_at < 10:
                continue
            report = GatewayLive(
                instance=self.settings.instance_id,
                reported_at=datetime.now(UTC),
                accounts=accounts,
                keys_in_flight=keys,
            )
            try:
                await kv.put(name, report.model_dump_json().encode())
                last, last_at = body, time.monotonic()
            except Exception as exc:  # NATS away: the next turn tries again
                log.debug("could not report live state: %s", exc)

    async def shutdown(self) -> None:
        if self._reporter is not None:
            self._reporter.cancel()
        if self.jobs is not None:
            await self.jobs.stop()
        if self.publisher is not None:
            await self.publisher.close()
        await self.snapshot.stop()
        await self.job_book.stop()
        if self._upstream is not None:
            self._upstream.close()
        if self._nc is not None:
            await close(self._nc)


def create_app(settings: GatewaySettings | None = None) -> GatewayApp:
    return GatewayApp(settings or GatewaySettings())
