"""Why usage-ingest's batch pull stays on nats-py (docs/architecture.md, usage-ingest): FastStream's
batch `PullSub` loop catches `nats.errors.TimeoutError`, but nats-py's `fetch()` also raises a
plain `asyncio.TimeoutError` when the deadline runs out between its no-wait and its long-poll
request. This reproduces it against the locked FastStream and nats-py on a real nats-server, an
empty stream and a short batch timeout. When it stops reproducing, the batch loop may move to
FastStream: re-measure and update docs/architecture.md."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest
from faststream import AckPolicy
from faststream.nats import JStream, NatsBroker, PullSub
from nats.js.api import StreamConfig
from nats.js.client import JetStreamContext

from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tests.conftest import NatsServer


async def test_a_plain_timeout_error_escapes_faststreams_batch_pull_loop(
    nats_server: NatsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    escaped: list[BaseException] = []
    fetch = JetStreamContext.PullSubscription.fetch

    async def recording_fetch(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await fetch(self, *args, **kwargs)
        except TimeoutError as exc:
            if type(exc) is TimeoutError:  # not nats.errors.TimeoutError, which FastStream catches
                escaped.append(exc)
            raise

    monkeypatch.setattr(JetStreamContext.PullSubscription, "fetch", recording_fetch)
    monkeypatch.setenv("FASTSTREAM_SUPERVISOR_DISABLED", "1")  # a dead loop stays dead: seen below
    nc = await nats_connect(nats_server.url, "test")
    await nc.jetstream().add_stream(StreamConfig(name="REPRO", subjects=["repro.>"]))
    broker = NatsBroker(nats_server.url, log_level=logging.DEBUG, logger=logging.getLogger("repro"))

    @broker.subscriber(
        "repro.>",
        stream=JStream("REPRO", declare=False),
        durable="repro",
        pull_sub=PullSub(batch_size=10, timeout=0.001, batch=True),
        ack_policy=AckPolicy.MANUAL,
    )
    async def handle(body: list[Any]) -> None:
        pass

    await broker.start()
    (task,) = broker.subscribers[0].tasks  # type: ignore[attr-defined]
    deadline = time.monotonic() + 20
    while not task.done() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    await broker.stop()
    await nats_close(nc)
    assert escaped, "no plain TimeoutError in 20 s: re-test the batch loop (docs/architecture.md)"
    assert task.done() and type(task.exception()) is TimeoutError  # it ended FastStream's loop
