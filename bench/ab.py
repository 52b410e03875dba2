"""Two gateways side by side, for A/B-testing a hot-path change or an interpreter by wall clock.

    python -m bench.ab PYTHON_A PYTHON_B [--rounds 6] [--seconds 3] [--conns 32] [--modes plain,stream]

Each PYTHON is an interpreter whose environment has the gateway installed: this checkout's
`.venv/bin/python`, or the venv of a git worktree at another commit
(`git worktree add /tmp/before HEAD~1 && cd /tmp/before && UV_PROJECT_ENVIRONMENT=.venv uv sync --frozen`),
or a venv made from another interpreter. `git:REV` is this venv's interpreter running the code of
commit REV (`git archive` into the temp dir, first on PYTHONPATH): `git:HEAD~1 git:HEAD` measures one
commit whose dependencies did not change. Both gateways (`python -m tallygate_gateway`) run at once
against one nats-server, with no ingest or aggregator, pinned to core 1, and wrk on core 0 loads
each in turn, round after round, so the machine's swings (30 % minute to minute here) hit both
alike. Printed per run and as medians: req/s, the gateway's CPU per request (utime+stime from
/proc), and with --conns 1 wrk's p50 and p99. The upstream is the proxy benchmark's nginx."""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.proxy import (
    Processes,
    cpu_seconds,
    find_tool,
    free_port,
    pin,
    start_nginx,
    upstream_servers,
)
from tests.conftest import NatsServer
from tests.service.gateway_fixture import Gateway

MODELS = {"plain": "bench-plain", "stream": "bench-stream"}
ROOT = Path(__file__).resolve().parent.parent


def lua_script(path: Path, mode: str, token: str) -> Path:
    stream = ',"stream":true' if mode == "stream" else ""
    body = f'{{"model":"{MODELS[mode]}","messages":[{{"role":"user","content":"hi"}}]{stream}}}'
    path.write_text(
        f"wrk.method = \"POST\"\nwrk.body = '{body}'\n"
        'wrk.headers["Content-Type"] = "application/json"\n'
        f'wrk.headers["Authorization"] = "Bearer {token}"\n'
    )
    return path


def ms(out: str, percent: str) -> float:
    m = re.search(percent + r"%\s+([\d.]+)(us|ms|s)\b", out)
    if m is None:
        return float("nan")
    value = float(m.group(1))
    return {"us": value / 1000, "ms": value, "s": value * 1000}[m.group(2)]


def checkout(rev: str, into: Path) -> str:
    """The source of commit `rev`, unpacked; returns the PYTHONPATH that puts its packages first."""
    into.mkdir()
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    tops = ["src", "shared/src", *(str(p.relative_to(into)) for p in sorted(into.glob("services/*/src")))]
    return os.pathsep.join(str(into / top) for top in tops)


def run_wrk(url: str, script: Path, seconds: int, conns: int) -> tuple[float, float, float]:
    argv = ["taskset", "-c", "0", find_tool("wrk") or "wrk", "-t1", f"-c{conns}", f"-d{seconds}s"]
    argv += ["--latency", "-s", str(script), url + "/v1/chat/completions"]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise SystemExit(f"the gateway answered errors:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    return rps, ms(out, "50"), ms(out, "99")


async def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.ab", description=__doc__.split("\n")[0])
    ap.add_argument("pythons", nargs=2, metavar="PYTHON")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--seconds", type=int, default=3)
    ap.add_argument("--conns", type=int, default=32)
    ap.add_argument("--modes", default="plain,stream")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tallygate-ab-"))
    procs, nats = Processes(), NatsServer(tmp / "nats")
    nats.start()
    gateways: list[Gateway] = []
    try:
        up = free_port()
        start_nginx(procs, tmp, "up", 0, up, upstream_servers(up))
        for i, python in enumerate(a.pythons):
            (tmp / f"gw{i}").mkdir()
            env = {}
            if python.startswith("git:"):
                env["PYTHONPATH"] = checkout(python[4:], tmp / f"src{i}")
                python = sys.executable
            gateway = Gateway(nats, tmp / f"gw{i}", env, python=python)
            await gateway.start()
            assert gateway.proc is not None
            pin(gateway.proc.pid, 1)
            gateways.append(gateway)
        # One KV for both: accounts and the key written once reach both gateways.
        await gateways[0].add_account(f"http://127.0.0.1:{up}/v1", provider="openai_compatible",
                                      models=["bench-plain"])  # fmt: skip
        await gateways[0].add_account(f"http://127.0.0.1:{up}/stream/v1", provider="openai_compatible",
                                      models=["bench-stream"])  # fmt: skip
        _, token = await gateways[0].add_key()
        scripts = {mode: lua_script(tmp / f"{mode}.lua", mode, token) for mode in MODELS}
        for gateway in gateways:  # warm-up
            run_wrk(gateway.url, scripts["plain"], 1, a.conns)
        results: dict[tuple[str, int], list[tuple[float, float, float, float]]] = {}
        for r in range(a.rounds):
            for mode in a.modes.split(","):
                for i, gateway in enumerate(gateways):
                    pid = gateway.proc.pid  # type: ignore[union-attr]
                    before = cpu_seconds([pid])
                    rps, p50, p99 = run_wrk(gateway.url, scripts[mode], a.seconds, a.conns)
                    time.sleep(0.2)  # the events it publishes after wrk stops are its work too
                    us = (cpu_seconds([pid]) - before) / (rps * a.seconds) * 1e6
                    results.setdefault((mode, i), []).append((rps, us, p50, p99))
                    print(f"round {r + 1} {mode:6} {'AB'[i]}  {rps:7.0f} req/s  {us:5.0f} µs/req  "
                          f"p50 {p50:.3f} ms  p99 {p99:.3f} ms", flush=True)  # fmt: skip
        print(f"medians over {a.rounds} rounds, c={a.conns}:  A = {a.pythons[0]}  B = {a.pythons[1]}")
        medians: dict[tuple[str, int], list[float]] = {}
        for (mode, i), runs in sorted(results.items()):
            med = medians[mode, i] = [statistics.median(run[k] for run in runs) for k in range(4)]
            print(f"  {mode:6} {'AB'[i]}  {med[0]:7.0f} req/s  {med[1]:5.0f} µs/req  "
                  f"p50 {med[2]:.3f} ms  p99 {med[3]:.3f} ms")  # fmt: skip
        for mode in a.modes.split(","):
            (rps_a, us_a, *_), (rps_b, us_b, *_) = medians[mode, 0], medians[mode, 1]
            print(f"  {mode:6} B/A  req/s {rps_b / rps_a:.3f}×  CPU per request {us_b / us_a:.3f}×")
    finally:
        for gateway in gateways:
            await gateway.stop()
        procs.stop_all()
        nats.stop()


if __name__ == "__main__":
    asyncio.run(main())
