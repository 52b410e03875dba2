"""The live tail: usage events as the gateway publishes them (a core NATS subscription on the
usage subjects), fanned out to every open /api/requests/stream."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from datetime import UTC
from typing import Any

from nats.aio.msg import Msg
from pydantic import ValidationError

from tallygate_shared.events import UsageEvent, split_events

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


class LiveTail:
    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[UsageEvent]] = set()

    async def on_message(self, msg: Msg) -> None:
        if not self._listeners:
            return
        for line in split_events(msg.data):
            try:
                event = UsageEvent.model_validate_json(line)
            except ValidationError:
                continue
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
