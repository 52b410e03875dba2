"""Analyst SQL: GET /api/sql?query=… and POST /api/sql (raw SQL body)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response, status

from tallygate_admin.deps import Admin, Services
from tallygate_admin.sql import QueryRefused, content_type

router = APIRouter(prefix="/api", tags=["sql"])


async def _answer(svc: Services, query: str | None, fmt: str) -> Response:
    if not query:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "query is required")
    try:
        body = await svc.sql.run(query, fmt)
    except QueryRefused as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    return Response(body, media_type=content_type(fmt))


@router.get("/sql")
async def sql_get(svc: Services, _: Admin, query: str | None = None, format: str = "JSONEachRow") -> Response:
    return await _answer(svc, query, format)


@router.post("/sql")
async def sql_post(
    request: Request, svc: Services, _: Admin, query: str | None = None, format: str = "JSONEachRow"
) -> Response:
    text = query or (await request.body()).decode("utf-8", errors="replace")
    return await _answer(svc, text, format)
