"""Settings (/api/settings) and the audit log (/api/audit), admins only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, status
from pydantic import ValidationError

from tallygate_admin.deps import Admin, Services
from tallygate_admin.errors import ApiError, invalid
from tallygate_admin.live import counters_meta
from tallygate_admin.schemas import AuditEntry, Page, SettingsPatch, SettingsPublic
from tallygate_shared.config import SETTINGS_KEY, RuntimeSettings

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api", tags=["settings"])


def _current(svc: Services) -> tuple[RuntimeSettings, int]:
    found = svc.runtime_settings.find(SETTINGS_KEY)
    if found is None:  # none saved yet: the environment's values
        s = svc.settings
        return RuntimeSettings.load(None, timezone=s.timezone, max_body_bytes=s.max_body_bytes), 0
    return found


def _public(svc: Services, settings: RuntimeSettings, revision: int) -> SettingsPublic:
    meta = counters_meta(svc.counters)
    return SettingsPublic(
        **settings.model_dump(),
        revision=revision,
        effective_timezone=svc.dashboards.tz.key,
        rebuild=meta.rebuild if meta is not None else None,
    )


@router.get("/settings")
async def get_settings(svc: Services, _: Admin) -> SettingsPublic:
    return _public(svc, *_current(svc))


@router.patch("/settings")
async def patch_settings(
    body: SettingsPatch,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> SettingsPublic:
    current, revision = _current(svc)
    try:
        changed = body.applied_to(current)
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
