"""Settings (/api/settings) and the audit log (/api/audit), admins only."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Header, HTTPException, Query, Request, status
from nats.js.errors import KeyNotFoundError, KeyWrongLastSequenceError
from pydantic import ValidationError

from tallygate_admin.deps import Admin, Services
from tallygate_admin.settings_store import SETTINGS_KEY, RuntimeSettings

from ._common import client_ip, parse_if_match

router = APIRouter(prefix="/api", tags=["settings"])


async def _current(svc: Services) -> tuple[RuntimeSettings, int]:
    try:
        entry = await svc.settings_kv.get(SETTINGS_KEY)
    except KeyNotFoundError:
        entry = None
    if entry is None or not entry.value:
        s = svc.settings
        return RuntimeSettings(timezone=s.timezone, max_body_bytes=s.max_body_bytes), 0
    return RuntimeSettings.model_validate_json(entry.value), entry.revision or 0


@router.get("/settings")
async def get_settings(svc: Services, _: Admin) -> dict[str, Any]:
    current, revision = await _current(svc)
    return {
        **current.model_dump(mode="json"),
        "revision": revision,
        "effective_timezone": svc.settings.timezone,
    }


@router.patch("/settings")
async def patch_settings(
    body: dict[str, Any],
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    current, revision = await _current(svc)
    merged = current.model_dump()
    for section, value in body.items():
        if isinstance(value, dict) and isinstance(merged.get(section), dict):
            merged[section] = {**merged[section], **value}
        else:
            merged[section] = value
    try:
        changed = RuntimeSettings(**merged)
    except ValidationError as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, exc.errors(include_url=False, include_context=False)
        ) from exc
    expected = parse_if_match(if_match)
    data = changed.model_dump_json().encode()
    try:
        if revision == 0 and expected in (None, 0):
            new_revision = await svc.settings_kv.create(SETTINGS_KEY, data)
        else:
            new_revision = await svc.settings_kv.update(
                SETTINGS_KEY, data, last=expected if expected is not None else revision
            )
    except KeyWrongLastSequenceError as exc:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "settings were changed meanwhile (stale revision)"
        ) from exc
    await svc.audit.record(who, "update", "settings", SETTINGS_KEY, before=current, after=changed,
                           client_ip=client_ip(request))  # fmt: skip
    return {
        **changed.model_dump(mode="json"),
        "revision": new_revision,
        "effective_timezone": svc.settings.timezone,
    }


def _cursor(ts: datetime, event_id: str) -> str:
    return base64.urlsafe_b64encode(f"{ts.isoformat()}|{event_id}".encode()).decode()


@router.get("/audit")
async def audit_log(
    svc: Services, _: Admin, limit: Annotated[int, Query(ge=1, le=1000)] = 100, cursor: str | None = None
) -> dict[str, Any]:
    """Every management write, newest first (cursor pagination)."""
    params: dict[str, Any] = {"limit": limit + 1}
    where = ""
    if cursor:
        try:
            ts, event_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|", 1)
            params |= {"cts": datetime.fromisoformat(ts), "cid": event_id}
        except ValueError as exc:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid cursor") from exc
        where = "WHERE (ts, id) < ({cts:DateTime64(3, 'UTC')}, {cid:String})"
    rows = await svc.dashboards.audit(where, params)
    more = len(rows) > limit
    rows = rows[:limit]
    items = [
        {
            "id": r["id"],
            "ts": r["ts"].isoformat(),
            "actor": r["actor"],
            "actor_id": r["actor_id"],
            "action": r["action"],
            "entity": r["entity"],
            "entity_id": r["entity_id"],
            "before": orjson.loads(r["before"]) if r["before"] else None,
            "after": orjson.loads(r["after"]) if r["after"] else None,
            "client_ip": r["client_ip"],
        }
        for r in rows
    ]
    return {"items": items, "next_cursor": _cursor(rows[-1]["ts"], rows[-1]["id"]) if more else None}
