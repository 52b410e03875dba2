"""Instructions per proxied request, counted by valgrind's callgrind: the floor proxy against the
gateway, plain and streamed. A count that does not move with the machine's mood (repeat runs
agree within 0.5 %), for A/B-testing a hot-path change where wall-clock figures swing by 30 %.

    python -m bench.instructions [--requests 1000] [--no-floor] [--modes plain,stream]

Each proxy runs under `valgrind --tool=callgrind --instr-atstart=no`, pinned to core 1, with
counting switched on (`callgrind_control -i on`) only for the measured requests plus 2 s after
them (deferred work such as publishing is the request's too). The load is --requests POSTs over
8 keep-alive connections from this process; the upstream is the proxy benchmark's nginx. The
gateway is the real one (`python -m tallygate_gateway`) against a real nats-server, configured
through KV as in the service tests. Counted: user-space instructions only, so a system call is
one instruction here however long it takes the kernel (`strace -c -f -p PID` tells those apart).
Under valgrind requests run ~50× slower, so events are published about one to a message; at real
speed they batch, and publishing costs less than counted here."""

from __future__ import annotations

import argparse
import asyncio
import glob
import http.client
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from unittest import mock

from bench.proxy import (
    Processes,
    free_port,
    listening,
    start_nginx,
    upstream_servers,
    wait_until,
)
from tests.conftest import NatsServer
from tests.service.gateway_fixture import Gateway

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 8


def load(port: int, path: str, body: str, token: str, n: int) -> None:
    def worker(count: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
        for _ in range(count):
            conn.request("POST", path, body, headers)
            resp = conn.getresponse()
            resp.read()
            if resp.status != 200:
                raise SystemExit(f"{path} answered {resp.status}")

    threads = [threading.Thread(target=worker, args=(n // CONNECTIONS,)) for _ in range(CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def count(pid: int, out_dir: Path, port: int, token: str, path: str, body: str, n: int) -> float:
    """Instructions per request over n requests (after 200 uncounted ones)."""
    load(port, path, body, token, 200)
    time.sleep(1.0)
    for args in (["-z"], ["-i", "on"]):
        subprocess.run(["callgrind_control", *args, str(pid)], capture_output=True, check=True)
    load(port, path, body, token, n - n % CONNECTIONS)
    time.sleep(2.0)
    for args in (["-d"], ["-i", "off"]):
        subprocess.run(["callgrind_control", *args, str(pid)], capture_output=True, check=True)
    time.sleep(0.5)
    dump = max(glob.glob(f"{out_dir}/cg.{pid}.*"), key=os.path.getmtime)
    with open(dump) as f:
        total = next(int(line.split()[1]) for line in f if line.startswith(("summary:", "totals:")))
    return total / (n - n % CONNECTIONS)


def report(results: dict[tuple[str, str], float], name: str, mode: str, value: float) -> None:
    results[name, mode] = value
    print(f"{name:8} {mode:6} {value / 1000:8.1f} k instructions/request", flush=True)


def body(model: str, stream: bool) -> str:
    extra = ', "stream": true' if stream else ""
    return f'{{"model": "{model}", "messages": [{{"role": "user", "content": "hi"}}]{extra}}}'


async def run(args: argparse.Namespace, tmp: Path) -> dict[tuple[str, str], float]:
    valgrind = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={tmp}/cg.%p"]
    pinned = ["taskset", "-c", "1", *valgrind]
    modes = args.modes.split(",")
    results: dict[tuple[str, str], float] = {}
    procs = Processes()
    nats = NatsServer(tmp / "nats")
    nats.start()
    try:
        up = free_port()
        start_nginx(procs, tmp, "upstream", 0, up, upstream_servers(up))
        if not args.no_floor:
            port = free_port()
            argv = [*pinned, sys.executable, "-m", "bench.floor", f"http://127.0.0.1:{up}", str(port)]
            floor = procs.start("floor", argv, cwd=ROOT)
            wait_until("floor under valgrind", listening(port), 180, floor)
            for mode in modes:
                path = "/stream/v1/chat/completions" if mode == "stream" else "/v1/chat/completions"
                results["floor", mode] = count(
                    floor.pid, tmp, port, "-", path, body("m", mode == "stream"), args.requests
                )
                print(
                    f"floor    {mode:6} {results['floor', mode] / 1000:8.1f} k instructions/request",
                    flush=True,
                )
        gateway = Gateway(nats, tmp)
        popen = subprocess.Popen
        with mock.patch.object(subprocess, "Popen", lambda argv, **kw: popen([*pinned, *argv], **kw)):
            await asyncio.wait_for(gateway.start(), 600)  # the gateway's own argv, under valgrind
        await gateway.add_account(f"http://127.0.0.1:{up}/v1", provider="openai_compatible", models=["plain"])
        await gateway.add_account(
            f"http://127.0.0.1:{up}/stream/v1", provider="openai_compatible", models=["stream"]
        )
        _, token = await gateway.add_key()
        assert gateway.proc is not None
        for mode in modes:
            results["gateway", mode] = count(
                gateway.proc.pid, tmp, gateway.port, token, "/v1/chat/completions",
                body(mode, mode == "stream"), args.requests,
            )  # fmt: skip
            print(
                f"gateway  {mode:6} {results['gateway', mode] / 1000:8.1f} k instructions/request", flush=True
            )
        await gateway.stop()
    finally:
        procs.stop_all()
        nats.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--modes", default="plain,stream")
    parser.add_argument("--no-floor", action="store_true", help="count the gateway only")
    args = parser.parse_args()
    for tool in ("valgrind", "callgrind_control", "nginx", "taskset"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found (Debian: apt-get install -y valgrind nginx-light util-linux)")
    tmp = Path(tempfile.mkdtemp(prefix="tallygate-instructions-"))
    try:
        results = asyncio.run(run(args, tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for mode in args.modes.split(","):
        if ("floor", mode) in results:
            ratio = results["gateway", mode] / results["floor", mode]
            print(f"gateway / floor, {mode}: {ratio:.2f}×")


if __name__ == "__main__":
    main()
