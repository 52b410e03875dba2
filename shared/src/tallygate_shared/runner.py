"""Running a service in the foreground: logging, signals, and a clean stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Protocol


class Service(Protocol):
    async def start(self) -> None: ...
    async def stop(self) -> None: ...


def setup_logging(name: str) -> None:
    logging.basicConfig(
        level=os.environ.get("TALLYGATE_LOG_LEVEL", "INFO").upper(),
        format=f"%(asctime)s {name} %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


# Once the supervisor is gone, a child has this long to stop cleanly (flush what it can), then
# ends at once, whatever it is waiting for (a long analyst query holds a chDB thread that a
# clean stop would wait out). With the second it may take to notice, every child is gone
# within 10 s of the supervisor's death (docs/security.md).
ORPHAN_GRACE_S = 7.0
# After a clean stop, how long the interpreter may take to exit before the process ends anyway
# (it joins worker threads, and one may still be in a query nobody waits for).
EXIT_GRACE_S = 3.0

# Per process: the supervisor is watched once, and the deadline armed once.
_watching = threading.Event()
_orphaned = threading.Event()


def hard_exit_after(seconds: float, code: int, why: str) -> None:
    """End the process with `code` after `seconds`, unless it has exited by then."""

    def expire() -> None:
        time.sleep(seconds)
        logging.getLogger(__name__).error("%s and still running after %.0f s: exiting now", why, seconds)
        logging.shutdown()
        os._exit(code)

    threading.Thread(target=expire, name="hard-exit", daemon=True).start()


def supervisor_gone() -> bool:
    """In embedded mode (TALLYGATE_PARENT_PID set): whether the supervisor has died. The
    kernel reparents a child before it delivers PR_SET_PDEATHSIG, so a SIGTERM handler that
    asks this tells the supervisor's orderly stop from its death."""
    parent = os.environ.get("TALLYGATE_PARENT_PID")
    return bool(parent) and os.getppid() != int(parent or 0)


def _on_orphaned() -> None:
    if _orphaned.is_set():
        return
    _orphaned.set()
    logging.getLogger(__name__).warning("the supervisor is gone; stopping (at most %.0f s)", ORPHAN_GRACE_S)
    hard_exit_after(ORPHAN_GRACE_S, 1, "the supervisor is gone")


async def exit_with_parent(stop: Callable[[], None]) -> None:
    """In embedded mode (TALLYGATE_PARENT_PID set), call `stop` once the supervisor is gone and
    end the process ORPHAN_GRACE_S later if it is still there, so no child outlives a
    supervisor killed without a chance to stop it. A thread watches, not the event loop: it
    also watches while the process is stopping, and a busy or finished loop cannot hold it up."""
    if not os.environ.get("TALLYGATE_PARENT_PID") or _watching.is_set():
        return
    _watching.set()
    loop = asyncio.get_running_loop()

    def watch() -> None:
        while not supervisor_gone():
            time.sleep(1.0)
        _on_orphaned()
        with contextlib.suppress(RuntimeError):  # the loop has closed: the process is exiting
            loop.call_soon_threadsafe(stop)

    threading.Thread(target=watch, name="supervisor-watch", daemon=True).start()


async def wait_for_stop_signal() -> None:
    """Returns on SIGINT or SIGTERM, or when the supervisor is gone."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if supervisor_gone():  # PR_SET_PDEATHSIG: the supervisor died, nobody will wait
            _on_orphaned()
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal)
    await exit_with_parent(stop.set)
    await stop.wait()


def run_service(name: str, factory: Callable[[], Service]) -> None:
    setup_logging(name)

    async def main() -> None:
        service = factory()
        await service.start()
        try:
            await wait_for_stop_signal()
        finally:
            await service.stop()
            hard_exit_after(EXIT_GRACE_S, 0, "stopped")

    try:
        import uvloop

        uvloop.run(main())
    except ImportError:
        asyncio.run(main())
