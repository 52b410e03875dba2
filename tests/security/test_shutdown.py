"""Nothing outlives the supervisor: after `tallygate up` is killed with SIGKILL (no chance to stop
its children), every child is gone within 10 s, the data process too while it runs a long
analyst query (docs/security.md, "Shutdown: nothing outlives the supervisor")."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from pathlib import Path

import httpx

from tests.e2e.conftest import Stack

# Minutes of work for one core, under any limit an analyst query runs with; it reads no table.
LONG_QUERY = "SELECT count() FROM numbers(1000000000000) WHERE sipHash64(number) = 7"


def _stat(pid: int) -> list[str] | None:
    """/proc/<pid>/stat after the command name; None once the process is gone (or a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return None if fields[0] in ("Z", "X") else fields


def descendants(pid: int) -> dict[int, str]:
    """Every process below `pid`, with its command line."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) is not None:
            parents[int(entry.name)] = int(fields[1])
    found: dict[int, str] = {}
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in found:
                with contextlib.suppress(OSError):
                    cmdline = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode()
                    found[child] = cmdline
                    frontier.append(child)
    return found


def cpu_seconds(pid: int) -> float:
    fields = _stat(pid)
    assert fields is not None, f"process {pid} is gone"
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def test_no_child_outlives_a_killed_supervisor_even_mid_query(tmp_path: Path) -> None:
    stack = Stack(tmp_path / "data", demo=True, env={"TALLYGATE_SQL_MAX_EXECUTION_TIME": "600"})
    stack.start()
    assert stack.proc is not None
    children = descendants(stack.proc.pid)
    try:
        for name in ("nats-server", "tallygate.embedded", "tallygate.fake_upstream", "tallygate_gateway"):
            assert any(name in cmd for cmd in children.values()), (name, children)
        (data,) = [pid for pid, cmd in children.items() if "tallygate.embedded" in cmd]

        # The query runs while its caller waits (a caller that hangs up may get it cancelled).
        def ask() -> None:
            with contextlib.suppress(httpx.HTTPError), stack.admin() as api:
                api.get("/api/sql", params={"query": LONG_QUERY}, timeout=30)

        threading.Thread(target=ask, daemon=True).start()
        before = cpu_seconds(data)
        time.sleep(2.0)
        assert cpu_seconds(data) - before > 0.5, "the data process is not running the query"

        os.kill(stack.proc.pid, signal.SIGKILL)
        stack.proc.wait(5)
        killed = time.monotonic()
        alive = dict(children)
        while alive and time.monotonic() - killed < 10.0:
            time.sleep(0.1)
            alive = {pid: cmd for pid, cmd in alive.items() if _stat(pid) is not None}
        assert alive == {}, f"still running 10 s after the supervisor died: {alive}"
        print(f"every child gone {time.monotonic() - killed:.1f} s after the supervisor's SIGKILL")
    finally:
        for pid in children:  # only what this test started, should it have failed
            if _stat(pid) is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)


def test_sigterm_still_stops_in_order_and_exits_0(tmp_path: Path) -> None:
    """The orderly stop is not cut short by the deadline: a SIGTERM while a long query runs
    still ends with exit code 0, and nothing is left behind."""
    stack = Stack(tmp_path / "data", demo=True, env={"TALLYGATE_SQL_MAX_EXECUTION_TIME": "600"})
    stack.start()
    assert stack.proc is not None
    children = descendants(stack.proc.pid)

    def ask() -> None:
        with contextlib.suppress(httpx.HTTPError), stack.admin() as api:
            api.get("/api/sql", params={"query": LONG_QUERY}, timeout=60)

    threading.Thread(target=ask, daemon=True).start()
    time.sleep(1.0)
    started = time.monotonic()
    assert stack.stop(signal.SIGTERM, timeout=90) == 0
    took = time.monotonic() - started
    assert [pid for pid in children if _stat(pid) is not None] == []
    assert not (stack.data_dir / "run.json").exists()
    print(f"stopped in {took:.1f} s")
