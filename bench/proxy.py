"""The proxy benchmark (targets: docs/benchmarks.md): one command, one run, all on 127.0.0.1.

    make bench        # = .venv/bin/python -m bench.proxy [--quick] [--no-litellm] [--rounds N]

Against one fixed upstream (nginx answering a canned OpenAI chat completion on
/v1/chat/completions, and a canned SSE stream on /stream/v1/chat/completions) it measures:

  direct     the upstream called directly (the reference for added latency)
  nginx      nginx `proxy_pass` in front of it (the limit of this rig)
  floor      bench/floor.py: the smallest proxy of the gateway's own architecture (uvicorn +
             one aiohttp session, nothing else), so the machine's speed today is known
  tallygate  the embedded stack (`tallygate up`), metering on: each request is a usage event
             published to JetStream and ingested into chDB; the rows are counted afterwards
  litellm    LiteLLM proxy, the Python peer (its own venv, bench/.litellm-venv)

Each proxy under test runs alone on core 1; wrk, the upstream and the rest of the stack (NATS,
the data process, the supervisor, this script) stay on core 0. Throughput is wrk at c=32,
latency wrk at c=1; each figure is the median of several rounds, interleaved across targets.
CPU used meanwhile by processes this run did not start is measured and reported ("other").
The results are printed as a table and written to bench/results/proxy-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
LITELLM_VENV = ROOT / "bench" / ".litellm-venv"
VENV_BIN = Path(sys.prefix) / "bin"  # the venv this bench runs in
TICK = os.sysconf("SC_CLK_TCK")

# The targets (docs/benchmarks.md)
TARGET_RPS = 4000
TARGET_ADDED_P50_MS = 0.5
TARGET_ADDED_P99_MS = 2.0
TARGET_RSS_MB = 150
TARGET_VS_LITELLM = 50
TARGET_UP_S = 10

MODES = ("plain", "stream")
PLAIN_BODY = '{"model":"bench-plain","messages":[{"role":"user","content":"hi"}]}'
STREAM_BODY = '{"model":"bench-stream","stream":true,"messages":[{"role":"user","content":"hi"}]}'
BODIES = {"plain": PLAIN_BODY, "stream": STREAM_BODY}
UPSTREAM_PATHS = {"plain": "/v1/chat/completions", "stream": "/stream/v1/chat/completions"}
GATEWAY_PATHS = {"plain": "/v1/chat/completions", "stream": "/v1/chat/completions"}
LITELLM_KEY = "sk-litellm-bench"

CANNED_COMPLETION = json.dumps(
    {
        "id": "chatcmpl-bench0001",
        "object": "chat.completion",
        "created": 1763856000,
        "model": "bench-plain",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Hello! How can I help you today?",
                    "refusal": None,
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 9,
            "completion_tokens": 9,
            "total_tokens": 18,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0},
        },
        "service_tier": "default",
        "system_fingerprint": "fp_bench",
    },
    separators=(",", ":"),
)


def _chunk(delta: dict[str, Any], finish: str | None = None, usage: Any = None) -> str:
    choices = [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
    doc = {
        "id": "chatcmpl-bench0001",
        "object": "chat.completion.chunk",
        "created": 1763856000,
        "model": "bench-stream",
        "system_fingerprint": "fp_bench",
        "choices": [] if usage else choices,
        "usage": usage,
    }
    return "data: " + json.dumps(doc, separators=(",", ":")) + "\n\n"


WORDS = ["Hello", "!", " How", " can", " I", " help", " you", " today", "?"]
CANNED_STREAM = (
    _chunk({"role": "assistant", "content": "", "refusal": None})
    + "".join(_chunk({"content": word}) for word in WORDS)
    + _chunk({}, finish="stop")
    + _chunk({}, usage={"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18})
    + "data: [DONE]\n\n"
)

LUA = """wrk.method = "POST"
wrk.body = [==[{body}]==]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {{"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
    '"status":%d,"timeout":%d,"p50_us":%.1f,"p90_us":%.1f,"p99_us":%.1f,"mean_us":%.1f,"max_us":%.1f}}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
"""


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


class BenchError(Exception):
    pass


# ---------------------------------------------------------------- /proc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stat(pid: int) -> list[str] | None:
    """/proc/PID/stat split into fields (field 1 is the command name, which may hold spaces)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    head, _, rest = raw.rpartition(")")
    return [raw.split(" ", 1)[0], head.partition("(")[2], *rest.split()]


def children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st and int(st[3]) == pid:
                out.append(int(entry))
    return out


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        for child in children(todo.pop()):
            found.append(child)
            todo.append(child)
    return found


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _is_kthread(pid: int) -> bool:
    st = _stat(pid)
    return pid == 2 or (st is not None and st[3] == "2")


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes (all their threads), in seconds."""
    total = 0
    for pid in pids:
        st = _stat(pid)
        if st:
            total += int(st[13]) + int(st[14])
    return total / TICK


def status_kb(pid: int, name: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def core_jiffies() -> dict[str, tuple[int, int]]:
    """Per core (busy, total) jiffies from /proc/stat."""
    out = {}
    for line in Path("/proc/stat").read_text().splitlines():
        parts = line.split()
        if parts[0].startswith("cpu") and parts[0] != "cpu":
            nums = [int(x) for x in parts[1:]]
            idle = nums[3] + nums[4]
            out[parts[0]] = (sum(nums) - idle, sum(nums))
    return out


def steal_jiffies() -> tuple[int, int]:
    """(steal, total) jiffies over all cores: time the hypervisor gave this VM's CPUs to others."""
    nums = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (nums[7] if len(nums) > 7 else 0), sum(nums)


def core_util(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> dict[str, float]:
    util = {}
    for cpu, (busy, total) in after.items():
        b0, t0 = before.get(cpu, (0, 0))
        util[cpu] = round(100.0 * (busy - b0) / max(total - t0, 1), 1)
    return util


def process_cpu_total() -> float:
    """user + nice + system over all cores, in seconds: what processes (not interrupts) used."""
    nums = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:4]]
    return sum(nums) / TICK


def own_rusage() -> float:
    self_, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return self_.ru_utime + self_.ru_stime + kids.ru_utime + kids.ru_stime


# ---------------------------------------------------------------- processes


@dataclass
class Managed:
    name: str
    proc: subprocess.Popen[bytes]
    stop_signal: int
    stop_timeout: float
    seen: list[int] = field(default_factory=list)  # descendants seen while it ran


class Processes:
    """Everything this run starts; stopped by PID, in reverse order."""

    def __init__(self) -> None:
        self.items: list[Managed] = []

    def start(
        self,
        name: str,
        argv: list[str],
        *,
        cpu: int | None = None,
        log_path: Path | None = None,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        stop_signal: int = signal.SIGTERM,
        stop_timeout: float = 10.0,
    ) -> subprocess.Popen[bytes]:
        if cpu is not None:
            argv = ["taskset", "-c", str(cpu), *argv]
        with open(log_path or os.devnull, "ab") as out:
            proc = subprocess.Popen(
                argv,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                cwd=cwd,
                start_new_session=True,
            )
        self.items.append(Managed(name, proc, stop_signal, stop_timeout))
        return proc

    def all_pids(self) -> list[int]:
        """Every live process this run started, and their descendants."""
        pids = []
        for m in self.items:
            if m.proc.poll() is None:
                tree = descendants(m.proc.pid)
                m.seen = sorted(set(m.seen) | set(tree))
                pids += [m.proc.pid, *tree]
        return pids

    def stop_all(self) -> None:
        self.all_pids()
        for m in reversed(self.items):
            if m.proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    m.proc.send_signal(m.stop_signal)
                try:
                    m.proc.wait(timeout=m.stop_timeout)
                except subprocess.TimeoutExpired:
                    log(f"{m.name} (pid {m.proc.pid}) did not stop in {m.stop_timeout:.0f}s; killing it")
                    with contextlib.suppress(ProcessLookupError):
                        m.proc.kill()
                    m.proc.wait()
            # a descendant should have gone with its parent; one left behind is ended by its PID
            deadline = time.monotonic() + 5
            for pid in m.seen:
                while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                    time.sleep(0.05)
                if Path(f"/proc/{pid}").exists():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
        self.items.clear()


def wait_idle(pids: list[int], timeout: float, window: float = 0.15, busy: float = 0.07) -> float:
    """Wait until pids use less than `busy` of a core over `window`; return the seconds waited."""
    started = time.monotonic()
    last = cpu_seconds(pids)
    while time.monotonic() - started < timeout:
        time.sleep(window)
        now = cpu_seconds(pids)
        if now - last < busy * window:
            break
        last = now
    return time.monotonic() - started


def pin(pid: int, cpu: int) -> None:
    """Pin every thread of pid to one core."""
    subprocess.run(["taskset", "-a", "-pc", str(cpu), str(pid)], check=True, stdout=subprocess.DEVNULL)


def http(
    method: str,
    url: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10,
) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def wait_until(
    what: str, check: Callable[[], bool], timeout: float, proc: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise BenchError(f"{what}: the process exited with code {proc.returncode}")
        with contextlib.suppress(OSError, ValueError):
            if check():
                return
        time.sleep(0.1)
    raise BenchError(f"{what}: not ready within {timeout:.0f}s")


def listening(port: int) -> Callable[[], bool]:
    def check() -> bool:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True

    return check


def answers_200(url: str, body: str, token: str) -> bool:
    return probe(url, body, token) == 200


def tg_ready(tg: Tallygate, body: str) -> bool:
    return tg.probe(body) == 200


def probe(url: str, body: str, token: str) -> int:
    """One request, checked: a plain answer carries usage, a stream ends with [DONE]."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    status, answer = http("POST", url, body.encode(), headers, 10)
    stream = '"stream":true' in body
    if status == 200 and stream and b"[DONE]" not in answer:
        raise BenchError(f"{url}: a streamed answer without [DONE]: {answer[:300]!r}")
    if status == 200 and not stream and b'"usage"' not in answer:
        raise BenchError(f"{url}: a plain answer without usage: {answer[:300]!r}")
    return status


# ---------------------------------------------------------------- tools


def find_tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")


def ensure_tools() -> None:
    wanted = {"nginx": "nginx-light", "wrk": "wrk", "taskset": "util-linux"}
    missing = [tool for tool in wanted if not find_tool(tool)]
    if not missing:
        return
    packages = [wanted[tool] for tool in missing]
    command = f"apt-get update && apt-get install -y {' '.join(packages)}"
    if os.geteuid() != 0:
        raise BenchError(f"missing {', '.join(missing)}; install them with: sudo sh -c '{command}'")
    log(f"missing {', '.join(missing)}; running: {command}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=env, stdout=subprocess.DEVNULL)
    done = subprocess.run(["apt-get", "install", "-y", *packages], env=env, stdout=subprocess.DEVNULL)
    if done.returncode != 0 and "nginx-light" in packages:  # releases without nginx-light
        packages = ["nginx" if p == "nginx-light" else p for p in packages]
        subprocess.run(
            ["apt-get", "install", "-y", *packages], check=True, env=env, stdout=subprocess.DEVNULL
        )
    still = [tool for tool in missing if not find_tool(tool)]
    if still:
        raise BenchError(f"still missing after apt-get: {', '.join(still)}")


def find_uv() -> str | None:
    for candidate in (shutil.which("uv"), str(ROOT / ".tools/uv/bin/uv"), "/tmp/uvb/bin/uv"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


# ---------------------------------------------------------------- nginx


def nginx_quote(text: str) -> str:
    assert "'" not in text and "$" not in text and "\\" not in text
    return "'" + text + "'"


def upstream_servers(port: int) -> str:
    return f"""  server {{
    listen 127.0.0.1:{port} backlog=4096;
    location = /v1/chat/completions {{
      default_type application/json;
      return 200 {nginx_quote(CANNED_COMPLETION)};
    }}
    location = /stream/v1/chat/completions {{
      default_type text/event-stream;
      add_header Cache-Control no-cache;
      return 200 {nginx_quote(CANNED_STREAM)};
    }}
    location / {{ return 404; }}
  }}"""


def proxy_servers(port: int, upstream_port: int) -> str:
    return f"""  upstream bench_upstream {{
    server 127.0.0.1:{upstream_port};
    keepalive 64;
    keepalive_requests 1000000;
  }}
  server {{
    listen 127.0.0.1:{port} backlog=4096;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    location /stream/ {{ proxy_pass http://bench_upstream; proxy_buffering off; }}
    location / {{ proxy_pass http://bench_upstream; }}
  }}"""


def start_nginx(
    procs: Processes, tmp: Path, name: str, cpu: int, port: int, servers: str
) -> subprocess.Popen[bytes]:
    temp_paths = "\n".join(
        f"  {kind}_temp_path {tmp / f'{name}-{kind}'};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf = tmp / f"{name}.conf"
    conf.write_text(f"""{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
worker_cpu_affinity {"1" + "0" * cpu};
worker_rlimit_nofile 65536;
pid {tmp / f"{name}.pid"};
error_log {tmp / f"{name}-error.log"} warn;
events {{ worker_connections 4096; multi_accept on; }}
http {{
  access_log off;
  server_tokens off;
  keepalive_requests 1000000;
  keepalive_timeout 75s;
{temp_paths}
{servers}
}}
""")
    nginx = find_tool("nginx") or "nginx"
    test = subprocess.run(
        [nginx, "-t", "-q", "-p", str(tmp), "-c", str(conf)], capture_output=True, text=True
    )
    if test.returncode != 0:
        raise BenchError(f"nginx refused {conf}: {test.stderr.strip()}")
    proc = procs.start(
        f"nginx-{name}",
        [nginx, "-p", str(tmp), "-c", str(conf), "-g", "daemon off;"],
        cpu=cpu,
        log_path=tmp / f"{name}-stdout.log",
        stop_signal=signal.SIGQUIT,
    )
    wait_until(f"nginx {name}", listening(port), 10, proc)
    return proc


# ---------------------------------------------------------------- tallygate


@dataclass
class Tallygate:
    proc: subprocess.Popen[bytes]
    info: dict[str, Any]
    gateway_pid: int
    api_key: str
    up_seconds: float
    probes: int = 0  # requests sent outside wrk; each is a usage row (a 404 before the config lands too)

    def probe(self, body: str) -> int:
        self.probes += 1
        return probe(f"{self.info['gateway_url']}/v1/chat/completions", body, self.api_key)

    def sql(self, query: str) -> list[dict[str, Any]]:
        url = f"{self.info['admin_url']}/api/sql?" + urllib.parse.urlencode({"query": query})
        status, body = http("GET", url, headers={"Authorization": f"Bearer {self.info['admin_token']}"})
        if status != 200:
            raise BenchError(f"/api/sql answered {status}: {body[:300]!r}")
        return [json.loads(line) for line in body.splitlines() if line.strip()]

    def rows(self) -> int:
        return int(self.sql("SELECT count() AS n FROM tallygate.usage")[0]["n"])


def start_tallygate(
    procs: Processes, tmp: Path, upstream_port: int, others_cpu: int, gw_cpu: int
) -> Tallygate:
    data = tmp / "tallygate"
    exe = VENV_BIN / "tallygate"
    if not exe.exists():
        raise BenchError(f"{exe} not found: run `make venv` first")
    started = time.monotonic()
    argv = [str(exe), "up", "--data-dir", str(data), "--no-demo", "--gateway-port", "0", "--admin-port", "0"]
    up_log = tmp / "tallygate-up.log"
    proc = procs.start("tallygate", argv, cpu=others_cpu, log_path=up_log, stop_timeout=90)
    try:
        wait_until("tallygate up (run.json)", (data / "run.json").exists, 120, proc)
    except BenchError as exc:
        tail = up_log.read_text(errors="replace")[-2000:]
        raise BenchError(f"{exc}\n--- tallygate up log ---\n{tail}") from None
    up_seconds = time.monotonic() - started
    info = json.loads((data / "run.json").read_text())
    gateway = [pid for pid in children(proc.pid) if "tallygate_gateway" in cmdline(pid)]
    if len(gateway) != 1:
        raise BenchError(f"expected one gateway child of pid {proc.pid}, found {gateway}")
    pin(gateway[0], gw_cpu)
    log(f"tallygate up in {up_seconds:.1f}s; gateway pid {gateway[0]} pinned to core {gw_cpu}")

    auth = {"Authorization": f"Bearer {info['admin_token']}", "Content-Type": "application/json"}
    accounts = [
        ("bench plain", f"http://127.0.0.1:{upstream_port}/v1", "bench-plain"),
        ("bench stream", f"http://127.0.0.1:{upstream_port}/stream/v1", "bench-stream"),
    ]
    for name, base_url, model in accounts:
        account = {
            "name": name,
            "provider": "openai_compatible",
            "base_url": base_url,
            "api_key": "sk-upstream-bench",
            "models": [model],
        }
        status, answer = http("POST", f"{info['admin_url']}/api/accounts", json.dumps(account).encode(), auth)
        if status not in (200, 201):
            raise BenchError(f"POST /api/accounts answered {status}: {answer[:300]!r}")
    status, answer = http("POST", f"{info['admin_url']}/api/keys", b'{"name": "bench"}', auth)
    if status not in (200, 201):
        raise BenchError(f"POST /api/keys answered {status}: {answer[:300]!r}")
    tg = Tallygate(proc, info, gateway[0], json.loads(answer)["key"], up_seconds)
    for body in (PLAIN_BODY, STREAM_BODY):  # the gateway sees new config within a second
        wait_until("gateway serving the bench accounts", partial(tg_ready, tg, body), 20, proc)
    return tg


# ---------------------------------------------------------------- litellm


def base_python() -> Path:
    """The interpreter this bench's venv was made from; LiteLLM runs on the same one, so an
    interpreter's speed (a PGO build against a plain one: 10 %) is never part of a ratio."""
    return Path(sys.base_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}"


def ensure_litellm() -> Path | None:
    exe = LITELLM_VENV / "bin" / "litellm"
    cfg = LITELLM_VENV / "pyvenv.cfg"
    home = f"home = {base_python().parent}"
    if exe.exists() and home in cfg.read_text().splitlines():
        return exe
    shutil.rmtree(LITELLM_VENV, ignore_errors=True)  # none yet, or made from another interpreter
    uv = find_uv()
    if uv is None:
        log("LiteLLM skipped: no uv found (`make venv` bootstraps .tools/uv)")
        return None
    log(f"installing litellm[proxy] into {LITELLM_VENV.relative_to(ROOT)} (once; about a minute)")
    python = str(LITELLM_VENV / "bin" / "python")
    for step in (
        [uv, "venv", "--quiet", "--python", str(base_python()), str(LITELLM_VENV)],
        [uv, "pip", "install", "--quiet", "--python", python, "litellm[proxy]"],
    ):
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as exc:
            done = subprocess.CompletedProcess(step, 1, "", str(exc))
        if done.returncode != 0:
            log(f"LiteLLM skipped: `{' '.join(step)}` failed:\n{(done.stderr or done.stdout)[-1500:]}")
            shutil.rmtree(LITELLM_VENV, ignore_errors=True)
            return None
    return exe if exe.exists() else None


def start_litellm(
    procs: Processes, tmp: Path, upstream_port: int, cpu: int
) -> tuple[subprocess.Popen[bytes], int] | None:
    exe = ensure_litellm()
    if exe is None:
        return None
    config = tmp / "litellm.yaml"
    entries = "".join(
        f"""  - model_name: {model}
    litellm_params:
      model: openai/{model}
      api_base: http://127.0.0.1:{upstream_port}{base}
      api_key: sk-upstream-bench
"""
        for model, base in (("bench-plain", "/v1"), ("bench-stream", "/stream/v1"))
    )
    config.write_text(
        f"model_list:\n{entries}general_settings:\n  master_key: {LITELLM_KEY}\n"
        "litellm_settings:\n  telemetry: false\n  turn_off_message_logging: true\n"
    )
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))},
        "LITELLM_LOG": "ERROR",
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",
        "LITELLM_TELEMETRY": "False",
    }
    argv = [
        str(exe),
        "--config",
        str(config),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--num_workers",
        "1",
    ]
    lt_log = tmp / "litellm.log"
    proc = procs.start("litellm", argv, cpu=cpu, log_path=lt_log, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(
            "litellm", lambda: http("GET", f"{base}/health/liveliness", timeout=2)[0] == 200, 180, proc
        )
        for body in (PLAIN_BODY, STREAM_BODY):
            check = partial(answers_200, f"{base}/v1/chat/completions", body, LITELLM_KEY)
            wait_until("litellm serving", check, 30, proc)
    except BenchError as exc:
        log(f"LiteLLM skipped: {exc}\n--- litellm log ---\n{lt_log.read_text(errors='replace')[-1500:]}")
        return None
    return proc, port


# ---------------------------------------------------------------- wrk


@dataclass
class Target:
    name: str
    url: str  # base, without the path
    token: str
    pids: list[int]  # whose CPU and RSS are the proxy's (none for direct)
    paths: dict[str, str]
    lua: dict[str, Path] = field(default_factory=dict)
    journal: Path | None = None  # the gateway's usage journal directory


class RssSampler:
    """The highest summed VmRSS of some processes while a run lasts, and the largest the
    gateway's usage journal grew (bytes and segment files) if there is one."""

    def __init__(self, pids: list[int], journal: Path | None = None) -> None:
        self.pids = pids
        self.journal = journal
        self.max_kb = 0
        self.journal_max_bytes = 0
        self.journal_max_files = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.max_kb = max(self.max_kb, sum(status_kb(pid, "VmRSS") for pid in self.pids))
            if self.journal is not None:
                sizes = []
                for path in self.journal.glob("journal-*.jsonl"):
                    with contextlib.suppress(FileNotFoundError):  # deleted once acked
                        sizes.append(path.stat().st_size)
                self.journal_max_bytes = max(self.journal_max_bytes, sum(sizes))
                self.journal_max_files = max(self.journal_max_files, len(sizes))
            self._stop.wait(0.2)


class Runner:
    """Runs wrk, with the bookkeeping around it: the proxy's CPU and RSS, per-core load, the
    CPU that processes foreign to this run used meanwhile, and a wait for quiet before."""

    def __init__(self, procs: Processes, wrk_cpu: int, quiet_pct: float, quiet_budget_s: float) -> None:
        self.procs = procs
        self.wrk_cpu = wrk_cpu
        self.quiet_pct = quiet_pct
        self.quiet_budget = quiet_budget_s
        self.waited = 0.0

    def _ours(self) -> float:
        """CPU seconds of this run's processes, plus the kernel's own threads (the loopback
        traffic's softirq work lands in ksoftirqd): what is not foreign."""
        kernel = [pid for pid in (int(e) for e in os.listdir("/proc") if e.isdigit()) if _is_kthread(pid)]
        return cpu_seconds(self.procs.all_pids() + kernel) + own_rusage()

    def foreign_pct(self, window: float) -> float:
        sys0, ours0, t0 = process_cpu_total(), self._ours(), time.monotonic()
        time.sleep(window)
        sys1, ours1, t1 = process_cpu_total(), self._ours(), time.monotonic()
        return 100 * max((sys1 - sys0) - (ours1 - ours0), 0.0) / (t1 - t0)

    def settle(self, quiet: bool) -> None:
        """Let the stack finish what the last run left (ingest, merges), then wait for quiet."""
        waited = wait_idle(self.procs.all_pids(), 10, busy=0.1)
        if waited > 1.5:
            log(f"  waited {waited:.1f}s for the stack to go idle")
        if quiet:
            self.wait_quiet()

    def wait_quiet(self, max_wait: float = 15.0) -> None:
        """Other work on this machine (tests, builds) skews figures: wait a little for it to pass."""
        started = time.monotonic()
        while True:
            pct = self.foreign_pct(0.2)
            if pct < self.quiet_pct:
                break
            if time.monotonic() - started > max_wait or self.waited >= self.quiet_budget:
                log(f"  (other processes still use {pct:.0f}% of a core; measuring anyway)")
                break
            self.waited += 0.2
        if time.monotonic() - started > 1:
            log(f"  waited {time.monotonic() - started:.1f}s for other processes to quieten down")

    def run(
        self, target: Target, mode: str, conns: int, duration: int, rss: bool, quiet: bool = True
    ) -> dict[str, Any]:
        self.settle(quiet)
        wrk = find_tool("wrk") or "wrk"
        argv = ["taskset", "-c", str(self.wrk_cpu), wrk, "-t1", f"-c{conns}", f"-d{duration}s"]
        argv += ["--timeout", "10s", "-s", str(target.lua[mode])]
        if conns == 1:
            argv.append("--latency")
        argv.append(target.url + target.paths[mode])
        pids = [p for pid in target.pids for p in (pid, *descendants(pid))]
        cpu0, cores0, steal0 = cpu_seconds(pids), core_jiffies(), steal_jiffies()
        sys0, ours0, t0 = process_cpu_total(), self._ours(), time.monotonic()
        sampler = RssSampler(pids, target.journal) if rss else None
        with sampler or contextlib.nullcontext():
            proc = subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
            )
            try:
                out, err = proc.communicate(timeout=duration + 60)
            except BaseException:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                proc.wait()
                raise
        cpu1, cores1, steal1 = cpu_seconds(pids), core_jiffies(), steal_jiffies()
        sys1, ours1, t1 = process_cpu_total(), self._ours(), time.monotonic()
        # Work the proxy deferred past the run (usage events still being published, say) is its
        # cost too: wait until it is idle and count that CPU in.
        drain_s = wait_idle(pids, 20) if pids else 0.0
        cpu2 = cpu_seconds(pids)
        line = next((ln for ln in out.decode().splitlines() if ln.startswith("BENCHJSON ")), None)
        if line is None:
            raise BenchError(f"wrk gave no result for {target.name} {mode}: {err.decode()[-500:]}")
        res: dict[str, Any] = {"target": target.name, "mode": mode, "conns": conns, "duration_s": duration}
        res.update(json.loads(line.removeprefix("BENCHJSON ")))
        seconds = res["duration_us"] / 1e6
        res["rps"] = res["requests"] / seconds if seconds else 0.0
        res["errors"] = res["connect"] + res["read"] + res["write"] + res["timeout"]
        res["non2xx"] = res["status"]
        res["proxy_cpu_s"] = round(cpu1 - cpu0, 3)
        res["proxy_cpu_after_s"] = round(cpu2 - cpu1, 3)
        res["drain_s"] = round(drain_s, 2)
        res["cpu_us_per_req"] = (
            round(1e6 * (cpu2 - cpu0) / res["requests"], 1) if res["requests"] and pids else None
        )
        res["core_util_pct"] = core_util(cores0, cores1)
        res["other_pct"] = round(100 * max((sys1 - sys0) - (ours1 - ours0), 0.0) / (t1 - t0), 1)
        res["steal_pct"] = round(100 * (steal1[0] - steal0[0]) / max(steal1[1] - steal0[1], 1), 1)
        if sampler:
            res["rss_max_mb"] = round(sampler.max_kb / 1024, 1)
            if target.journal is not None:
                res["journal_max_kb"] = round(sampler.journal_max_bytes / 1024, 1)
                res["journal_max_files"] = sampler.journal_max_files
        return res


def describe(res: dict[str, Any]) -> str:
    cpu = f", {res['cpu_us_per_req']:.0f} µs CPU/req" if res.get("cpu_us_per_req") else ""
    if res.get("drain_s", 0) > 0.6:
        cpu += f" (busy {res['drain_s']:.1f}s after wrk stopped)"
    cores = " ".join(f"{k}={v:.0f}%" for k, v in sorted(res["core_util_pct"].items()))
    extra = (
        f"  !! {res['non2xx']} non-2xx, {res['errors']} socket errors"
        if res["errors"] or res["non2xx"]
        else ""
    )
    return (
        f"{res['target']:>9} {res['mode']:<6} c={res['conns']:<2} {res['rps']:>8.0f} req/s  "
        f"p50 {res['p50_us'] / 1000:.3f} ms  p99 {res['p99_us'] / 1000:.3f} ms{cpu}  "
        f"[{cores} other={res['other_pct']:.0f}% steal={res['steal_pct']:.0f}%]{extra}"
    )


# ---------------------------------------------------------------- report


def median(values: list[Any]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _ms(us: float | None) -> float | None:
    return None if us is None else round(us / 1000, 3)


def _fmt(v: Any, spec: str = ".0f") -> str:
    return "—" if v is None else format(v, spec)


def summarise(runs: list[dict[str, Any]], names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in names:
        entry: dict[str, Any] = {}
        for mode in MODES:
            tput = [r for r in runs if r["target"] == name and r["mode"] == mode and r["conns"] > 1]
            lat = [r for r in runs if r["target"] == name and r["mode"] == mode and r["conns"] == 1]
            entry[mode] = {
                "rps": median([r["rps"] for r in tput]),
                "rps_all": [round(r["rps"]) for r in tput],
                "p50_ms": _ms(median([r["p50_us"] for r in lat])),
                "p99_ms": _ms(median([r["p99_us"] for r in lat])),
                "p50_ms_all": [_ms(r["p50_us"]) for r in lat],
                "p99_ms_all": [_ms(r["p99_us"]) for r in lat],
                "c32_p50_ms": _ms(median([r["p50_us"] for r in tput])),
                "c32_p99_ms": _ms(median([r["p99_us"] for r in tput])),
                "cpu_us_per_req": median([r["cpu_us_per_req"] for r in tput]),
                "cpu_us_per_req_c1": median([r["cpu_us_per_req"] for r in lat]),
                "rss_max_mb": max((r["rss_max_mb"] for r in tput + lat if "rss_max_mb" in r), default=None),
                "non2xx": sum(r["non2xx"] for r in tput + lat),
                "errors": sum(r["errors"] for r in tput + lat),
                "core0_pct": median([r["core_util_pct"].get("cpu0") for r in tput]),
                "core1_pct": median([r["core_util_pct"].get("cpu1") for r in tput]),
                "other_pct": median([r["other_pct"] for r in tput + lat]),
                "steal_pct": median([r["steal_pct"] for r in tput + lat]),
            }
        out[name] = entry
    direct = out.get("direct")
    for name, entry in out.items():
        for mode in MODES:
            e, d = entry[mode], direct[mode] if direct else None
            if name != "direct" and d and e["p50_ms"] is not None and d["p50_ms"] is not None:
                e["added_p50_ms"] = round(e["p50_ms"] - d["p50_ms"], 3)
                e["added_p99_ms"] = round(e["p99_ms"] - d["p99_ms"], 3)
    return out


def _check(value: float | None, target: float, op: str) -> dict[str, Any]:
    met = value is not None and (value >= target if op == ">=" else value <= target)
    return {"value": None if value is None else round(value, 3), "target": f"{op} {target}", "met": met}


TARGET_NAMES = {
    "rps_plain": f"≥ {TARGET_RPS:,} req/s plain, c=32, one core",
    "rps_stream": f"≥ {TARGET_RPS:,} req/s streamed, c=32, one core",
    "added_p50_plain": f"added p50 ≤ {TARGET_ADDED_P50_MS} ms at c=1 (plain)",
    "added_p50_stream": f"added p50 ≤ {TARGET_ADDED_P50_MS} ms at c=1 (streamed)",
    "added_p99_plain": f"added p99 ≤ {TARGET_ADDED_P99_MS} ms at c=1 (plain)",
    "added_p99_stream": f"added p99 ≤ {TARGET_ADDED_P99_MS} ms at c=1 (streamed)",
    "vs_litellm_plain": f"≥ {TARGET_VS_LITELLM}× LiteLLM req/s (plain)",
    "vs_litellm_stream": f"≥ {TARGET_VS_LITELLM}× LiteLLM req/s (streamed)",
    "rss_mb": f"gateway RSS ≤ {TARGET_RSS_MB} MB under load",
    "up_to_run_json_s": f"`tallygate up` to run.json ≤ {TARGET_UP_S} s",
    "metering_exact": "one usage row per request (none lost, none doubled)",
}


def ratios_and_targets(summary: dict[str, Any], tg: Tallygate, metering: dict[str, Any]) -> dict[str, Any]:
    ratios: dict[str, float] = {}
    lines = ["ratios of req/s at c=32 (medians):"]
    t = summary["tallygate"]
    labels = {
        "nginx": "nginx proxy_pass",
        "direct": "upstream direct",
        "floor": "floor (uvicorn+aiohttp)",
        "litellm": "LiteLLM",
    }
    for other, label in labels.items():
        if other not in summary:
            continue
        for mode in MODES:
            a, b = t[mode]["rps"], summary[other][mode]["rps"]
            if a and b:
                ratios[f"tallygate/{other}_{mode}"] = round(a / b, 3)
        p, s = ratios.get(f"tallygate/{other}_plain"), ratios.get(f"tallygate/{other}_stream")
        spec = ".1f" if other == "litellm" else ".3f"
        lines.append(f"  tallygate / {label:<24} plain {_fmt(p, spec)}×   streamed {_fmt(s, spec)}×")
    checks: dict[str, Any] = {}
    for mode in MODES:
        checks[f"rps_{mode}"] = _check(t[mode]["rps"], TARGET_RPS, ">=")
    for mode in MODES:
        checks[f"added_p50_{mode}"] = _check(t[mode].get("added_p50_ms"), TARGET_ADDED_P50_MS, "<=")
        checks[f"added_p99_{mode}"] = _check(t[mode].get("added_p99_ms"), TARGET_ADDED_P99_MS, "<=")
    if "litellm" in summary:
        for mode in MODES:
            checks[f"vs_litellm_{mode}"] = _check(
                ratios.get(f"tallygate/litellm_{mode}"), TARGET_VS_LITELLM, ">="
            )
    rss = [v for v in (t["plain"]["rss_max_mb"], t["stream"]["rss_max_mb"]) if v is not None]
    checks["rss_mb"] = _check(max(rss) if rss else None, TARGET_RSS_MB, "<=")
    checks["up_to_run_json_s"] = _check(tg.up_seconds, TARGET_UP_S, "<=")
    checks["metering_exact"] = {"value": metering["ok"], "target": True, "met": metering["ok"]}
    target_lines = ["targets (tallygate, docs/benchmarks.md):"]
    for key, c in checks.items():
        mark = "MET " if c["met"] else ("n/a " if c["value"] is None else "MISS")
        target_lines.append(f"  [{mark}] {TARGET_NAMES[key]:<52} measured {c['value']}")
    return {"ratios": ratios, "targets": checks, "ratio_lines": lines, "target_lines": target_lines}


def usage_journal_line(tg: Tallygate, runs: list[dict[str, Any]]) -> str:
    """How large the gateway's usage journal grew under load, and what it holds once idle (every
    event acked: nothing waiting, nothing spooled or lost). Its cost per request is in the CPU
    per request above; docs/benchmarks.md compares it with the gateway before the journal."""
    peak = [r for r in runs if r["target"] == "tallygate" and "journal_max_kb" in r]
    kb = max((r["journal_max_kb"] for r in peak), default=0.0)
    files = max((r["journal_max_files"] for r in peak), default=0)
    status, body = http("GET", f"{tg.info['gateway_url']}/healthz")
    h = json.loads(body) if status == 200 else {}
    return (
        f"usage journal: at most {kb:.0f} KiB in {files} segment files under load; idle: "
        f"{h.get('usage_journal_bytes', '?')} bytes, unacked {h.get('usage_journal_unacked', '?')}, "
        f"spooled {h.get('usage_spooled', '?')}, lost {h.get('usage_lost', '?')}"
    )


def check_metering(tg: Tallygate, wrk_requests: int, runs: int, in_flight: int) -> dict[str, Any]:
    """Poll tallygate.usage (a fresh data dir: every row is this run's) until the count stops
    moving (the ingest delay), then compare with what wrk completed plus the probes. Up to
    `in_flight` more rows are right: requests wrk had in flight when it stopped still finish."""
    sent = wrk_requests + tg.probes
    deadline = time.monotonic() + 40
    last, stable_since, rows = -1, time.monotonic(), 0
    while time.monotonic() < deadline:
        rows = tg.rows()
        if rows != last:
            last, stable_since = rows, time.monotonic()
        elif rows >= sent and time.monotonic() - stable_since >= 3:
            break
        time.sleep(0.5)
    by_status = tg.sql(
        "SELECT model, stream, status_code, error_type, count() AS n FROM tallygate.usage "
        "GROUP BY model, stream, status_code, error_type ORDER BY n DESC"
    )
    dup = int(tg.sql("SELECT count() - uniqExact(request_id) AS d FROM tallygate.usage")[0]["d"])
    ok = sent <= rows <= sent + in_flight and dup == 0
    lines = [
        "metering (tallygate.usage, after the ingest delay):",
        f"  wrk completed {wrk_requests:,} requests in {runs} runs against tallygate, "
        f"plus {tg.probes} probes;",
        f"  usage rows {rows:,} (difference {rows - sent:+,}; up to {in_flight} may be in flight "
        f"as wrk stops; duplicate request_ids {dup})",
    ]
    for r in by_status:
        what = f"{r['model']} stream={r['stream']} status={r['status_code']} {r['error_type'] or ''}"
        lines.append(f"    {what.strip()}: {r['n']}")
    lines.append(f"  -> {'exact' if ok else 'NOT EXACT'}")
    return {
        "wrk_requests": wrk_requests,
        "probes": tg.probes,
        "usage_rows": rows,
        "in_flight_allowance": in_flight,
        "duplicates": dup,
        "by_status": by_status,
        "ok": ok,
        "lines": lines,
    }


def print_table(summary: dict[str, Any], lines: list[str]) -> None:
    cols = (
        f"{'target':<10} {'mode':<6} {'req/s':>7} {'p50':>7} {'p99':>7} {'+p50':>7} {'+p99':>7} "
        f"{'CPU/req':>7} {'RSS':>7} {'core0':>5} {'core1':>5} {'other':>5} {'steal':>5}"
    )
    print()
    print("medians: req/s at c=32; p50/p99 in ms at c=1; +p50/+p99 = added over calling the upstream")
    print("directly; CPU/req = µs of the proxy's own CPU per request at c=32; core0/core1 = busy % of")
    print("each core at c=32 (proxy on core1); other = % of a core used by processes foreign to this run;")
    print("steal = % of the CPUs' time the hypervisor gave to other machines (a slow host, not this run)")
    print(cols)
    print("-" * len(cols))
    for name, entry in summary.items():
        for mode in MODES:
            e = entry[mode]
            rss = f"{e['rss_max_mb']:.0f} MB" if e["rss_max_mb"] else "—"
            flag = f"  !! non-2xx {e['non2xx']}, errors {e['errors']}" if e["non2xx"] or e["errors"] else ""
            print(
                f"{name:<10} {mode:<6} {_fmt(e['rps']):>7} {_fmt(e['p50_ms'], '.3f'):>7} "
                f"{_fmt(e['p99_ms'], '.3f'):>7} {_fmt(e.get('added_p50_ms'), '+.3f'):>7} "
                f"{_fmt(e.get('added_p99_ms'), '+.3f'):>7} {_fmt(e['cpu_us_per_req']):>7} {rss:>7} "
                f"{_fmt(e['core0_pct']):>4}% {_fmt(e['core1_pct']):>4}% {_fmt(e['other_pct']):>4}% "
                f"{_fmt(e['steal_pct']):>4}%{flag}"
            )
    print()
    for line in lines:
        print(line)
    print()


# ---------------------------------------------------------------- main


def machine() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    model = next((ln.split(":", 1)[1].strip() for ln in cpuinfo if ln.startswith("model name")), "?")
    versions: dict[str, str] = {}
    for tool in ("nginx", "wrk"):
        with contextlib.suppress(OSError, IndexError):
            r = subprocess.run([tool, "-v"], capture_output=True, text=True)
            versions[tool] = (r.stderr or r.stdout).strip().splitlines()[0]
    code = "import importlib.metadata as m; print(m.version('litellm'))"
    with contextlib.suppress(OSError):
        r = subprocess.run([str(LITELLM_VENV / "bin" / "python"), "-c", code], capture_output=True, text=True)
        if r.returncode == 0:
            versions["litellm"] = r.stdout.strip()
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "versions": versions,
    }


def git_state() -> dict[str, Any]:
    def git(*args: str) -> str:
        with contextlib.suppress(OSError):
            return subprocess.run(
                ["git", "-C", str(ROOT), *args], capture_output=True, text=True
            ).stdout.strip()
        return ""

    dirty = git("status", "--porcelain", "--", "services", "shared", "src")
    return {"commit": git("rev-parse", "HEAD") or None, "uncommitted_changes": bool(dirty)}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m bench.proxy", description="Tallygate proxy benchmark (docs/benchmarks.md)"
    )
    p.add_argument("--rounds", type=int, default=3, help="throughput and latency rounds (medians)")
    p.add_argument("--duration", type=int, default=10, help="seconds per tallygate run at c=32")
    p.add_argument("--ref-duration", type=int, default=4, help="seconds per direct/nginx/floor run at c=32")
    p.add_argument("--latency-duration", type=int, default=3, help="seconds per run at c=1")
    p.add_argument("--litellm-duration", type=int, default=8, help="seconds per LiteLLM run (one round)")
    p.add_argument("--conns", type=int, default=32)
    p.add_argument(
        "--quiet-pct", type=float, default=25.0, help="wait before a run while other processes use more"
    )
    p.add_argument("--quiet-budget", type=float, default=15.0, help="seconds of such waiting, in all")
    p.add_argument("--no-litellm", action="store_true", help="skip LiteLLM (no ratio against it)")
    p.add_argument("--no-floor", action="store_true", help="skip the floor reference (bench/floor.py)")
    p.add_argument("--quick", action="store_true", help="one round of short runs: a smoke test, not figures")
    args = p.parse_args(argv)
    if args.quick:
        args.rounds, args.duration, args.ref_duration, args.latency_duration, args.litellm_duration = (
            1,
            3,
            2,
            2,
            3,
        )
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ncpu = os.cpu_count() or 1
    load_cpu, proxy_cpu = 0, (1 if ncpu > 1 else 0)
    if ncpu < 2:
        log("one core only: everything shares it, and the figures mean little")
    procs = Processes()
    tmp = Path(tempfile.mkdtemp(prefix="tallygate-bench-"))
    started = time.monotonic()

    def on_sigterm(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        ensure_tools()
        os.sched_setaffinity(0, {load_cpu})  # this script and what it starts stay off the proxy core
        info = machine()
        log(f"{info['nproc']} cores, {info['cpu_model']}; temp dir {tmp}")
        return run(args, procs, tmp, info, load_cpu, proxy_cpu, started)
    except KeyboardInterrupt:
        log("interrupted; cleaning up")
        return 130
    except BenchError as exc:
        log(f"failed: {exc}")
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # let the clean-up finish
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        procs.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run(
    args: argparse.Namespace,
    procs: Processes,
    tmp: Path,
    info: dict[str, Any],
    load_cpu: int,
    proxy_cpu: int,
    started: float,
) -> int:
    base = "http://127.0.0.1"
    up_port, px_port, fl_port = free_port(), free_port(), free_port()
    start_nginx(procs, tmp, "upstream", load_cpu, up_port, upstream_servers(up_port))
    nginx_proxy = start_nginx(procs, tmp, "proxy", proxy_cpu, px_port, proxy_servers(px_port, up_port))
    targets = [
        Target("direct", f"{base}:{up_port}", "sk-none", [], UPSTREAM_PATHS),
        Target("nginx", f"{base}:{px_port}", "sk-none", [nginx_proxy.pid], UPSTREAM_PATHS),
    ]
    if not args.no_floor:
        argv = [sys.executable, "-m", "bench.floor", f"{base}:{up_port}", str(fl_port)]
        floor = procs.start("floor", argv, cpu=proxy_cpu, cwd=ROOT, log_path=tmp / "floor.log")
        wait_until("floor proxy", listening(fl_port), 30, floor)
        targets.append(Target("floor", f"{base}:{fl_port}", "sk-none", [floor.pid], UPSTREAM_PATHS))
    tg = start_tallygate(procs, tmp, up_port, load_cpu, proxy_cpu)
    journal = tmp / "tallygate" / "spool"  # `tallygate up` puts the gateway's usage journal there
    targets.append(
        Target(
            "tallygate", tg.info["gateway_url"], tg.api_key, [tg.gateway_pid], GATEWAY_PATHS, journal=journal
        )
    )

    def prepare(t: Target) -> None:
        for mode in MODES:
            t.lua[mode] = tmp / f"{t.name}-{mode}.lua"
            t.lua[mode].write_text(LUA.format(body=BODIES[mode], token=t.token))
            if t.name == "tallygate":
                status = tg.probe(BODIES[mode])
            else:
                status = probe(t.url + t.paths[mode], BODIES[mode], t.token)
            if status != 200:
                raise BenchError(f"{t.name} {mode}: the probe request answered {status}")

    for t in targets:
        prepare(t)

    runner = Runner(procs, load_cpu, args.quiet_pct, args.quiet_budget)
    runs: list[dict[str, Any]] = []
    sent = {"requests": 0, "runs": 0, "in_flight": 0}

    def measure(t: Target, mode: str, conns: int, duration: int, record: bool = True) -> None:
        res = runner.run(t, mode, conns, duration, rss=t.name in ("tallygate", "litellm"), quiet=record)
        if t.name == "tallygate":
            sent["requests"] += res["requests"]
            sent["runs"] += 1
            sent["in_flight"] += conns
        res["warmup"] = not record
        if record:
            runs.append(res)
        log(("warm-up " if not record else "") + describe(res))

    log("warm-up")
    for t in targets:
        for mode in MODES:
            measure(t, mode, args.conns, 2 if t.name == "tallygate" else 1, record=False)
    for r in range(args.rounds):
        log(f"throughput round {r + 1}/{args.rounds} (c={args.conns})")
        for t in targets:
            for mode in MODES:
                measure(t, mode, args.conns, args.duration if t.name == "tallygate" else args.ref_duration)
    for r in range(args.rounds):
        log(f"latency round {r + 1}/{args.rounds} (c=1)")
        for t in targets:
            for mode in MODES:
                measure(t, mode, 1, args.latency_duration)
    gateway_hwm_mb = round(status_kb(tg.gateway_pid, "VmHWM") / 1024, 1)
    journal_line = usage_journal_line(tg, runs)

    # LiteLLM starts only now: it works for a while after start-up, on the proxy core.
    litellm = None if args.no_litellm else start_litellm(procs, tmp, up_port, proxy_cpu)
    if litellm:
        lt = Target("litellm", f"{base}:{litellm[1]}", LITELLM_KEY, [litellm[0].pid], GATEWAY_PATHS)
        prepare(lt)
        targets.append(lt)
        log(
            f"litellm ready; idle {wait_idle(lt.pids, 30):.1f}s after start-up; "
            "one shorter round (it is slow)"
        )
        for mode in MODES:
            measure(lt, mode, args.conns, 2, record=False)
            measure(lt, mode, args.conns, args.litellm_duration)
        for mode in MODES:
            measure(lt, mode, 1, args.latency_duration)

    log("counting usage rows (waiting for the ingest to settle)")
    metering = check_metering(tg, sent["requests"], sent["runs"], sent["in_flight"])
    summary = summarise(runs, [t.name for t in targets])
    extras = ratios_and_targets(summary, tg, metering)
    tail = [f"gateway peak RSS (VmHWM) {gateway_hwm_mb} MB; `tallygate up` to run.json {tg.up_seconds:.1f} s"]
    tail.append(journal_line)
    if runner.waited:
        tail.append(f"waited {runner.waited:.0f}s in all for other processes to quieten down")
    print_table(summary, extras["ratio_lines"] + extras["target_lines"] + metering.pop("lines") + tail)

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"proxy-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    doc = {
        "benchmark": "proxy",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "git": git_state(),
        "machine": info,
        "settings": {**vars(args), "load_core": load_cpu, "proxy_core": proxy_cpu},
        "summary": summary,
        "ratios": extras["ratios"],
        "targets": extras["targets"],
        "metering": metering,
        "gateway": {
            "pid": tg.gateway_pid,
            "vm_hwm_mb": gateway_hwm_mb,
            "up_seconds": round(tg.up_seconds, 2),
        },
        "runs": runs,
        "quiet_wait_s": round(runner.waited, 1),
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    out.write_text(json.dumps(doc, indent=2, default=str) + "\n")
    log(f"results in {out.relative_to(ROOT)}; {doc['elapsed_s']:.0f}s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
