"""The client address in a usage event: behind a trusted balancer the one it forwards, else the
peer's (a client cannot set its own address by sending X-Forwarded-For)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tallygate.fake_upstream import FakeUpstream
from tests.conftest import NatsServer
from tests.service.gateway_fixture import Gateway

ASK = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "who am I"}]}


@pytest.fixture
def fake() -> Iterator[FakeUpstream]:
    f = FakeUpstream()
    f.start_in_thread()
    yield f
    f.stop_thread()


@pytest.mark.parametrize(("trusted", "recorded"), [("127.0.0.1", "203.0.113.7"), ("", "127.0.0.1")])
async def test_forwarded_address_only_from_a_trusted_proxy(
    nats_server: NatsServer, tmp_path: Path, fake: FakeUpstream, trusted: str, recorded: str
) -> None:
    gateway = Gateway(nats_server, tmp_path, {"TALLYGATE_TRUSTED_PROXIES": trusted})
    await gateway.start()
    try:
        await gateway.add_account(f"http://127.0.0.1:{fake.port}/v1", models=[ASK["model"]])
        _, secret = await gateway.add_key()
        headers = {"Authorization": f"Bearer {secret}", "X-Forwarded-For": "198.51.100.1, 203.0.113.7"}
        async with httpx.AsyncClient() as client:
            answer = await client.post(gateway.url + "/v1/chat/completions", json=ASK, headers=headers)
        assert answer.status_code == 200
        (event,) = await gateway.events(1)
        assert event.client_ip == recorded
    finally:
        await gateway.stop()
