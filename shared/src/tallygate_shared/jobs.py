"""Long-running jobs (video, lip-sync and other tasks): how an account declares its job API, and
the binding of a job to the account that took it, kept in the JOBS_BUCKET of NATS KV so that
every gateway, and a restarted one, sends each later call on the job to that account
(docs/operators.md, "Jobs")."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .fields import Money

JOBS_BUCKET = "tg_jobs"
# A binding outlives any job it is for: providers keep results for a day to a month, and a job
# still pending this long after its submit is ended as failed (JOB_TIMEOUT_S).
JOB_TTL_S = 7 * 24 * 3600.0

JobStatus = Literal["pending", "succeeded", "failed"]
# Which client API a job came through: the OpenAI-shaped Videos API, or a declared JobRoute at
# /v1/tasks/{task_type}. A synchronous task (one request that waits) has no binding.
JobKind = Literal["video", "task"]


class JobRoute(BaseModel):
    """How an account's upstream runs one task type as submit-and-poll jobs. Paths are appended
    to the account's base_url; fields are dotted paths into the JSON answers (`data.task_id`,
    `data.task_result.videos.0.duration`). Give `preset` alone for a known shape (JOB_PRESETS),
    or a preset and the fields that differ."""

    model_config = ConfigDict(extra="forbid")

    preset: str = ""
    submit_path: str = Field(pattern=r"^/\S*$")
    poll_path: str = Field(pattern=r"^/\S*\{id\}\S*$")
    id_field: str = Field(min_length=1)
    status_field: str = Field(min_length=1)
    succeeded: list[str] = Field(min_length=1)  # statuses that mean the job is done and good
    failed: list[str] = Field(min_length=1)  # statuses that mean it ended without a result
    units: Literal["job", "seconds"] = "job"  # what a finished job counts: itself, or its seconds
    seconds_field: str = ""  # where the seconds are in the final answer (units "seconds")
    auth: Literal["bearer", "x-api-key"] = "bearer"  # how the account's credential is sent
    model: str = Field(default="", max_length=200)  # priced as this when the body names no model

    @model_validator(mode="before")
    @classmethod
    def _from_preset(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("preset"):
            preset = JOB_PRESETS.get(data["preset"])
            if preset is None:
                raise ValueError(f"unknown preset {data['preset']!r}; known: {', '.join(JOB_PRESETS)}")
            return {**preset.model_dump(), **data}
        return data

    @model_validator(mode="after")
    def _seconds_need_a_field(self) -> JobRoute:
        if self.units == "seconds" and not self.seconds_field:
            raise ValueError("units 'seconds' needs seconds_field")
        return self


def _preset(**fields: Any) -> JobRoute:
    return JobRoute.model_validate(fields)


# The job APIs Tallygate knows by name (docs/operators.md lists them with their task types).
JOB_PRESETS: dict[str, JobRoute] = {
    # Kling's lip-sync: {"code":0,"data":{"task_id","task_status"}}, statuses submitted,
    # processing, succeed, failed; the video's duration (a string of seconds) in task_result.
    "kling_lipsync": _preset(
        submit_path="/v1/videos/lip-sync",
        poll_path="/v1/videos/lip-sync/{id}",
        id_field="data.task_id",
        status_field="data.task_status",
        succeeded=["succeed"],
        failed=["failed"],
        units="seconds",
        seconds_field="data.task_result.videos.0.duration",
        model="kling-lipsync",
    ),
    # sync.so's generations: {"id","status"}, statuses PENDING, PROCESSING, COMPLETED, FAILED,
    # REJECTED; outputDuration in seconds; the credential in x-api-key.
    "syncso_generate": _preset(
        submit_path="/v2/generate",
        poll_path="/v2/generate/{id}",
        id_field="id",
        status_field="status",
        succeeded=["COMPLETED"],
        failed=["FAILED", "REJECTED"],
        units="seconds",
        seconds_field="outputDuration",
        auth="x-api-key",
        model="lipsync-2",
    ),
}
# The task type each preset is for, where the CSV import names presets alone.
PRESET_TASK_TYPES = {"kling_lipsync": "lipsync", "syncso_generate": "lipsync"}


def field_at(doc: Any, path: str) -> Any:
    """The value at a dotted path (`data.task_result.videos.0.duration`), or None."""
    for part in path.split("."):
        if isinstance(doc, dict):
            doc = doc.get(part)
        elif isinstance(doc, list) and part.isdigit() and int(part) < len(doc):
            doc = doc[int(part)]
        else:
            return None
    return doc


class JobBinding(BaseModel):
    """A job and the account that took it, with what its usage row needs when it ends."""

    model_config = ConfigDict(extra="ignore")

    job_id: str  # the upstream's id, which the client uses as it is
    kind: JobKind
    task_type: str
    request_id: str  # the job's one usage row
    key_id: str
    user_id: str = ""
    account_id: str
    provider: str = ""
    endpoint: str  # the gateway path the job was submitted on
    model: str = ""
    upstream_model: str = ""
    size: str = ""  # the resolution asked for, where prices differ by it
    submitted_at: datetime
    status_code: int = 200  # what the client got for the submit
    attempts: int = 1
    rate_multiplier: Money = Decimal(1)  # the key's and its owner's at the submit: billed = cost x this
    client_ip: str = ""
    user_agent: str = ""
    status: JobStatus = "pending"
    units: int = 0
    ended_at: datetime | None = None
    checked_at: datetime | None = None  # the last poll that reached the upstream
    # The last answer about the job (the Videos API's video object), for GET /v1/videos.
    last_answer: dict[str, Any] | None = None


_KEY_SAFE = re.compile(r"[A-Za-z0-9_-]")


def job_key(kind: JobKind, task_type: str, job_id: str) -> str:
    """The binding's KV key: other characters of the id as =XX (each UTF-8 byte)."""
    safe = "".join(c if _KEY_SAFE.fullmatch(c) else "".join(f"={b:02X}" for b in c.encode()) for c in job_id)
    return f"{kind}.{task_type}.{safe}"
