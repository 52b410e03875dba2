"""docs/asyncapi.json is what FastStream generates from Tallygate's declarations today
(`make asyncapi`), and it names every subject with its message model."""

from __future__ import annotations

import json
from pathlib import Path

from tallygate.asyncapi import render
from tallygate_shared.events import AUDIT_SUBJECT, USAGE_SUBJECT, USAGE_SUBJECT_PREFIX

DOC = Path(__file__).resolve().parents[2] / "docs" / "asyncapi.json"


def test_the_committed_document_is_current() -> None:
    assert DOC.read_text() == render(), "docs/asyncapi.json is stale: run `make asyncapi`"


def test_every_subject_with_its_model() -> None:
    doc = json.loads(render())
    subjects = {name: channel["address"] for name, channel in doc["channels"].items()}
    assert subjects == {
        "gateway: usage events": USAGE_SUBJECT,
        "usage-ingest": USAGE_SUBJECT_PREFIX + ">",
        "live-tail": USAGE_SUBJECT_PREFIX + ">",
        "admin-api: audit events": AUDIT_SUBJECT,
        "audit-ingest": AUDIT_SUBJECT,
    }
    schemas = doc["components"]["schemas"]
    assert {"UsageEvent", "AuditEvent"} <= set(schemas)
    assert "request_id" in schemas["UsageEvent"]["properties"]
    assert "entity_id" in schemas["AuditEvent"]["properties"]
    messages = doc["components"]["messages"]
    assert messages["audit-ingest:SubscribeMessage"]["payload"] == {"$ref": "#/components/schemas/AuditEvent"}
