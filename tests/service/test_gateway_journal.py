"""The gateway's usage journal against a real nats-server: what a dead gateway left is replayed,
gateways sharing the directory never replay each other's live segments, and the journal's size
shows in /healthz and /metrics."""

from __future__ import annotations

import asyncio
import os
import signal
import stat
from datetime import UTC, datetime
from pathlib import Path

import httpx
import openai

from tallygate.fake_upstream import FakeUpstream
from tallygate_gateway.metering import Exchange, to_event
from tallygate_shared.config import ApiKey
from tallygate_shared.pricing import PriceTable
from tests.conftest import NatsServer
from tests.service.gateway_fixture import Gateway

MODEL = "gpt-4o-mini"
ASK = {"model": MODEL, "messages": [{"role": "user", "content": "journal me"}]}


def event_line(request_id: str) -> bytes:
    key = ApiKey(id="key_1", name="k", prefix="tg-abc", key_hash="0" * 64, created_at=datetime.now(UTC))
    x = Exchange(request_id=request_id, endpoint="/v1/chat/completions", key=key)
    x.model, x.status_code = MODEL, 200
    return to_event(x, PriceTable({}), "dead-gw").to_json()


async def stream_ids(gw: Gateway, want: set[str], timeout: float = 15.0) -> list[str]:
    """request_ids of every event in the stream (repeats included), once `want` are all there."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        ids = [e.request_id for e in await gw._all_events()]
        if want <= set(ids) or asyncio.get_running_loop().time() > deadline:
            return ids
        await asyncio.sleep(0.1)


async def ask(gw: Gateway, secret: str, n: int) -> list[str]:
    client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)
    ids = []
    for _ in range(n):
        raw = await client.chat.completions.with_raw_response.create(**ASK)
        ids.append(raw.headers["x-request-id"])
    return ids


def health(gw: Gateway) -> dict[str, float]:
    return dict(httpx.get(gw.url + "/healthz").json())


async def test_a_dead_gateways_segment_is_replayed_at_start_and_files_are_private(
    nats_server: NatsServer, tmp_path: Path, fake_upstream: FakeUpstream
) -> None:
    journal = tmp_path / "spool"  # by default the journal lives in the spool directory
    journal.mkdir()
    # Left by a gateway that died before NATS acked them: no live process holds its lock. Its
    # last line is torn, as only a power loss leaves one.
    dead = [event_line(f"dead-{n}") for n in range(3)]
    segment = journal / "journal-00000000000000000001-99999-old.jsonl"
    segment.write_bytes(b"".join(line + b"\n" for line in dead) + dead[0][:40])
    gw = Gateway(nats_server, tmp_path)
    await gw.start()
    try:
        assert sorted(await stream_ids(gw, {"dead-0", "dead-1", "dead-2"})) == ["dead-0", "dead-1", "dead-2"]
        assert health(gw)["usage_replayed"] == 3 and not segment.exists()
        await gw.add_account(f"http://127.0.0.1:{fake_upstream.port}/v1", models=[MODEL])
        _, secret = await gw.add_key()
        ids = await ask(gw, secret, 2)
        assert (await stream_ids(gw, set(ids)))[3:] == ids
        [own] = journal.glob("journal-*.jsonl")
        assert stat.S_IMODE(own.stat().st_mode) == 0o600 and stat.S_IMODE(journal.stat().st_mode) == 0o700
        h = health(gw)
        assert h["usage_journal_segments"] == 1 and h["usage_journal_bytes"] >= 0
        assert (h["usage_lost"], h["usage_journal_write_errors"]) == (0, 0)
        metrics = httpx.get(gw.url + "/metrics").text
        assert "tallygate_usage_journal_bytes " in metrics and "tallygate_usage_journal_segments 1" in metrics
    finally:
        await gw.stop()


async def test_gateways_sharing_a_journal_replay_only_what_no_live_one_holds(
    nats_server: NatsServer, tmp_path: Path, fake_upstream: FakeUpstream
) -> None:
    shared = {"TALLYGATE_JOURNAL_DIR": str(tmp_path / "journal")}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = Gateway(nats_server, tmp_path / "a", shared), Gateway(nats_server, tmp_path / "b", shared)
    await a.start()
    await b.start()
    try:
        await a.add_account(f"http://127.0.0.1:{fake_upstream.port}/v1", models=[MODEL])
        _, secret = await a.add_key()
        nats_server.stop()
        from_a, from_b = await ask(a, secret, 3), await ask(b, secret, 2)  # both journaled, unacked
        await asyncio.sleep(1.2)  # each has scanned the directory while NATS was away
        nats_server.start()
        ids = await stream_ids(a, {*from_a, *from_b}, 20)
        assert sorted(ids) == sorted(from_a + from_b)  # each once: neither took the other's
        assert (health(a)["usage_replayed"], health(b)["usage_replayed"]) == (3, 2)

        # Now a dies with events NATS never acked: b, alive, finds its segment unlocked.
        nats_server.stop()
        late = await ask(a, secret, 2)
        assert a.proc is not None
        os.kill(a.proc.pid, signal.SIGKILL)
        a.proc.wait(10)
        nats_server.start()
        ids = await stream_ids(b, {*from_a, *from_b, *late}, 20)
        assert set(ids) == {*from_a, *from_b, *late} and ids.count(late[0]) == 1
        replayed = health(b)["usage_replayed"]
        assert 2 + 2 <= replayed <= 2 + 5  # a's 2, and a's acked 3 again if its segment still held them
        assert list((tmp_path / "journal").glob(f"journal-*-{a.proc.pid}-*")) == []
    finally:
        await a.stop()
        await b.stop()
