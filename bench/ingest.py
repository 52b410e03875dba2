"""usage-ingest throughput and answer-to-row freshness, against its targets (docs/benchmarks.md).

    python -m bench.ingest [--events 200000] [--rate 1000] [--seconds 20]

1. **Throughput of one ingest process.** --events usage events (realistic shapes: 500 keys,
   30 models, streams, errors, cache tokens) go onto the TALLYGATE_USAGE stream first, 64 to a
   message as the gateway publishes them under load. Then the real ingest
   (`python -m tallygate_ingest`, pinned alone to core 1) drains the backlog into a fresh chDB.
   Measured from its first delivery to its last ack (JetStream consumer info, polled every
   20 ms): events/s, and the ingest's CPU per event. Then the rows are counted and their token
   sums compared with what was sent (exact). The reference, in the same run and on the same
   chDB: the same rows inserted by one in-process clickhouse-connect client, 5,000 to an INSERT,
   with no NATS and no decoding: the ceiling of what any ingest can do here.
2. **Freshness through the whole stack.** `tallygate up` with the proxy benchmark's nginx
   upstream, and wrk sending plain chat completions paced to about --rate requests/s (each
   connection waits 50 ms between requests; 52 connections for 1,000/s) for --seconds. Then from
   `/api/sql`: the time from each answer's end (`end_ts`, set as the event is made, after the
   last byte went out) to its row being written (`ingested_at`, set by the INSERT).

Everything runs on 127.0.0.1 and is stopped by PID at the end; the temp dir is removed."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.proxy import (
    RESULTS,
    ROOT,
    BenchError,
    Processes,
    cpu_seconds,
    ensure_tools,
    find_tool,
    free_port,
    git_state,
    log,
    machine,
    start_nginx,
    start_tallygate,
    upstream_servers,
)
from tallygate_ingest.writer import UsageWriter
from tallygate_shared.clickhouse import AsyncClickHouse, connect, migrate
from tallygate_shared.events import (
    EVENTS_HEADER,
    INGEST_DURABLE,
    MAX_EVENTS_PER_MESSAGE,
    SCHEMA_VERSION,
    USAGE_STREAM,
    USAGE_SUBJECT,
    UsageEvent,
    batch_id,
    new_request_id,
)
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.nats import ensure_jetstream
from tests.conftest import NatsServer

TARGET_EVENTS_PER_S = 20_000
TARGET_FRESHNESS_P99_MS = 1000
PER_MESSAGE = MAX_EVENTS_PER_MESSAGE  # as the gateway's publisher batches under load
REFERENCE_BATCH = 5000  # the ingest's default batch size
DELAY_MS = 50  # wrk's pause between a connection's requests in the freshness run
MODELS = [f"model-{i:02d}" for i in range(30)]


def make_events(n: int, seed: int = 7) -> list[UsageEvent]:
    """Events as the gateway makes them (UsageEvent.from_trusted, every field typed)."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    events = []
    for _ in range(n):
        started = now - timedelta(seconds=rng.uniform(0, 3600))
        duration = rng.randint(80, 9000)
        inp, out = int(rng.lognormvariate(6.5, 1.2)), int(rng.lognormvariate(5, 1.0))
        cache_read = inp // 2 if rng.random() < 0.3 else 0
        cost = (Decimal(inp) * Decimal("2.5") + Decimal(out) * Decimal(10)) / 1_000_000
        status = 200 if rng.random() < 0.97 else rng.choice((429, 502))
        events.append(
            UsageEvent.from_trusted(
                schema_version=SCHEMA_VERSION,
                request_id=new_request_id(),
                api_key_id=f"key_{int(rng.paretovariate(1.2)) % 500:03d}",
                user_id=f"user_{rng.randint(0, 59):02d}" if rng.random() < 0.85 else "",
                account_id=f"acc_{rng.randint(0, 19):02d}",
                provider="openai",
                endpoint="/v1/chat/completions",
                task_type="chat",
                model=(model := MODELS[min(int(rng.paretovariate(1.0)) - 1, len(MODELS) - 1)]),
                upstream_model=model,
                stream=rng.random() < 0.4,
                status_code=status,
                error_type="" if status == 200 else f"upstream_{status}",
                started_at=started,
                ended_at=started + timedelta(milliseconds=duration),
                duration_ms=duration,
                ttft_ms=rng.randint(50, 900),
                input_tokens=inp,
                output_tokens=out,
                cache_read_tokens=cache_read,
                cache_write_tokens=0,
                reasoning_tokens=0,
                units=0,
                usage_estimated=False,
                cost_usd=cost.quantize(Decimal("1e-12")),
                billed_cost_usd=cost.quantize(Decimal("1e-12")),
                price_version="default",
                attempts=1 if rng.random() < 0.95 else 2,
                client_ip="127.0.0.1",
                user_agent="bench",
                gateway_instance="bench",
            )
        )
    return events


async def publish_backlog(nats_url: str, events: list[UsageEvent]) -> float:
    """Put every event on the stream, PER_MESSAGE to a message, 256 messages in flight."""
    nc = await nats_connect(nats_url, "bench-publisher")
    js = nc.jetstream(timeout=30)
    await ensure_jetstream(js)
    started = time.monotonic()
    groups = [events[i : i + PER_MESSAGE] for i in range(0, len(events), PER_MESSAGE)]
    for i in range(0, len(groups), 256):
        await asyncio.gather(
            *(
                js.publish(
                    USAGE_SUBJECT,
                    b"\n".join(e.to_json() for e in group),
                    headers={
                        "Nats-Msg-Id": batch_id(group[0].request_id, group[-1].request_id, len(group)),
                        EVENTS_HEADER: str(len(group)),
                    },
                )
                for group in groups[i : i + 256]
            )
        )
    elapsed = time.monotonic() - started
    await nats_close(nc)
    return elapsed


async def watch_drain(
    nats_url: str, n_messages: int, ingest: Any, log_path: Path, timeout: float
) -> tuple[float, float, float]:
    """Poll the ingest's consumer: (first delivery, last ack) as monotonic times, and the ingest
    process's CPU seconds between them."""
    nc = await nats_connect(nats_url, "bench-observer")
    js = nc.jetstream()
    deadline = time.monotonic() + timeout
    first = cpu_first = 0.0
    try:
        while time.monotonic() < deadline:
            if ingest.poll() is not None:
                tail = log_path.read_text(errors="replace")[-1500:]
                raise BenchError(f"the ingest exited with {ingest.returncode}: {tail}")
            try:
                info = await js.consumer_info(USAGE_STREAM, INGEST_DURABLE)
            except Exception:  # not created yet: the ingest is still starting
                await asyncio.sleep(0.02)
                continue
            delivered = info.delivered.consumer_seq if info.delivered else 0
            if not first and delivered:
                first, cpu_first = time.monotonic(), cpu_seconds([ingest.pid])
            acked = info.ack_floor.stream_seq if info.ack_floor else 0
            if acked >= n_messages and not info.num_pending and not info.num_ack_pending:
                return first, time.monotonic(), cpu_seconds([ingest.pid]) - cpu_first
            await asyncio.sleep(0.02)
    finally:
        await nats_close(nc)
    raise BenchError(f"the ingest did not drain {n_messages} messages in {timeout:.0f}s")


def sums(events: list[UsageEvent]) -> dict[str, Any]:
    return {
        "n": len(events),
        "input": sum(e.input_tokens for e in events),
        "output": sum(e.output_tokens for e in events),
        "cache_read": sum(e.cache_read_tokens for e in events),
        "cost": sum((e.cost_usd for e in events), Decimal(0)),
    }


SUMS_SQL = (
    "SELECT count() AS n, sum(input_tokens) AS input, sum(output_tokens) AS output, "
    "sum(cache_read_tokens) AS cache_read, sum(cost_usd) AS cost FROM {db}.usage"
)


async def count_and_reference(url: str, events: list[UsageEvent]) -> tuple[dict[str, Any], float]:
    """What the ingest wrote, and the reference: the same rows inserted directly."""
    client = connect(url)
    ch = AsyncClickHouse(client, "bench")
    try:
        written = (await ch.query_rows(SUMS_SQL.format(db="tallygate")))[0]
        await ch.run(migrate, client, "reference")
        writer = UsageWriter(ch, "reference")
        started = time.monotonic()
        for i in range(0, len(events), REFERENCE_BATCH):
            await writer.write(events[i : i + REFERENCE_BATCH])
        reference_s = time.monotonic() - started
        copied = (await ch.query_rows(SUMS_SQL.format(db="reference")))[0]
        if copied["n"] != len(events):
            raise BenchError(f"the reference insert left {copied['n']} rows of {len(events)}")
        return written, reference_s
    finally:
        ch.close()


def throughput(args: argparse.Namespace, procs: Processes, tmp: Path, cpu: int) -> dict[str, Any]:
    log(f"making {args.events:,} events")
    events = make_events(args.events)
    nats = NatsServer(tmp / "nats")
    nats.start()
    try:
        publish_s = asyncio.run(publish_backlog(nats.url, events))
        n_messages = -(-len(events) // PER_MESSAGE)
        log(f"published {len(events):,} events in {n_messages:,} messages ({publish_s:.1f}s)")
        chdb_url = f"chdb://{tmp / 'chdb'}"
        env = {
            **os.environ,
            "TALLYGATE_NATS_URL": nats.url,
            "TALLYGATE_CLICKHOUSE_URL": chdb_url,
            "TALLYGATE_KEY_SECRET": secrets.token_urlsafe(24),  # every service refuses to start without
        }
        ingest = procs.start(
            "ingest",
            [sys.executable, "-m", "tallygate_ingest"],
            cpu=cpu,
            env=env,
            cwd=ROOT,
            log_path=tmp / "ingest.log",
            stop_timeout=60,
        )
        first, last, cpu_s = asyncio.run(watch_drain(nats.url, n_messages, ingest, tmp / "ingest.log", 600))
        ingest.send_signal(signal.SIGTERM)
        ingest.wait(60)
    finally:
        nats.stop()
    written, reference_s = asyncio.run(count_and_reference(chdb_url, events))
    expected = sums(events)
    exact = all(written[k] == v for k, v in expected.items())
    elapsed = last - first
    return {
        "events": len(events),
        "messages": n_messages,
        "drain_s": elapsed,
        "events_per_s": len(events) / elapsed,
        "cpu_us_per_event": cpu_s * 1e6 / len(events),
        "reference_s": reference_s,
        "reference_events_per_s": len(events) / reference_s,
        "exact": exact,
        "written": {k: str(v) for k, v in written.items()},
        "sent": {k: str(v) for k, v in expected.items()},
    }


PACED_LUA = """wrk.method = "POST"
wrk.body = [==[{body}]==]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"
function delay() return {delay_ms} end
done = function(summary, latency, requests)
  io.write(string.format('BENCHJSON {{"requests":%d,"duration_us":%d}}\\n',
    summary.requests, summary.duration))
end
"""
ROLLED_SQL = "SELECT sum(requests) AS n FROM tallygate.usage_daily FINAL"
FRESHNESS_SQL = (
    "SELECT count() AS n, quantileExact(0.5)(d) AS p50, quantileExact(0.99)(d) AS p99, max(d) AS max "
    "FROM (SELECT dateDiff('millisecond', end_ts, ingested_at) AS d "
    "FROM tallygate.usage_events FINAL WHERE model = 'bench-plain')"
)


def freshness(args: argparse.Namespace, procs: Processes, tmp: Path, cpu: int) -> dict[str, Any]:
    up = free_port()
    start_nginx(procs, tmp, "upstream", 0, up, upstream_servers(up))
    tg = start_tallygate(procs, tmp, up, 0, cpu)
    base = tg.rows()
    # Each connection waits DELAY_MS after an answer, and an answer takes about 1.5 ms here.
    connections = max(1, round(args.rate * (DELAY_MS + 1.5) / 1000))
    lua = tmp / "paced.lua"
    body = '{"model":"bench-plain","messages":[{"role":"user","content":"hi"}]}'
    lua.write_text(PACED_LUA.format(body=body, token=tg.api_key, delay_ms=DELAY_MS))
    wrk = find_tool("wrk") or "wrk"
    argv = ["taskset", "-c", "0", wrk, "-t1", f"-c{connections}", f"-d{args.seconds}s", "-s", str(lua),
            tg.info["gateway_url"] + "/v1/chat/completions"]  # fmt: skip
    log(f"wrk paced to ~{args.rate} req/s for {args.seconds}s")
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    ended = time.monotonic()
    summary = json.loads(out.split("BENCHJSON ", 1)[1].splitlines()[0])
    sent = summary["requests"]
    rate = sent / (summary["duration_us"] / 1e6)
    # The daily rollup (what the dashboards read), rebuilt by the aggregator's passes, catching
    # up with the raw rows after the last request.
    rollup_lag = None
    while time.monotonic() < ended + 30:
        rows = tg.rows() - base
        rolled = int(tg.sql(ROLLED_SQL)[0]["n"] or 0) - base
        if rows >= sent and rolled == rows:
            rollup_lag = time.monotonic() - ended
            break
        time.sleep(0.05)
    row = tg.sql(FRESHNESS_SQL)[0]
    return {
        "requests": sent,
        "rate": rate,
        "rollup_lag_s": rollup_lag,
        **{k: float(v) for k, v in row.items()},
    }


def report(tp: dict[str, Any], fr: dict[str, Any]) -> str:
    def check(ok: bool) -> str:
        return "MET " if ok else "MISS"

    rate, ref = tp["events_per_s"], tp["reference_events_per_s"]
    lag = "not within 30 s" if fr["rollup_lag_s"] is None else f"{fr['rollup_lag_s']:.2f} s"
    return "\n".join([
        "",
        f"ingest, one process on core 1: {tp['events']:,} events ({tp['messages']:,} messages)"
        f" drained in {tp['drain_s']:.2f}s",
        f"  {rate:,.0f} events/s, {tp['cpu_us_per_event']:.1f} µs of CPU per event;"
        f" rows exact: {tp['exact']}",
        f"  reference (the same rows, direct INSERTs of {REFERENCE_BATCH:,}): {ref:,.0f} events/s",
        f"  ingest / reference: {rate / ref:.2f}×",
        f"freshness, answer's end → row written: {fr['requests']:,} requests at {fr['rate']:,.0f} req/s,"
        f" {fr['n']:,.0f} rows",
        f"  p50 {fr['p50']:.0f} ms  p99 {fr['p99']:.0f} ms  max {fr['max']:.0f} ms",
        f"  the daily rollup (the dashboards) had every request {lag} after the last one",
        "targets (docs/benchmarks.md):",
        f"  [{check(rate >= TARGET_EVENTS_PER_S)}] usage-ingest ≥ {TARGET_EVENTS_PER_S:,} events/s,"
        f" one process: {rate:,.0f}",
        f"  [{check(fr['p99'] <= TARGET_FRESHNESS_P99_MS)}] freshness p99 ≤ {TARGET_FRESHNESS_P99_MS:,} ms"
        f" at 1,000 req/s: {fr['p99']:.0f} ms at {fr['rate']:,.0f} req/s",
    ])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rate", type=int, default=1000, help="requests/s for the freshness run")
    parser.add_argument("--seconds", type=int, default=20, help="length of the freshness run")
    args = parser.parse_args(argv)
    procs = Processes()
    tmp = Path(tempfile.mkdtemp(prefix="tallygate-bench-ingest-"))
    try:
        ensure_tools()
        os.sched_setaffinity(0, {0})  # this script and what it starts stay off the measured core
        for part in ("throughput", "freshness"):
            (tmp / part).mkdir()
        tp = throughput(args, procs, tmp / "throughput", 1)
        log(f"ingest: {tp['events_per_s']:,.0f} events/s; reference {tp['reference_events_per_s']:,.0f}")
        fr = freshness(args, procs, tmp / "freshness", 1)
    except BenchError as exc:
        log(f"failed: {exc}")
        return 1
    except KeyboardInterrupt:
        log("interrupted; cleaning up")
        return 130
    finally:
        procs.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    print(report(tp, fr))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"ingest-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    doc = {"benchmark": "ingest", "git": git_state(), "machine": machine(), "ingest": tp, "freshness": fr}
    out.write_text(json.dumps(doc, indent=2))
    log(f"results in {out.relative_to(ROOT)}")
    return 0 if tp["exact"] else 1


if __name__ == "__main__":
    sys.exit(main())
