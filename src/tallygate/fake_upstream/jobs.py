"""The fake's long-running jobs: OpenAI's Videos API (create, poll, download, list, delete, remix), the
synchronous video route OpenAI-compatible relays serve, and two lip-sync APIs of another shape, Kling's
and sync.so's, each in its provider's wire format, so that a gateway's metering of seconds of video can
be checked against what the provider did.

A job runs on the wall clock from its submit: queued for the first fifth of its run, then in progress
(its progress rising), then completed or failed. Conventions for the tests and the demo:

- Run time: `state.job_seconds` (2 s; POST /_fake/jobs {"job_seconds": x} sets it) unless the request
  has a field `wait_s` (JSON or multipart, beside the provider's own fields) or `wait_s=<x>` in one of
  its texts (the prompt, Kling's input.text, a URL...). The synchronous route answers after
  `state.sync_job_seconds` (0.2 s) unless told the same way.
- Failure: "fail" (any case) in one of its texts makes a job end failed (OpenAI `error {code, message}`,
  Kling `task_status_msg`, sync.so `error` and `errorCode`); the synchronous route then answers 500.
- Length of the clip: OpenAI's `seconds` ("4", "8" or "12"); the synchronous route's `seconds` or
  `duration` (up to 60, 4 if absent); a lip-sync job's field `seconds` or `seconds=<x>` in a text, else 5.
- Credentials: Kling and OpenAI take the Bearer token, sync.so the x-api-key header; a job belongs to
  the credential that submitted it, and any other is told 404, as a real provider does.
- Scripts (POST /_fake/script) act on submits, never on polls: error answers the status at once, stall
  delays the answer, break cuts the connection once the job is accepted (it runs all the same),
  garbage answers 200 with HTML and starts nothing.
- Logging: a job is logged once, when it ends (before any poll can see it ended), in `state.log`
  (GET /_fake/log): dialect ("openai", "kling", "sync"), path of its submit, model, stream false, usage
  (the duration fields of the provider's answer, None unless completed), job_id, kind ("video" or
  "lipsync"), status ("completed", "failed", or "cancelled" when deleted before its end), seconds of
  video made (0 unless completed), units (1 or 0), credential, and broken when its submit was cut.
  `state.jobs` (GET /_fake/jobs) holds every job by id.
- Outputs are deterministic bytes whose size follows the clip's length (VIDEO_BYTES_PER_SECOND...);
  the URLs of Kling's, sync.so's and the synchronous route's results point at /_fake/media/{id}.mp4."""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from tallygate.fake_upstream.state import FakeState, apply_script, cut_connection, json_response, read_json

VIDEO_SECONDS = ("4", "8", "12")
VIDEO_SIZES = ("720x1280", "1280x720", "1024x1792", "1792x1024")
SYNC_ROUTE_SECONDS = 4.0
SYNC_ROUTE_MAX_SECONDS = 60.0
LIPSYNC_SECONDS = 5.0
MAX_WAIT_S = 600.0
# Sizes of the assets: the video grows with its length, the spritesheet has a frame per second begun.
VIDEO_BYTES_PER_SECOND = 10_000
FRAME_BYTES = 1_000
THUMBNAIL_BYTES = 2_000
# OpenAI's assets can be downloaded for an hour after the video is done.
EXPIRES_AFTER_S = 3600
QUEUED_PART = 0.2
FAIL_MESSAGE = "The video could not be generated (the request asked the fake to fail)."
_WAIT = re.compile(r"wait_s=(\d+(?:\.\d+)?)")
_SECONDS = re.compile(r"seconds=(\d+(?:\.\d+)?)")
_ASSETS = {
    "video": (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", "video/mp4"),
    "thumbnail": (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    "spritesheet": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg"),
}
_KLING_CODES = {400: 1201, 401: 1000, 403: 1103, 404: 1203, 429: 1302, 500: 5000, 503: 5001, 504: 5002}
# What Kling's submit answers of the task; polls add its result or failure.
_KLING_SUBMITTED = ("task_id", "task_status", "task_info", "created_at", "updated_at")
_REASONS = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests"}


@dataclass
class Job:
    """One submitted job: its stage follows from the wall clock; `ended` is set once, when logged."""

    id: str
    kind: str  # the gateway's task kinds: "video" or "lipsync"
    dialect: str
    path: str
    credential: str
    model: str
    seconds: float
    run_s: float
    fails: bool
    reported: dict[str, Any]  # the duration fields its answer carries once completed
    prompt: str | None = None
    size: str = VIDEO_SIZES[0]
    remixed_from: str | None = None
    reference_bytes: int = 0
    request: dict[str, Any] = field(default_factory=dict)
    output_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created_at: float = field(default_factory=time.time)
    started: float = field(default_factory=time.monotonic)
    broken: bool = False
    ended: str | None = None

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def ms(self, at_part: float) -> int:
        """Unix milliseconds at that part of its run (0: submitted, 1: ended)."""
        return int((self.created_at + at_part * self.run_s) * 1000)


def openai_error(
    status: int,
    message: str,
    headers: dict[str, str] | None = None,
    param: str | None = None,
    code: str | None = None,
) -> web.Response:
    kind = "invalid_request_error" if status < 500 else "server_error"
    kind = "rate_limit_error" if status == 429 else kind
    doc = {"message": message, "type": kind, "param": param, "code": code}
    return json_response({"error": doc}, status, headers)


def kling_error(
    status: int, message: str, headers: dict[str, str] | None = None, code: int | None = None
) -> web.Response:
    code = code or _KLING_CODES.get(status, 5000 if status >= 500 else 1200)
    return json_response({"code": code, "message": message, "request_id": str(uuid.uuid4())}, status, headers)


def sync_error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    reason = _REASONS.get(status, "Internal Server Error" if status >= 500 else "Error")
    return json_response({"statusCode": status, "message": message, "error": reason}, status, headers)


def asset(job_id: str, variant: str, seconds: float) -> tuple[bytes, str]:
    """A finished job's asset and its content type: the same bytes every time for the same job."""
    head, content_type = _ASSETS[variant]
    size = {
        "video": int(seconds * VIDEO_BYTES_PER_SECOND),
        "thumbnail": THUMBNAIL_BYTES,
        "spritesheet": FRAME_BYTES * math.ceil(seconds),
    }[variant]
    seed = hashlib.sha256(f"{job_id}:{variant}".encode()).digest()
    return (head + seed * (size // len(seed) + 1))[:size], content_type


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _fails(fields: dict[str, Any]) -> bool:
    return any("fail" in text.lower() for text in _texts(fields))


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _told(fields: dict[str, Any], name: str, pattern: re.Pattern[str]) -> Any:
    """A fake-only setting: the field itself, else `name=<x>` in one of the request's texts."""
    if name in fields:
        return fields[name]
    for text in _texts(fields):
        if found := pattern.search(text):
            return found.group(1)
    return None


def _wait(fields: dict[str, Any], default: float) -> float | None:
    told = _told(fields, "wait_s", _WAIT)
    wait = default if told is None else _number(told)
    return wait if wait is not None and 0 <= wait <= MAX_WAIT_S else None


def _lipsync_seconds(fields: dict[str, Any], digits: int) -> float | None:
    told = _told(fields, "seconds", _SECONDS)
    seconds = LIPSYNC_SECONDS if told is None else _number(told)
    return round(seconds, digits) if seconds is not None and seconds > 0 else None


def _seconds_text(seconds: float) -> str:
    return f"{seconds:g}"


async def _fields(request: web.Request) -> tuple[dict[str, Any], int] | None:
    """A submit's fields from its JSON or multipart body, and the bytes of the files it uploaded."""
    if not request.content_type.startswith("multipart/"):
        body = await read_json(request)
        return None if body is None else (body, 0)
    fields: dict[str, Any] = {}
    uploaded = 0
    for name, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            uploaded += len(value.file.read())
        else:
            fields[name] = value.decode() if isinstance(value, bytes) else value
    return fields, uploaded


def _bearer(request: web.Request) -> str:
    auth = request.headers.get("Authorization", "")
    return auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else ""


def _media_url(request: web.Request, job: Job) -> str:
    return f"{request.scheme}://{request.host}/_fake/media/{job.id}.mp4"


def _garbage() -> web.Response:
    return web.Response(status=200, text="<html>upstream proxy error</html>", content_type="text/html")


class JobsFake:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    def routes(self) -> list[web.RouteDef]:
        # Registered before /v1/videos/{video_id}, which would otherwise take their paths.
        return [
            web.post("/v1/videos/generations", self.generate_video),
            # The synchronous lip-sync route some relays serve: the same waiting answer.
            web.post("/v1/lipsync/generations", self.generate_video),
            web.post("/v1/videos/lip-sync", self.kling_submit),
            web.get("/v1/videos/lip-sync", self.kling_list),
            web.get("/v1/videos/lip-sync/{task_id}", self.kling_task),
            web.post("/v1/videos", self.create_video),
            web.get("/v1/videos", self.list_videos),
            web.get("/v1/videos/{video_id}", self.retrieve_video),
            web.delete("/v1/videos/{video_id}", self.delete_video),
            web.get("/v1/videos/{video_id}/content", self.video_content),
            web.post("/v1/videos/{video_id}/remix", self.remix_video),
            web.post("/v2/generate", self.sync_submit),
            web.get("/v2/generate/{generation_id}", self.sync_generation),
            web.get("/_fake/media/{name}", self.media),
            web.get("/_fake/jobs", self.get_jobs),
            web.post("/_fake/jobs", self.set_jobs),
        ]

    # The life of a job, whatever its API.

    def _start(self, job: Job) -> Job:
        self.state.jobs[job.id] = job
        # Its end is logged when it comes, polled or not, as a provider bills work nobody fetched.
        asyncio.get_running_loop().call_later(job.run_s, self._settle, job)
        return job

    def _settle(self, job: Job, status: str | None = None) -> None:
        if job.ended is not None or self.state.jobs.get(job.id) is not job:
            return
        job.ended = status or ("failed" if job.fails else "completed")
        done = job.ended == "completed"
        self.state.record(
            job.dialect, job.path, job.model, False, job.reported if done else None,
            job_id=job.id, kind=job.kind, status=job.ended, seconds=job.seconds if done else 0.0,
            units=int(done), credential=job.credential, **({"broken": True} if job.broken else {}),
        )  # fmt: skip

    def _stage(self, job: Job) -> str:
        """queued, running or ended; a job whose time is up is settled first, so that whoever sees
        it ended finds it logged."""
        if job.ended is None and job.elapsed() >= job.run_s:
            self._settle(job)
        if job.ended is not None:
            return "ended"
        return "queued" if job.elapsed() < QUEUED_PART * job.run_s else "running"

    def _progress(self, job: Job, stage: str) -> int:
        if stage == "running":
            return min(99, int(100 * job.elapsed() / job.run_s))
        return 100 if job.ended == "completed" else 0

    def _owned(self, job_id: str, credential: str, dialect: str) -> Job | None:
        job = self.state.jobs.get(job_id)
        found = isinstance(job, Job) and job.dialect == dialect and job.credential == credential
        return job if found else None

    def _jobs(self, dialect: str, credential: str) -> list[Job]:
        """The credential's jobs of one API, in the order of their submits."""
        return [j for j in self.state.jobs.values()
                if isinstance(j, Job) and j.dialect == dialect and j.credential == credential]  # fmt: skip

    # OpenAI's Videos API.

    def _video(self, job: Job, stage: str) -> dict[str, Any]:
        status = {"queued": "queued", "running": "in_progress"}.get(stage) or str(job.ended)
        done_at = int(job.created_at + job.run_s) if job.ended == "completed" else None
        failure = {"code": "video_generation_failed", "message": FAIL_MESSAGE}
        return {
            "id": job.id, "object": "video", "created_at": int(job.created_at), "status": status,
            "completed_at": done_at, "error": failure if job.ended == "failed" else None,
            "expires_at": done_at + EXPIRES_AFTER_S if done_at is not None else None,
            "model": job.model, "progress": self._progress(job, stage), "prompt": job.prompt,
            "remixed_from_video_id": job.remixed_from, "seconds": _seconds_text(job.seconds),
            "size": job.size,
        }  # fmt: skip

    def _own_video(self, request: web.Request) -> Job | web.Response:
        credential = _bearer(request)
        if not credential:
            return openai_error(401, "You didn't provide an API key.")
        video_id = request.match_info["video_id"]
        job = self._owned(video_id, credential, "openai")
        if job is None:
            return openai_error(404, f"Video with id '{video_id}' not found.", param="video_id",
                                code="video_not_found")  # fmt: skip
        return job

    async def create_video(self, request: web.Request) -> web.Response:
        credential = _bearer(request)
        if not credential:
            return openai_error(401, "You didn't provide an API key.")
        parsed = await _fields(request)
        if parsed is None:
            return openai_error(400, "We could not parse the JSON body of your request.")
        fields, uploaded = parsed
        prompt = fields.get("prompt")
        if not isinstance(prompt, str) or not prompt:
            return openai_error(400, "Missing required parameter: 'prompt'.", param="prompt",
                                code="missing_required_parameter")  # fmt: skip
        number = _number(fields.get("seconds", VIDEO_SECONDS[0]))
        seconds = _seconds_text(number) if number is not None else ""
        if seconds not in VIDEO_SECONDS:
            return openai_error(400, f"Invalid value: '{fields.get('seconds')}'. Supported values are: "
                                "'4', '8', and '12'.", param="seconds", code="invalid_value")  # fmt: skip
        size = str(fields.get("size") or VIDEO_SIZES[0])
        if size not in VIDEO_SIZES:
            return openai_error(400, f"Invalid value: '{size}'. Supported values are: "
                                f"{', '.join(VIDEO_SIZES)}.", param="size", code="invalid_value")  # fmt: skip
        wait = _wait(fields, self.state.job_seconds)
        if wait is None:
            return openai_error(400, "Invalid 'wait_s'.", param="wait_s", code="invalid_value")
        script, failure = await apply_script(self.state, openai_error)
        if failure is not None:
            return failure
        if script.mode == "garbage":
            return _garbage()
        job = self._start(Job(
            id=f"video_{uuid.uuid4().hex}", kind="video", dialect="openai", path=request.path,
            credential=credential, model=str(fields.get("model") or "sora-2"), seconds=float(seconds),
            run_s=wait, fails=_fails(fields), reported={"seconds": seconds}, prompt=prompt, size=size,
            reference_bytes=uploaded, broken=script.mode == "break",
        ))  # fmt: skip
        if job.broken:
            cut_connection(request)
            return web.Response()
        return json_response(self._video(job, "queued"))

    async def retrieve_video(self, request: web.Request) -> web.Response:
        job = self._own_video(request)
        if isinstance(job, web.Response):
            return job
        stage = self._stage(job)
        # The SDK's poll helper waits as long as this says (1 s without it).
        headers = None if stage == "ended" else {"openai-poll-after-ms": str(max(50, int(job.run_s * 100)))}
        return json_response(self._video(job, stage), headers=headers)

    async def video_content(self, request: web.Request) -> web.Response:
        job = self._own_video(request)
        if isinstance(job, web.Response):
            return job
        variant = request.query.get("variant", "video")
        if variant not in _ASSETS:
            return openai_error(400, f"Invalid value: '{variant}'. Supported values are: 'video', "
                                "'thumbnail', and 'spritesheet'.", param="variant",
                                code="invalid_value")  # fmt: skip
        stage = self._stage(job)
        if job.ended != "completed":
            status = {"queued": "queued", "running": "in_progress"}.get(stage) or str(job.ended)
            return openai_error(404, f"Video '{job.id}' has no content: its status is '{status}'.",
                                code="video_not_ready")  # fmt: skip
        body, content_type = asset(job.id, variant, job.seconds)
        return web.Response(body=body, content_type=content_type)

    async def list_videos(self, request: web.Request) -> web.Response:
        credential = _bearer(request)
        if not credential:
            return openai_error(401, "You didn't provide an API key.")
        order = request.query.get("order", "desc")
        limit = _number(request.query.get("limit", 20))
        if order not in ("asc", "desc"):
            return openai_error(400, f"Invalid value: '{order}'.", param="order", code="invalid_value")
        if limit is None or not limit.is_integer() or not 1 <= limit <= 100:
            return openai_error(400, "Invalid 'limit': integer between 1 and 100 expected.", param="limit",
                                code="invalid_value")  # fmt: skip
        jobs = self._jobs("openai", credential)
        if order == "desc":
            jobs.reverse()
        after = request.query.get("after")
        if after is not None:
            ids = [j.id for j in jobs]
            if after not in ids:
                return openai_error(404, f"Video with id '{after}' not found.", param="after",
                                    code="video_not_found")  # fmt: skip
            jobs = jobs[ids.index(after) + 1 :]
        page = jobs[: int(limit)]
        return json_response({
            "object": "list", "data": [self._video(j, self._stage(j)) for j in page],
            "first_id": page[0].id if page else None, "last_id": page[-1].id if page else None,
            "has_more": len(jobs) > len(page),
        })  # fmt: skip

    async def delete_video(self, request: web.Request) -> web.Response:
        job = self._own_video(request)
        if isinstance(job, web.Response):
            return job
        if self._stage(job) != "ended":
            self._settle(job, "cancelled")
        del self.state.jobs[job.id]
        return json_response({"id": job.id, "object": "video.deleted", "deleted": True})

    async def remix_video(self, request: web.Request) -> web.Response:
        source = self._own_video(request)
        if isinstance(source, web.Response):
            return source
        body = await read_json(request)
        if body is None or not isinstance(body.get("prompt"), str) or not body["prompt"]:
            return openai_error(400, "Missing required parameter: 'prompt'.", param="prompt",
                                code="missing_required_parameter")  # fmt: skip
        if self._stage(source) != "ended" or source.ended != "completed":
            return openai_error(400, f"Video '{source.id}' is not completed; only completed videos can "
                                "be remixed.", param="video_id", code="invalid_video")  # fmt: skip
        wait = _wait(body, self.state.job_seconds)
        if wait is None:
            return openai_error(400, "Invalid 'wait_s'.", param="wait_s", code="invalid_value")
        script, failure = await apply_script(self.state, openai_error)
        if failure is not None:
            return failure
        if script.mode == "garbage":
            return _garbage()
        job = self._start(Job(
            id=f"video_{uuid.uuid4().hex}", kind="video", dialect="openai", path=request.path,
            credential=source.credential, model=source.model, seconds=source.seconds, run_s=wait,
            fails=_fails(body), reported=dict(source.reported), prompt=body["prompt"], size=source.size,
            remixed_from=source.id, broken=script.mode == "break",
        ))  # fmt: skip
        if job.broken:
            cut_connection(request)
            return web.Response()
        return json_response(self._video(job, "queued"))

    async def generate_video(self, request: web.Request) -> web.Response:
        """The synchronous route: the answer comes when the video is done."""
        credential = _bearer(request)
        if not credential:
            return openai_error(401, "You didn't provide an API key.")
        body = await read_json(request)
        if body is None or not isinstance(body.get("prompt"), str) or not body["prompt"]:
            return openai_error(400, "Missing required parameter: 'prompt'.", param="prompt",
                                code="missing_required_parameter")  # fmt: skip
        told = body.get("seconds", body.get("duration", SYNC_ROUTE_SECONDS))
        seconds = _number(told)
        if seconds is None or not 0 < seconds <= SYNC_ROUTE_MAX_SECONDS:
            return openai_error(400, f"Invalid 'seconds': {told!r}.", param="seconds", code="invalid_value")
        wait = _wait(body, self.state.sync_job_seconds)
        if wait is None:
            return openai_error(400, "Invalid 'wait_s'.", param="wait_s", code="invalid_value")
        script, failure = await apply_script(self.state, openai_error)
        if failure is not None:
            return failure
        if script.mode == "garbage":
            return _garbage()
        text = _seconds_text(seconds)
        job = self._start(Job(
            id=f"video_{uuid.uuid4().hex}", kind="video", dialect="openai", path=request.path,
            credential=credential, model=str(body.get("model") or "sora-2"), seconds=seconds, run_s=wait,
            fails=_fails(body), reported={"seconds": text, "duration": seconds}, prompt=body["prompt"],
            size=str(body.get("size") or VIDEO_SIZES[0]), broken=script.mode == "break",
        ))  # fmt: skip
        await asyncio.sleep(wait)
        self._settle(job)
        if job.broken:
            cut_connection(request)
            return web.Response()
        if job.ended == "failed":
            return openai_error(500, FAIL_MESSAGE, code="video_generation_failed")
        return json_response({
            **self._video(job, "ended"), "duration": seconds, "url": _media_url(request, job),
        })  # fmt: skip

    # Kling's lip-sync: a code/message/data envelope, task_status submitted → processing → succeed.

    def _kling_task(self, request: web.Request, job: Job, stage: str) -> dict[str, Any]:
        status = {"queued": "submitted", "running": "processing"}.get(stage)
        status = status or ("succeed" if job.ended == "completed" else "failed")
        source = job.request.get("input") or {}
        duration = f"{job.seconds:.1f}"
        data: dict[str, Any] = {
            "task_id": job.id, "task_status": status,
            "task_info": {"parent_video": {"id": str(source.get("video_id") or ""),
                                           "url": str(source.get("video_url") or ""), "duration": duration}},
            "created_at": job.ms(0),
            "updated_at": job.ms({"submitted": 0, "processing": QUEUED_PART}.get(status, 1)),
        }  # fmt: skip
        if status == "failed":
            data["task_status_msg"] = FAIL_MESSAGE
        if status == "succeed":
            video = {"id": job.output_id, "url": _media_url(request, job), "duration": duration}
            data["task_result"] = {"videos": [video]}
        return data

    @staticmethod
    def _kling(data: Any) -> web.Response:
        return json_response({"code": 0, "message": "SUCCEED", "request_id": str(uuid.uuid4()), "data": data})

    async def kling_submit(self, request: web.Request) -> web.Response:
        credential = _bearer(request)
        if not credential:
            return kling_error(401, "Authorization is empty", code=1001)
        body = await read_json(request)
        source = body.get("input") if body is not None else None
        if body is None or not isinstance(source, dict):
            return kling_error(400, "Invalid parameters: input is required")
        if not (source.get("video_id") or source.get("video_url")):
            return kling_error(400, "Invalid parameters: input.video_id or input.video_url is required")
        if source.get("mode") not in ("text2video", "audio2video"):
            return kling_error(400, "Invalid parameters: input.mode must be text2video or audio2video")
        seconds = _lipsync_seconds(body, 1)
        wait = _wait(body, self.state.job_seconds)
        if seconds is None or wait is None:
            return kling_error(400, "Invalid parameters: seconds or wait_s")
        script, failure = await apply_script(self.state, kling_error)
        if failure is not None:
            return failure
        if script.mode == "garbage":
            return _garbage()
        job = self._start(Job(
            id=str(uuid.uuid4().int % 10**18), kind="lipsync", dialect="kling", path=request.path,
            credential=credential, model="kling-lip-sync", seconds=seconds, run_s=wait, fails=_fails(body),
            reported={"duration": f"{seconds:.1f}"}, request=body, broken=script.mode == "break",
        ))  # fmt: skip
        if job.broken:
            cut_connection(request)
            return web.Response()
        task = self._kling_task(request, job, "queued")
        return self._kling({name: task[name] for name in _KLING_SUBMITTED})

    async def kling_task(self, request: web.Request) -> web.Response:
        credential = _bearer(request)
        if not credential:
            return kling_error(401, "Authorization is empty", code=1001)
        job = self._owned(request.match_info["task_id"], credential, "kling")
        if job is None:
            return kling_error(404, "The requested task does not exist")
        return self._kling(self._kling_task(request, job, self._stage(job)))

    async def kling_list(self, request: web.Request) -> web.Response:
        credential = _bearer(request)
        if not credential:
            return kling_error(401, "Authorization is empty", code=1001)
        page, size = _number(request.query.get("pageNum", 1)), _number(request.query.get("pageSize", 30))
        if page is None or size is None or page < 1 or not 1 <= size <= 500:
            return kling_error(400, "Invalid parameters: pageNum or pageSize")
        jobs = self._jobs("kling", credential)
        start = int(page - 1) * int(size)
        shown = list(reversed(jobs))[start : start + int(size)]
        return self._kling([self._kling_task(request, j, self._stage(j)) for j in shown])

    # sync.so: one generation document, status PENDING → PROCESSING → COMPLETED or FAILED.

    def _generation(self, request: web.Request, job: Job, stage: str) -> dict[str, Any]:
        status = {"queued": "PENDING", "running": "PROCESSING"}.get(stage)
        status = status or ("COMPLETED" if job.ended == "completed" else "FAILED")
        created = datetime.fromtimestamp(job.created_at, UTC).isoformat(timespec="milliseconds")
        done, failed = status == "COMPLETED", status == "FAILED"
        return {
            "id": job.id, "createdAt": created.replace("+00:00", "Z"), "status": status, "model": job.model,
            "input": job.request.get("input"), "webhookUrl": job.request.get("webhookUrl"),
            "options": job.request.get("options") or {},
            "outputUrl": _media_url(request, job) if done else None,
            "outputDuration": job.seconds if done else None,
            "error": FAIL_MESSAGE if failed else None, "errorCode": "generation_failed" if failed else None,
        }  # fmt: skip

    async def sync_submit(self, request: web.Request) -> web.Response:
        credential = request.headers.get("x-api-key", "")
        if not credential:
            return sync_error(401, "Unauthorized")
        body = await read_json(request)
        items = body.get("input") if body is not None else None
        if body is None or not isinstance(body.get("model"), str) or not isinstance(items, list):
            return sync_error(400, "model and input are required")
        if not any(isinstance(i, dict) and i.get("type") == "video" for i in items):
            return sync_error(400, "input must include a video")
        seconds = _lipsync_seconds(body, 3)
        wait = _wait(body, self.state.job_seconds)
        if seconds is None or wait is None:
            return sync_error(400, "seconds and wait_s must be numbers")
        script, failure = await apply_script(self.state, sync_error)
        if failure is not None:
            return failure
        if script.mode == "garbage":
            return _garbage()
        job = self._start(Job(
            id=str(uuid.uuid4()), kind="lipsync", dialect="sync", path=request.path, credential=credential,
            model=body["model"], seconds=seconds, run_s=wait, fails=_fails(body),
            reported={"outputDuration": seconds}, request=body, broken=script.mode == "break",
        ))  # fmt: skip
        if job.broken:
            cut_connection(request)
            return web.Response()
        return json_response(self._generation(request, job, "queued"), status=201)

    async def sync_generation(self, request: web.Request) -> web.Response:
        credential = request.headers.get("x-api-key", "")
        if not credential:
            return sync_error(401, "Unauthorized")
        job = self._owned(request.match_info["generation_id"], credential, "sync")
        if job is None:
            return sync_error(404, "Generation not found")
        return json_response(self._generation(request, job, self._stage(job)))

    # The fake's own: results' URLs, and its jobs.

    async def media(self, request: web.Request) -> web.Response:
        job = self.state.jobs.get(request.match_info["name"].removesuffix(".mp4"))
        if not isinstance(job, Job) or self._stage(job) != "ended" or job.ended != "completed":
            return web.Response(status=404, text="not found")
        body, content_type = asset(job.id, "video", job.seconds)
        return web.Response(body=body, content_type=content_type)

    async def get_jobs(self, request: web.Request) -> web.Response:
        return json_response({
            "jobs": list(self.state.jobs.values()), "job_seconds": self.state.job_seconds,
            "sync_job_seconds": self.state.sync_job_seconds,
        })  # fmt: skip

    async def set_jobs(self, request: web.Request) -> web.Response:
        body = await read_json(request) or {}
        settings = {name: _number(body[name]) for name in ("job_seconds", "sync_job_seconds") if name in body}
        if any(value is None or not 0 <= value <= MAX_WAIT_S for value in settings.values()):
            return json_response({"error": f"seconds from 0 to {MAX_WAIT_S:g} expected"}, 400)
        for name, value in settings.items():
            setattr(self.state, name, value)
        return await self.get_jobs(request)
