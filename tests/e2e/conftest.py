"""`tallygate up` as a user runs it: a subprocess on free ports in a temp data dir."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from tallygate_aggregator.rollups import DAY_ROLLUPS


def wait_until(fetch: Callable[[], Any], done: Callable[[Any], bool], timeout: float = 15.0) -> Any:
    """fetch() until done(value) holds or `timeout` passes; the last value either way (assert on it)."""
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


class Stack:
    def __init__(self, data_dir: Path, demo: bool = False, env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.demo = demo
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.info: dict[str, Any] = {}

    def start(self, timeout: float = 60.0) -> None:
        run_json = self.data_dir / "run.json"
        run_json.unlink(missing_ok=True)
        argv = [sys.executable, "-m", "tallygate.cli", "up", "--data-dir", str(self.data_dir),
                "--gateway-port", "0", "--admin-port", "0", "--nats-port", "0"]  # fmt: skip
        if not self.demo:
            argv.append("--no-demo")
        env = {k: v for k, v in os.environ.items() if not k.startswith("TALLYGATE_")} | self.extra_env
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "up.log", "ab")  # noqa: SIM115 - the process holds it
        self.proc = subprocess.Popen(argv, env=env, stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + timeout
        while not run_json.exists():
            if self.proc.poll() is not None:
                raise RuntimeError(f"tallygate up exited with {self.proc.returncode}:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"no run.json after {timeout}s:\n{self.log_tail()}")
            time.sleep(0.05)
        self.info = json.loads(run_json.read_text())

    def log_tail(self) -> str:
        out = []
        for path in [self.data_dir / "up.log", *sorted((self.data_dir / "logs").glob("*.log"))]:
            if path.exists():
                out.append(
                    f"== {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-30:])
                )
        return "\n".join(out)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 90.0) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout)

    @property
    def admin_password(self) -> str:
        return str(json.loads((self.data_dir / "secrets.json").read_text())["admin_password"])

    def nats_login(self, user: str) -> dict[str, Any]:
        """connect() arguments to reach the stack's NATS as one of its users (secrets.json)."""
        passwords = json.loads((self.data_dir / "secrets.json").read_text())["nats_passwords"]
        return {"user": user, "password": SecretStr(passwords[user])}

    def admin(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.info["admin_url"],
            headers={"Authorization": f"Bearer {self.info['admin_token']}"},
            timeout=30,
        )

    def sql(self, query: str) -> list[dict[str, Any]]:
        with self.admin() as api:
            r = api.get("/api/sql", params={"query": query})
            assert r.status_code == 200, r.text
            return [json.loads(line) for line in r.text.splitlines() if line.strip()]

    def wait_for_rollups(self, requests: int, timeout: float = 15.0) -> None:
        """Until every rollup holds `requests` requests. The aggregator writes them one table
        after another and each view reads one, so a test that compares views waits for all (CI
        once read the per-model rollup complete and the per-key one a moment behind)."""
        tables = ("usage_15m", "usage_hourly", "usage_daily", *(table for table, _ in DAY_ROLLUPS))
        query = " UNION ALL ".join(f"SELECT sum(requests) AS n FROM tallygate.{t} FINAL" for t in tables)
        want = [{"n": requests}] * len(tables)  # every row alike, so their order is moot
        assert self.wait_for_sql(query, want, timeout) == want

    def wait_for_sql(self, query: str, want: Any, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while True:
            rows = self.sql(query)
            if rows == want or time.monotonic() > deadline:
                return rows
            time.sleep(0.1)


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    s = Stack(tmp_path / "data")
    s.start()
    try:
        yield s
    finally:
        if s.proc is not None and s.proc.poll() is None:
            s.stop()
