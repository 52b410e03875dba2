"""NATS access: one connection per process, the usage stream and config buckets made idempotently."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import nats
from nats.aio.client import Client as NATS
from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, KeyValueConfig, RetentionPolicy, StorageType, StreamConfig
from nats.js.errors import BadRequestError, NotFoundError
from pydantic import SecretStr

from .config import BUCKETS, HEALTH_BUCKET, HEALTH_TTL_S, SESSION_TTL_S, SESSIONS_BUCKET
from .events import AUDIT_STREAM, AUDIT_SUBJECT, USAGE_STREAM, USAGE_SUBJECT_PREFIX
from .jobs import JOB_TTL_S, JOBS_BUCKET

log = logging.getLogger(__name__)

# Redelivered publishes (a timed-out ack, a replayed spool) within this window are dropped by
# the server; older ones are collapsed by ClickHouse. Exactness never rests on this window.
DUPLICATE_WINDOW_S = 600.0
USAGE_MAX_AGE_S = 7 * 24 * 3600.0


def inbox_prefix(user: str) -> str:
    """Each NATS user gets its replies and KV deliveries under an inbox prefix of its own, and
    may subscribe to nothing else there (nats_auth.py)."""
    return f"_INBOX.{user}"


def redacted(url: str) -> str:
    """The URL without any user or password in it, for logs and errors."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


async def connect(
    url: str,
    name: str,
    on_reconnect: Callable[[], Awaitable[None]] | None = None,
    *,
    user: str = "",
    password: SecretStr | None = None,
) -> NATS:
    """Connect with bounded first attempts (a missing server fails in seconds, not minutes)
    and unbounded reconnects once connected. With `user`, as that NATS user; without, with no
    credentials (a server without authorization, as in the tests). A `tls://` URL connects
    with TLS, verified against the system's trust store (`SSL_CERT_FILE` picks a private CA)."""

    async def reconnected() -> None:
        log.info("%s reconnected to NATS", name)
        if on_reconnect is not None:
            await on_reconnect()

    async def disconnected() -> None:
        log.warning("%s disconnected from NATS", name)

    connected = False

    async def error(exc: Exception) -> None:
        # nats-py retries a refused first connection forever: raising here ends the attempt.
        if not connected and "authorization violation" in str(exc).lower():
            raise _Refused(str(exc))
        log.warning("%s NATS error: %s", name, exc)

    auth: dict[str, Any] = {}
    if user:
        secret = password.get_secret_value() if password is not None else ""
        auth = {"user": user, "password": secret, "inbox_prefix": inbox_prefix(user)}
    last: Exception | None = None
    for _ in range(20):
        try:
            nc = await nats.connect(
                url,
                name=name,
                max_reconnect_attempts=-1,
                reconnect_time_wait=0.5,
                connect_timeout=2,
                allow_reconnect=True,
                reconnected_cb=reconnected,
                disconnected_cb=disconnected,
                error_cb=error,
                **auth,
            )
        except _Refused:
            who = f"user {user!r}" if user else "a connection without credentials"
            raise ConnectionError(
                f"NATS at {redacted(url)} refused {who}: wrong or missing credentials"
            ) from None
        except (OSError, nats.errors.NoServersError, TimeoutError) as exc:
            last = exc
            await asyncio.sleep(0.5)
        else:
            connected = True
            return nc
    raise ConnectionError(f"cannot reach NATS at {redacted(url)}: {last}")


class _Refused(Exception):
    pass


def stream_configs() -> list[StreamConfig]:
    """The usage and audit streams."""
    usage = StreamConfig(
        name=USAGE_STREAM,
        subjects=[USAGE_SUBJECT_PREFIX + ">"],
        retention=RetentionPolicy.LIMITS,
        storage=StorageType.FILE,
        discard=DiscardPolicy.OLD,
        max_age=USAGE_MAX_AGE_S,
        duplicate_window=DUPLICATE_WINDOW_S,
    )
    audit = StreamConfig(
        name=AUDIT_STREAM,
        subjects=[AUDIT_SUBJECT],
        retention=RetentionPolicy.LIMITS,
        storage=StorageType.FILE,
        max_age=30 * 24 * 3600.0,
        duplicate_window=DUPLICATE_WINDOW_S,
    )
    return [usage, audit]


def bucket_configs() -> list[KeyValueConfig]:
    """The KV buckets: config records, sessions, gateway health."""
    buckets = [KeyValueConfig(bucket=b, history=5) for b in BUCKETS]
    buckets.append(KeyValueConfig(bucket=SESSIONS_BUCKET, history=1, ttl=SESSION_TTL_S))
    buckets.append(KeyValueConfig(bucket=HEALTH_BUCKET, history=1, ttl=HEALTH_TTL_S))
    buckets.append(KeyValueConfig(bucket=JOBS_BUCKET, history=1, ttl=JOB_TTL_S))
    return buckets


def jetstream_names() -> list[str]:
    """The names of every stream Tallygate uses, a bucket's being KV_<bucket>."""
    return [s.name or "" for s in stream_configs()] + [f"KV_{b.bucket}" for b in bucket_configs()]


async def ensure_jetstream(js: JetStreamContext) -> None:
    """Create the streams and buckets that are missing; safe to race.

    With NATS authorization only the `setup` user may create them (nats_auth.py), and it does
    before any service starts: then a service's call only finds that each exists, asking for
    stream names (STREAM.NAMES), the one JetStream API call every service user may make. A
    service that finds one missing tries to create it and, refused, fails naming the setup
    step; without authorization (the tests) it creates what it needs."""

    async def exists(name: str, subject: str) -> bool:
        try:
            return await js.find_stream_name_by_subject(subject) == name
        except NotFoundError:
            return False

    streams = stream_configs()
    buckets = bucket_configs()
    found = await asyncio.gather(
        *(exists(s.name or "", (s.subjects or [""])[0]) for s in streams),
        *(exists(f"KV_{b.bucket}", f"$KV.{b.bucket}.>") for b in buckets),
    )
    missing_streams = [s for s, ok in zip(streams, found[: len(streams)], strict=True) if not ok]
    missing_buckets = [b for b, ok in zip(buckets, found[len(streams) :], strict=True) if not ok]
    try:
        for stream in missing_streams:
            try:
                await js.add_stream(stream)
            except BadRequestError:
                await js.stream_info(stream.name or "")  # created by a racing service meanwhile
        for bucket in missing_buckets:
            with contextlib.suppress(BadRequestError):  # created by a racing service meanwhile
                await js.create_key_value(bucket)
    except nats.errors.TimeoutError as exc:
        # A create this user may not make is dropped by the server, so it only times out.
        names = [s.name for s in missing_streams] + [f"KV_{b.bucket}" for b in missing_buckets]
        raise RuntimeError(
            f"NATS JetStream lacks {', '.join(str(n) for n in names)} and this NATS user may not "
            "create them: run the setup step first (`python -m tallygate_shared.nats_auth setup` "
            "as the setup user; docs/security.md)"
        ) from exc


class BucketMirror:
    """A live local copy of one KV bucket: key -> (value bytes, revision).

    `start()` returns once the current values are loaded; afterwards the watch applies each
    change within about a millisecond. Restart it after a reconnect: a watcher stalls after a
    server restart (docs/architecture.md)."""

    def __init__(self, bucket: str, on_change: Callable[[str, bytes | None], None] | None = None):
        self.bucket = bucket
        self.items: dict[str, tuple[bytes, int]] = {}
        self._on_change = on_change or (lambda key, value: None)
        self._task: asyncio.Task[None] | None = None
        self._watcher: Any = None
        self._applied = asyncio.Condition()

    async def start(self, js: JetStreamContext) -> None:
        await self.stop()
        kv = await js.key_value(self.bucket)
        self._watcher = await kv.watchall()
        ready = asyncio.Event()
        self._task = asyncio.create_task(self._follow(self._watcher, ready))
        await asyncio.wait_for(ready.wait(), timeout=10)

    async def _follow(self, watcher: Any, ready: asyncio.Event) -> None:
        seen: set[str] = set()
        async for entry in watcher:
            if entry is None:  # end of the current values: forget what was deleted meanwhile
                for gone in set(self.items) - seen:
                    self._apply(gone, None, 0)
                ready.set()
                continue
            if not ready.is_set():
                seen.add(entry.key)
            deleted = entry.operation in ("DEL", "PURGE") or not entry.value
            self._apply(entry.key, None if deleted else entry.value, entry.revision)
            async with self._applied:
                self._applied.notify_all()

    def _apply(self, key: str, value: bytes | None, revision: int) -> None:
        if value is None:
            self.items.pop(key, None)
        else:
            self.items[key] = (value, revision)
        try:
            self._on_change(key, value)
        except Exception:
            log.exception("bad %s entry %s ignored", self.bucket, key)

    async def wait_for(self, key: str, revision: int | None, timeout: float = 2.0) -> None:
        """Wait until the mirror shows `key` at `revision` (None: until it is gone), so a
        writer reads its own write."""

        def arrived() -> bool:
            current = self.items.get(key)
            return current is None if revision is None else current is not None and current[1] >= revision

        async with self._applied:
            await asyncio.wait_for(self._applied.wait_for(arrived), timeout)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        if self._watcher is not None:
            with contextlib.suppress(Exception):
                await self._watcher.stop()
            self._watcher = None


async def close(nc: NATS) -> None:
    """Flush what was written (acks included), then close. Preferred over drain(), which
    waits out every subscription's pending pull request (up to its 30 s drain timeout)."""
    with contextlib.suppress(Exception):
        await nc.flush(timeout=2)
    await nc.close()
