"""What a key's limits cost: the same stack and upstream, a key without limits against a key with
daily, weekly and monthly USD limits and an rpm limit (none of them reached), on a priced model.

    python -m bench.limits [--rounds 3] [--seconds 8]

`tallygate up` with the proxy benchmark's nginx upstream; the bench-plain model gets a price
(2.5 / 10 USD per million tokens), so every request's spend is recorded against the limited
key. wrk -t1 -c32 (plain chat completions) alternates between the two keys, --rounds rounds of
--seconds each; the gateway is pinned alone to core 1. Printed: req/s per key and round, the
medians and their ratio. A limit check sums the key's spend the counters do not include yet;
when that was a walk over every recent request, the limited key ran at 800 req/s against
5,000 (docs/benchmarks.md)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.proxy import (
    BenchError,
    Processes,
    ensure_tools,
    find_tool,
    free_port,
    http,
    log,
    start_nginx,
    start_tallygate,
    upstream_servers,
)

LIMITS = {"daily_limit_usd": "1000000", "weekly_limit_usd": "1000000", "monthly_limit_usd": "1000000"}
TARGET_RATIO = 0.9  # limits may cost a little, not a cliff
LUA = """wrk.method = "POST"
wrk.body = '{{"model":"bench-plain","messages":[{{"role":"user","content":"hi"}}]}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
"""


def admin(tg_info: dict[str, str], method: str, path: str, doc: dict[str, object]) -> dict[str, object]:
    auth = {"Authorization": f"Bearer {tg_info['admin_token']}", "Content-Type": "application/json"}
    status, answer = http(method, tg_info["admin_url"] + path, json.dumps(doc).encode(), auth)
    if status not in (200, 201):
        raise BenchError(f"{method} {path} answered {status}: {answer[:300]!r}")
    result: dict[str, object] = json.loads(answer)
    return result


def wrk_rps(tmp: Path, url: str, key: str, seconds: int) -> tuple[float, int]:
    lua = tmp / "limits.lua"
    lua.write_text(LUA.format(key=key))
    argv = [
        "taskset",
        "-c",
        "0",
        find_tool("wrk") or "wrk",
        "-t1",
        "-c32",
        f"-d{seconds}s",
        "-s",
        str(lua),
        url,
    ]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    rps = float(next(line for line in out.splitlines() if "Requests/sec" in line).split()[1])
    bad = next((int(line.split()[-1]) for line in out.splitlines() if "Non-2xx" in line), 0)
    return rps, bad


def run(args: argparse.Namespace, procs: Processes, tmp: Path) -> int:
    up = free_port()
    start_nginx(procs, tmp, "upstream", 0, up, upstream_servers(up))
    tg = start_tallygate(procs, tmp, up, 0, 1)
    admin(tg.info, "PUT", "/api/prices/bench-plain", {"input": "2.5", "output": "10"})
    limited = admin(tg.info, "POST", "/api/keys", {"name": "limited", "rpm": 10_000_000, **LIMITS})
    time.sleep(1.5)  # the gateway applies config changes within a second
    keys = {"no limits": tg.api_key, "limits": str(limited["key"])}
    url = tg.info["gateway_url"] + "/v1/chat/completions"
    wrk_rps(tmp, url, keys["limits"], 2)  # warm-up
    results: dict[str, list[float]] = {name: [] for name in keys}
    for n in range(args.rounds):
        for name, key in keys.items():
            rps, bad = wrk_rps(tmp, url, key, args.seconds)
            if bad:
                raise BenchError(f"{name}: {bad} answers were not 2xx (a limit was reached?)")
            results[name].append(rps)
            log(f"round {n + 1}/{args.rounds}  {name:9}  {rps:8,.0f} req/s")
    medians = {name: statistics.median(values) for name, values in results.items()}
    ratio = medians["limits"] / medians["no limits"]
    print(f"\nmedians: no limits {medians['no limits']:,.0f} req/s, limits {medians['limits']:,.0f} req/s")
    print(
        f"limits / no limits: {ratio:.2f}×  [{'MET ' if ratio >= TARGET_RATIO else 'MISS'}] ≥ {TARGET_RATIO}×"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.limits", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8)
    args = parser.parse_args(argv)
    procs = Processes()
    tmp = Path(tempfile.mkdtemp(prefix="tallygate-bench-limits-"))
    try:
        ensure_tools()
        os.sched_setaffinity(0, {0})  # this script and what it starts stay off the gateway's core
        return run(args, procs, tmp)
    except BenchError as exc:
        log(f"failed: {exc}")
        return 1
    except KeyboardInterrupt:
        log("interrupted; cleaning up")
        return 130
    finally:
        procs.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
