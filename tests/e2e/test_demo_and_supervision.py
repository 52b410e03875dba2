"""`tallygate up` with its demo upstream, and a crashed child restarted by the supervisor."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import openai

from tests.e2e.conftest import Stack


def children_of(pid: int) -> dict[int, str]:
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            found[int(entry.name)] = cmdline
    return found


def test_demo_key_works_and_a_killed_gateway_comes_back(tmp_path: Path) -> None:
    stack = Stack(tmp_path / "demo", demo=True)
    stack.start()
    try:
        key = stack.info["demo_api_key"]
        assert key and key.startswith("tg-")
        client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key, max_retries=0)
        answer = client.chat.completions.create(
            model="tallygate-demo", messages=[{"role": "user", "content": "hi"}]
        )
        assert answer.choices[0].message.content
        assert stack.proc is not None
        gateway = [pid for pid, cmd in children_of(stack.proc.pid).items() if "tallygate_gateway" in cmd]
        assert len(gateway) == 1
        os.kill(gateway[0], signal.SIGKILL)

        deadline = time.monotonic() + 30
        while True:
            try:
                client.chat.completions.create(
                    model="tallygate-demo", messages=[{"role": "user", "content": "again"}]
                )
                break
            except openai.APIConnectionError:
                assert time.monotonic() < deadline, stack.log_tail()
                time.sleep(0.2)
        log = (stack.data_dir / "up.log").read_text()
        assert "gateway exited with code -9; restarting it" in log
        new = [pid for pid, cmd in children_of(stack.proc.pid).items() if "tallygate_gateway" in cmd]
        assert len(new) == 1 and new != gateway
        rows = stack.wait_for_sql("SELECT count() AS n FROM tallygate.usage", [{"n": 2}])
        assert rows == [{"n": 2}]
    finally:
        assert stack.stop() == 0

    # The same dir again: the demo key and account are reused, not made anew.
    stack.start()
    try:
        assert stack.info["demo_api_key"] == key
        with stack.admin() as api:
            assert len(api.get("/api/accounts").json()["items"]) == 1
            assert len(api.get("/api/keys").json()["items"]) == 1
        client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key, max_retries=0)
        client.chat.completions.create(
            model="tallygate-demo", messages=[{"role": "user", "content": "third"}]
        )
    finally:
        assert stack.stop() == 0
