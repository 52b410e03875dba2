"""Analyst SQL: GET /api/sql?query=… and POST /api/sql (raw SQL body)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response, status

from tallygate_admin.deps import Admin, Services
from tallygate_admin.errors import ApiError
from tallygate_admin.sql import PoolBusy, QueryAbandoned, QueryRefused, content_type

router = APIRouter(prefix="/api", tags=["sql"])

# Nobody reads it: the client is gone. nginx's code for a client that closed the request.
CLIENT_CLOSED_REQUEST = 499
SQL_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/x-ndjson": {}}, "description": "The rows, in the `format` asked for"}
}


async def _hung_up(request: Request) -> None:
    """Returns when the client disconnects (the body, if any, was read before)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _answer(request: Request, svc: Services, query: str | None, fmt: str) -> Response:
    if not query:
        raise ApiError(status.HTTP_400_BAD_REQUEST, "invalid", "query is required")
    try:
        body = await svc.sql.run(query, fmt, abandoned=lambda: _hung_up(request))
    except QueryRefused as exc:
        raise ApiError(status.HTTP_400_BAD_REQUEST, "query_refused", str(exc)) from exc
    except PoolBusy as exc:
        raise ApiError(
            status.HTTP_429_TOO_MANY_REQUESTS, "rate_limited", str(exc), {"Retry-After": str(exc.retry_after)}
        ) from exc
    except QueryAbandoned:
        return Response(status_code=CLIENT_CLOSED_REQUEST)
    return Response(body, media_type=content_type(fmt))


@router.get("/sql", response_class=Response, responses=SQL_ANSWER)
async def sql_get(
    request: Request, svc: Services, _: Admin, query: str | None = None, format: str = "JSONEachRow"
) -> Response:
    return await _answer(request, svc, query, format)


@router.post("/sql", response_class=Response, responses=SQL_ANSWER)
async def sql_post(
    request: Request, svc: Services, _: Admin, query: str | None = None, format: str = "JSONEachRow"
) -> Response:
    text = query or (await request.body()).decode("utf-8", errors="replace")
    return await _answer(request, svc, text, format)
