"""Service-layer fixtures: a real gateway process against a real nats-server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from tests.conftest import NatsServer
from tests.service.gateway_fixture import Gateway


@pytest_asyncio.fixture
async def gateway(nats_server: NatsServer, tmp_path: Path) -> AsyncIterator[Gateway]:
    gw = Gateway(nats_server, tmp_path, {"TALLYGATE_UPSTREAM_READ_TIMEOUT_S": "1.5"})
    await gw.start()
    try:
        yield gw
    finally:
        await gw.stop()
