"""Accounts behind outbound proxies: an HTTP CONNECT proxy, the same over TLS, and a SOCKS5 server
(real local ones, with passwords), to plain and TLS upstreams, streaming included; a proxy that
refuses or is gone counts as the account failing, and the request fails over."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
import pytest_asyncio

from tallygate.fake_upstream import FakeUpstream
from tests.conftest import NatsServer, free_port
from tests.proxies import LocalProxy, ScratchCA
from tests.service.gateway_fixture import Gateway

MODEL = "gpt-4o-mini"
ASK = {"model": MODEL, "messages": [{"role": "user", "content": "through a proxy"}]}


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> ScratchCA:
    return ScratchCA.make(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def upstreams(ca: ScratchCA) -> Iterator[tuple[FakeUpstream, FakeUpstream]]:
    """The same fake provider twice: over plain HTTP and over TLS (certificate of the test CA)."""
    plain, tls = FakeUpstream(), FakeUpstream()
    plain.start_in_thread()
    tls.start_in_thread(ca.server_context())
    yield plain, tls
    plain.stop_thread()
    tls.stop_thread()


@pytest_asyncio.fixture
async def gw(nats_server: NatsServer, tmp_path: Path, ca: ScratchCA):  # type: ignore[no-untyped-def]
    # The gateway trusts the test CA the way an operator points it at a private one.
    gateway = Gateway(nats_server, tmp_path, {"SSL_CERT_FILE": str(ca.ca_pem)})
    await gateway.start()
    try:
        yield gateway
    finally:
        await gateway.stop()


def proxies(ca: ScratchCA) -> dict[str, LocalProxy]:
    return {
        "connect": LocalProxy("connect", "alice", "s3cret:@/x"),
        "connect-tls": LocalProxy("connect", "bob", "pw", tls=ca.server_context()),
        "socks5": LocalProxy("socks5", "carol", "pässword"),
    }


@pytest.mark.parametrize("kind", ["connect", "connect-tls", "socks5"])
@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_a_request_and_a_stream_through_each_proxy(
    gw: Gateway, upstreams: tuple[FakeUpstream, FakeUpstream], ca: ScratchCA, kind: str, scheme: str
) -> None:
    plain, tls = upstreams
    fake = tls if scheme == "https" else plain
    proxy = proxies(ca)[kind].start()
    try:
        await gw.add_account(
            f"{scheme}://localhost:{fake.port}/v1", id="acc_p", models=[MODEL], proxy=proxy.url
        )
        _, secret = await gw.add_key()
        client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)
        answer = await client.chat.completions.create(**ASK)
        assert answer.choices[0].message.content
        chunks = [c async for c in await client.chat.completions.create(**ASK, stream=True)]
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert proxy.tunnels and set(proxy.tunnels) == {f"localhost:{fake.port}"}
        assert len(fake.state.log) == 2  # both reached the provider, through the tunnel
        events = await gw.events(2)
        assert [e.status_code for e in events] == [200, 200]
        reported = [entry["usage"]["completion_tokens"] for entry in fake.state.log]
        assert [e.output_tokens for e in events] == reported
    finally:
        proxy.stop()


async def test_a_proxy_that_refuses_or_is_gone_fails_the_account_over(
    gw: Gateway, upstreams: tuple[FakeUpstream, FakeUpstream], ca: ScratchCA
) -> None:
    plain, _ = upstreams
    wrong = LocalProxy("connect", "alice", "right").start()
    try:
        refused_url = f"http://alice:wrong@127.0.0.1:{wrong.port}"
        await gw.add_account(
            f"http://127.0.0.1:{plain.port}/v1", id="acc_a", priority=1, models=[MODEL], proxy=refused_url
        )
        gone = f"socks5://127.0.0.1:{free_port()}"  # nothing listens there
        await gw.add_account(
            f"http://127.0.0.1:{plain.port}/v1", id="acc_b", priority=2, models=[MODEL], proxy=gone
        )
        await gw.add_account(f"http://127.0.0.1:{plain.port}/v1", id="acc_c", priority=3, models=[MODEL])
        _, secret = await gw.add_key()
        client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)
        await client.chat.completions.create(**ASK)
        [event] = await gw.events(1)
        assert (event.account_id, event.attempts, event.status_code) == ("acc_c", 3, 200)
        assert wrong.refused == 1 and wrong.tunnels == []
        async with httpx.AsyncClient() as http:
            health = (await http.get(gw.url + "/healthz")).json()["accounts"]
        assert health["acc_a"]["consecutive_failures"] == 1 and health["acc_b"]["consecutive_failures"] == 1
    finally:
        wrong.stop()
