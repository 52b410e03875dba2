"""The provider fake's long-running jobs, against the fake alone: OpenAI's Videos API through the
official SDK, the synchronous video route, Kling's lip-sync and sync.so's generate over raw HTTP, and
what the fake logs of each job (the record a gateway's metering is compared with)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import openai
import pytest
from openai.types import Video

from tallygate.fake_upstream import FakeUpstream, Script
from tallygate.fake_upstream.jobs import FRAME_BYTES, THUMBNAIL_BYTES, VIDEO_BYTES_PER_SECOND

# The SDK marks the Sora API deprecated (it is to shut down); the fake speaks it all the same.
pytestmark = pytest.mark.filterwarnings("ignore:The Sora API:DeprecationWarning")

POLL_MS = 50
OPENAI_STAGES = ["queued", "in_progress", "completed"]


def _root(fake: FakeUpstream) -> str:
    return f"http://127.0.0.1:{fake.port}"


def _client(fake: FakeUpstream, key: str = "sk-alice") -> openai.OpenAI:
    return openai.OpenAI(api_key=key, base_url=f"{_root(fake)}/v1", max_retries=0)


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _job_log(fake: FakeUpstream) -> list[dict[str, Any]]:
    return [entry for entry in fake.state.log if "job_id" in entry]


def _in_order(seen: list[str], stages: list[str]) -> None:
    """Every stage was seen, and none came back after a later one."""
    assert set(seen) == set(stages), seen
    assert seen == sorted(seen, key=stages.index), seen


def _poll(get: Callable[[], dict[str, Any]], status: Callable[[dict[str, Any]], str],
          final: set[str]) -> tuple[list[str], dict[str, Any]]:  # fmt: skip
    """Poll every 50 ms until a final status: the statuses seen and the last document."""
    seen: list[str] = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        doc = get()
        seen.append(status(doc))
        if seen[-1] in final:
            return seen, doc
        time.sleep(0.05)
    raise AssertionError(f"no final status: {seen}")


def _logged(fake: FakeUpstream, job_id: str) -> dict[str, Any]:
    """The job's log entry, once its end has come (a job is logged when it ends, polled or not)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        entries = [entry for entry in _job_log(fake) if entry["job_id"] == job_id]
        if entries:
            assert len(entries) == 1
            return entries[0]
        time.sleep(0.05)
    raise AssertionError(f"{job_id} never logged")


def test_create_and_poll_then_download_every_variant(fake_upstream: FakeUpstream) -> None:
    fake_upstream.state.job_seconds = 0.5
    client = _client(fake_upstream)
    started = time.monotonic()
    video = client.videos.create_and_poll(
        prompt="a red fox in the snow", seconds="8", size="1280x720", poll_interval_ms=POLL_MS
    )
    assert time.monotonic() - started >= 0.5
    assert (video.status, video.progress, video.seconds, video.size, video.model, video.prompt) == (
        "completed", 100, "8", "1280x720", "sora-2", "a red fox in the snow")  # fmt: skip
    assert video.id.startswith("video_") and video.object == "video" and video.error is None
    assert video.completed_at is not None and video.created_at <= video.completed_at <= video.created_at + 2
    assert video.expires_at is not None and video.expires_at > video.completed_at

    clip = client.videos.download_content(video.id)
    assert clip.response.headers["content-type"] == "video/mp4"
    assert len(clip.content) == 8 * VIDEO_BYTES_PER_SECOND and clip.content[4:8] == b"ftyp"
    assert client.videos.download_content(video.id, variant="video").content == clip.content
    thumbnail = client.videos.download_content(video.id, variant="thumbnail")
    sprites = client.videos.download_content(video.id, variant="spritesheet")
    assert [(part.response.headers["content-type"], len(part.content)) for part in (thumbnail, sprites)] == [
        ("image/webp", THUMBNAIL_BYTES), ("image/jpeg", 8 * FRAME_BYTES)]  # fmt: skip

    assert _job_log(fake_upstream) == [{
        "dialect": "openai", "path": "/v1/videos", "model": "sora-2", "stream": False,
        "usage": {"seconds": "8"}, "job_id": video.id, "kind": "video", "status": "completed",
        "seconds": 8.0, "units": 1, "credential": "sk-alice",
    }]  # fmt: skip


def test_status_moves_from_queued_through_in_progress(fake_upstream: FakeUpstream) -> None:
    client = _client(fake_upstream)
    video = client.videos.create(prompt="a slow pan over hills wait_s=1")
    assert (video.status, video.progress, video.completed_at) == ("queued", 0, None)
    with pytest.raises(openai.NotFoundError) as early:
        client.videos.download_content(video.id)
    assert early.value.code == "video_not_ready"

    polls: list[tuple[str, int]] = [(video.status, video.progress)]
    while polls[-1][0] != "completed":
        raw = client.videos.with_raw_response.retrieve(video.id)
        polled = raw.parse()
        polls.append((polled.status, polled.progress))
        if polled.status != "completed":
            # A tenth of the job's run: the SDK's poll helper waits as long as this says.
            assert raw.headers["openai-poll-after-ms"] == "100"
        time.sleep(0.05)
    _in_order([status for status, _ in polls], OPENAI_STAGES)
    progress = [value for _, value in polls]
    assert progress == sorted(progress) and progress[-1] == 100
    assert any(0 < value < 100 for value in progress)


def test_input_reference_upload_and_a_json_body(fake_upstream: FakeUpstream) -> None:
    client = _client(fake_upstream)
    image = bytes(range(256)) * 13
    video = client.videos.create(
        prompt="animate this", input_reference=("ref.png", image, "image/png"), seconds="12",
        extra_body={"wait_s": 0.3},
    )  # fmt: skip
    job = fake_upstream.state.jobs[video.id]
    assert (job.reference_bytes, job.run_s, video.seconds) == (len(image), 0.3, "12")
    assert client.videos.poll(video.id, poll_interval_ms=POLL_MS).status == "completed"
    assert _job_log(fake_upstream)[-1]["seconds"] == 12.0

    body = {"prompt": "a json body", "model": "sora-2-pro", "size": "1792x1024", "wait_s": 0.2}
    answer = httpx.post(f"{_root(fake_upstream)}/v1/videos", json=body, headers=_bearer("sk-alice"))
    assert answer.status_code == 200
    doc = answer.json()
    assert set(doc) == set(Video.model_fields)
    assert (doc["object"], doc["status"], doc["model"], doc["seconds"], doc["size"], doc["prompt"]) == (
        "video", "queued", "sora-2-pro", "4", "1792x1024", "a json body")  # fmt: skip
    assert fake_upstream.state.jobs[doc["id"]].reference_bytes == 0

    wrong = httpx.post(f"{_root(fake_upstream)}/v1/videos", json={"prompt": "x", "seconds": "5"},
                       headers=_bearer("sk-alice"))  # fmt: skip
    assert wrong.status_code == 400
    error = wrong.json()["error"]
    assert (error["param"], error["code"]) == ("seconds", "invalid_value")
    assert error["type"] == "invalid_request_error"


def test_a_prompt_asking_to_fail_ends_failed(fake_upstream: FakeUpstream) -> None:
    client = _client(fake_upstream)
    video = client.videos.create_and_poll(prompt="this one should FAIL wait_s=0.3", poll_interval_ms=POLL_MS)
    assert video.status == "failed" and video.completed_at is None
    assert video.error is not None and video.error.code and video.error.message
    with pytest.raises(openai.NotFoundError):
        client.videos.download_content(video.id)
    [entry] = _job_log(fake_upstream)
    assert (entry["job_id"], entry["status"], entry["seconds"], entry["units"], entry["usage"]) == (
        video.id, "failed", 0.0, 0, None)  # fmt: skip


def test_another_credential_is_told_404(fake_upstream: FakeUpstream) -> None:
    alice, bob = _client(fake_upstream, "sk-alice"), _client(fake_upstream, "sk-bob")
    video = alice.videos.create_and_poll(prompt="private wait_s=0.2", poll_interval_ms=POLL_MS)
    calls: list[Callable[[], object]] = [
        lambda: bob.videos.retrieve(video.id),
        lambda: bob.videos.download_content(video.id),
        lambda: bob.videos.delete(video.id),
        lambda: bob.videos.remix(video.id, prompt="mine now"),
    ]
    for call in calls:
        with pytest.raises(openai.NotFoundError):
            call()
    assert list(bob.videos.list()) == []
    assert [v.id for v in alice.videos.list()] == [video.id]
    assert alice.videos.retrieve(video.id).status == "completed"

    unknown = httpx.get(f"{_root(fake_upstream)}/v1/videos/video_nope", headers=_bearer("sk-alice"))
    assert unknown.status_code == 404
    assert unknown.json()["error"]["type"] == "invalid_request_error" and "video_nope" in unknown.text
    assert httpx.get(f"{_root(fake_upstream)}/v1/videos/{video.id}").status_code == 401


def test_list_remix_and_delete(fake_upstream: FakeUpstream) -> None:
    fake_upstream.state.job_seconds = 0.3
    client = _client(fake_upstream)
    first = client.videos.create(prompt="clip 0", seconds="4")
    with pytest.raises(openai.BadRequestError):
        client.videos.remix(first.id, prompt="too early")
    ids = [first.id] + [client.videos.create(prompt=f"clip {s}", seconds=s).id for s in ("8", "12")]

    assert [v.id for v in client.videos.list(limit=2, order="asc")] == ids  # two pages
    newest = client.videos.list(limit=2)
    assert [v.id for v in newest.data] == ids[::-1][:2] and newest.has_more is True
    page = httpx.get(f"{_root(fake_upstream)}/v1/videos", params={"limit": 2, "after": ids[2]},
                     headers=_bearer("sk-alice")).json()  # fmt: skip
    assert page == {**page, "object": "list", "first_id": ids[1], "last_id": ids[0], "has_more": False}
    assert [doc["id"] for doc in page["data"]] == [ids[1], ids[0]]

    source = client.videos.poll(ids[1], poll_interval_ms=POLL_MS)
    remix = client.videos.remix(source.id, prompt="the same, at night")
    assert (remix.remixed_from_video_id, remix.seconds, remix.size, remix.status) == (
        source.id, source.seconds, source.size, "queued")  # fmt: skip
    assert remix.id not in ids
    remixed = client.videos.poll(remix.id, poll_interval_ms=POLL_MS)
    assert (remixed.status, remixed.prompt) == ("completed", "the same, at night")
    assert _logged(fake_upstream, remix.id)["path"] == f"/v1/videos/{source.id}/remix"

    client.videos.poll(ids[0], poll_interval_ms=POLL_MS)
    deleted = client.videos.delete(ids[0])
    assert (deleted.id, deleted.object, deleted.deleted) == (ids[0], "video.deleted", True)
    with pytest.raises(openai.NotFoundError):
        client.videos.retrieve(ids[0])
    assert ids[0] not in [v.id for v in client.videos.list()]
    assert _logged(fake_upstream, ids[0])["status"] == "completed"

    unfinished = client.videos.create(prompt="never mind wait_s=5")
    client.videos.delete(unfinished.id)
    cancelled = _logged(fake_upstream, unfinished.id)
    assert (cancelled["status"], cancelled["seconds"], cancelled["units"]) == ("cancelled", 0.0, 0)


def _lipsync_body(text: str) -> dict[str, Any]:
    return {"input": {"video_url": "https://cdn.example/talk.mp4", "mode": "text2video", "text": text,
                      "voice_id": "genshin_vindi2", "voice_language": "en"}}  # fmt: skip


def test_scripts_act_on_submits_not_polls(fake_upstream: FakeUpstream) -> None:
    client = _client(fake_upstream)
    script = {"mode": "error", "status": 429, "times": 1, "retry_after": 3}
    httpx.post(f"{_root(fake_upstream)}/_fake/script", json=script).raise_for_status()
    with pytest.raises(openai.RateLimitError) as limited:
        client.videos.create(prompt="refused")
    assert limited.value.response.headers["retry-after"] == "3"
    assert fake_upstream.state.jobs == {}

    fake_upstream.state.scripts.append(Script(mode="stall", delay=0.3, times=1))
    started = time.monotonic()
    video = client.videos.create(prompt="after the stall wait_s=0.2")
    assert time.monotonic() - started >= 0.3 and video.status == "queued"

    fake_upstream.state.scripts.append(Script(mode="error", status=500, times=1))
    assert client.videos.retrieve(video.id).id == video.id
    assert len(fake_upstream.state.scripts) == 1
    fake_upstream.state.scripts.clear()

    # Cut after the job was accepted: it runs all the same, and its log says its submit was cut.
    fake_upstream.state.scripts.append(Script(mode="break", times=1))
    with pytest.raises(httpx.TransportError):
        httpx.post(f"{_root(fake_upstream)}/v1/videos/lip-sync", json=_lipsync_body("hi wait_s=0.2"),
                   headers=_bearer("kling-token"))  # fmt: skip
    [job] = [job for job in fake_upstream.state.jobs.values() if job.dialect == "kling"]
    entry = _logged(fake_upstream, job.id)
    assert (entry["status"], entry["broken"], entry["seconds"]) == ("completed", True, 5.0)


def test_sync_route_answers_once_the_video_is_done(fake_upstream: FakeUpstream) -> None:
    url = f"{_root(fake_upstream)}/v1/videos/generations"
    started = time.monotonic()
    answer = httpx.post(url, json={"model": "sora-2", "prompt": "a paper boat", "seconds": 6, "wait_s": 0.4},
                        headers=_bearer("sk-alice"))  # fmt: skip
    assert answer.status_code == 200 and time.monotonic() - started >= 0.4
    doc = answer.json()
    assert (doc["status"], doc["seconds"], doc["duration"]) == ("completed", "6", 6.0)
    assert doc["prompt"] == "a paper boat" and doc["id"].startswith("video_")
    media = httpx.get(doc["url"])
    assert media.headers["content-type"] == "video/mp4" and len(media.content) == 6 * VIDEO_BYTES_PER_SECOND

    started = time.monotonic()
    short = httpx.post(url, json={"prompt": "short", "duration": "2.5"}, headers=_bearer("sk-alice"))
    assert time.monotonic() - started >= fake_upstream.state.sync_job_seconds
    assert (short.json()["seconds"], short.json()["duration"]) == ("2.5", 2.5)

    failed = httpx.post(url, json={"prompt": "make it fail", "wait_s": 0.1}, headers=_bearer("sk-alice"))
    assert failed.status_code == 500
    assert failed.json()["error"]["type"] == "server_error" and failed.json()["error"]["code"]

    assert [(e["path"], e["status"], e["seconds"], e["usage"]) for e in _job_log(fake_upstream)] == [
        ("/v1/videos/generations", "completed", 6.0, {"seconds": "6", "duration": 6.0}),
        ("/v1/videos/generations", "completed", 2.5, {"seconds": "2.5", "duration": 2.5}),
        ("/v1/videos/generations", "failed", 0.0, None),
    ]


def test_kling_lip_sync_submit_and_poll(fake_upstream: FakeUpstream) -> None:
    submit_url = f"{_root(fake_upstream)}/v1/videos/lip-sync"
    before_ms = int(time.time() * 1000)
    submitted = httpx.post(submit_url, json=_lipsync_body("hello there seconds=7.5 wait_s=0.5"),
                           headers=_bearer("kling-token"))  # fmt: skip
    assert submitted.status_code == 200
    doc = submitted.json()
    assert (doc["code"], doc["message"]) == (0, "SUCCEED") and doc["request_id"]
    task = doc["data"]
    assert task["task_status"] == "submitted" and task["updated_at"] == task["created_at"]
    assert before_ms - 1000 <= task["created_at"] <= time.time() * 1000

    task_url = f"{submit_url}/{task['task_id']}"
    seen, final = _poll(lambda: httpx.get(task_url, headers=_bearer("kling-token")).json(),
                        lambda d: d["data"]["task_status"], {"succeed", "failed"})  # fmt: skip
    _in_order(["submitted", *seen], ["submitted", "processing", "succeed"])
    assert final["code"] == 0 and final["data"]["updated_at"] >= task["created_at"] + 500
    [video] = final["data"]["task_result"]["videos"]
    assert video["duration"] == "7.5"
    assert len(httpx.get(video["url"]).content) == int(7.5 * VIDEO_BYTES_PER_SECOND)

    other = httpx.get(task_url, headers=_bearer("someone-else"))
    assert other.status_code == 404 and other.json()["code"] != 0
    assert httpx.post(submit_url, json=_lipsync_body("no key")).status_code == 401

    failing = httpx.post(submit_url, json=_lipsync_body("fail, please wait_s=0.2"),
                         headers=_bearer("kling-token"))  # fmt: skip
    failing_url = f"{submit_url}/{failing.json()['data']['task_id']}"
    _, failed = _poll(lambda: httpx.get(failing_url, headers=_bearer("kling-token")).json(),
                      lambda d: d["data"]["task_status"], {"succeed", "failed"})  # fmt: skip
    assert failed["data"]["task_status"] == "failed" and failed["data"]["task_status_msg"]
    assert "task_result" not in failed["data"]

    listed = httpx.get(submit_url, headers=_bearer("kling-token")).json()["data"]
    assert [t["task_id"] for t in listed] == [failing.json()["data"]["task_id"], task["task_id"]]
    assert [(e["dialect"], e["kind"], e["status"], e["seconds"], e["usage"], e["credential"])
            for e in _job_log(fake_upstream)] == [
        ("kling", "lipsync", "completed", 7.5, {"duration": "7.5"}, "kling-token"),
        ("kling", "lipsync", "failed", 0.0, None, "kling-token"),
    ]  # fmt: skip


def test_sync_so_generate_and_poll(fake_upstream: FakeUpstream) -> None:
    url = f"{_root(fake_upstream)}/v2/generate"
    body = {
        "model": "lipsync-2",
        "input": [{"type": "video", "url": "https://cdn.example/v.mp4"},
                  {"type": "audio", "url": "https://cdn.example/a.wav"}],
        "options": {"sync_mode": "loop"}, "seconds": 9.98, "wait_s": 0.4,
    }  # fmt: skip
    created = httpx.post(url, json=body, headers={"x-api-key": "sync-key"})
    assert created.status_code == 201
    doc = created.json()
    assert (doc["status"], doc["model"], doc["input"], doc["options"]) == (
        "PENDING", "lipsync-2", body["input"], body["options"])  # fmt: skip
    assert doc["outputUrl"] is None and doc["outputDuration"] is None and doc["createdAt"].endswith("Z")

    generation_url = f"{url}/{doc['id']}"
    seen, final = _poll(lambda: httpx.get(generation_url, headers={"x-api-key": "sync-key"}).json(),
                        lambda d: d["status"], {"COMPLETED", "FAILED"})  # fmt: skip
    _in_order(["PENDING", *seen], ["PENDING", "PROCESSING", "COMPLETED"])
    assert final["outputDuration"] == 9.98 and final["error"] is None
    assert len(httpx.get(final["outputUrl"]).content) == int(9.98 * VIDEO_BYTES_PER_SECOND)

    assert httpx.get(generation_url, headers={"x-api-key": "another-key"}).status_code == 404
    assert httpx.get(generation_url, headers=_bearer("sync-key")).status_code == 401

    failing = httpx.post(url, json={**body, "options": {"note": "fail"}, "wait_s": 0.2},
                         headers={"x-api-key": "sync-key"})  # fmt: skip
    failing_url = f"{url}/{failing.json()['id']}"
    _, failed = _poll(lambda: httpx.get(failing_url, headers={"x-api-key": "sync-key"}).json(),
                      lambda d: d["status"], {"COMPLETED", "FAILED"})  # fmt: skip
    assert failed["status"] == "FAILED" and failed["error"] and failed["outputUrl"] is None
    assert [(e["dialect"], e["status"], e["seconds"], e["usage"], e["credential"])
            for e in _job_log(fake_upstream)] == [
        ("sync", "completed", 9.98, {"outputDuration": 9.98}, "sync-key"),
        ("sync", "failed", 0.0, None, "sync-key"),
    ]  # fmt: skip


def test_job_settings_and_listing_over_http(fake_upstream: FakeUpstream) -> None:
    root = _root(fake_upstream)
    assert httpx.post(f"{root}/_fake/jobs", json={"job_seconds": -1}).status_code == 400
    settings = httpx.post(f"{root}/_fake/jobs", json={"job_seconds": 0.25, "sync_job_seconds": 0.05}).json()
    assert (settings["job_seconds"], settings["sync_job_seconds"]) == (0.25, 0.05)
    assert (fake_upstream.state.job_seconds, fake_upstream.state.sync_job_seconds) == (0.25, 0.05)

    video = _client(fake_upstream).videos.create(prompt="timed by the fake-wide setting")
    [listed] = httpx.get(f"{root}/_fake/jobs").json()["jobs"]
    assert (listed["id"], listed["run_s"], listed["credential"], listed["kind"]) == (
        video.id, 0.25, "sk-alice", "video")  # fmt: skip

    httpx.delete(f"{root}/_fake/log").raise_for_status()
    assert fake_upstream.state.jobs == {} and httpx.get(f"{root}/_fake/jobs").json()["jobs"] == []
