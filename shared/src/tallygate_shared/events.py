"""The usage event: one per metered request, published by the gateway, read by every consumer.

Names on the wire (stream, subjects, durables, buckets) are constants here, beside the model."""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

USAGE_STREAM = "TALLYGATE_USAGE"
USAGE_SUBJECT_PREFIX = "tallygate.usage."
USAGE_SUBJECT = USAGE_SUBJECT_PREFIX + "v1"
INGEST_DURABLE = "usage-ingest"

AUDIT_STREAM = "TALLYGATE_AUDIT"
AUDIT_SUBJECT = "tallygate.audit.v1"
AUDIT_DURABLE = "audit-ingest"

# A usage message carries one or more events, one compact JSON object per line (an event's JSON
# has no newline). Batching keeps every request exactly once: the batch's Nats-Msg-Id is made from its
# events' ids, and exactness still rests on (ts, request_id) in ClickHouse, not on the batch.
EVENTS_HEADER = "Tallygate-Events"
MAX_EVENTS_PER_MESSAGE = 64  # under load one ack covers many events; the ingest sizes pulls by it


def events_in(headers: dict[str, str] | None) -> int:
    """How many events a usage message says it carries (1 for a message without the header)."""
    value = (headers or {}).get(EVENTS_HEADER, "1")
    return int(value) if value.isdigit() and value != "0" else 1


def split_events(data: bytes) -> list[bytes]:
    return [line for line in data.split(b"\n") if line.strip()]


def message_id(request_id: str, job_status: str = "") -> str:
    """What tells an event from every other on the wire (Nats-Msg-Id): its request id, and for
    a job's two events, its status too."""
    return f"{request_id}.{job_status}" if job_status else request_id


def message_id_of(event_json: bytes) -> str:
    doc = orjson.loads(event_json)
    return message_id(str(doc["request_id"]), str(doc.get("job_status") or ""))


def batch_id(first_message_id: str, last_message_id: str, count: int) -> str:
    return first_message_id if count == 1 else f"{first_message_id}.{last_message_id}.{count}"


TASK_TYPE_PATTERN = r"^[a-z0-9_-]{1,32}$"
TaskType = Literal[
    "chat", "completion", "embedding", "response", "image", "video", "lipsync", "count_tokens", "other"
]


# Request ids need to be unique, not secret: a PRNG seeded from the OS spares the hot path two
# urandom system calls per request.
_ids = random.Random(os.urandom(32))
os.register_at_fork(after_in_child=lambda: _ids.seed(os.urandom(32)))  # forked twins differ


def new_request_id() -> str:
    """A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, 12 random bits, variant
    0b10, 62 random bits, so ids sort in the order the requests arrived. Formatted in one step
    (what str(uuid.UUID(...)) gives, at a tenth of the cost)."""
    ms = time.time_ns() // 1_000_000
    rand = _ids.getrandbits(74)
    return "%08x-%04x-7%03x-%04x-%012x" % (  # noqa: UP031 (printf-style is the fastest here)
        ms >> 16,
        ms & 0xFFFF,
        rand >> 62,
        0x8000 | (rand >> 48) & 0x3FFF,
        rand & 0xFFFF_FFFF_FFFF,
    )


class UsageEvent(BaseModel):
    """What one request cost, exactly as the provider reported it (docs/analysts.md)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    schema_version: int = SCHEMA_VERSION
    request_id: str
    api_key_id: str
    user_id: str = ""
    account_id: str = ""
    provider: str = ""
    endpoint: str
    # One of TaskType, or a task type an account declares for its jobs (docs/operators.md).
    task_type: str = Field(default="chat", pattern=TASK_TYPE_PATTERN)
    model: str = ""
    upstream_model: str = ""
    stream: bool = False
    status_code: int
    error_type: str = ""
    started_at: datetime
    ended_at: datetime
    duration_ms: int = 0
    ttft_ms: int | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    reasoning_tokens: int = 0
    units: int = 0  # images, seconds of video, jobs: what the task type counts
    usage_estimated: bool = False
    cost_usd: Decimal = Decimal(0)
    billed_cost_usd: Decimal = Decimal(0)
    price_version: str = ""
    attempts: int = Field(default=1, ge=0)
    client_ip: str = ""
    user_agent: str = ""
    gateway_instance: str = ""
    # A job (video, lip-sync, any long task) has two events under one request_id: "pending" at
    # its submit, then its end, "succeeded" or "failed" (docs/analysts.md, "Jobs"). Empty for
    # every other request.
    job_id: str = ""
    job_status: Literal["", "pending", "succeeded", "failed"] = ""

    @classmethod
    def from_trusted(cls, **fields: Any) -> UsageEvent:
        """An event from every field, each already of its type (the gateway's hot path).

        It is what model_construct makes, without model_construct's search through aliases and
        defaults field by field, which cost the gateway more than all the rest of pricing and
        recording a request. tests/unit/test_events.py holds it to the validated model."""
        event = cls.__new__(cls)
        object.__setattr__(event, "__dict__", fields)
        object.__setattr__(event, "__pydantic_fields_set__", set(fields))
        object.__setattr__(event, "__pydantic_extra__", None)
        object.__setattr__(event, "__pydantic_private__", None)
        return event

    @property
    def message_id(self) -> str:
        return message_id(self.request_id, self.job_status)

    def to_json(self) -> bytes:
        """The wire form, byte for byte what model_dump_json() gives (tests/unit/test_events.py)
        at less than half the cost: orjson writes the fields, Decimal as its string."""
        return orjson.dumps(self.__dict__, default=str, option=orjson.OPT_UTC_Z)


def utc_from_timestamp(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


class AuditEvent(BaseModel):
    """One management write: who changed what, before and after (secrets removed)."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = SCHEMA_VERSION
    id: str
    ts: datetime
    actor: str  # username, or "admin-token"
    actor_id: str = ""
    action: Literal["create", "update", "delete", "import", "bulk_update", "login", "reprice"]
    entity: str  # account, key, user, price, settings
    entity_id: str = ""
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    client_ip: str = ""
