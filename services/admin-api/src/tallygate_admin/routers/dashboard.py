"""Dashboard reads: /api/dashboard/overview, /api/usage/daily, /api/requests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status

from tallygate_admin.deps import Admin, Services
from tallygate_admin.queries import RequestFilter

router = APIRouter(prefix="/api", tags=["dashboards"])


@router.get("/dashboard/overview")
async def overview(svc: Services, _: Admin) -> dict[str, Any]:
    q = svc.dashboards
    today = q.today()
    now = datetime.now(UTC)
    accounts = [a for a, _rev in svc.accounts.list()]
    keys = [k for k, _rev in svc.keys.list()]
    used = await q.used_today()
    remaining: dict[str, int] = {}
    for account in accounts:
        if not account.enabled:
            continue
        for task, limit in account.daily_limits.items():
            left = max(limit - used.get((account.id, task), 0), 0)
            remaining[task] = remaining.get(task, 0) + left
    return {
        "today": await q.totals_between(today, today),
        "total": await q.totals_between(None, None),
        "accounts": {
            "total": len(accounts),
            "enabled": sum(a.enabled for a in accounts),
            # Health (circuit breaker state) is reported by the gateway; until then an
            # enabled account counts as healthy.
            "healthy": sum(a.enabled for a in accounts),
        },
        "keys": {"total": len(keys), "active": sum(k.usable_at(now) for k in keys)},
        "remaining_quota": remaining,
    }


@router.get("/usage/daily")
async def usage_daily(
    svc: Services, _: Admin, days: Annotated[int, Query(ge=1, le=90)] = 7
) -> dict[str, Any]:
    return {"days": await svc.dashboards.daily(days)}


@router.get("/requests")
async def requests(
    svc: Services,
    _: Admin,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: str | None = None,
    key_id: str | None = None,
    user_id: str | None = None,
    account_id: str | None = None,
    model: str | None = None,
    status_code: Annotated[int | None, Query(alias="status")] = None,
    endpoint: str | None = None,
    stream: bool | None = None,
    from_: Annotated[datetime | None, Query(alias="from")] = None,
    to: datetime | None = None,
    q: str | None = None,
) -> dict[str, Any]:
    filters = RequestFilter(
        key_id=key_id, user_id=user_id, account_id=account_id, model=model, status=status_code,
        endpoint=endpoint, stream=stream, since=from_, until=to, q=q,
    )  # fmt: skip
    try:
        items, next_cursor = await svc.dashboards.requests(filters, limit, cursor)
    except ValueError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid cursor") from exc
    key_names = {k.id: k.name for k, _rev in svc.keys.list()}
    account_names = {a.id: a.name for a, _rev in svc.accounts.list()}
    for item in items:
        item["key_name"] = key_names.get(item["api_key_id"], "")
        item["account_name"] = account_names.get(item["account_id"], "")
    return {"items": items, "next_cursor": next_cursor}
