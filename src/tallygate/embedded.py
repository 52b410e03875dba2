"""The embedded data process: usage-ingest, aggregator and admin-api in one process, because
chDB allows one process per data directory (docs/architecture.md, "Embedded mode"). Each keeps
its own clients."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import uvloop
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from tallygate_admin import AdminService, AdminSettings
from tallygate_aggregator import Aggregator, AggregatorSettings
from tallygate_ingest import IngestService, IngestSettings
from tallygate_shared.nats_auth import ADMIN_USER, AGGREGATOR_USER, INGEST_USER
from tallygate_shared.runner import (
    EXIT_GRACE_S,
    Service,
    hard_exit_after,
    setup_logging,
    wait_for_stop_signal,
)

log = logging.getLogger("tallygate.embedded")
ADMIN_STOP_S = 5.0


class DataProcessSettings(BaseSettings):
    """The NATS passwords of the three services in this process: each connects as its own
    user (docs/security.md), so one process holds three. Empty: no credentials (the tests'
    NATS without authorization). The variables are the ones server mode gives NATS itself."""

    model_config = SettingsConfigDict(env_prefix="TALLYGATE_", extra="ignore")

    ingest_nats_password: SecretStr = SecretStr("")
    aggregator_nats_password: SecretStr = SecretStr("")
    admin_nats_password: SecretStr = SecretStr("")


def _as(user: str, password: SecretStr) -> dict[str, Any]:
    """Settings overrides that make a service connect as `user` (none without a password)."""
    return {"nats_user": user, "nats_password": password} if password.get_secret_value() else {}


async def run() -> None:
    nats = DataProcessSettings()
    started: list[Service] = []
    services: list[Service] = [
        IngestService(IngestSettings(**_as(INGEST_USER, nats.ingest_nats_password))),
        Aggregator(AggregatorSettings(**_as(AGGREGATOR_USER, nats.aggregator_nats_password))),
        AdminService(AdminSettings(**_as(ADMIN_USER, nats.admin_nats_password))),
    ]
    try:
        for service in services:
            await service.start()
            started.append(service)
        log.info("usage-ingest, aggregator and admin-api are up")
        await wait_for_stop_signal()
    finally:
        # Admin first (no new reads), then ingest drains the stream, then the aggregator
        # folds the last rows into the rollups. Admin holds no state, only callers: one
        # waiting for a long analyst query must not hold up the drain.
        stops = ((services[2], ADMIN_STOP_S), (services[0], None), (services[1], None))
        for service, limit in stops:
            if service in started:
                try:
                    await asyncio.wait_for(service.stop(), limit)
                except TimeoutError:
                    log.warning("%s still busy after %.0f s; leaving it", type(service).__name__, limit)
                except Exception:
                    log.exception("error while stopping %s", type(service).__name__)
        hard_exit_after(EXIT_GRACE_S, 0, "stopped")


def main() -> None:
    setup_logging("data")
    uvloop.run(run())


if __name__ == "__main__":
    main()
