"""What `tallygate up` leaves on disk is readable by its own user only: the data directory and
its parts 0700, secrets.json, run.json, nats.conf and the logs 0600, also when the directory was
made before with looser modes (docs/security.md, "Files and logs"). And the secrets it makes
go only to the children that use them."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

from tests.e2e.conftest import Stack
from tests.security.test_shutdown import descendants


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_dir_is_private_even_when_it_was_made_loose(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # As a careless mkdir, an older version or a restored backup may have left it.
    for part in ("", "logs", "nats", "spool", "clickhouse"):
        (data / part).mkdir(parents=True, exist_ok=True)
        os.chmod(data / part, 0o755)
    old_log = data / "logs" / "gateway.log"
    old_log.write_text("an older run's log\n")
    os.chmod(old_log, 0o644)

    stack = Stack(data, demo=True)
    stack.start()
    try:
        for part in ("", "logs", "nats", "spool", "clickhouse"):
            assert mode(data / part) == 0o700, part
        for name in ("secrets.json", "run.json", "demo.json", "nats.conf"):
            assert mode(data / name) == 0o600, name
        logs = sorted((data / "logs").glob("*.log"))
        assert {p.name for p in logs} >= {"nats.log", "data.log", "gateway.log", "demo-upstream.log"}
        for log in logs:
            assert mode(log) == 0o600, log.name
        # Whatever the stack made inside (JetStream's store, chDB's parts, spool and journal
        # files) is private too. up.log is the test's own capture of the supervisor's output.
        loose = [
            f"{p.relative_to(data)} {oct(mode(p))}"
            for p in data.rglob("*")
            if p.name != "up.log" and not p.is_symlink() and mode(p) & 0o077
        ]
        assert loose == []
    finally:
        assert stack.stop() == 0


def test_the_credentials_key_is_made_once_and_given_only_to_data_and_gateway(tmp_path: Path) -> None:
    stack = Stack(tmp_path / "data", demo=True)
    stack.start()
    try:
        made = json.loads((stack.data_dir / "secrets.json").read_text())["credentials_key"]
        assert len(base64.urlsafe_b64decode(made)) == 32
        assert stack.proc is not None
        for pid, cmd in descendants(stack.proc.pid).items():
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
            has_key = f"TALLYGATE_CREDENTIALS_KEY={made}".encode() in environ
            nats_secrets = [v for v in environ if b"NATS_PASSWORD=" in v]
            if "tallygate.embedded" in cmd or "tallygate_gateway" in cmd:
                assert has_key, cmd
                # The data process holds its three services' NATS passwords, the gateway its own.
                assert len(nats_secrets) == (3 if "embedded" in cmd else 1), cmd
            else:  # nats-server reads its config file; the demo upstream needs nothing
                assert not has_key and not nats_secrets, cmd
                assert not [v for v in environ if v.startswith(b"TALLYGATE_") and b"PARENT_PID" not in v]
    finally:
        assert stack.stop() == 0

    # Kept across starts, and an operator's TALLYGATE_CREDENTIALS_KEY wins over the stored one.
    stack.start()
    try:
        assert json.loads((stack.data_dir / "secrets.json").read_text())["credentials_key"] == made
    finally:
        assert stack.stop() == 0
    mine = base64.urlsafe_b64encode(b"k" * 32).decode()
    stack.extra_env = {"TALLYGATE_CREDENTIALS_KEY": mine}
    stack.start()
    try:
        assert json.loads((stack.data_dir / "secrets.json").read_text())["credentials_key"] == mine
    finally:
        assert stack.stop() == 0
