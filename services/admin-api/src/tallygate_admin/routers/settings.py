"""Settings (/api/settings) and the audit log (/api/audit), admins only."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Query, Request, status
from pydantic import ValidationError

from tallygate_admin.deps import Admin, Services
from tallygate_admin.errors import ApiError, invalid
from tallygate_admin.schemas import AuditEntry, Page
from tallygate_admin.settings_store import SETTINGS_KEY, RuntimeSettings, SettingsPublic

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api", tags=["settings"])


def _current(svc: Services) -> tuple[RuntimeSettings, int]:
    found = svc.runtime_settings.find(SETTINGS_KEY)
    if found is None:
        s = svc.settings
        return RuntimeSettings(timezone=s.timezone, max_body_bytes=s.max_body_bytes), 0
    return found


def _public(svc: Services, settings: RuntimeSettings, revision: int) -> SettingsPublic:
    return SettingsPublic(
        **settings.model_dump(), revision=revision, effective_timezone=svc.settings.timezone
    )


@router.get("/settings")
async def get_settings(svc: Services, _: Admin) -> SettingsPublic:
    return _public(svc, *_current(svc))


@router.patch("/settings")
async def patch_settings(
    body: Annotated[
        dict[str, Any],
        Body(description="A merge patch of RuntimeSettings: sections given replace their fields"),
    ],
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> SettingsPublic:
    current, revision = _current(svc)
    merged = current.model_dump()
    for section, value in body.items():
        if isinstance(value, dict) and isinstance(merged.get(section), dict):
            merged[section] = {**merged[section], **value}
        else:
            merged[section] = value
    try:
        changed = RuntimeSettings(**merged)
    except ValidationError as exc:
        raise invalid(exc) from exc
    expected = parse_if_match(if_match)
    with store_errors("settings"):
        new_revision = await svc.runtime_settings.put(
            SETTINGS_KEY, changed, expected if expected is not None else revision
        )
    await svc.audit.record(who, "update", "settings", SETTINGS_KEY, before=current, after=changed,
                           client_ip=client_ip(request))  # fmt: skip
    return _public(svc, changed, new_revision)


@router.get("/audit")
async def audit_log(
    svc: Services, _: Admin, limit: Annotated[int, Query(ge=1, le=1000)] = 100, cursor: str | None = None
) -> Page[AuditEntry]:
    """Every management write, newest first (cursor pagination)."""
    try:
        items, next_cursor = await svc.dashboards.audit(limit, cursor)
    except ValueError as exc:
        raise ApiError(status.HTTP_400_BAD_REQUEST, "invalid", "invalid cursor") from exc
    return Page[AuditEntry].model_validate({"items": items, "next_cursor": next_cursor})
