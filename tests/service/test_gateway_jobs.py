"""Jobs through the gateway: the OpenAI Videos API with the official SDK, a synchronous video
route, a declared lip-sync route, a second gateway polling a job the first one took, failures,
the background poll, per-account daily quotas, and a job's usage events (pending at its submit,
its end once) computed from what the fake provider did."""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import httpx
import openai
import pytest
import pytest_asyncio

from tallygate.fake_upstream import FakeUpstream, Script
from tallygate.fake_upstream.jobs import VIDEO_BYTES_PER_SECOND
from tallygate_shared.config import PRICES_BUCKET
from tallygate_shared.events import UsageEvent
from tallygate_shared.pricing import PriceRecord, PriceVersion, price_key
from tests.conftest import NatsServer
from tests.service.gateway_fixture import Gateway

pytestmark = pytest.mark.filterwarnings("ignore:The Sora API:DeprecationWarning")
MODEL = "sora-2"
PER_SECOND = Decimal("0.10")
PER_SECOND_WIDE = Decimal("0.30")  # the price of a second of 1280x720


@pytest.fixture
def fake() -> Iterator[FakeUpstream]:
    f = FakeUpstream()
    f.start_in_thread()
    yield f
    f.stop_thread()


async def start_gateway(nats: NatsServer, tmp: Path, name: str, **env: str) -> Gateway:
    (tmp / name).mkdir()
    gw = Gateway(
        nats, tmp / name, {"TALLYGATE_INSTANCE_ID": name, "TALLYGATE_UPSTREAM_READ_TIMEOUT_S": "1.5", **env}
    )
    await gw.start()
    return gw


@pytest_asyncio.fixture
async def gw(nats_server: NatsServer, tmp_path: Path) -> AsyncIterator[Gateway]:
    gateway = await start_gateway(nats_server, tmp_path, "gw-a", TALLYGATE_JOB_POLL_AFTER_S="3600")
    try:
        yield gateway
    finally:
        await gateway.stop()


async def set_price(gw: Gateway) -> None:
    version = PriceVersion(
        per_unit=PER_SECOND, per_unit_by_size={"1280x720": PER_SECOND_WIDE}, version="v-test",
        effective_from=datetime.now(UTC),
    )  # fmt: skip
    kv = await gw.js.key_value(PRICES_BUCKET)
    await kv.put(price_key(MODEL), PriceRecord(model=MODEL, current=version).model_dump_json().encode())
    await gw.settle()


def fake_jobs(fake: FakeUpstream) -> list[dict[str, object]]:
    return [entry for entry in fake.state.log if "job_id" in entry]


async def job_events(gw: Gateway, n: int) -> dict[str, list[UsageEvent]]:
    """The first n usage events, by request id, each job's in the order published."""
    by_request: dict[str, list[UsageEvent]] = {}
    for event in await gw.events(n, timeout=20):
        by_request.setdefault(event.request_id, []).append(event)
    return by_request


async def test_create_and_poll_then_download_through_the_gateway(gw: Gateway, fake: FakeUpstream) -> None:
    await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_v", models=[MODEL])
    _, secret = await gw.add_key()
    await set_price(gw)
    client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)

    video = await client.videos.create_and_poll(
        model=MODEL, prompt="a cat wait_s=0.6", seconds="4", size="1280x720", poll_interval_ms=100
    )
    assert video.status == "completed"
    content = await client.videos.download_content(video.id, variant="video")
    [done] = fake_jobs(fake)
    assert done["job_id"] == video.id and done["status"] == "completed"
    assert len(content.content) == int(done["seconds"]) * VIDEO_BYTES_PER_SECOND  # type: ignore[call-overload]

    events = await job_events(gw, 2)
    [(pending, final)] = events.values()
    assert (pending.job_status, pending.units, pending.cost_usd) == ("pending", 0, 0)
    assert (final.job_status, final.job_id, final.account_id) == ("succeeded", video.id, "acc_v")
    assert final.task_type == "video" and final.endpoint == "/v1/videos"
    seconds = math.ceil(float(done["seconds"]))  # type: ignore[arg-type]
    assert final.units == seconds == 4
    assert final.cost_usd == seconds * PER_SECOND_WIDE and final.price_version == "v-test"
    assert final.started_at == pending.started_at  # one row: the same (ts, request_id)

    # The list, the key's only; another key and an id that never existed get 404.
    listed = await client.videos.list()
    assert [v.id for v in listed.data] == [video.id]
    _, other = await gw.add_key("key_2")
    stranger = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=other, max_retries=0)
    for attempt in (stranger.videos.retrieve(video.id), client.videos.retrieve("video_never")):
        with pytest.raises(openai.NotFoundError):
            await attempt
    assert (await stranger.videos.list()).data == []


async def test_a_job_polled_through_a_second_gateway(
    gw: Gateway, fake: FakeUpstream, nats_server: NatsServer, tmp_path: Path
) -> None:
    await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_v", models=[MODEL])
    _, secret = await gw.add_key()
    first = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)
    video = await first.videos.create(model=MODEL, prompt="wait_s=0.3", seconds="8")
    second_gw = await start_gateway(nats_server, tmp_path, "gw-b")
    try:
        second = openai.AsyncOpenAI(base_url=second_gw.url + "/v1", api_key=secret, max_retries=0)
        done = await second.videos.poll(video.id, poll_interval_ms=100)
        assert done.status == "completed"
        again = await first.videos.retrieve(video.id)  # the first gateway sees the end too
        assert again.status == "completed"
        [(pending, final)] = (await job_events(gw, 2)).values()
        assert (pending.gateway_instance, final.gateway_instance) == ("gw-a", "gw-b")
        assert final.units == 8 and final.job_status == "succeeded"
    finally:
        await second_gw.stop()


async def test_a_failing_job_and_a_refused_submit(gw: Gateway, fake: FakeUpstream) -> None:
    await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_v", models=[MODEL])
    _, secret = await gw.add_key()
    client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)
    failed = await client.videos.create_and_poll(
        model=MODEL, prompt="please fail wait_s=0.3", poll_interval_ms=100
    )
    assert failed.status == "failed"
    fake.state.scripts.append(Script(mode="error", status=400, times=1))
    with pytest.raises(openai.BadRequestError):
        await client.videos.create(model=MODEL, prompt="refused")
    dropped = await client.videos.create(model=MODEL, prompt="never mind wait_s=30")
    assert (await client.videos.delete(dropped.id)).deleted
    events = await job_events(gw, 5)
    by_job = {evs[0].job_id: evs for evs in events.values()}
    assert [e.job_status for e in by_job[failed.id]] == ["pending", "failed"]
    final = by_job[failed.id][1]
    assert (final.units, final.cost_usd, final.error_type) == (0, 0, "job_failed")
    [refused] = by_job[""]  # never a job: the upstream refused it
    assert (refused.job_status, refused.status_code, refused.error_type) == ("failed", 400, "upstream_400")
    deleted = by_job[dropped.id][1]
    assert (deleted.job_status, deleted.error_type, deleted.units) == ("failed", "job_deleted", 0)
    assert (refused.status_code, refused.error_type, refused.job_id) == (400, "upstream_400", "")


async def test_a_job_nobody_polls_is_ended_by_the_gateway(
    fake: FakeUpstream, nats_server: NatsServer, tmp_path: Path
) -> None:
    gw = await start_gateway(
        nats_server,
        tmp_path,
        "gw-poll",
        TALLYGATE_JOB_POLL_AFTER_S="0.3",
        TALLYGATE_JOB_POLL_INTERVAL_S="0.2",
    )
    try:
        await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_v", models=[MODEL])
        _, secret = await gw.add_key()
        async with httpx.AsyncClient(base_url=gw.url, headers={"Authorization": f"Bearer {secret}"}) as http:
            r = await http.post(
                "/v1/videos", json={"model": MODEL, "prompt": "unwatched wait_s=0.5", "seconds": "12"}
            )
            assert r.status_code == 200
        events = await job_events(gw, 2)
        [(pending, final)] = events.values()
        assert pending.request_id == r.headers["x-request-id"]
        assert (final.job_status, final.units, final.job_id) == ("succeeded", 12, r.json()["id"])
    finally:
        await gw.stop()


async def test_a_synchronous_video_outlasts_the_chat_read_timeout(gw: Gateway, fake: FakeUpstream) -> None:
    await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_v", models=[MODEL])
    _, secret = await gw.add_key()
    await set_price(gw)
    async with httpx.AsyncClient(
        base_url=gw.url, headers={"Authorization": f"Bearer {secret}"}, timeout=30
    ) as http:
        # 2.5 s: past the 1.5 s read timeout this gateway gives chat requests.
        r = await http.post(
            "/v1/videos/generations", json={"model": MODEL, "prompt": "slow", "wait_s": 2.5, "seconds": 6}
        )
    assert r.status_code == 200 and r.json()["seconds"] == "6"
    [(pending, final)] = (await job_events(gw, 2)).values()
    assert pending.request_id == final.request_id == r.headers["x-request-id"]
    assert (pending.job_status, final.job_status, final.units) == ("pending", "succeeded", 6)
    assert final.cost_usd == 6 * PER_SECOND and final.duration_ms >= 2500


async def test_remix_and_a_synchronous_lipsync(gw: Gateway, fake: FakeUpstream) -> None:
    await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_v")
    _, secret = await gw.add_key()
    async with openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0) as client:
        source = await client.videos.create_and_poll(model=MODEL, prompt="wait_s=0.3", poll_interval_ms=100)
        remixed = await client.videos.remix(source.id, prompt="again wait_s=0.3")
        assert remixed.remixed_from_video_id == source.id
        assert (await client.videos.poll(remixed.id, poll_interval_ms=100)).status == "completed"
        synced = await client.post(
            "/lipsync/generations",
            body={"model": "lipsync-1", "prompt": "x", "seconds": 3},
            cast_to=httpx.Response,
        )
        assert synced.status_code == 200
    events = await job_events(gw, 6)
    finals = {evs[-1].job_id: evs[-1] for evs in events.values()}
    assert finals[remixed.id].account_id == "acc_v" and finals[remixed.id].job_status == "succeeded"
    [lipsync] = [e for e in finals.values() if e.task_type == "lipsync"]
    assert (lipsync.units, lipsync.endpoint, lipsync.job_status) == (
        3,
        "/v1/lipsync/generations",
        "succeeded",
    )


async def test_a_lipsync_job_through_a_declared_route(gw: Gateway, fake: FakeUpstream) -> None:
    await gw.add_account(
        f"http://127.0.0.1:{fake.port}", id="acc_k", provider="openai_compatible",
        job_routes={"lipsync": {"preset": "kling_lipsync"}},
    )  # fmt: skip
    _, secret = await gw.add_key()
    ask = {
        "input": {
            "video_url": "https://example.com/a.mp4",
            "mode": "text2video",
            "text": "hi wait_s=0.4 seconds=7.5",
        }
    }
    async with httpx.AsyncClient(base_url=gw.url, headers={"Authorization": f"Bearer {secret}"}) as http:
        submitted = await http.post("/v1/tasks/lipsync", json=ask)
        assert submitted.status_code == 200, submitted.text
        task_id = submitted.json()["data"]["task_id"]  # Kling's own answer, unchanged
        assert submitted.json()["code"] == 0 and submitted.json()["data"]["task_status"] == "submitted"
        for _ in range(50):
            polled = await http.get(f"/v1/tasks/lipsync/{task_id}")
            if polled.json()["data"]["task_status"] in ("succeed", "failed"):
                break
            await asyncio.sleep(0.1)
        assert polled.json()["data"]["task_status"] == "succeed"
        assert (await http.get("/v1/tasks/lipsync/nope")).status_code == 404
    [done] = fake_jobs(fake)
    [(_, final)] = (await job_events(gw, 2)).values()
    assert final.model == "kling-lipsync" and final.task_type == "lipsync"
    assert final.units == math.ceil(float(done["seconds"])) == 8  # type: ignore[arg-type]


async def test_a_full_account_sends_the_next_job_to_another(gw: Gateway, fake: FakeUpstream) -> None:
    other = FakeUpstream()
    other.start_in_thread()
    try:
        await gw.add_account(
            f"http://127.0.0.1:{fake.port}/v1", id="acc_a", priority=1, daily_limits={"video": 3}
        )
        await gw.add_account(f"http://127.0.0.1:{other.port}/v1", id="acc_b", priority=2)
        _, secret = await gw.add_key()
        client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)
        for n in range(4):
            await client.videos.create(model=MODEL, prompt=f"job {n} wait_s=30")
        events = [e for evs in (await job_events(gw, 4)).values() for e in evs]
        assert [e.account_id for e in events] == ["acc_a"] * 3 + ["acc_b"]
        assert len(fake.state.jobs) == 3 and len(other.state.jobs) == 1
    finally:
        other.stop_thread()


async def test_an_upload_over_the_body_limit_is_refused_before_any_account(
    fake: FakeUpstream, nats_server: NatsServer, tmp_path: Path
) -> None:
    gw = await start_gateway(nats_server, tmp_path, "gw-small", TALLYGATE_MAX_BODY_BYTES="65536")
    try:
        await gw.add_account(f"http://127.0.0.1:{fake.port}/v1", id="acc_v")
        _, secret = await gw.add_key()
        client = openai.AsyncOpenAI(base_url=gw.url + "/v1", api_key=secret, max_retries=0)
        with pytest.raises(openai.APIStatusError) as refused:
            await client.videos.create(
                model=MODEL, prompt="big", input_reference=("ref.png", b"\x89PNG" + b"0" * 100_000)
            )
        assert refused.value.status_code == 413
        [event] = await gw.events(1)
        assert (event.status_code, event.job_status, event.account_id) == (413, "failed", "")
        assert fake.state.jobs == {}
    finally:
        await gw.stop()
