"""Browser login: /api/auth/login, /api/auth/logout, /api/me."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response, status
from pydantic import BaseModel, Field

from tallygate_admin.auth import COOKIE, verify_password
from tallygate_admin.deps import Services, Viewer
from tallygate_shared.config import SESSION_TTL_S, User

router = APIRouter(prefix="/api", tags=["auth"])


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


def user_out(user: User) -> dict[str, Any]:
    return {"id": user.id, "username": user.username, "role": user.role}


@router.post("/auth/login")
async def login(body: LoginIn, request: Request, response: Response, svc: Services) -> dict[str, Any]:
    client = request.client.host if request.client else "?"
    wait = svc.throttle.retry_after(client, body.username)
    if wait is not None:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS, "too many failed logins", {"Retry-After": str(wait)}
        )
    user = next((u for u, _rev in svc.users.list() if u.username == body.username), None)
    if not verify_password(user, body.password) or user is None or not user.enabled:
        svc.throttle.failed(client, body.username)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong username or password")
    svc.throttle.succeeded(client, body.username)
    sid, session = await svc.sessions.create(user)
    response.set_cookie(
        COOKIE,
        sid,
        max_age=int(SESSION_TTL_S),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return {"csrf_token": session.csrf_token, "user": user_out(user)}


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(request: Request, response: Response, svc: Services, principal: Viewer) -> None:
    await svc.sessions.end(request.cookies.get(COOKIE, ""))
    response.delete_cookie(COOKIE, path="/")


@router.get("/me")
async def me(principal: Viewer) -> dict[str, Any]:
    return {
        "user": {"id": principal.user_id, "username": principal.username, "role": principal.role},
        "csrf_token": principal.session.csrf_token if principal.session else None,
    }
