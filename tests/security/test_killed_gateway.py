"""No event lost to a killed gateway: 16 clients (plain and streamed) against `tallygate up`, the
gateway SIGKILLed mid-load and restarted by the supervisor; every answer a client received is in
`tallygate.usage` exactly once, with the tokens the client saw (docs/security.md)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson

from tallygate.fake_upstream import FakeUpstream
from tests.e2e.conftest import Stack, wait_until

MODEL = "gpt-4o-mini"
CLIENTS = 16


def gateway_pid(stack: Stack) -> int:
    assert stack.proc is not None
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == stack.proc.pid and b"tallygate_gateway" in cmdline:
            found.append(int(entry.name))
    assert len(found) == 1, found
    return found[0]


def setup_key(stack: Stack, fake: FakeUpstream) -> str:
    with stack.admin() as api:
        r = api.post("/api/accounts", json={
            "name": "fake", "provider": "openai", "base_url": f"http://127.0.0.1:{fake.port}/v1",
            "api_key": "sk-upstream", "models": [MODEL],
        })  # fmt: skip
        assert r.status_code == 201, r.text
        r = api.post("/api/keys", json={"name": "load"})
        assert r.status_code == 201, r.text
        return str(r.json()["key"])


@dataclass
class Received:
    """What the clients got whole: request_id -> (input, output) tokens of its usage."""

    answers: dict[str, tuple[int, int]] = field(default_factory=dict)
    errors: int = 0


async def client(n: int, url: str, key: str, got: Received, stop: asyncio.Event) -> None:
    stream = n % 2 == 1
    body = {"model": MODEL, "messages": [{"role": "user", "content": f"client {n} asks"}]}
    if stream:
        body |= {"stream": True, "stream_options": {"include_usage": True}}
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=10) as http:
        while not stop.is_set():
            try:
                if not stream:
                    r = await http.post("/v1/chat/completions", json=body)
                    assert r.status_code == 200, r.text
                    usage = r.json()["usage"]
                    got.answers[r.headers["x-request-id"]] = (
                        usage["prompt_tokens"],
                        usage["completion_tokens"],
                    )
                    continue
                async with http.stream("POST", "/v1/chat/completions", json=body) as r:
                    assert r.status_code == 200
                    usage, done = None, False
                    async for line in r.aiter_lines():
                        if line == "data: [DONE]":
                            done = True
                        elif line.startswith("data: "):
                            usage = orjson.loads(line[6:]).get("usage") or usage
                # Out of the block without an error: the last chunk (and the chunked end) arrived.
                if done and usage:
                    got.answers[r.headers["x-request-id"]] = (
                        usage["prompt_tokens"],
                        usage["completion_tokens"],
                    )
            except httpx.HTTPError:
                got.errors += 1
                return  # the gateway is gone: this client is done


async def load_then_kill(url: str, key: str, pid: int, seconds: float) -> Received:
    got, stop = Received(), asyncio.Event()
    tasks = [asyncio.create_task(client(n, url, key, got, stop)) for n in range(CLIENTS)]
    await asyncio.sleep(seconds)
    os.kill(pid, signal.SIGKILL)  # mid-load: answers are on their way on every connection
    stop.set()
    await asyncio.gather(*tasks)
    return got


def usage_by_request(stack: Stack) -> dict[str, dict[str, Any]]:
    rows = stack.sql(
        # The client sees prompt_tokens with cache reads in; the usage table counts them apart.
        "SELECT request_id, count() AS n, sum(input_tokens + cache_read_tokens) AS i, "
        "sum(output_tokens) AS o FROM tallygate.usage GROUP BY request_id"
    )
    return {row["request_id"]: row for row in rows}


def test_every_answer_received_is_metered_once_after_sigkill(
    tmp_path: Path, fake_upstream: FakeUpstream
) -> None:
    stack = Stack(tmp_path / "data")
    stack.start()
    try:
        key = setup_key(stack, fake_upstream)
        url = stack.info["gateway_url"]
        pid = gateway_pid(stack)
        got = asyncio.run(load_then_kill(url, key, pid, 2.0))
        assert len(got.answers) > 100 and got.errors > 0  # load was on when the gateway died

        # The supervisor restarts it; the new process replays what the dead one left.
        assert wait_until(lambda: _healthy(url), bool, 30), stack.log_tail()
        assert gateway_pid(stack) != pid
        rows = wait_until(lambda: usage_by_request(stack), lambda rows: got.answers.keys() <= rows.keys(), 20)
        missing = got.answers.keys() - rows.keys()
        print(f"received {len(got.answers)}, metered {len(rows)}, missing {len(missing)}")
        assert not missing, f"{len(missing)} of {len(got.answers)} answers received were never metered"
        assert all(row["n"] == 1 for row in rows.values())  # by request_id, whatever ts it carries
        for request_id, (tokens_in, tokens_out) in got.answers.items():
            assert (rows[request_id]["i"], rows[request_id]["o"]) == (tokens_in, tokens_out)
        # What was metered but not received: answers in flight at the kill, one per client at most.
        assert len(rows) - len(got.answers) <= CLIENTS
        assert len(rows) <= len(fake_upstream.state.log)  # nothing metered the upstream never served
        stack.wait_for_rollups(len(rows))
    finally:
        stack.stop()


def _healthy(url: str) -> bool:
    try:
        return httpx.get(url + "/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def journal_lines(stack: Stack, request_id: str) -> list[bytes]:
    """The gateway's journal line of a request, read while the gateway lives (it is written
    before the answer's last bytes leave, and deleted within about a second of its ack)."""
    found = []
    for path in (stack.data_dir / "spool").glob("journal-*.jsonl"):
        with contextlib.suppress(FileNotFoundError):
            found += [line for line in path.read_bytes().splitlines() if request_id.encode() in line]
    return found


def test_a_replayed_event_already_published_counts_once(tmp_path: Path, fake_upstream: FakeUpstream) -> None:
    """Events published and ingested, then published again by a replay (as a dead gateway's
    segment may hold events NATS had acked): the stream holds them twice, the usage table and the
    rollups once."""
    stack = Stack(tmp_path / "data")
    stack.start()
    try:
        key = setup_key(stack, fake_upstream)
        url = stack.info["gateway_url"]
        body = {"model": MODEL, "messages": [{"role": "user", "content": "once"}]}
        ids, copies = [], []
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=10) as http:
            for _ in range(5):
                ids.append(http.post("/v1/chat/completions", json=body).headers["x-request-id"])
                copies += journal_lines(stack, ids[-1])
        assert len(copies) >= 4  # one may have left with a segment between the answer and the read
        assert stack.wait_for_sql("SELECT count() AS n FROM tallygate.usage", [{"n": 5}]) == [{"n": 5}]
        stack.wait_for_rollups(5)
        [before] = stack.sql("SELECT max(ingested_at) AS t FROM tallygate.usage_events")

        # The gateway dies; a segment holding the published events is left in its journal.
        os.kill(gateway_pid(stack), signal.SIGKILL)
        dead = stack.data_dir / "spool" / "journal-00000000000000000001-1-dead.jsonl"
        # Newest first: a replayed message's Nats-Msg-Id is made from its first and last events, so
        # in their original order these could match a message the gateway published (when the
        # publisher had gathered the same events, as it does on a busy machine) and the stream
        # would drop the copy as a duplicate; reversed, it reaches ClickHouse a second time.
        dead.write_bytes(b"".join(line + b"\n" for line in reversed(copies)))
        assert wait_until(lambda: _healthy(url), bool, 30), stack.log_tail()
        health = wait_until(
            lambda: httpx.get(url + "/healthz").json(), lambda h: h["usage_replayed"] >= len(copies), 10
        )
        assert health["usage_replayed"] >= len(copies) and not dead.exists()
        again = f"SELECT count() AS n FROM tallygate.usage_events WHERE ingested_at > '{before['t']}'"
        # Ingested a second time (the killed gateway's own segment may add more copies still).
        assert wait_until(lambda: stack.sql(again)[0]["n"], lambda n: n >= len(copies)) >= len(copies)
        rows = stack.sql("SELECT request_id, count() AS n FROM tallygate.usage GROUP BY request_id")
        assert sorted((r["request_id"], r["n"]) for r in rows) == sorted((i, 1) for i in ids)
        stack.wait_for_rollups(5)
        daily = stack.sql("SELECT sum(requests) AS n FROM tallygate.usage_daily FINAL")
        assert daily == [{"n": 5}]
    finally:
        stack.stop()
