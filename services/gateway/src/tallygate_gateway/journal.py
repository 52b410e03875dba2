"""The usage journal: every event appended to a local segment file before its answer's last bytes
leave, and dropped from it once JetStream has acked it, so a killed gateway loses no event."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "journal-"
# Files an older gateway spooled while NATS was away: whole (written aside, then renamed) and
# never locked, so any gateway may replay them.
SPOOL_GLOB = "usage-*.jsonl"
# One byte per event in a segment (Segment.states).
WAITING = 0  # in the publisher's memory, its ack to come
ACKED = 1
LEFT = 2  # left to the journal alone (NATS away, memory full): replayed from the file
ASIDE_STALE_S = 60.0
# While events pile up in the journal (NATS away), each new segment may grow larger, up to this:
# a long outage is a few hundred files (each holds an open, locked descriptor), not thousands.
MAX_SEGMENT_BYTES = 64 * 1024 * 1024


class Segment:
    """One file of the journal, open for appending and flock()ed for as long as this process
    has events in it: a locked segment belongs to a live gateway and is never replayed by another."""

    __slots__ = ("events", "fd", "left", "path", "size", "states", "synced", "unacked")

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd
        self.size = 0  # bytes whole events take; a failed write is cut back to it
        self.synced = 0  # bytes known to be on stable storage
        self.states = bytearray()  # per event, in file order: WAITING, ACKED or LEFT
        self.unacked = 0
        self.left = 0  # LEFT events not yet acked


Ticket = tuple[Segment, int]  # an event's segment and its line number there


@dataclass(slots=True)
class Orphan:
    """A segment no live process holds (its gateway died, or an older gateway's spool file),
    locked by this process while it replays it."""

    path: Path
    fd: int
    data: bytes


class UsageJournal:
    def __init__(
        self, directory: Path, segment_bytes: int, instance: str, scan: tuple[Path, ...] = ()
    ) -> None:
        self.directory = directory
        self._segment_bytes = segment_bytes
        self._instance = re.sub(r"[^A-Za-z0-9_.-]", "_", instance)
        self._scan = tuple(dict.fromkeys((directory, *scan)))  # where orphans may be, in order
        self._segments: list[Segment] = []  # this process's, oldest first; the last is active
        self._active: Segment | None = None
        self._roll_at = segment_bytes
        self.write_errors = 0

    def open(self) -> None:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(PermissionError):  # usage data: the gateway's user alone reads it
            self.directory.chmod(0o700)
        self._active = self._new_segment()

    # ---- the request path: one write() per event, nothing that waits

    def append(self, data: bytes) -> Ticket | None:
        """Append one event (a JSON line without its newline). None when it could not be written
        (disk full, I/O error): the caller keeps it in memory and nothing else changes."""
        seg = self._active
        if seg is None:
            return None
        line = data + b"\n"
        try:
            written = os.write(seg.fd, line)
            while written < len(line):  # a regular file writes whole unless the disk fills up
                written += os.write(seg.fd, line[written:])
        except OSError as exc:
            self._write_failed(seg, exc)
            return None
        index = len(seg.states)
        seg.states.append(WAITING)
        seg.unacked += 1
        seg.size += len(line)
        if seg.size >= self._roll_at:
            self.roll()
        return seg, index

    def ack(self, ticket: Ticket) -> None:
        seg, index = ticket
        state = seg.states[index]
        if state == ACKED:
            return
        if state == LEFT:
            seg.left -= 1
        seg.states[index] = ACKED
        seg.unacked -= 1
        if seg.unacked == 0 and seg is not self._active:
            self._remove(seg)

    def leave(self, ticket: Ticket) -> None:
        """The event is no longer in memory: a later replay publishes it from the file."""
        seg, index = ticket
        if seg.states[index] == WAITING:
            seg.states[index] = LEFT
            seg.left += 1

    # ---- upkeep, once a second from the publisher's task

    def roll(self) -> None:
        """Start a new active segment; the old one goes as soon as its last event is acked."""
        old = self._active
        try:
            self._active = self._new_segment()
        except OSError as exc:
            log.error("usage journal: cannot start a new segment in %s: %s", self.directory, exc)
            return
        if old is not None and old.unacked == 0:
            self._remove(old)

    def roll_if_settled(self) -> None:
        """An active segment whose events are all acked is replaced, so what a crash leaves to be
        replayed again is at most about a second of traffic or one segment."""
        seg = self._active
        if seg is not None and seg.states and seg.unacked == 0:
            self.roll()

    def left_behind(self) -> Iterator[tuple[Ticket, bytes]]:
        """This process's events that are in the journal only, with their lines, oldest first."""
        for seg in list(self._segments):
            if not seg.left:
                continue
            try:
                data = _read(seg.path, seg.size)
            except FileNotFoundError:  # deleted by hand: those events are gone
                log.error("usage journal: %s vanished with %d events not yet published", seg.path, seg.left)
                continue
            for index, line in enumerate(data.split(b"\n")[: len(seg.states)]):
                if seg.states[index] == LEFT:
                    yield (seg, index), line

    def sync(self) -> list[int]:
        """Copies of the descriptors of segments whose events wait in the journal alone and are
        not yet on stable storage: the caller fdatasyncs and closes them off the loop (copies, so
        a segment deleted meanwhile is no matter). Segments whose events are acked within the
        second are never synced: JetStream has the events, and deleting the file frees its pages
        before any write-back."""
        due = [seg for seg in self._segments if seg.left and seg.synced < seg.size]
        for seg in due:
            seg.synced = seg.size
        return [os.dup(seg.fd) for seg in due]

    def orphans(self) -> Iterator[Orphan]:
        """Segments no live process holds, each locked and read; `done()` deletes it. A segment
        whose gateway lives is locked by it and skipped."""
        own = {seg.path.name for seg in self._segments}
        for directory in self._scan:
            # A segment made aside by a gateway killed before renaming it holds no event.
            for aside in directory.glob(f".{PREFIX}*.new"):
                with contextlib.suppress(OSError):
                    if time.time() - aside.stat().st_mtime > ASIDE_STALE_S:
                        aside.unlink()
            paths = sorted(directory.glob(PREFIX + "*.jsonl")) + sorted(directory.glob(SPOOL_GLOB))
            for path in paths:
                if path.name in own:
                    continue
                try:
                    fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
                except FileNotFoundError:
                    continue  # replayed by another gateway meanwhile
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    if os.fstat(fd).st_nlink == 0:  # replayed and deleted between open and lock
                        raise BlockingIOError
                    data = _read_fd(fd)
                except OSError:
                    os.close(fd)
                    continue
                yield Orphan(path, fd, data)

    def release(self, orphan: Orphan) -> None:
        os.close(orphan.fd)  # unlocked, kept: a later pass (or another gateway) replays it

    def done(self, orphan: Orphan) -> None:
        with contextlib.suppress(FileNotFoundError):
            orphan.path.unlink()
        os.close(orphan.fd)  # unlinked first: whoever waits for the lock finds nothing to replay

    def close(self) -> None:
        """Clean stop: what still waits for NATS is made durable and left for the next start."""
        self._active = None
        for seg in list(self._segments):
            if seg.unacked == 0:
                self._remove(seg)
                continue
            with contextlib.suppress(OSError):
                os.fdatasync(seg.fd)
            os.close(seg.fd)
        self._segments.clear()

    # ---- gauges

    @property
    def bytes(self) -> int:
        return sum(seg.size for seg in self._segments)

    @property
    def segments(self) -> int:
        return len(self._segments)

    @property
    def unacked(self) -> int:
        return sum(seg.unacked for seg in self._segments)

    @property
    def left(self) -> int:
        return sum(seg.left for seg in self._segments)

    # ---- files

    def _new_segment(self) -> Segment:
        """Made aside, locked, then renamed into view: no other gateway ever sees it unlocked."""
        name = f"{PREFIX}{time.time_ns():020d}-{os.getpid()}-{self._instance}.jsonl"
        aside = self.directory / f".{name}.new"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | os.O_CLOEXEC
        fd = os.open(aside, flags, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            path = self.directory / name
            os.rename(aside, path)
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                aside.unlink()
            raise
        seg = Segment(path, fd)
        self._segments.append(seg)
        self._roll_at = min(
            self._segment_bytes * len(self._segments), max(MAX_SEGMENT_BYTES, self._segment_bytes)
        )
        return seg

    def _remove(self, seg: Segment) -> None:
        with contextlib.suppress(FileNotFoundError):
            seg.path.unlink()
        os.close(seg.fd)
        self._segments.remove(seg)
        if seg is not self._active:
            self._roll_at = min(self._roll_at, self._segment_bytes * len(self._segments))

    def _write_failed(self, seg: Segment, exc: OSError) -> None:
        self.write_errors += 1
        # A part of the line may be in the file: cut it off, so lines and states stay in step.
        with contextlib.suppress(OSError):
            os.ftruncate(seg.fd, seg.size)
        if self.write_errors == 1 or exc.errno != errno.ENOSPC or self.write_errors % 1000 == 0:
            log.error("usage journal: cannot write to %s (%s); events wait in memory", seg.path, exc)


def _read(path: Path, size: int) -> bytes:
    with path.open("rb") as f:
        return f.read(size)


def _read_fd(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)
