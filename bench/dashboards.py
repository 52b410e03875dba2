"""Every dashboard endpoint against N generated events (target: p95 ≤ 100 ms at 10 M, docs/benchmarks.md).

    python -m bench.dashboards [--events 10000000] [--days 90] [--calls 30] [--keep DIR]

1. makes a temporary data dir and runs `python -m bench.generate` into `chdb://DIR/clickhouse`
   in a subprocess (chDB allows one process per data dir; the generator must let go of it);
2. starts the embedded stack on it, `tallygate up --data-dir DIR --no-demo --gateway-port 0
   --admin-port 0`, and waits for DIR/run.json;
3. waits until the stack is idle (its first rollup pass and merges done), then times each
   endpoint with httpx and the admin bearer token: 3 warm-ups, then `--calls` calls;
   prints median and p95 per endpoint and whether p95 is within the target;
4. prints the rollup row counts (through /api/sql) and the size on disk, then stops the stack
   with SIGTERM to the `tallygate up` process and removes the dir (unless --keep)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from bench.proxy import descendants, wait_idle
from tallygate_shared.config import KEYS_BUCKET, ApiKey, hash_key
from tallygate_shared.nats import close, connect

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 100.0
WARMUPS = 3


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def wait_for_run_json(path: Path, proc: subprocess.Popen[bytes], timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"tallygate up exited with {proc.returncode} before writing run.json")
        if path.exists():
            try:
                return json.loads(path.read_text())
            except json.JSONDecodeError:
                pass  # being written
        time.sleep(0.1)
    raise SystemExit(f"no {path} after {timeout} s")


def sql(client: httpx.Client, query: str) -> list[dict[str, Any]]:
    resp = client.get("/api/sql", params={"query": query})
    resp.raise_for_status()
    return [json.loads(line) for line in resp.text.splitlines() if line.strip()]


def register_key(client: httpx.Client, nats_url: str, key_id: str) -> None:
    """The generator writes events only. Give one of its keys the record in tg_keys that
    admin-api would have made, so the per-key view has a key to answer for."""

    async def put() -> None:
        nc = await connect(nats_url, "bench-dashboards")
        kv = await nc.jetstream().key_value(KEYS_BUCKET)
        key = ApiKey(
            id=key_id, name=f"generated {key_id}", prefix="tg-bench", created_at=datetime.now(UTC),
            key_hash=hash_key(b"bench", key_id),
        )  # fmt: skip
        await kv.put(key_id, key.model_dump_json().encode())
        await close(nc)

    asyncio.run(put())
    deadline = time.monotonic() + 10
    while client.get(f"/api/keys/{key_id}").status_code != 200:
        if time.monotonic() > deadline:
            raise SystemExit(f"admin-api did not see key {key_id} written to KV")
        time.sleep(0.1)


def endpoints(client: httpx.Client, nats_url: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(label, path, params); the filter and cursor pages are chosen from the data."""
    model = sql(client, "SELECT model FROM tallygate.usage_model_daily FINAL GROUP BY model "
                        "ORDER BY sum(requests) DESC LIMIT 1 OFFSET 5")[0]["model"]  # fmt: skip
    key = sql(client, "SELECT api_key_id FROM tallygate.usage_daily FINAL GROUP BY api_key_id "
                      "ORDER BY sum(requests) DESC LIMIT 1")[0]["api_key_id"]  # fmt: skip
    register_key(client, nats_url, key)
    first = client.get("/api/requests", params={"limit": 100})
    first.raise_for_status()
    cursor = first.json()["next_cursor"]
    now = datetime.now(UTC)
    return [
        ("overview", "/api/dashboard/overview", {}),
        ("usage/daily 7d", "/api/usage/daily", {"days": 7}),
        ("usage/daily 30d", "/api/usage/daily", {"days": 30}),
        ("usage/daily 90d", "/api/usage/daily", {"days": 90}),
        ("usage/models 7d", "/api/usage/models", {"days": 7}),
        ("usage/models 30d", "/api/usage/models", {"days": 30}),
        ("usage/users 1d top10", "/api/usage/users", {"days": 1, "limit": 10}),
        ("usage/summary 7d (whole days, the UI's)", "/api/usage/summary", {"days": 7}),
        ("usage/summary from/to to the minute", "/api/usage/summary",
         {"from": (now - timedelta(days=7)).isoformat(), "to": now.isoformat()}),
        ("requests first page", "/api/requests", {"limit": 100}),
        (f"requests model={model}", "/api/requests", {"limit": 100, "model": model}),
        ("requests cursor page", "/api/requests", {"limit": 100, "cursor": cursor}),
        ("keys/{id}/usage 24h", f"/api/keys/{key}/usage", {"hours": 24}),
        ("accounts/load", "/api/accounts/load", {}),
        ("export daily csv 30d", "/api/export", {"kind": "daily", "format": "csv", "days": 30}),
    ]  # fmt: skip


def measure(client: httpx.Client, nats_url: str, calls: int) -> list[dict[str, Any]]:
    results = []
    for label, path, params in endpoints(client, nats_url):
        resp = client.get(path, params=params)
        if resp.status_code != 200:
            print(f"  {label}: HTTP {resp.status_code} {resp.text[:120]!r}: skipped", flush=True)
            results.append({"endpoint": label, "status": resp.status_code})
            continue
        for _ in range(WARMUPS - 1):
            client.get(path, params=params).raise_for_status()
        samples = []
        for _ in range(calls):
            t = time.perf_counter()
            r = client.get(path, params=params)
            samples.append((time.perf_counter() - t) * 1000)
            r.raise_for_status()
        row = {
            "endpoint": label, "status": 200, "median_ms": statistics.median(samples),
            "p95_ms": p95(samples), "max_ms": max(samples), "bytes": len(resp.content),
        }  # fmt: skip
        row["ok"] = row["p95_ms"] <= TARGET_P95_MS
        results.append(row)
        print(f"  {label:<40} median {row['median_ms']:7.1f} ms  p95 {row['p95_ms']:7.1f} ms", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="use this dir and keep it (default: a temp dir, removed)")
    parser.add_argument("--skip-generate", action="store_true", help="reuse the data already in --keep")
    args = parser.parse_args(argv)

    data = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="tallygate-dash-"))
    data.mkdir(parents=True, exist_ok=True)
    url = f"chdb://{data / 'clickhouse'}"
    print(f"data dir {data}; {os.cpu_count()} CPUs", flush=True)
    proc: subprocess.Popen[bytes] | None = None
    try:
        if not args.skip_generate:
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "bench.generate", "--clickhouse-url", url,
                 "--events", str(args.events), "--days", str(args.days)],
                cwd=ROOT, check=True,
            )  # fmt: skip
            print(f"generator process: {time.perf_counter() - t:.1f} s", flush=True)
        size = du(data / "clickhouse")

        tallygate = Path(sys.executable).with_name("tallygate")
        log = open(data / "tallygate-up.log", "wb")  # noqa: SIM115 (open for the child's life)
        t = time.perf_counter()
        proc = subprocess.Popen(
            [str(tallygate), "up", "--data-dir", str(data), "--no-demo", "--gateway-port", "0",
             "--admin-port", "0"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        run = wait_for_run_json(data / "run.json", proc, timeout=120)
        print(f"tallygate up → run.json: {time.perf_counter() - t:.1f} s", flush=True)
        # Right after start the data process is still busy (first rollup pass, counters, merges
        # of what the generator wrote): time the dashboards as they answer once it has settled.
        settled = wait_idle([proc.pid, *descendants(proc.pid)], timeout=90, window=2.0, busy=0.15)
        print(f"stack idle after another {settled:.1f} s", flush=True)

        headers = {"Authorization": f"Bearer {run['admin_token']}"}
        with httpx.Client(base_url=run["admin_url"], headers=headers, timeout=60) as client:
            counts = {}
            for table in ("usage_events", "usage_15m", "usage_hourly", "usage_daily", "usage_model_daily"):
                counts[table] = sql(client, f"SELECT count() AS n FROM tallygate.{table} FINAL")[0]["n"]
            parts = sql(
                client,
                "SELECT table, count() AS parts, sum(rows) AS rows, sum(bytes_on_disk) AS bytes "
                "FROM system.parts WHERE database = 'tallygate' AND active GROUP BY table ORDER BY table",
            )
            print(f"timing {args.calls} calls per endpoint after {WARMUPS} warm-ups", flush=True)
            results = measure(client, run["nats_url"], args.calls)

        print()
        print(f"{'endpoint':<42}{'median ms':>10}{'p95 ms':>10}  p95 ≤ {TARGET_P95_MS:.0f} ms")
        for r in results:
            if r["status"] != 200:
                print(f"{r['endpoint']:<42}{'':>10}{'':>10}  skipped (HTTP {r['status']})")
            else:
                verdict = "yes" if r["ok"] else "NO"
                print(f"{r['endpoint']:<42}{r['median_ms']:>10.1f}{r['p95_ms']:>10.1f}  {verdict}")
        print()
        print("rows (FINAL):")
        for table, n in counts.items():
            print(f"  {table:<20}{int(n):>14,}")
        print("active parts:")
        for p in parts:
            print(f"  {p['table']:<20}{int(p['parts']):>6} parts {int(p['rows']):>14,} rows "
                  f"{int(p['bytes']) / 2**20:>9.1f} MiB")  # fmt: skip
        print(f"on disk after generation: {size / 2**20:.0f} MiB ({data / 'clickhouse'})")
        out = ROOT / "bench" / "results" / f"dashboards-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps({
            "events": args.events, "days": args.days, "calls": args.calls, "cpus": os.cpu_count(),
            "results": results, "rows": counts, "parts": parts, "bytes_on_disk": size,
        }, indent=2, default=str))  # fmt: skip
        print(f"written {out.relative_to(ROOT)}")
        return 0 if all(r.get("ok", True) for r in results) else 1
    finally:
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            print(f"tallygate up exited with {proc.returncode}", flush=True)
        if not args.keep:
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
