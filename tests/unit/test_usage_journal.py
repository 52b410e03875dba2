"""The usage journal's files: appended whole, private, locked while their gateway lives, deleted
once acked, and what a killed or stopped gateway left found and read by the next."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tallygate_gateway import journal as journal_module
from tallygate_gateway.journal import UsageJournal


def opened(directory: Path, segment_bytes: int = 1 << 20) -> UsageJournal:
    j = UsageJournal(directory, segment_bytes, "gw/1")
    j.open()
    return j


def files(directory: Path) -> list[Path]:
    return sorted(directory.glob("journal-*.jsonl"))


def line(n: int) -> bytes:
    return b'{"request_id":"r%d","input_tokens":%d}' % (n, n)


def test_events_are_in_the_file_at_once_and_leave_it_when_acked(tmp_path: Path) -> None:
    j = opened(tmp_path / "journal")
    tickets = [j.append(line(n)) for n in range(3)]
    [path] = files(tmp_path / "journal")
    assert path.read_bytes() == b"".join(line(n) + b"\n" for n in range(3))  # no buffer in between
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "journal").stat().st_mode) == 0o700
    assert (j.unacked, j.segments, j.bytes) == (3, 1, path.stat().st_size)
    for ticket in tickets:
        assert ticket is not None
        j.ack(ticket)
        j.ack(ticket)  # an ack twice (a retried publish) counts once
    assert j.unacked == 0 and files(tmp_path / "journal") == [path]  # the active one stays
    j.roll_if_settled()
    assert [p.name for p in files(tmp_path / "journal")] != [path.name] and not path.exists()
    j.close()
    assert files(tmp_path / "journal") == []  # nothing unacked: a clean stop leaves nothing


def test_segments_roll_by_size_and_each_goes_once_all_its_events_are_acked(tmp_path: Path) -> None:
    j = opened(tmp_path, segment_bytes=100)
    tickets = [j.append(line(n)) for n in range(3)]  # 37 bytes each: past 100 with the third
    assert j.segments == 2 and len(files(tmp_path)) == 2
    first = files(tmp_path)[0]
    for ticket in tickets[:2]:
        assert ticket is not None
        j.ack(ticket)
    assert first.exists()  # one of its events still waits
    assert tickets[2] is not None
    j.ack(tickets[2])
    assert not first.exists() and j.segments == 1
    for n in range(3, 30):  # acked as they go: one segment at a time, each about 100 bytes
        ticket = j.append(line(n))
        assert ticket is not None
        j.ack(ticket)
        assert j.segments == 1 and j.bytes < 150
    j.close()


def test_while_events_pile_up_each_new_segment_may_grow_larger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "MAX_SEGMENT_BYTES", 400)
    j = opened(tmp_path, segment_bytes=100)
    for n in range(100):  # never acked (NATS away): 3,880 bytes
        j.append(line(n))
    sizes = [p.stat().st_size for p in files(tmp_path)]
    # Closed past 100, 200, 300, then 400 bytes (a line of 39 bytes at most may overshoot).
    limits = [100, 200, 300] + [400] * (len(sizes) - 4)
    assert all(limit <= size < limit + 39 for size, limit in zip(sizes, limits, strict=False))
    assert len(sizes) == 11  # where segments of 100 bytes would be 38 files
    j.close()


def test_a_live_gateways_segment_is_never_anothers_orphan(tmp_path: Path) -> None:
    a, b = opened(tmp_path), opened(tmp_path)
    a.append(line(1))
    assert list(b.orphans()) == []  # a holds its lock: it lives
    a.close()  # stopped with an event NATS never acked
    [orphan] = list(b.orphans())
    assert orphan.data == line(1) + b"\n"
    assert list(opened(tmp_path).orphans()) == []  # b holds it now: no third gateway replays it
    b.done(orphan)
    assert not orphan.path.exists() and list(b.orphans()) == []
    b.close()


def test_what_a_sigkilled_process_wrote_is_found_whole(tmp_path: Path) -> None:
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from tallygate_gateway.journal import UsageJournal\n"
        "j = UsageJournal(Path(sys.argv[1]), 4096, 'victim')\n"
        "j.open()\n"
        "for n in range(500):\n"
        '    j.append(b\'{"request_id":"r%d"}\' % n)\n'
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    j = opened(tmp_path)
    lines = []
    for orphan in j.orphans():
        lines += orphan.data.splitlines()
        j.done(orphan)
    assert lines == [b'{"request_id":"r%d"}' % n for n in range(500)]  # every one, in order, once
    assert [f.name.split("-")[2] for f in files(tmp_path)] == [str(os.getpid())]  # only j's own
    j.close()


def test_events_left_to_the_journal_are_read_back_from_the_file(tmp_path: Path) -> None:
    j = opened(tmp_path, segment_bytes=100)
    tickets = [j.append(line(n)) for n in range(6)]
    assert all(t is not None for t in tickets)
    for n in (1, 4, 5):
        j.leave(tickets[n])  # type: ignore[arg-type]
    for n in (0, 2, 3):
        j.ack(tickets[n])  # type: ignore[arg-type]
    assert j.left == 3
    left = list(j.left_behind())
    assert [data for _, data in left] == [line(1), line(4), line(5)]
    for ticket, _ in left:
        j.ack(ticket)
    assert (j.left, j.unacked, j.segments) == (0, 0, 1)
    j.close()


def test_a_failed_write_leaves_no_partial_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    j = opened(tmp_path)
    first = j.append(line(1))
    real_write = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        real_write(fd, data[:5])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_module.os, "write", half_then_full)
    assert j.append(line(2)) is None and j.write_errors == 1
    monkeypatch.setattr(journal_module.os, "write", real_write)
    third = j.append(line(3))
    assert first is not None and third is not None
    j.leave(first)
    j.leave(third)
    assert [data for _, data in j.left_behind()] == [line(1), line(3)]
    assert files(tmp_path)[0].read_bytes() == line(1) + b"\n" + line(3) + b"\n"
    j.close()


def test_an_older_gateways_spool_files_are_replayed_too(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    (spool / "usage-123-gw.jsonl").write_bytes(line(7) + b"\n")
    j = UsageJournal(tmp_path / "journal", 1 << 20, "gw", (spool,))
    j.open()
    [orphan] = list(j.orphans())
    assert orphan.path.parent == spool and orphan.data == line(7) + b"\n"
    j.release(orphan)  # not published: kept for the next pass
    [again] = list(j.orphans())
    j.done(again)
    assert list(spool.iterdir()) == []
    j.close()


def test_a_segment_made_aside_and_never_renamed_is_cleared(tmp_path: Path) -> None:
    aside = tmp_path / ".journal-1-2-gw.jsonl.new"
    aside.write_bytes(b"")
    old = time.time() - 3600
    os.utime(aside, (old, old))
    young = tmp_path / ".journal-3-4-gw.jsonl.new"
    young.write_bytes(b"")  # a live gateway between making and renaming it
    j = opened(tmp_path)
    assert list(j.orphans()) == []
    assert not aside.exists() and young.exists()
    j.close()


def test_sync_hands_out_copies_of_segments_holding_left_events_only(tmp_path: Path) -> None:
    j = opened(tmp_path)
    acked, left = j.append(line(1)), j.append(line(2))
    assert acked is not None and left is not None
    j.ack(acked)
    assert j.sync() == []  # nothing waits in the journal alone
    j.leave(left)
    fds = j.sync()
    assert len(fds) == 1 and fds[0] != left[0].fd
    for fd in fds:
        os.fdatasync(fd)
        os.close(fd)
    assert j.sync() == []  # synced, and nothing written since
    j.close()
