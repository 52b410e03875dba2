"""Jobs end to end (`tallygate up`, the official openai SDK, the fake provider): what the test did
shows in `tallygate.usage` (one row per ended job), in `tallygate.jobs` (pending included), in
the accounts' job counts and in the request log."""

from __future__ import annotations

from collections import Counter

import httpx
import openai
import pytest

from tallygate.fake_upstream import FakeUpstream, Script
from tests.e2e.conftest import Stack, wait_until

pytestmark = pytest.mark.filterwarnings("ignore:The Sora API:DeprecationWarning")
MODEL = "sora-2"


def test_jobs_through_the_whole_stack(stack: Stack, fake_upstream: FakeUpstream) -> None:
    with stack.admin() as api:
        video = api.post("/api/accounts", json={
            "name": "videos", "provider": "openai", "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1",
            "api_key": "sk-video", "models": [MODEL], "daily_limits": {"video": 10},
        }).json()  # fmt: skip
        lipsync = api.post("/api/accounts", json={
            "name": "lips", "provider": "openai_compatible", "base_url": f"http://127.0.0.1:{fake_upstream.port}",
            "api_key": "sk-kling", "models": ["kling-lipsync"],
            "job_routes": {"lipsync": {"preset": "kling_lipsync"}},
        }).json()  # fmt: skip
        key = api.post("/api/keys", json={"name": "jobs"}).json()["key"]

    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key, max_retries=0)
    done = client.videos.create_and_poll(
        model=MODEL, prompt="ok wait_s=0.5", seconds="8", poll_interval_ms=100
    )
    failed = client.videos.create_and_poll(model=MODEL, prompt="fail wait_s=0.3", poll_interval_ms=100)
    waiting = client.videos.create(model=MODEL, prompt="slow wait_s=120")
    fake_upstream.state.scripts.append(Script(mode="error", status=400, times=1))
    with pytest.raises(openai.BadRequestError):
        client.videos.create(model=MODEL, prompt="refused")
    assert (done.status, failed.status, waiting.status) == ("completed", "failed", "queued")
    with httpx.Client(base_url=stack.info["gateway_url"], headers={"Authorization": f"Bearer {key}"}) as http:
        lip = {
            "video_url": "https://example.com/a.mp4",
            "mode": "text2video",
            "text": "wait_s=0.3 seconds=4.2",
        }
        ask = {"input": lip}
        task_id = http.post("/v1/tasks/lipsync", json=ask).json()["data"]["task_id"]
        status = wait_until(
            lambda: http.get(f"/v1/tasks/lipsync/{task_id}").json()["data"]["task_status"],
            lambda s: s in ("succeed", "failed"),
        )
        assert status == "succeed"

    # What the test did, per account: (pending, succeeded, failed).
    want_video = {"pending": 1, "succeeded": 1, "failed": 2}  # the refused submit is a failed job
    want_lipsync = {"pending": 0, "succeeded": 1, "failed": 0}
    with stack.admin() as api:
        accounts = wait_until(
            lambda: {a["id"]: a for a in api.get("/api/accounts").json()["items"]},
            lambda acc: (
                acc[video["id"]]["today"]["jobs"].get("video") == want_video
                and acc[lipsync["id"]]["today"]["jobs"].get("lipsync") == want_lipsync
            ),
        )
        assert accounts[video["id"]]["today"]["jobs"]["video"] == want_video
        assert accounts[lipsync["id"]]["today"]["jobs"]["lipsync"] == want_lipsync
        pending = api.get("/api/requests", params={"job_status": "pending"}).json()["items"]
        assert [(r["job_id"], r["task_type"]) for r in pending] == [(waiting.id, "video")]
        # Pending and succeeded jobs hold their slot in the daily quota; failed ones give it back.
        assert api.get("/api/dashboard/overview").json()["remaining_quota"]["video"] == 10 - 2

    ended = "SELECT job_id, job_status, task_type, units FROM tallygate.usage WHERE job_status != ''"
    rows = wait_until(lambda: stack.sql(ended), lambda r: len(r) == 4)
    assert Counter(r["job_status"] for r in rows) == {"succeeded": 2, "failed": 2}
    by_job = {r["job_id"]: r for r in rows}
    assert by_job[done.id]["units"] == 8 and by_job[failed.id]["units"] == 0
    assert by_job[task_id]["units"] == 5 and by_job[task_id]["task_type"] == "lipsync"  # 4.2 s rounded up
    jobs = stack.sql("SELECT job_id, job_status FROM tallygate.jobs WHERE job_status = 'pending'")
    assert jobs == [{"job_id": waiting.id, "job_status": "pending"}]
