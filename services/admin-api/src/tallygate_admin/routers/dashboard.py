"""Dashboard reads. Every view is scoped to the caller: admins see everything, a `user` sees
only what their own keys did (docs/api.md)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from tallygate_admin.deps import Services, Viewer
from tallygate_admin.errors import ApiError
from tallygate_admin.live import account_live
from tallygate_admin.queries import RequestFilter
from tallygate_admin.schemas import (
    DailyUsage,
    KeyStatsRow,
    ListOf,
    ModelUsage,
    Overview,
    Page,
    RequestRow,
    TopUsers,
    UsageSummary,
)
from tallygate_admin.tail import event_row

router = APIRouter(prefix="/api", tags=["dashboards"])
Days = Annotated[int, Query(ge=1, le=90)]
JobStatusFilter = Literal["", "pending", "succeeded", "failed"]
EXPORT_MAX_ROWS = 100_000


def _names(svc: Services) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    keys = {k.id: k.name for k, _rev in svc.keys.list()}
    accounts = {a.id: a.name for a, _rev in svc.accounts.list()}
    users = {u.id: u.username for u, _rev in svc.users.list()}
    return keys, accounts, users


@router.get("/dashboard/overview")
async def overview(svc: Services, who: Viewer) -> Overview:
    q = svc.dashboards
    now = datetime.now(UTC)
    accounts = [a for a, _rev in svc.accounts.list()]
    keys = [k for k, _rev in svc.keys.list() if who.scope_user is None or k.user_id == who.scope_user]
    used = await q.used_today()
    # Every task type an account limits shows, even where nothing is left; one nothing limits
    # has no remaining quota to show (0 would read as "none left").
    remaining: dict[str, int] = {}
    for account in accounts:
        for task, limit in account.daily_limits.items():
            left = max(limit - used.get((account.id, task), 0), 0) if account.enabled else 0
            remaining[task] = remaining.get(task, 0) + left
    today_totals, all_totals = await q.overview_totals(who.scope_user)
    return Overview.model_validate({
        "today": today_totals,
        "total": all_totals,
        # Healthy: enabled, and no gateway reports its breaker open (tg_health).
        "accounts": {
            "total": len(accounts),
            "enabled": sum(a.enabled for a in accounts),
            "healthy": sum(
                a.enabled
                and account_live(svc.health, svc.counters, a.id, q.today())["health"]["state"] == "healthy"
                for a in accounts
            ),
        },
        "keys": {"total": len(keys), "active": sum(k.usable_at(now) for k in keys)},
        "remaining_quota": remaining,
    })  # fmt: skip


@router.get("/usage/daily")
async def usage_daily(svc: Services, who: Viewer, days: Days = 7) -> DailyUsage:
    return DailyUsage.model_validate({"days": await svc.dashboards.daily(days, who.scope_user)})


@router.get("/usage/models")
async def usage_models(svc: Services, who: Viewer, days: Days = 7) -> ModelUsage:
    return ModelUsage.model_validate({"models": await svc.dashboards.models(days, who.scope_user)})


@router.get("/usage/users")
async def usage_users(
    svc: Services, who: Viewer, days: Days = 1, limit: Annotated[int, Query(ge=1, le=1000)] = 10
) -> TopUsers:
    keys, _, users = _names(svc)
    rows = await svc.dashboards.top_users(days, limit, who.scope_user)
    for row in rows:
        row["name"] = users.get(row["user_id"]) or keys.get(row["key_id"]) or row["user_id"] or row["key_id"]
    return TopUsers.model_validate({"users": rows})


@router.get("/usage/keys")
async def usage_keys(svc: Services, who: Viewer, days: Days = 1) -> ListOf[KeyStatsRow]:
    """Each key's requests per task type, succeeded, failed and last use over the last `days`
    days (today included): every key the caller may see, unused ones with zeros, and deleted
    keys that were used. Most used first."""
    stats = await svc.dashboards.key_stats(days, who.scope_user)
    keys = {k.id: k for k, _rev in svc.keys.list() if who.scope_user is None or k.user_id == who.scope_user}
    items = []
    for key_id in keys.keys() | stats.keys():
        key, stat = keys.get(key_id), stats.get(key_id)
        items.append({
            "key_id": key_id,
            "key_name": key.name if key else "",
            "note": key.note if key else "",
            "user_id": key.user_id if key else stat["user_id"] if stat else "",
            "tasks": stat["tasks"] if stat else {},
            "total": stat["total"] if stat else 0,
            "succeeded": stat["succeeded"] if stat else 0,
            "failed": stat["failed"] if stat else 0,
            "last_used_at": stat["last_used_at"] if stat else None,
        })  # fmt: skip
    items.sort(key=lambda i: (-i["total"], i["key_name"], i["key_id"]))
    return ListOf[KeyStatsRow].model_validate({"items": items})


def _time_range(
    svc: Services, since: datetime | None, until: datetime | None, days: int
) -> tuple[datetime, datetime]:
    """`from`/`to` as given; without them, the last `days` whole days in TALLYGATE_TIMEZONE,
    today included (the days of /usage/daily?days=N)."""
    tz = svc.dashboards.tz
    tomorrow = svc.dashboards.today() + timedelta(days=1)
    until = until or datetime.combine(tomorrow, datetime.min.time(), tz)
    since = since or datetime.combine(
        until.astimezone(tz).date() - timedelta(days=days), datetime.min.time(), tz
    )
    if since.tzinfo is None or until.tzinfo is None:
        raise ApiError(status.HTTP_422_UNPROCESSABLE_CONTENT, "invalid", "from and to need a timezone offset")
    return since, until


@router.get("/usage/summary")
async def usage_summary(
    svc: Services,
    who: Viewer,
    from_: Annotated[datetime | None, Query(alias="from")] = None,
    to: datetime | None = None,
    days: Days = 7,
    limit: Annotated[int, Query(ge=1, le=EXPORT_MAX_ROWS)] = 1000,
) -> UsageSummary:
    since, until = _time_range(svc, from_, to, days)
    return UsageSummary.model_validate({"rows": await _summary_rows(svc, who, since, until, limit)})


async def _summary_rows(
    svc: Services, who: Viewer, since: datetime, until: datetime, limit: int
) -> list[dict[str, Any]]:
    keys, accounts, users = _names(svc)
    rows = await svc.dashboards.summary(since, until, who.scope_user, limit)
    for row in rows:
        row["account_name"] = accounts.get(row["account_id"], "")
        row["key_name"] = keys.get(row["key_id"], "")
        row["user_name"] = users.get(row["user_id"], "")
    return rows


def request_filters(
    who: Viewer,
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
    job_status: Annotated[
        JobStatusFilter | None, Query(description="a job's status; empty: requests that are not jobs")
    ] = None,
) -> RequestFilter:
    """The request log's filters, as the log and its export both take them."""
    if who.scope_user is not None:
        user_id = who.scope_user  # a user sees their own requests, whatever they asked for
    since, until = (t.replace(tzinfo=UTC) if t is not None and t.tzinfo is None else t for t in (from_, to))
    return RequestFilter(
        key_id=key_id, user_id=user_id, account_id=account_id, model=model, status=status_code,
        endpoint=endpoint, stream=stream, since=since, until=until, q=q, job_status=job_status,
    )  # fmt: skip


RequestFilters = Annotated[RequestFilter, Depends(request_filters)]


async def _request_page(
    svc: Services, filters: RequestFilter, limit: int, cursor: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    try:
        items, next_cursor = await svc.dashboards.requests(filters, limit, cursor)
    except ValueError as exc:
        raise ApiError(status.HTTP_400_BAD_REQUEST, "invalid", "invalid cursor") from exc
    keys, accounts, _ = _names(svc)
    for item in items:
        item["key_name"] = keys.get(item["api_key_id"], "")
        item["account_name"] = accounts.get(item["account_id"], "")
    return items, next_cursor


@router.get("/requests")
async def requests(
    svc: Services,
    filters: RequestFilters,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: str | None = None,
) -> Page[RequestRow]:
    """The request log, newest first: every finished request, and jobs still pending."""
    items, next_cursor = await _request_page(svc, filters, limit, cursor)
    return Page[RequestRow].model_validate({"items": items, "next_cursor": next_cursor})


@router.get(
    "/requests/stream",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "`data:` lines of RequestRow JSON"}
    },
)
async def requests_stream(request: Request, svc: Services, who: Viewer) -> StreamingResponse:
    """The live tail: one server-sent event per request, as the gateway publishes it."""
    scope_user = who.scope_user

    async def events() -> Any:
        yield b": connected\n\n"
        keys, accounts, _ = _names(svc)
        async for event in svc.tail.follow(lambda e: scope_user is None or e.user_id == scope_user):
            if await request.is_disconnected():
                return
            if event is None:
                yield b": keep-alive\n\n"
                continue
            row = event_row(event)
            if row["api_key_id"] not in keys or row["account_id"] not in accounts:
                keys, accounts, _ = _names(svc)
            row["key_name"] = keys.get(row["api_key_id"], "")
            row["account_name"] = accounts.get(row["account_id"], "")
            yield b"data: " + orjson.dumps(row) + b"\n\n"

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}, "application/json": {}}, "description": "A download"}},
)
async def export(
    svc: Services,
    who: Viewer,
    filters: RequestFilters,
    kind: Literal["requests", "daily", "models", "summary"],
    format: Literal["csv", "json"] = "csv",
    days: Days = 7,
) -> Response:
    """Any dashboard list as a download: CSV (one header row, then one row per item) or JSON.
    The requests take the request log's filters, so an export is what the log shows."""
    from_, to = filters.since, filters.until
    if kind == "daily":
        rows = await svc.dashboards.daily(days, who.scope_user)
    elif kind == "models":
        rows = await svc.dashboards.models(days, who.scope_user)
    elif kind == "summary":
        rows = await _summary_rows(svc, who, *_time_range(svc, from_, to, days), EXPORT_MAX_ROWS)
    else:
        since, until = _time_range(svc, from_, to, days)
        filters = replace(filters, since=since, until=until)
        rows, cursor = [], None
        while True:  # newest first, every page, up to the export cap
            page, cursor = await _request_page(svc, filters, 1000, cursor)
            rows += page
            if cursor is None or len(rows) >= EXPORT_MAX_ROWS:
                break
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    headers = {"Content-Disposition": f'attachment; filename="tallygate-{kind}-{stamp}.{format}"'}
    if format == "json":
        return Response(orjson.dumps(rows), media_type="application/json", headers=headers)
    return Response(_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {k: orjson.dumps(v).decode() if isinstance(v, dict | list) else v for k, v in row.items()}
            )
    return out.getvalue()
