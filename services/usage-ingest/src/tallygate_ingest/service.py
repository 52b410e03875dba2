"""The ingest loop: a durable JetStream pull consumer, batches bounded by size and time,
acked only after ClickHouse has the rows. Audit events arrive through FastStream (audit.py).

Why nats-py and not FastStream's batch subscriber for usage events: FastStream 0.7.8's batch
pull loop catches `nats.errors.TimeoutError`, but nats-py 2.16's `fetch()` raises plain
`asyncio.TimeoutError` when a deadline runs out between its two pull requests. The loop then dies
mid-batch and the messages it had gathered stay unacked until `ack_wait` brings them back
(seconds of delay on partial batches). Re-tested, still so: docs/architecture.md."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import nats.errors
from faststream.nats import NatsBroker
from nats.aio.client import Client as NATS
from nats.aio.msg import Msg
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError
from pydantic import BaseModel, TypeAdapter, ValidationError

from tallygate_shared.broker import nats_broker, pull_inbox
from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate
from tallygate_shared.events import (
    AUDIT_DURABLE,
    AUDIT_STREAM,
    INGEST_DURABLE,
    MAX_EVENTS_PER_MESSAGE,
    USAGE_STREAM,
    USAGE_SUBJECT_PREFIX,
    UsageEvent,
    events_in,
    split_events,
)
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.nats import ensure_jetstream
from tallygate_shared.settings import CommonSettings

from .audit import add_audit_consumer
from .writer import UsageWriter

log = logging.getLogger(__name__)
Write = Callable[[list[UsageEvent]], Awaitable[None]]
M = TypeVar("M", bound=BaseModel)


class IngestSettings(CommonSettings):
    ingest_batch_size: int = 5000
    ingest_batch_timeout_s: float = 0.2
    # An unacked batch (a crash between insert and ack) comes back after this long.
    ingest_ack_wait_s: float = 15.0


@functools.cache
def _list_of(model: type[M]) -> TypeAdapter[list[M]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def decode(model: type[M], lines: list[bytes], headers: dict[str, str] | None) -> list[M]:
    """A message's lines as records: all of them in one call when they are all good (a message
    of 64 events costs 12 % less that way), else line by line, the bad ones logged and left."""
    try:
        records = _list_of(model).validate_json(b"[" + b",".join(lines) + b"]")
    except ValidationError:
        pass
    else:
        if len(records) == len(lines):  # not more: `{..},{..}` on one line is one bad line
            return records
    records = []
    for line in lines:
        try:
            records.append(model.model_validate_json(line))
        except ValidationError as exc:
            log.error("dropping an undecodable %s in message %s: %s", model.__name__, headers, exc)
    return records


async def handle_batch(msgs: list[Msg], model: type[M], write: Callable[[list[M]], Awaitable[None]]) -> bool:
    """Decode, write, then ack. A message holds one record or several, one JSON object per line.
    Undecodable lines are logged and dropped (retrying cannot fix them; a message of nothing but
    such lines is terminated); a failed write naks the batch so JetStream redelivers it.
    True if written."""
    records: list[M] = []
    good: list[Msg] = []
    for msg in msgs:
        decoded = decode(model, split_events(msg.data), msg.headers)
        records += decoded
        if decoded:
            good.append(msg)
        else:
            await msg.term()
    try:
        await write(records)
    except Exception:
        log.exception(
            "insert of %d %s rows failed; JetStream will redeliver them", len(records), model.__name__
        )
        for msg in good:
            await msg.nak(delay=1.0)
        return False
    for msg in good:
        await msg.ack()
    return True


@dataclass(frozen=True)
class Feed:
    """One stream this service drains into one table."""

    stream: str
    subject: str
    durable: str
    model: type[BaseModel]
    write: Callable[[list[Any]], Awaitable[None]]


class IngestService:
    """Owns the writer's ClickHouse client, the NATS connection, the usage consume loop (usage
    events into usage_events) and the FastStream broker of the audit consumer (audit_log)."""

    def __init__(self, settings: IngestSettings, write: Write | None = None) -> None:
        self.settings = settings
        self._write = write
        self._ch: AsyncClickHouse | None = None
        self._nc: NATS | None = None
        self._broker: NatsBroker | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = False
        self.batches = 0

    async def start(self) -> None:
        s = self.settings
        client = connect(s.clickhouse_url)
        self._ch = AsyncClickHouse(client, "ingest")
        await self._ch.run(migrate, client, s.clickhouse_database)
        writer = UsageWriter(self._ch, s.clickhouse_database)
        feeds = [
            Feed(
                USAGE_STREAM,
                USAGE_SUBJECT_PREFIX + ">",
                INGEST_DURABLE,
                UsageEvent,
                self._write or writer.write,
            ),
        ]
        self._nc = await nats_connect(s.nats_url, "usage-ingest", user=s.nats_user, password=s.nats_password)
        js = self._nc.jetstream()
        await ensure_jetstream(js)
        self._broker = nats_broker(s.nats_url, "usage-ingest", user=s.nats_user, password=s.nats_password)
        add_audit_consumer(
            self._broker, writer.write_audit, inbox=pull_inbox(s.nats_user), ack_wait_s=s.ingest_ack_wait_s
        )
        await self._broker.start()
        log.info("usage-ingest consuming %s as %s (FastStream)", AUDIT_STREAM, AUDIT_DURABLE)
        for feed in feeds:
            sub = await js.pull_subscribe(
                feed.subject,
                durable=feed.durable,
                stream=feed.stream,
                config=ConsumerConfig(
                    ack_policy=AckPolicy.EXPLICIT,
                    deliver_policy=DeliverPolicy.ALL,
                    ack_wait=s.ingest_ack_wait_s,
                    max_ack_pending=max(20_000, s.ingest_batch_size * 4),
                ),
            )
            self._tasks.append(asyncio.create_task(self._consume(sub, feed)))
            log.info("usage-ingest consuming %s as %s", feed.stream, feed.durable)

    async def _fetch_batch(self, sub: Any) -> list[Msg]:
        """Wait (up to 1 s) for a first message, then gather more for at most the batch
        timeout or until the batch holds ingest_batch_size events. A message carries up to
        MAX_EVENTS_PER_MESSAGE events, so each pull asks for as many messages as could fill
        the rest: a backlog is drained in batches of the configured size, not of that many
        messages (64 times as many events, all decoded at once)."""
        size = self.settings.ingest_batch_size
        msgs: list[Msg] = []
        events = 0
        deadline: float | None = None
        while events < size:
            wait = 1.0 if deadline is None else deadline - time.monotonic()
            if wait <= 0.001:
                break
            want = max(1, (size - events) // MAX_EVENTS_PER_MESSAGE)
            try:
                got = await sub.fetch(want, timeout=wait)
            except (TimeoutError, nats.errors.TimeoutError):
                break
            msgs += got
            events += sum(events_in(msg.headers) for msg in got)
            if deadline is None:
                deadline = time.monotonic() + self.settings.ingest_batch_timeout_s
        return msgs

    async def _consume(self, sub: Any, feed: Feed) -> None:
        while True:
            try:
                msgs = await self._fetch_batch(sub)
            except (nats.errors.ConnectionClosedError, nats.errors.NoServersError) as exc:
                log.warning("fetch failed (%s); retrying", exc)
                await asyncio.sleep(0.5)
                continue
            if not msgs:
                if self._stopping:
                    return  # everything delivered is written and acked
                continue
            if await handle_batch(msgs, feed.model, feed.write):
                self.batches += 1

    async def abort(self) -> None:
        """Stop at once, acking nothing more: what a crash leaves behind (JetStream
        redelivers the unacked messages after ack_wait)."""
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._broker is not None:
            await self._broker.stop()
        if self._nc is not None:
            await self._nc.close()
        if self._ch is not None:
            self._ch.close()

    async def _audit_drained(self, timeout: float) -> None:
        """Wait until the audit consumer has nothing undelivered or unacked (FastStream's stop
        would otherwise leave a fetched, unwritten event to come back after ack_wait)."""
        assert self._nc is not None
        js = self._nc.jetstream()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                info = await js.consumer_info(AUDIT_STREAM, AUDIT_DURABLE)
            except (NotFoundError, nats.errors.Error) as exc:
                log.warning("could not see the audit consumer's state (%s)", exc)
                return
            if not info.num_pending and not info.num_ack_pending:
                return
            await asyncio.sleep(0.05)

    async def stop(self, timeout: float = 30.0) -> None:
        """Drain: keep consuming until the streams have nothing left for us, then stop."""
        self._stopping = True
        if self._broker is not None:
            await self._audit_drained(timeout / 3)
            await self._broker.stop()
        if self._tasks:
            _done, pending = await asyncio.wait(self._tasks, timeout=timeout)
            if pending:
                log.warning("stopped with events pending; they are redelivered at next start")
            for task in pending:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self._nc is not None:
            await nats_close(self._nc)
        if self._ch is not None:
            self._ch.close()
