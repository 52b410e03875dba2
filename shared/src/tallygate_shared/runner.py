"""Running a service in the foreground: logging, signals, and a clean stop."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
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


async def exit_with_parent(stop: Callable[[], None]) -> None:
    """In embedded mode (TALLYGATE_PARENT_PID set), call `stop` once the supervisor is gone,
    so no child outlives a supervisor that was killed without a chance to stop it."""
    parent = os.environ.get("TALLYGATE_PARENT_PID")
    if not parent:
        return
    while os.getppid() == int(parent):
        await asyncio.sleep(1.0)
    logging.getLogger(__name__).warning("supervisor %s is gone; stopping", parent)
    stop()


async def wait_for_stop_signal() -> None:
    """Returns on SIGINT or SIGTERM, or when the supervisor is gone."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    watcher = asyncio.create_task(exit_with_parent(stop.set))
    await stop.wait()
    watcher.cancel()


def run_service(name: str, factory: Callable[[], Service]) -> None:
    setup_logging(name)

    async def main() -> None:
        service = factory()
        await service.start()
        try:
            await wait_for_stop_signal()
        finally:
            await service.stop()

    try:
        import uvloop

        uvloop.run(main())
    except ImportError:
        asyncio.run(main())
