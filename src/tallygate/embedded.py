"""The embedded data process: usage-ingest, aggregator and admin-api in one process, because
chDB allows one process per data directory (SPEC §2). Each keeps its own clients."""

from __future__ import annotations

import logging

import uvloop

from tallygate_admin import AdminService, AdminSettings
from tallygate_aggregator import Aggregator, AggregatorSettings
from tallygate_ingest import IngestService, IngestSettings
from tallygate_shared.runner import Service, setup_logging, wait_for_stop_signal

log = logging.getLogger("tallygate.embedded")


async def run() -> None:
    started: list[Service] = []
    services: list[Service] = [
        IngestService(IngestSettings()),
        Aggregator(AggregatorSettings()),
        AdminService(AdminSettings()),
    ]
    try:
        for service in services:
            await service.start()
            started.append(service)
        log.info("usage-ingest, aggregator and admin-api are up")
        await wait_for_stop_signal()
    finally:
        # Admin first (no new reads), then ingest drains the stream, then the aggregator
        # folds the last rows into the rollups.
        for service in (services[2], services[0], services[1]):
            if service in started:
                try:
                    await service.stop()
                except Exception:
                    log.exception("error while stopping %s", type(service).__name__)


def main() -> None:
    setup_logging("data")
    uvloop.run(run())


if __name__ == "__main__":
    main()
