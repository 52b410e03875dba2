"""Publishing usage events off the response path, through a bounded buffer that spools to
local disk while NATS is away and replays the spool when it is back (SPEC §5).

Spool files appear whole (written aside, fsynced, renamed), so any gateway sharing the spool
directory may replay any file, a dead replica's included. Two replaying one file at once
publish its events twice, which costs nothing: each keeps its Nats-Msg-Id, and the usage
table collapses what the stream's duplicate window lets through."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import time
from collections import deque
from pathlib import Path

import orjson
from nats.aio.client import Client as NATS

from tallygate_shared.events import EVENTS_HEADER, MAX_EVENTS_PER_MESSAGE, USAGE_SUBJECT, UsageEvent, batch_id

log = logging.getLogger(__name__)
WINDOW = 64  # messages in flight at once; each keeps its Nats-Msg-Id for dedup on retry
PER_MESSAGE = MAX_EVENTS_PER_MESSAGE
PUBLISH_TIMEOUT_S = 3.0
# How long the first event of a batch waits for company: at low concurrency events would
# otherwise go one to a message (a publish and an ack each, between two requests); a lone event
# reaches the stream this much later, far inside the 1 s freshness budget (SPEC §8).
LINGER_S = 0.005


class UsagePublisher:
    def __init__(self, nc: NATS, spool_dir: Path, max_buffered: int, instance: str = "gateway") -> None:
        self._nc = nc
        self._js = nc.jetstream(timeout=PUBLISH_TIMEOUT_S)
        self._spool_dir = spool_dir
        self._max = max_buffered
        self._instance = re.sub(r"[^A-Za-z0-9_.-]", "_", instance)
        self._queue: deque[tuple[str, bytes]] = deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._next_replay = 0.0
        self.published = 0
        self.spooled = 0  # events written to the spool, in all
        self.replayed = 0  # events published from the spool, in all

    def submit(self, event: UsageEvent) -> None:
        """Never blocks and never raises on the request path."""
        item = (event.request_id, event.to_json())
        if len(self._queue) >= self._max:
            self._spool([item])
        else:
            self._queue.append(item)
            self._wake.set()

    def start(self) -> None:
        self._spool_dir.mkdir(parents=True, exist_ok=True)
        self._task = asyncio.create_task(self._run())

    @property
    def pending(self) -> int:
        return len(self._queue)

    async def _run(self) -> None:
        while not self._closing or self._queue:
            if time.monotonic() >= self._next_replay:
                self._next_replay = time.monotonic() + 1.0
                await self._replay_spool()
            if not self._queue:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=1.0)
                continue
            if len(self._queue) < PER_MESSAGE and not self._closing:
                await asyncio.sleep(LINGER_S)
            batch = [self._queue.popleft() for _ in range(min(WINDOW * PER_MESSAGE, len(self._queue)))]
            failed = await self._publish(batch)
            if failed:
                self._spool(failed)
                if not self._closing:
                    await asyncio.sleep(0.5)

    async def _publish(self, items: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        """Publish events, PER_MESSAGE to a message, the messages concurrently; return the events
        whose message got no ack."""
        if not self._nc.is_connected:
            return items
        groups = [items[i : i + PER_MESSAGE] for i in range(0, len(items), PER_MESSAGE)]
        results = await asyncio.gather(
            *(
                self._js.publish(
                    USAGE_SUBJECT,
                    b"\n".join(data for _, data in group),
                    headers={
                        "Nats-Msg-Id": batch_id(group[0][0], group[-1][0], len(group)),
                        EVENTS_HEADER: str(len(group)),
                    },
                )
                for group in groups
            ),
            return_exceptions=True,
        )
        failed = [
            item
            for group, res in zip(groups, results, strict=True)
            if isinstance(res, BaseException)
            for item in group
        ]
        self.published += len(items) - len(failed)
        return failed

    def _spool(self, items: list[tuple[str, bytes]]) -> None:
        name = f"usage-{time.time_ns()}-{self._instance}.jsonl"
        aside = self._spool_dir / f".{name}.tmp"
        with aside.open("wb") as f:
            f.write(b"".join(data + b"\n" for _, data in items))
            f.flush()
            os.fsync(f.fileno())
        path = self._spool_dir / name
        os.replace(aside, path)
        self.spooled += len(items)
        log.warning("NATS unavailable: spooled %d usage events to %s", len(items), path)

    async def _replay_spool(self) -> None:
        if not self._nc.is_connected:
            return
        for path in sorted(self._spool_dir.glob("usage-*.jsonl")):
            try:
                lines = [line for line in path.read_bytes().splitlines() if line.strip()]
            except FileNotFoundError:
                continue  # another gateway replayed it meanwhile
            items = [(orjson.loads(line)["request_id"], line) for line in lines]
            failed: list[tuple[str, bytes]] = []
            step = WINDOW * PER_MESSAGE
            for i in range(0, len(items), step):
                failed += await self._publish(items[i : i + step])
            path.unlink(missing_ok=True)
            if failed:
                self._spool(failed)
                return
            self.replayed += len(items)
            log.info("replayed %d spooled usage events from %s", len(items), path.name)

    async def close(self, timeout: float = 10.0) -> None:
        """Flush what is buffered (to NATS, or to the spool when NATS is away)."""
        self._closing = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout)
            except TimeoutError:
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task
        if self._queue:
            self._spool(list(self._queue))
            self._queue.clear()
