"""Browser login: /api/auth/login, /api/auth/logout, /api/me."""

from __future__ import annotations

import contextlib
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response, status
from pydantic import BaseModel, Field

from tallygate_admin.auth import COOKIE, hash_password, verify_password
from tallygate_admin.deps import Services, Viewer
from tallygate_admin.schemas import limits_out
from tallygate_admin.store import NotFound, StaleRevision
from tallygate_shared.config import User

from ._common import client_ip

router = APIRouter(prefix="/api", tags=["auth"])


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


def user_out(user: User) -> dict[str, Any]:
    return {"id": user.id, "username": user.username, "role": user.role}


@router.post("/auth/login")
async def login(body: LoginIn, request: Request, response: Response, svc: Services) -> dict[str, Any]:
    client = client_ip(request) or "?"
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
        max_age=int(svc.sessions.absolute_s),
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
async def me(principal: Viewer, svc: Services) -> dict[str, Any]:
    """Who is signed in; for a user, also the limits that hold across their keys and the
    defaults (and most) a key they create may allow."""
    user: dict[str, Any] = {"id": principal.user_id, "username": principal.username, "role": principal.role}
    if principal.user_id is not None:
        with contextlib.suppress(NotFound):
            record, _rev = svc.users.get(principal.user_id)
            user["limits"] = limits_out(record)
            user["key_defaults"] = limits_out(record.key_defaults)
    return {"user": user, "csrf_token": principal.session.csrf_token if principal.session else None}


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=1000)
    new_password: str = Field(min_length=8, max_length=1000)


@router.post("/me/password", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(body: PasswordChange, request: Request, svc: Services, who: Viewer) -> None:
    """A signed-in user changes their own password; their other sessions end."""
    if who.user_id is None:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "the admin token has no password to change")
    client = client_ip(request) or "?"
    wait = svc.throttle.retry_after(client, who.username)
    if wait is not None:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS, "too many failed attempts", {"Retry-After": str(wait)}
        )
    try:
        user, revision = svc.users.get(who.user_id)
    except NotFound as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "log in first") from exc
    if not verify_password(user, body.current_password):
        svc.throttle.failed(client, who.username)
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the current password is wrong")
    changed = user.model_copy(update={"password_hash": hash_password(body.new_password)})
    try:
        await svc.users.update(user.id, changed, revision)
    except StaleRevision as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, "user was changed meanwhile (stale revision)") from exc
    svc.throttle.succeeded(client, who.username)
    await svc.sessions.end_all(user.id, keep=request.cookies.get(COOKIE))
    await svc.audit.record(who, "update", "user", user.id, after={"password": "changed by its owner"},
                           client_ip=client_ip(request))  # fmt: skip
