"""Publishing usage events off the response path (docs/architecture.md): each event is journaled (journal.py),
queued in a bounded buffer drained to JetStream, and dropped from the journal once acked. What
NATS could not take waits in the journal alone and is replayed from it when NATS is back."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections import deque

import orjson
from nats.aio.client import Client as NATS

from tallygate_shared.events import (
    EVENTS_HEADER,
    MAX_EVENTS_PER_MESSAGE,
    USAGE_SUBJECT,
    UsageEvent,
    batch_id,
    message_id_of,
)

from .journal import Orphan, Ticket, UsageJournal

log = logging.getLogger(__name__)
WINDOW = 64  # messages in flight at once; each keeps its Nats-Msg-Id for dedup on retry
PER_MESSAGE = MAX_EVENTS_PER_MESSAGE
PUBLISH_TIMEOUT_S = 3.0
# How long the first event of a batch waits for company: at low concurrency events would
# otherwise go one to a message (a publish and an ack each, between two requests); a lone event
# reaches the stream this much later, far inside the 1 s freshness budget (docs/benchmarks.md).
LINGER_S = 0.005
UPKEEP_S = 1.0  # journal upkeep and replay, at most this far apart

Item = tuple[str, bytes, Ticket | None]  # message id, the event's JSON, its place in the journal


class UsagePublisher:
    def __init__(self, nc: NATS, journal: UsageJournal, max_buffered: int) -> None:
        self._nc = nc
        self._js = nc.jetstream(timeout=PUBLISH_TIMEOUT_S)
        self._journal = journal
        self._max = max_buffered
        self._queue: deque[Item] = deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._next_upkeep = 0.0
        self.published = 0
        self.spooled = 0  # events left to the journal alone (NATS away, buffer full), in all
        self.replayed = 0  # events published from the journal, in all
        self.lost = 0  # events that could be neither journaled nor kept (disk failing, NATS away)

    def submit(self, event: UsageEvent) -> None:
        """Journal the event, then queue it. Never blocks and never raises on the request path;
        it returns once the event is in the journal (one write())."""
        data = event.to_json()
        item = (event.message_id, data, self._journal.append(data))
        if len(self._queue) < self._max:
            self._queue.append(item)
            self._wake.set()
        else:
            self._leave([item])

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    @property
    def pending(self) -> int:
        return len(self._queue)

    async def _run(self) -> None:
        while not self._closing or self._queue:
            if time.monotonic() >= self._next_upkeep:
                self._next_upkeep = time.monotonic() + UPKEEP_S
                await self._upkeep()
            if not self._queue:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=UPKEEP_S)
                continue
            if len(self._queue) < PER_MESSAGE and not self._closing:
                await asyncio.sleep(LINGER_S)
            batch = [self._queue.popleft() for _ in range(min(WINDOW * PER_MESSAGE, len(self._queue)))]
            failed = await self._publish(batch)
            if failed:
                self._leave(failed)
                if not self._closing:
                    await asyncio.sleep(0.5)

    async def _publish(self, items: list[Item]) -> list[Item]:
        """Publish events, PER_MESSAGE to a message, the messages concurrently; each acked event
        leaves the journal. Returns the events whose message got no ack."""
        if not self._nc.is_connected:
            return items
        groups = [items[i : i + PER_MESSAGE] for i in range(0, len(items), PER_MESSAGE)]
        results = await asyncio.gather(
            *(
                self._js.publish(
                    USAGE_SUBJECT,
                    b"\n".join(data for _, data, _ in group),
                    headers={
                        "Nats-Msg-Id": batch_id(group[0][0], group[-1][0], len(group)),
                        EVENTS_HEADER: str(len(group)),
                    },
                )
                for group in groups
            ),
            return_exceptions=True,
        )
        failed: list[Item] = []
        ack = self._journal.ack
        for group, res in zip(groups, results, strict=True):
            if isinstance(res, BaseException):
                failed += group
                continue
            for _, _, ticket in group:
                if ticket is not None:
                    ack(ticket)
        self.published += len(items) - len(failed)
        return failed

    def _leave(self, items: list[Item]) -> None:
        """Events out of memory without an ack: the journal has them for a replay. One the journal
        could not take goes back in the queue while there is room; it has nowhere else to wait."""
        for item in items:
            ticket = item[2]
            if ticket is not None:
                self._journal.leave(ticket)
                self.spooled += 1
            elif len(self._queue) < self._max and not self._closing:
                self._queue.append(item)
            else:
                self.lost += 1
                log.error("usage event %s lost: neither the journal nor NATS took it", item[0])

    async def _upkeep(self) -> None:
        journal = self._journal
        journal.roll_if_settled()
        # Events that wait in the journal alone reach stable storage within a second, as the
        # spool's did; off the loop, since an fdatasync() can take milliseconds.
        fds = journal.sync()
        if fds:
            await asyncio.to_thread(_sync_and_close, fds)
        if not self._nc.is_connected:
            return
        if journal.left and not await self._replay_left():
            return
        for orphan in journal.orphans():
            if not await self._replay_orphan(orphan):
                return

    async def _replay_left(self) -> bool:
        """Publish this process's events that wait in the journal alone, a batch at a time and
        one segment read at a time (True when all went)."""
        step = WINDOW * PER_MESSAGE
        batch: list[Item] = []
        done = 0
        for ticket, line in self._journal.left_behind():
            batch.append((message_id_of(line), line, ticket))
            if len(batch) == step:
                if await self._publish(batch):
                    return False  # still LEFT in the journal: the next pass tries again
                done += len(batch)
                self.replayed += len(batch)
                batch = []
        if batch:
            if await self._publish(batch):
                return False
            done += len(batch)
            self.replayed += len(batch)
        if done:
            log.info("replayed %d usage events from the journal", done)
        return True

    async def _replay_orphan(self, orphan: Orphan) -> bool:
        """Publish every event of a segment no live gateway holds, then delete it. Some may have
        been published before its gateway died: the usage table keeps one row per request_id."""
        items: list[Item] = []
        for line in orphan.data.split(b"\n"):
            if not line.strip():
                continue
            try:
                items.append((message_id_of(line), line, None))
            except (orjson.JSONDecodeError, KeyError, TypeError):
                # Only a power loss leaves a torn line (the last one); the kernel lost the rest.
                log.warning("usage journal %s: skipped a torn line of %d bytes", orphan.path.name, len(line))
        step = WINDOW * PER_MESSAGE
        for i in range(0, len(items), step):
            if await self._publish(items[i : i + step]):
                self._journal.release(orphan)  # kept whole: the next pass replays it again
                return False
        self._journal.done(orphan)
        self.replayed += len(items)
        log.info(
            "replayed %d usage events from %s, left by a gateway that stopped", len(items), orphan.path.name
        )
        return True

    async def close(self, timeout: float = 10.0) -> None:
        """Flush what is buffered to NATS; what NATS did not take stays in the journal (made
        durable) for the next start."""
        self._closing = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout)
            except TimeoutError:
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task
        self._leave(list(self._queue))
        self._queue.clear()
        self._journal.close()


def _sync_and_close(fds: list[int]) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.fdatasync(fd)
        os.close(fd)
