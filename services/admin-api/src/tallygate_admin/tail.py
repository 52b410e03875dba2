"""The live tail: usage events as the gateway publishes them (a FastStream core-NATS subscriber on
the usage subjects), fanned out to every open /api/requests/stream."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC
from typing import Any

from faststream.message import StreamMessage
from faststream.nats import NatsBroker, NatsRouter
from pydantic import ValidationError

from tallygate_shared.events import USAGE_SUBJECT_PREFIX, UsageEvent, split_events

from .money import money

log = logging.getLogger(__name__)
QUEUE_SIZE = 1000  # per listener; a listener that falls behind loses its oldest rows


def event_row(e: UsageEvent) -> dict[str, Any]:
    """A usage event in the request log's row shape (the `usage` view's columns)."""
    row = e.model_dump(exclude={"started_at", "ended_at", "schema_version"})
    row["ts"] = e.started_at.astimezone(UTC).isoformat()
    row["end_ts"] = e.ended_at.astimezone(UTC).isoformat()
    row["cost_usd"] = money(e.cost_usd)
    row["billed_cost_usd"] = money(e.billed_cost_usd)
    return row


def decode_lines(data: bytes) -> list[UsageEvent]:
    """A usage message's events (one JSON line each); a line that does not decode is skipped."""
    events = []
    for line in split_events(data):
        try:
            events.append(UsageEvent.model_validate_json(line))
        except ValidationError:
            continue
    return events


class LiveTail:
    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[UsageEvent]] = set()
        self._on_close: list[Callable[[], Awaitable[None]]] = []

    @property
    def listening(self) -> bool:
        return bool(self._listeners)

    def put(self, events: list[UsageEvent]) -> None:
        for event in events:
            for queue in self._listeners:
                if queue.full():
                    with contextlib.suppress(asyncio.QueueEmpty):
                        queue.get_nowait()
                queue.put_nowait(event)

    async def follow(
        self, keep: Callable[[UsageEvent], bool], heartbeat_s: float = 15.0
    ) -> AsyncIterator[UsageEvent | None]:
        """Events as they come (None every heartbeat_s of silence, to keep proxies open)."""
        queue: asyncio.Queue[UsageEvent] = asyncio.Queue(QUEUE_SIZE)
        self._listeners.add(queue)
        try:
            while True:
                try:
                    event = await asyncio.wait_for(queue.get(), heartbeat_s)
                except TimeoutError:
                    yield None
                    continue
                if keep(event):
                    yield event
        finally:
            self._listeners.discard(queue)

    def on_close(self, stop: Callable[[], Awaitable[None]]) -> None:
        self._on_close.append(stop)

    async def close(self) -> None:
        for stop in self._on_close:
            await stop()
        self._on_close.clear()


def add_tail_subscriber(broker: NatsBroker | NatsRouter, tail: LiveTail) -> None:
    """The door: a core-NATS subscription to every usage subject, feeding `tail`. Nothing is
    decoded while no one follows the tail (admin-api sees every request the gateways serve)."""

    async def decode(msg: StreamMessage[Any]) -> list[UsageEvent]:
        return decode_lines(msg.body) if tail.listening else []

    @broker.subscriber(
        USAGE_SUBJECT_PREFIX + ">",
        decoder=decode,
        # The gateway publishes with JetStream: each message carries a reply subject for its
        # PubAck in the gateway's inbox, which admin-api must never answer.
        no_reply=True,
        title="live-tail",
        description="admin-api's live tail of the request log (/api/requests/stream): a core NATS "
        "subscription, no consumer; each message holds one or more UsageEvents, one JSON line each.",
    )
    async def on_usage(events: list[UsageEvent]) -> None:
        tail.put(events)
