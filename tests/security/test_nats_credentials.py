"""NATS asks for credentials, and each service's NATS user can do what that service needs and
nothing else: a local process without the passwords gets nothing, and a compromised service
cannot reach beyond its own subjects (docs/security.md, "NATS: credentials and least privilege").

Each probe connects to the running stack's NATS as one user and tries one thing; the server
answers a forbidden publish or subscription with a "Permissions Violation" error, which is what
"refused" means here. Allowed probes that would change something touch only a probe key, a
stream that does not exist, or repeat what is already there."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import httpx
import nats
import openai
import pytest
from nats.aio.client import Client as NATS
from nats.js.api import ConsumerConfig, StreamConfig

from tallygate_shared.nats import connect, stream_configs
from tallygate_shared.nats_auth import USERS, authorization_block
from tests.conftest import _nats_binary, free_port
from tests.e2e.conftest import Stack, wait_until

REPO = Path(__file__).resolve().parents[2]
PROBE = "security-probe"  # the probes' client name, and the key or consumer they touch

ROLES = ("gateway", "usage-ingest", "aggregator", "admin-api", "setup", "ops")
BUCKETS = (
    "tg_accounts", "tg_keys", "tg_prices", "tg_counters", "tg_users", "tg_settings", "tg_sessions",
    "tg_health", "tg_jobs",
)  # fmt: skip

Probe = Callable[[NATS], Awaitable[object]]


def _watch(bucket: str) -> Probe:
    async def probe(nc: NATS) -> object:
        kv = await nc.jetstream().key_value(bucket)
        watcher = await kv.watchall()
        try:
            return await watcher.updates(timeout=2)  # a value, or None at the end of the current ones
        finally:
            await watcher.stop()

    return probe


def _get(bucket: str) -> Probe:
    async def probe(nc: NATS) -> object:
        request = json.dumps({"last_by_subj": f"$KV.{bucket}.{PROBE}"}).encode()
        return await nc.request(f"$JS.API.STREAM.MSG.GET.KV_{bucket}", request, timeout=2)

    return probe


def _put(bucket: str) -> Probe:
    async def probe(nc: NATS) -> object:
        js = nc.jetstream()
        ack = await js.publish(f"$KV.{bucket}.{PROBE}", b"{}", timeout=2)
        await js.publish(f"$KV.{bucket}.{PROBE}", b"", headers={"KV-Operation": "DEL"}, timeout=2)
        return ack

    return probe


def _subscribe(subject: str) -> Probe:
    async def probe(nc: NATS) -> object:
        sub = await nc.subscribe(subject)
        await nc.flush(timeout=2)  # the server answers the SUB before this PING
        await asyncio.sleep(0.2)
        await sub.unsubscribe()
        return sub

    return probe


def _publish(subject: str) -> Probe:
    async def probe(nc: NATS) -> object:
        # Not an event the ingest can decode: it terminates the message and logs it.
        return await nc.jetstream().publish(subject, b"security probe", timeout=2)

    return probe


def _pull(stream: str, durable: str) -> Probe:
    async def probe(nc: NATS) -> object:
        # no_wait: answered at once, "no messages" when the consumer is caught up.
        request = json.dumps({"batch": 1, "no_wait": True}).encode()
        return await nc.request(f"$JS.API.CONSUMER.MSG.NEXT.{stream}.{durable}", request, timeout=2)

    return probe


async def _new_consumer(nc: NATS) -> object:
    js = nc.jetstream()
    info = await js.add_consumer("TALLYGATE_USAGE", ConsumerConfig(name=PROBE, durable_name=PROBE))
    await js.delete_consumer("TALLYGATE_USAGE", PROBE)
    return info


async def _create_usage_stream(nc: NATS) -> object:
    # The stream as the setup step makes it: answered as created, changing nothing.
    return await nc.jetstream().add_stream(stream_configs()[0])


async def _create_stream(nc: NATS) -> object:
    js = nc.jetstream()
    info = await js.add_stream(StreamConfig(name="TG_PROBE", subjects=["tg-probe.>"]))
    await js.delete_stream("TG_PROBE")
    return info


async def _delete_stream(nc: NATS) -> object:
    # A stream that does not exist: allowed means "not found", refused means a violation.
    return await nc.request("$JS.API.STREAM.DELETE.TG_NO_SUCH_STREAM", b"", timeout=2)


PROBES: dict[str, Probe] = {
    **{f"watch {b}": _watch(b) for b in BUCKETS},
    **{f"get {b}": _get(b) for b in BUCKETS},
    **{f"write {b}": _put(b) for b in BUCKETS},
    **{f"subscribe $KV.{b}.>": _subscribe(f"$KV.{b}.>") for b in BUCKETS},
    "publish usage event": _publish("tallygate.usage.v1"),
    "publish audit event": _publish("tallygate.audit.v1"),
    "subscribe usage subjects": _subscribe("tallygate.usage.>"),
    "subscribe audit subject": _subscribe("tallygate.audit.>"),
    "pull usage-ingest": _pull("TALLYGATE_USAGE", "usage-ingest"),
    "pull audit-ingest": _pull("TALLYGATE_AUDIT", "audit-ingest"),
    "new consumer on the usage stream": _new_consumer,
    "create the usage stream": _create_usage_stream,
    "create another stream": _create_stream,
    "delete a stream": _delete_stream,
    "subscribe every inbox": _subscribe("_INBOX.>"),
    "subscribe admin-api's inbox": _subscribe("_INBOX.admin-api.>"),
    "subscribe everything": _subscribe(">"),
}

# What each user may do; everything else in PROBES is refused. Written out here, not derived
# from nats_auth.USERS, so that a change there has to be made here too, on purpose.
ADMIN_BUCKETS = ("tg_accounts", "tg_keys", "tg_users", "tg_prices", "tg_settings", "tg_sessions")
ALLOWED: dict[str, set[str]] = {
    "gateway": {
        *(
            f"watch {b}"
            for b in ("tg_accounts", "tg_keys", "tg_prices", "tg_counters", "tg_users", "tg_settings")
        ),
        "write tg_health",
        *(f"{verb} tg_jobs" for verb in ("watch", "get", "write")),
        "publish usage event",
    },
    "usage-ingest": {"pull usage-ingest", "pull audit-ingest"},
    "aggregator": {"write tg_counters", "watch tg_settings"},
    "admin-api": {
        *(f"{verb} {b}" for b in ADMIN_BUCKETS for verb in ("watch", "get", "write")),
        "watch tg_health",
        "watch tg_counters",
        "publish audit event",
        "subscribe usage subjects",
        "subscribe admin-api's inbox",  # its own
    },
    "setup": {"create the usage stream"},
    "ops": set(PROBES),
}
MATRIX = [(role, probe) for role in ROLES for probe in PROBES]


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = Stack(tmp_path_factory.mktemp("nats-auth") / "data", demo=True)
    s.start()
    try:
        yield s
    finally:
        if s.proc is not None and s.proc.poll() is None:
            assert s.stop() == 0


def passwords(stack: Stack) -> dict[str, str]:
    return dict(json.loads((stack.data_dir / "secrets.json").read_text())["nats_passwords"])


async def attempt(url: str, user: str, password: str, probe: Probe) -> str:
    """'allowed' or 'refused' (the server said Permissions Violation)."""
    refused = asyncio.Event()

    async def on_error(exc: Exception) -> None:
        if "permissions violation" in str(exc).lower():
            refused.set()

    nc = await nats.connect(
        url, name=PROBE, user=user, password=password, inbox_prefix=f"_INBOX.{user}",
        error_cb=on_error, allow_reconnect=False, max_reconnect_attempts=0,
    )  # fmt: skip
    try:
        work = asyncio.ensure_future(probe(nc))
        said_no = asyncio.ensure_future(refused.wait())
        await asyncio.wait({work, said_no}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
        if not (work.done() or said_no.done()):
            raise AssertionError("neither an answer nor a refusal within 5 s")
        work.cancel()
        said_no.cancel()
        if refused.is_set():
            return "refused"
        exc = work.exception() if not work.cancelled() else None
        # An answer from the server, an error included ("not found"), is not a refusal.
        if exc is not None and not isinstance(exc, nats.js.errors.APIError):
            raise AssertionError(f"probe failed without a refusal: {exc!r}")
        return "allowed"
    finally:
        await nc.close()


@pytest.mark.parametrize(("role", "probe"), MATRIX, ids=[f"{r}: {p}" for r, p in MATRIX])
def test_each_user_may_do_only_its_part(stack: Stack, role: str, probe: str) -> None:
    want = "allowed" if probe in ALLOWED[role] else "refused"
    got = asyncio.run(attempt(stack.info["nats_url"], role, passwords(stack)[role], PROBES[probe]))
    assert got == want


def test_a_connection_without_credentials_is_refused(stack: Stack) -> None:
    async def main() -> None:
        url = stack.info["nats_url"]
        for credentials in ({}, {"user": "gateway", "password": "not-its-password"}, {"user": "nobody"}):
            with pytest.raises(nats.errors.Error, match="Authorization Violation"):
                await nats.connect(url, allow_reconnect=False, max_reconnect_attempts=0, **credentials)

    asyncio.run(main())


def test_a_refused_service_fails_fast_and_logs_no_password(stack: Stack) -> None:
    from pydantic import SecretStr

    port = stack.info["nats_url"].rpartition(":")[2]

    async def main() -> str:
        with pytest.raises(ConnectionError) as refused:
            await asyncio.wait_for(
                connect(f"nats://gateway:hunter2-in-url@127.0.0.1:{port}", "probe", user="gateway",
                        password=SecretStr("hunter2-wrong")),
                timeout=10,
            )  # fmt: skip
        return str(refused.value)

    message = asyncio.run(main())
    assert "refused user 'gateway'" in message
    assert "hunter2" not in message


def test_the_stack_works_and_no_service_is_ever_refused(stack: Stack) -> None:
    """Every service at work (a metered request, its row, a login, writes of each kind, the
    live tail), and the server never refused one of them anything."""
    client = openai.OpenAI(
        base_url=stack.info["gateway_url"] + "/v1", api_key=stack.info["demo_api_key"], max_retries=0
    )
    answer = client.chat.completions.with_raw_response.create(
        model="tallygate-demo", messages=[{"role": "user", "content": "hi"}]
    )
    request_id = answer.headers["x-request-id"]
    with stack.admin() as api:
        rows = wait_until(
            lambda: api.get("/api/requests").json()["items"],
            lambda items: any(item["request_id"] == request_id for item in items),
        )
        assert any(item["request_id"] == request_id for item in rows)
        assert api.post("/api/keys", json={"name": "probe"}).status_code == 201
        price = {"input": "1", "output": "2", "cache_read": "0.5", "cache_write": "1"}
        assert api.put("/api/prices/probe-model", json=price).status_code == 200
        assert api.patch("/api/settings", json={"timezone": "UTC"}).status_code == 200
        # Audit events went from admin-api through NATS to usage-ingest and into ClickHouse.
        audit = wait_until(lambda: api.get("/api/audit").json()["items"], lambda items: len(items) >= 3)
        assert len(audit) >= 3
    with httpx.Client(base_url=stack.info["admin_url"]) as browser:
        login = browser.post("/api/auth/login", json={"username": "admin", "password": stack.admin_password})
        assert login.status_code == 200, login.text
        assert browser.get("/api/me").status_code == 200  # the session, read back from tg_sessions
    log = (stack.data_dir / "logs" / "nats.log").read_text()
    violations = [line for line in log.splitlines() if "Violation" in line and PROBE not in line]
    assert violations == []


def test_nats_conf_and_secrets_are_private(stack: Stack) -> None:
    conf = stack.data_dir / "nats.conf"
    assert conf.stat().st_mode & 0o777 == 0o600
    text = conf.read_text()
    for user in USERS:
        assert passwords(stack)[user.name] in text
    assert "no_auth_user" not in text


def test_server_mode_auth_conf_is_generated_from_the_same_users() -> None:
    """infra/nats/auth.conf is `python -m tallygate_shared.nats_auth conf`; nats-server accepts
    infra/nats/nats.conf with it once every password variable is set, and not before."""
    assert (REPO / "infra" / "nats" / "auth.conf").read_text() == authorization_block()
    conf = REPO / "infra" / "nats" / "nats.conf"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALLYGATE_")}
    missing = subprocess.run([_nats_binary(), "-c", str(conf), "-t"], env=env, capture_output=True, text=True)
    assert missing.returncode != 0 and "TALLYGATE_GATEWAY_NATS_PASSWORD" in missing.stderr
    env |= {user.password_env: f"pw-{user.name}" for user in USERS}
    checked = subprocess.run([_nats_binary(), "-c", str(conf), "-t"], env=env, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_server_mode_config_enforces_the_users(tmp_path: Path) -> None:
    """The shipped nats.conf, started for real (listen and store moved to a temp dir): no
    credentials is refused, the gateway's user may publish usage and not write accounts."""
    port = free_port()
    text = (REPO / "infra" / "nats" / "nats.conf").read_text()
    text = re.sub(r"(?m)^listen: .*$", f"listen: 127.0.0.1:{port}", text)
    text = re.sub(r"(?m)^http: .*$", "", text)
    text = re.sub(r"(?m)^(\s*)store_dir: .*$", rf"\1store_dir: {tmp_path / 'js'}", text)
    (tmp_path / "nats.conf").write_text(text)
    (tmp_path / "auth.conf").write_text((REPO / "infra" / "nats" / "auth.conf").read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALLYGATE_")}
    env |= {user.password_env: f"pw-{user.name}" for user in USERS}
    server = subprocess.Popen([_nats_binary(), "-c", str(tmp_path / "nats.conf")], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"nats://127.0.0.1:{port}"

    async def main() -> None:
        from pydantic import SecretStr

        from tallygate_shared.nats_auth import setup_jetstream
        from tallygate_shared.settings import NatsClientSettings

        deadline = asyncio.get_running_loop().time() + 10
        while True:
            try:
                await setup_jetstream(
                    NatsClientSettings(nats_url=url, nats_user="setup", nats_password=SecretStr("pw-setup"))
                )
                break
            except ConnectionError:
                assert asyncio.get_running_loop().time() < deadline
                await asyncio.sleep(0.1)
        with pytest.raises(nats.errors.Error, match="Authorization Violation"):
            await nats.connect(url, allow_reconnect=False, max_reconnect_attempts=0)
        publish = PROBES["publish usage event"]
        assert await attempt(url, "gateway", "pw-gateway", publish) == "allowed"
        assert await attempt(url, "gateway", "pw-gateway", PROBES["write tg_accounts"]) == "refused"

    try:
        asyncio.run(main())
    finally:
        server.terminate()
        server.wait(10)
