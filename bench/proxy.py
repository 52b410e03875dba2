"""The proxy benchmark (SPEC §8): one command, one run, all on 127.0.0.1.

    make bench                      # or: .venv/bin/python -m bench.proxy [--quick] [--no-litellm]

It measures, against one fixed upstream (nginx answering a canned OpenAI chat completion, and
a canned SSE stream on /stream/v1/chat/completions):

  direct      the upstream called directly (the reference for added latency)
  nginx       nginx `proxy_pass` in front of it (the limit of this rig)
  tallygate   the embedded stack (`tallygate up`), metering on: every request is a usage event
              published to JetStream and ingested into chDB; the rows are counted afterwards
  litellm     LiteLLM proxy, the Python peer (its own venv in bench/.litellm-venv)

Each proxy under test runs on core 1; wrk, the upstream and the rest of the stack (NATS, the
data process, the supervisor, this script) stay on core 0. Throughput is wrk at c=32, latency
wrk at c=1; each figure is the median of several rounds, interleaved across targets. Results
are printed as a table and written to bench/results/proxy-<timestamp>.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
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
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
LITELLM_VENV = BENCH / ".litellm-venv"
VENV_BIN = ROOT / ".venv" / "bin"

# SPEC §8 targets
TARGET_RPS = 4000
TARGET_ADDED_P50_MS = 0.5
TARGET_ADDED_P99_MS = 2.0
TARGET_RSS_MB = 150
TARGET_VS_LITELLM = 50
TARGET_UP_S = 10

PLAIN_BODY = '{"model":"bench-plain","messages":[{"role":"user","content":"hi"}]}'
STREAM_BODY = '{"model":"bench-stream","stream":true,"messages":[{"role":"user","content":"hi"}]}'

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


def _chunk(delta: dict[str, Any], finish: str | None = None, usage: Any = None, choices: bool = True) -> str:
    doc = {
        "id": "chatcmpl-bench0001",
        "object": "chat.completion.chunk",
        "created": 1763856000,
        "model": "bench-stream",
        "system_fingerprint": "fp_bench",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
        if choices
        else [],
        "usage": usage,
    }
    return "data: " + json.dumps(doc, separators=(",", ":")) + "\n\n"


CANNED_STREAM = (
    _chunk({"role": "assistant", "content": "", "refusal": None})
    + "".join(
        _chunk({"content": word})
        for word in ["Hello", "!", " How", " can", " I", " help", " you", " today", "?"]
    )
    + _chunk({}, finish="stop")
    + _chunk({}, usage={"prompt_tokens": 9, "completion_tokens": 9, "total_tokens": 18}, choices=False)
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


# ---------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name is in parentheses and may hold spaces
    return (
        [raw[: raw.index(" ")]]
        + [raw[raw.index("(") + 1 : raw.rindex(")")]]
        + raw[raw.rindex(")") + 2 :].split()
    )


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


def cpu_seconds(pids: list[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        st = _stat(pid)
        if st:
            total += int(st[13]) + int(st[14])
    return total / ticks


def status_kb(pid: int, field_name: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def core_busy() -> dict[str, tuple[int, int]]:
    """Per-core (busy, total) jiffies from /proc/stat."""
    out = {}
    for line in Path("/proc/stat").read_text().splitlines():
        parts = line.split()
        if parts[0].startswith("cpu") and parts[0] != "cpu":
            nums = [int(x) for x in parts[1:]]
            idle = nums[3] + (nums[4] if len(nums) > 4 else 0)
            out[parts[0]] = (sum(nums) - idle, sum(nums))
    return out


def core_util(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> dict[str, float]:
    util = {}
    for cpu, (busy, total) in after.items():
        b0, t0 = before.get(cpu, (0, 0))
        util[cpu] = round(100.0 * (busy - b0) / max(total - t0, 1), 1)
    return util


@dataclass
class Managed:
    name: str
    proc: subprocess.Popen[bytes]
    stop_signal: int
    stop_timeout: float
    extra: list[int] = field(default_factory=list)  # descendants seen while it ran


class Processes:
    """Everything this run starts, stopped by PID in reverse order."""

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
        stop_signal: int = signal.SIGTERM,
        stop_timeout: float = 10.0,
    ) -> subprocess.Popen[bytes]:
        if cpu is not None:
            argv = ["taskset", "-c", str(cpu), *argv]
        out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115
        proc = subprocess.Popen(
            argv,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        if log_path:
            out.close()  # type: ignore[union-attr]
        self.items.append(Managed(name, proc, stop_signal, stop_timeout))
        return proc

    def remember_descendants(self) -> None:
        for m in self.items:
            if m.proc.poll() is None:
                m.extra = sorted(set(m.extra) | set(descendants(m.proc.pid)))

    def stop_all(self) -> None:
        self.remember_descendants()
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
            # a child left behind (it should have gone with its parent): end it by its PID
            deadline = time.monotonic() + 5
            for pid in m.extra:
                while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                    time.sleep(0.05)
                if Path(f"/proc/{pid}").exists():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
        self.items.clear()


def wait_idle(pids: list[int], timeout: float, window: float = 0.25, busy: float = 0.05) -> float:
    """Wait until pids use under `busy` of a core over `window`; return the seconds waited."""
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


def wait_until(what: str, check: Any, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise BenchError(f"{what}: the process exited with code {proc.returncode}")
        with contextlib.suppress(OSError, ValueError):
            if check():
                return
        time.sleep(0.1)
    raise BenchError(f"{what}: not ready within {timeout:.0f}s")


# ---------------------------------------------------------------- tools


def ensure_tools() -> None:
    missing = [tool for tool in ("nginx", "wrk", "taskset") if not find_tool(tool)]
    if not missing:
        return
    packages = " ".join(
        p for t, p in (("nginx", "nginx-light"), ("wrk", "wrk"), ("taskset", "util-linux")) if t in missing
    )
    command = f"apt-get update && apt-get install -y {packages}"
    if os.geteuid() != 0:
        raise BenchError(f"missing {', '.join(missing)}; install with: sudo sh -c '{command}'")
    log(f"missing {', '.join(missing)}; running: {command}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=env, stdout=subprocess.DEVNULL)
    result = subprocess.run(
        ["apt-get", "install", "-y", *packages.split()], env=env, stdout=subprocess.DEVNULL
    )
    if result.returncode != 0 and "nginx-light" in packages:  # newer Debian has no nginx-light
        subprocess.run(
            ["apt-get", "install", "-y", *packages.replace("nginx-light", "nginx").split()],
            check=True, env=env, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    still = [tool for tool in missing if not find_tool(tool)]
    if still:
        raise BenchError(f"still missing after apt-get: {', '.join(still)}")


def find_tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")


def find_uv() -> str | None:
    for candidate in (shutil.which("uv"), str(ROOT / ".tools/uv/bin/uv"), "/tmp/uvb/bin/uv"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


# ---------------------------------------------------------------- nginx


def nginx_conf(tmp: Path, name: str, cpu: int, servers: str) -> Path:
    user = "user root;" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"  {kind}_temp_path {tmp / f'{name}-{kind}'};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    conf = f"""{user}
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
{temp}
{servers}
}}
"""
    path = tmp / f"{name}.conf"
    path.write_text(conf)
    return path


def nginx_quote(text: str) -> str:
    assert "'" not in text and "$" not in text and "\\" not in text
    return "'" + text + "'"


def start_nginx(
    procs: Processes, tmp: Path, name: str, cpu: int, port: int, servers: str
) -> subprocess.Popen[bytes]:
    conf = nginx_conf(tmp, name, cpu, servers)
    nginx = find_tool("nginx")
    assert nginx
    test = subprocess.run(
        [nginx, "-t", "-q", "-p", str(tmp), "-c", str(conf)], capture_output=True, text=True
    )
    if test.returncode != 0:
        raise BenchError(f"nginx config {conf} refused: {test.stderr.strip()}")
    proc = procs.start(
        f"nginx-{name}",
        [nginx, "-p", str(tmp), "-c", str(conf), "-g", "daemon off;"],
        cpu=cpu,
        log_path=tmp / f"{name}-stdout.log",
        stop_signal=signal.SIGQUIT,
    )

    def listening() -> bool:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True

    wait_until(f"nginx {name}", listening, 10, proc)
    return proc


def upstream_servers(port: int) -> str:
    return f"""  server {{
    listen 127.0.0.1:{port} backlog=4096;
    location = /v1/chat/completions {{ default_type application/json; return 200 {nginx_quote(CANNED_COMPLETION)}; }}
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


# ---------------------------------------------------------------- tallygate


@dataclass
class Tallygate:
    proc: subprocess.Popen[bytes]
    info: dict[str, Any]
    gateway_pid: int
    api_key: str
    up_seconds: float
    probes: int = 0  # requests sent to the gateway outside wrk (each is a usage row, 404s included)

    def probe(self, body: str) -> int:
        self.probes += 1
        return probe(f"{self.info['gateway_url']}/v1/chat/completions", body, self.api_key)

    def sql(self, query: str) -> list[dict[str, Any]]:
        url = f"{self.info['admin_url']}/api/sql?" + urllib.parse.urlencode({"query": query})
        status, body = http("GET", url, headers={"Authorization": f"Bearer {self.info['admin_token']}"})
        if status != 200:
            raise BenchError(f"/api/sql answered {status}: {body[:300]!r}")
        return [json.loads(line) for line in body.splitlines() if line.strip()]


def start_tallygate(
    procs: Processes, tmp: Path, upstream_port: int, others_cpu: int, gateway_cpu: int
) -> Tallygate:
    data = tmp / "tallygate"
    exe = VENV_BIN / "tallygate"
    if not exe.exists():
        raise BenchError(f"{exe} not found: run `make venv` first")
    started = time.monotonic()
    proc = procs.start(
        "tallygate",
        [str(exe), "up", "--data-dir", str(data), "--no-demo", "--gateway-port", "0", "--admin-port", "0"],
        cpu=others_cpu,
        log_path=tmp / "tallygate-up.log",
        stop_timeout=90,
    )
    run_json = data / "run.json"
    try:
        wait_until("tallygate up (run.json)", run_json.exists, 120, proc)
    except BenchError as exc:
        tail = (tmp / "tallygate-up.log").read_text(errors="replace")[-2000:]
        raise BenchError(f"{exc}\n--- tallygate up log ---\n{tail}") from None
    up_seconds = time.monotonic() - started
    info = json.loads(run_json.read_text())
    gateway = [pid for pid in children(proc.pid) if "tallygate_gateway" in cmdline(pid)]
    if len(gateway) != 1:
        raise BenchError(f"expected one gateway child of pid {proc.pid}, found {gateway}")
    pin(gateway[0], gateway_cpu)
    log(f"tallygate up in {up_seconds:.1f}s; gateway pid {gateway[0]} pinned to core {gateway_cpu}")

    admin = info["admin_url"]
    auth = {"Authorization": f"Bearer {info['admin_token']}", "Content-Type": "application/json"}
    for name, base, model in (
        ("bench plain", f"http://127.0.0.1:{upstream_port}/v1", "bench-plain"),
        ("bench stream", f"http://127.0.0.1:{upstream_port}/stream/v1", "bench-stream"),
    ):
        body = {"name": name, "provider": "openai_compatible", "base_url": base, "api_key": "sk-upstream-bench",
                "models": [model]}  # fmt: skip
        status, answer = http("POST", f"{admin}/api/accounts", json.dumps(body).encode(), auth)
        if status not in (200, 201):
            raise BenchError(f"POST /api/accounts answered {status}: {answer[:300]!r}")
    status, answer = http("POST", f"{admin}/api/keys", json.dumps({"name": "bench"}).encode(), auth)
    if status not in (200, 201):
        raise BenchError(f"POST /api/keys answered {status}: {answer[:300]!r}")
    key = json.loads(answer)["key"]
    tg = Tallygate(proc, info, gateway[0], key, up_seconds)
    for body in (PLAIN_BODY, STREAM_BODY):  # the gateway sees the new config within a second
        wait_until("gateway serving the bench accounts", lambda b=body: tg.probe(b) == 200, 20, proc)
    return tg


def probe(url: str, body: str, token: str) -> int:
    status, answer = http(
        "POST",
        url,
        body.encode(),
        {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        10,
    )
    if status == 200 and '"stream":true' in body and b"[DONE]" not in answer:
        raise BenchError(f"{url}: a streamed answer without [DONE]: {answer[:300]!r}")
    if status == 200 and '"stream":true' not in body and b'"usage"' not in answer:
        raise BenchError(f"{url}: a plain answer without usage: {answer[:300]!r}")
    return status


# ---------------------------------------------------------------- litellm


LITELLM_KEY = "sk-litellm-bench"


def ensure_litellm() -> Path | None:
    exe = LITELLM_VENV / "bin" / "litellm"
    if exe.exists():
        return exe
    uv = find_uv()
    if uv is None:
        log("LiteLLM skipped: no uv found (run `make venv` to bootstrap .tools/uv)")
        return None
    log(f"installing litellm[proxy] into {LITELLM_VENV.relative_to(ROOT)} (once; about a minute)")
    steps = [
        [uv, "venv", "--quiet", "--python", "3.11", str(LITELLM_VENV)],
        [uv, "pip", "install", "--quiet", "--python", str(LITELLM_VENV / "bin" / "python"), "litellm[proxy]"],
    ]
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            log(f"LiteLLM skipped: `{' '.join(step)}` failed:\n{(result.stderr or result.stdout)[-1500:]}")
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
    config.write_text(
        f"""model_list:
  - model_name: bench-plain
    litellm_params:
      model: openai/bench-plain
      api_base: http://127.0.0.1:{upstream_port}/v1
      api_key: sk-upstream-bench
  - model_name: bench-stream
    litellm_params:
      model: openai/bench-stream
      api_base: http://127.0.0.1:{upstream_port}/stream/v1
      api_key: sk-upstream-bench
general_settings:
  master_key: {LITELLM_KEY}
litellm_settings:
  telemetry: false
  turn_off_message_logging: true
"""
    )
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))},
        "LITELLM_LOG": "ERROR",
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",
        "LITELLM_TELEMETRY": "False",
        "DISABLE_SCHEMA_UPDATE": "True",
    }
    proc = procs.start(
        "litellm",
        [str(exe), "--config", str(config), "--host", "127.0.0.1", "--port", str(port), "--num_workers", "1"],
        cpu=cpu,
        log_path=tmp / "litellm.log",
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(
            "litellm", lambda: http("GET", f"{base}/health/liveliness", timeout=2)[0] == 200, 180, proc
        )
        for body in (PLAIN_BODY, STREAM_BODY):
            wait_until("litellm serving", lambda b=body: probe(f"{base}/v1/chat/completions", b, LITELLM_KEY) == 200,
                       30, proc)  # fmt: skip
    except BenchError as exc:
        tail = (tmp / "litellm.log").read_text(errors="replace")[-1500:]
        log(f"LiteLLM skipped: {exc}\n--- litellm log ---\n{tail}")
        return None
    return proc, port


# ---------------------------------------------------------------- wrk


@dataclass
class Target:
    name: str
    url: str  # base, without the path
    token: str
    pids: list[int]  # whose CPU and RSS count as the proxy's (empty for direct)
    paths: dict[str, str]  # mode -> path
    bodies: dict[str, str]
    lua: dict[str, Path] = field(default_factory=dict)
    expected_status: int = 200


class RssSampler:
    def __init__(self) -> None:
        self.pids: list[int] = []
        self.max_kb = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> RssSampler:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.max_kb = max(self.max_kb, sum(status_kb(pid, "VmRSS") for pid in self.pids))
            self._stop.wait(0.2)


def run_wrk(
    target: Target, mode: str, conns: int, duration: int, cpu: int, rss: RssSampler | None
) -> dict[str, Any]:
    argv = ["taskset", "-c", str(cpu), find_tool("wrk") or "wrk", "-t1", f"-c{conns}", f"-d{duration}s",
            "--timeout", "10s", "-s", str(target.lua[mode])]  # fmt: skip
    if conns == 1:
        argv.append("--latency")
    argv.append(target.url + target.paths[mode])
    pids = [p for pid in target.pids for p in (pid, *descendants(pid))]
    cpu0, cores0 = cpu_seconds(pids), core_busy()
    if rss is not None:
        rss.pids = pids
        rss.max_kb = 0
    with rss if rss is not None else contextlib.nullcontext():
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=duration + 60)
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            proc.wait()
            raise
    cpu1, cores1 = cpu_seconds(pids), core_busy()
    # work the proxy deferred past the run (e.g. usage events still being published) is its
    # cost too: wait until it is idle, and count that CPU
    drain_s = wait_idle(pids, 20) if pids else 0.0
    cpu2 = cpu_seconds(pids)
    line = next((ln for ln in out.decode().splitlines() if ln.startswith("BENCHJSON ")), None)
    if line is None:
        raise BenchError(
            f"wrk gave no result for {target.name} {mode}: {err.decode()[-500:]} {out.decode()[-500:]}"
        )
    res = json.loads(line.removeprefix("BENCHJSON "))
    secs = res["duration_us"] / 1e6
    res["rps"] = res["requests"] / secs if secs else 0.0
    res["errors"] = res["connect"] + res["read"] + res["write"] + res["timeout"]
    res["non2xx"] = res["status"]
    res["proxy_cpu_s"] = round(cpu1 - cpu0, 3)
    res["proxy_cpu_after_s"] = round(cpu2 - cpu1, 3)  # includes the idle-check window itself
    res["drain_s"] = round(drain_s, 2)
    res["proxy_cpu_us_per_req"] = (
        round(1e6 * (cpu2 - cpu0) / res["requests"], 1) if res["requests"] and pids else None
    )
    res["core_util_pct"] = core_util(cores0, cores1)
    if rss is not None:
        res["rss_max_mb"] = round(rss.max_kb / 1024, 1)
    res.update(target=target.name, mode=mode, conns=conns, duration_s=duration)
    return res


def describe(res: dict[str, Any]) -> str:
    extra = ""
    if res["errors"] or res["non2xx"]:
        extra = f"  !! {res['non2xx']} non-2xx, {res['errors']} socket errors"
    cpu = f", {res['proxy_cpu_us_per_req']:.0f} µs CPU/req" if res.get("proxy_cpu_us_per_req") else ""
    if res.get("drain_s", 0) > 0.6:
        cpu += f" (busy {res['drain_s']:.1f}s after wrk stopped)"
    cores = " ".join(f"{k}={v:.0f}%" for k, v in sorted(res["core_util_pct"].items()))
    return (
        f"{res['target']:>9} {res['mode']:<6} c={res['conns']:<2} {res['rps']:>9.0f} req/s  "
        f"p50 {res['p50_us'] / 1000:.3f} ms  p99 {res['p99_us'] / 1000:.3f} ms{cpu}  [{cores}]{extra}"
    )


# ---------------------------------------------------------------- report


def median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarise(runs: list[dict[str, Any]], targets: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in targets:
        entry: dict[str, Any] = {}
        for mode in ("plain", "stream"):
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
                "cpu_us_per_req": median([r.get("proxy_cpu_us_per_req") for r in tput]),
                "rss_max_mb": max([r["rss_max_mb"] for r in tput + lat if "rss_max_mb" in r], default=None),
                "non2xx": sum(r["non2xx"] for r in tput + lat),
                "errors": sum(r["errors"] for r in tput + lat),
                "core0_util_pct": median([r["core_util_pct"].get("cpu0") for r in tput]),
                "core1_util_pct": median([r["core_util_pct"].get("cpu1") for r in tput]),
            }
        out[name] = entry
    direct = out.get("direct")
    for name, entry in out.items():
        for mode in ("plain", "stream"):
            e = entry[mode]
            if name != "direct" and direct and e["p50_ms"] is not None and direct[mode]["p50_ms"] is not None:
                e["added_p50_ms"] = round(e["p50_ms"] - direct[mode]["p50_ms"], 3)
                e["added_p99_ms"] = round(e["p99_ms"] - direct[mode]["p99_ms"], 3)
    return out


def _ms(us: float | None) -> float | None:
    return None if us is None else round(us / 1000, 3)


def _fmt(v: Any, spec: str = ".0f", none: str = "—") -> str:
    return none if v is None else format(v, spec)


def print_table(summary: dict[str, Any], extras: dict[str, Any]) -> None:
    head = (f"{'target':<10} {'mode':<6} {'req/s c=32':>10} {'p50 c=1':>8} {'p99 c=1':>8} {'+p50':>7} "
            f"{'+p99':>7} {'CPU/req':>8} {'RSS':>7} {'core0':>6} {'core1':>6}")  # fmt: skip
    print()
    print("medians (latency in ms; +p50/+p99 = added over calling the upstream directly; "
          "CPU/req = the proxy's own CPU µs per request at c=32; core0/core1 busy % at c=32)")  # fmt: skip
    print(head)
    print("-" * len(head))
    for name, entry in summary.items():
        for mode in ("plain", "stream"):
            e = entry[mode]
            rss = f"{e['rss_max_mb']:.0f} MB" if e.get("rss_max_mb") else "—"
            flag = (
                "  !! non-2xx/errors: %d/%d" % (e["non2xx"], e["errors"])
                if e["non2xx"] or e["errors"]
                else ""
            )
            print(
                f"{name:<10} {mode:<6} {_fmt(e['rps']):>10} {_fmt(e['p50_ms'], '.3f'):>8} {_fmt(e['p99_ms'], '.3f'):>8} "
                f"{_fmt(e.get('added_p50_ms'), '+.3f'):>7} {_fmt(e.get('added_p99_ms'), '+.3f'):>7} "
                f"{_fmt(e['cpu_us_per_req'], '.0f'):>8} {rss:>7} {_fmt(e['core0_util_pct']):>5}% {_fmt(e['core1_util_pct']):>5}%{flag}"
            )
    print()
    for line in extras["ratio_lines"] + extras["target_lines"] + extras["metering_lines"]:
        print(line)
    print()


def ratios_and_targets(
    summary: dict[str, Any], tg: Tallygate | None, metering: dict[str, Any]
) -> dict[str, Any]:
    ratios: dict[str, Any] = {}
    lines = ["ratios (req/s at c=32, medians):"]
    t = summary.get("tallygate")
    for other in ("nginx", "direct", "litellm"):
        if not t or other not in summary:
            continue
        for mode in ("plain", "stream"):
            a, b = t[mode]["rps"], summary[other][mode]["rps"]
            if a and b:
                ratios[f"tallygate/{other}_{mode}"] = round(a / b, 3 if other != "litellm" else 1)
        p, s = ratios.get(f"tallygate/{other}_plain"), ratios.get(f"tallygate/{other}_stream")
        label = {"nginx": "nginx proxy_pass", "direct": "upstream direct", "litellm": "LiteLLM"}[other]
        lines.append(f"  tallygate / {label:<17} plain {_fmt(p, '.2f')}×   stream {_fmt(s, '.2f')}×")
    checks: dict[str, Any] = {}
    if t:
        for mode in ("plain", "stream"):
            checks[f"rps_{mode}"] = _check(t[mode]["rps"], TARGET_RPS, ">=")
            checks[f"added_p50_{mode}"] = _check(t[mode].get("added_p50_ms"), TARGET_ADDED_P50_MS, "<=")
            checks[f"added_p99_{mode}"] = _check(t[mode].get("added_p99_ms"), TARGET_ADDED_P99_MS, "<=")
            if "litellm" in summary:
                checks[f"vs_litellm_{mode}"] = _check(
                    ratios.get(f"tallygate/litellm_{mode}"), TARGET_VS_LITELLM, ">="
                )
        rss = max(filter(None, [t["plain"].get("rss_max_mb"), t["stream"].get("rss_max_mb")]), default=None)
        checks["rss_mb"] = _check(rss, TARGET_RSS_MB, "<=")
        if tg:
            checks["up_to_run_json_s"] = _check(round(tg.up_seconds, 2), TARGET_UP_S, "<=")
        checks["metering_exact"] = {
            "value": metering.get("ok"),
            "target": True,
            "met": bool(metering.get("ok")),
        }
    names = {
        "rps_plain": f"≥ {TARGET_RPS:,} req/s plain, c=32, one core",
        "rps_stream": f"≥ {TARGET_RPS:,} req/s streamed, c=32, one core",
        "added_p50_plain": f"added p50 ≤ {TARGET_ADDED_P50_MS} ms (plain)",
        "added_p50_stream": f"added p50 ≤ {TARGET_ADDED_P50_MS} ms (streamed)",
        "added_p99_plain": f"added p99 ≤ {TARGET_ADDED_P99_MS} ms (plain)",
        "added_p99_stream": f"added p99 ≤ {TARGET_ADDED_P99_MS} ms (streamed)",
        "vs_litellm_plain": f"≥ {TARGET_VS_LITELLM}× LiteLLM (plain)",
        "vs_litellm_stream": f"≥ {TARGET_VS_LITELLM}× LiteLLM (streamed)",
        "rss_mb": f"gateway RSS ≤ {TARGET_RSS_MB} MB under load",
        "up_to_run_json_s": f"`tallygate up` to run.json ≤ {TARGET_UP_S} s",
        "metering_exact": "one usage row per request wrk completed (rows ≥ wrk, ≤ wrk + in-flight)",
    }
    target_lines = ["SPEC §8 targets (tallygate):"]
    for key, c in checks.items():
        mark = "MET " if c["met"] else ("n/a " if c["value"] is None else "MISS")
        target_lines.append(f"  [{mark}] {names[key]:<58} measured {c['value']}")
    return {"ratios": ratios, "targets": checks, "ratio_lines": lines, "target_lines": target_lines}


def _check(value: float | None, target: float, op: str) -> dict[str, Any]:
    met = value is not None and (value >= target if op == ">=" else value <= target)
    return {"value": None if value is None else round(value, 3), "target": f"{op} {target}", "met": met}


def check_metering(tg: Tallygate, wrk_requests: int, runs: int, conns_total: int) -> dict[str, Any]:
    """Poll tallygate.usage (a fresh data dir: every row is this run's) until the count stops
    moving (the ingest delay), then compare with what wrk completed plus the probes."""
    sent = wrk_requests + tg.probes
    deadline = time.monotonic() + 40
    last, stable_since, rows = -1, time.monotonic(), 0
    while time.monotonic() < deadline:
        rows = int(tg.sql("SELECT count() AS n FROM tallygate.usage")[0]["n"])
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
    ok = sent <= rows <= sent + conns_total and dup == 0
    lines = [
        "metering (tallygate.usage, after the ingest delay):",
        f"  wrk completed {wrk_requests:,} requests against tallygate in {runs} runs, plus {tg.probes} probes; "
        f"usage rows {rows:,} "
        f"(difference {rows - sent:+,}; up to {conns_total} may be in flight when wrk stops); duplicates {dup}",
    ]
    lines += [f"    {r['model']} stream={r['stream']} status={r['status_code']} {r['error_type'] or ''}: {r['n']}"
              for r in by_status]  # fmt: skip
    lines.append(f"  -> {'exact' if ok else 'NOT EXACT'}")
    return {"wrk_requests": wrk_requests, "probes": tg.probes, "usage_rows": rows, "duplicates": dup, "by_status": by_status, "ok": ok,
            "lines": lines}  # fmt: skip


# ---------------------------------------------------------------- main


def machine() -> dict[str, Any]:
    model = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    versions = {}
    for tool, argv in (("nginx", ["nginx", "-v"]), ("wrk", ["wrk", "-v"])):
        with contextlib.suppress(OSError):
            r = subprocess.run(argv, capture_output=True, text=True)
            versions[tool] = (r.stderr or r.stdout).strip().splitlines()[0]
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        r = subprocess.run([str(LITELLM_VENV / "bin" / "python"), "-c",
                            "import importlib.metadata as m; print(m.version('litellm'))"],
                           capture_output=True, text=True)  # fmt: skip
        if r.returncode == 0:
            versions["litellm"] = r.stdout.strip()
    return {"nproc": os.cpu_count(), "cpu_model": model, "kernel": platform.release(),
            "python": platform.python_version(), "versions": versions}  # fmt: skip


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.proxy", description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=3, help="throughput and latency rounds (median taken)")
    p.add_argument("--duration", type=int, default=10, help="seconds per tallygate throughput run (c=32)")
    p.add_argument("--ref-duration", type=int, default=5, help="seconds per direct/nginx throughput run")
    p.add_argument("--latency-duration", type=int, default=4, help="seconds per latency run (c=1)")
    p.add_argument("--litellm-duration", type=int, default=8, help="seconds per LiteLLM run (one round)")
    p.add_argument("--conns", type=int, default=32)
    p.add_argument("--no-litellm", action="store_true", help="skip LiteLLM (no ratio against it)")
    p.add_argument("--quick", action="store_true", help="one round of short runs (a smoke test, not figures)")
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
    if os.cpu_count() and os.cpu_count() < 2:  # type: ignore[operator]
        log("fewer than two cores: everything shares core 0 (figures will be lower)")
    ncpu = os.cpu_count() or 1
    load_cpu, proxy_cpu = 0, (1 if ncpu > 1 else 0)
    procs = Processes()
    tmp = Path(tempfile.mkdtemp(prefix="tallygate-bench-"))
    started = time.monotonic()

    def on_signal(signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    try:
        ensure_tools()
        os.sched_setaffinity(0, {load_cpu})  # this script, and what it starts, stay off the proxy core
        info = machine()
        log(f"{info['nproc']} cores, {info['cpu_model']}; temp dir {tmp}")

        up_port, px_port = free_port(), free_port()
        start_nginx(procs, tmp, "upstream", load_cpu, up_port, upstream_servers(up_port))
        nginx_proxy = start_nginx(procs, tmp, "proxy", proxy_cpu, px_port, proxy_servers(px_port, up_port))
        tg = start_tallygate(procs, tmp, up_port, load_cpu, proxy_cpu)
        procs.remember_descendants()

        paths = {"plain": "/v1/chat/completions", "stream": "/stream/v1/chat/completions"}
        gw_paths = {"plain": "/v1/chat/completions", "stream": "/v1/chat/completions"}
        bodies = {"plain": PLAIN_BODY, "stream": STREAM_BODY}
        base = "http://127.0.0.1"
        targets = [
            Target("direct", f"{base}:{up_port}", "sk-none", [], paths, bodies),
            Target("nginx", f"{base}:{px_port}", "sk-none", [nginx_proxy.pid], paths, bodies),
            Target("tallygate", tg.info["gateway_url"], tg.api_key, [tg.gateway_pid], gw_paths, bodies),
        ]

        def prepare(t: Target) -> None:
            for mode in ("plain", "stream"):
                lua = tmp / f"{t.name}-{mode}.lua"
                lua.write_text(LUA.format(body=t.bodies[mode], token=t.token))
                t.lua[mode] = lua
                status = (
                    tg.probe(t.bodies[mode])
                    if t.name == "tallygate"
                    else probe(t.url + t.paths[mode], t.bodies[mode], t.token)
                )
                if status != 200:
                    raise BenchError(f"{t.name} {mode}: the probe request did not answer 200")

        for t in targets:
            prepare(t)

        runs: list[dict[str, Any]] = []
        sent = {"requests": 0, "runs": 0, "conns": 0}
        rss = RssSampler()

        def measure(t: Target, mode: str, conns: int, duration: int, record: bool = True) -> None:
            res = run_wrk(
                t, mode, conns, duration, load_cpu, rss if t.name in ("tallygate", "litellm") else None
            )
            if t.name == "tallygate":
                sent["requests"] += res["requests"]
                sent["runs"] += 1
                sent["conns"] += conns
            res["warmup"] = not record
            if record:
                runs.append(res)
            log(("warm-up " if not record else "") + describe(res))

        main_targets = list(targets)
        log("warm-up")
        for t in main_targets:
            for mode in ("plain", "stream"):
                measure(t, mode, args.conns, 2, record=False)
        for r in range(args.rounds):
            log(f"throughput round {r + 1}/{args.rounds} (c={args.conns})")
            for t in main_targets:
                for mode in ("plain", "stream"):
                    measure(
                        t, mode, args.conns, args.duration if t.name == "tallygate" else args.ref_duration
                    )
        for r in range(args.rounds):
            log(f"latency round {r + 1}/{args.rounds} (c=1)")
            for t in main_targets:
                for mode in ("plain", "stream"):
                    measure(t, mode, 1, args.latency_duration)
        # LiteLLM starts only now: it is busy for a while after start-up, on the proxy core.
        litellm = None if args.no_litellm else start_litellm(procs, tmp, up_port, proxy_cpu)
        if litellm:
            procs.remember_descendants()
            lt = Target("litellm", f"{base}:{litellm[1]}", LITELLM_KEY, [litellm[0].pid], gw_paths, bodies)
            prepare(lt)
            targets.append(lt)
            log(f"litellm ready; it settled {wait_idle(lt.pids, 30):.1f}s after start-up")
            log("LiteLLM (one shorter round: it is slow)")
            for mode in ("plain", "stream"):
                measure(lt, mode, args.conns, 2, record=False)
                measure(lt, mode, args.conns, args.litellm_duration)
            for mode in ("plain", "stream"):
                measure(lt, mode, 1, args.latency_duration)

        gateway_hwm_mb = round(status_kb(tg.gateway_pid, "VmHWM") / 1024, 1)
        log("checking metering (waiting for the ingest to settle)")
        metering = check_metering(tg, sent["requests"], sent["runs"], sent["conns"])
        summary = summarise(runs, [t.name for t in targets])
        extras = ratios_and_targets(summary, tg, metering)
        extras["metering_lines"] = metering.pop("lines")
        extras["metering_lines"].append(f"gateway peak RSS (VmHWM) {gateway_hwm_mb} MB; "
                                        f"`tallygate up` to run.json {tg.up_seconds:.1f} s")  # fmt: skip
        print_table(summary, extras)

        RESULTS.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        out = RESULTS / f"proxy-{stamp}.json"
        doc = {
            "benchmark": "proxy",
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "git_commit": _git_commit(),
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
            "elapsed_s": round(time.monotonic() - started, 1),
        }
        out.write_text(json.dumps(doc, indent=2, default=str) + "\n")
        log(f"results written to {out.relative_to(ROOT)}; {doc['elapsed_s']:.0f}s in all")
        return 0
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


def _git_commit() -> str | None:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        r = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
        return r.stdout.strip() or None
    return None


if __name__ == "__main__":
    sys.exit(main())
