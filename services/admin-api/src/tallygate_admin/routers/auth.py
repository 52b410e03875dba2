"""Browser login: /api/auth/login, /api/auth/logout, /api/me."""

from __future__ import annotations

import contextlib

from fastapi import APIRouter, Request, Response, status

from tallygate_admin.auth import COOKIE, hash_password, verify_password
from tallygate_admin.deps import Services, Viewer
from tallygate_admin.errors import ApiError
from tallygate_admin.schemas import LoginAnswer, LoginIn, MeAnswer, MeUser, PasswordChange, UserRef
from tallygate_admin.store import NotFound, StaleRevision
from tallygate_shared.config import KeyLimits, Limits

from ._common import client_ip

router = APIRouter(prefix="/api", tags=["auth"])


def _unthrottled(svc: Services, request: Request, username: str, refusal: str) -> str:
    """The caller's address, once it may try a password for `username` (429 while it may not)."""
    client = client_ip(request) or "?"
    wait = svc.throttle.retry_after(client, username)
    if wait is not None:
        raise ApiError(status.HTTP_429_TOO_MANY_REQUESTS, "rate_limited", refusal, {"Retry-After": str(wait)})
    return client


@router.post("/auth/login")
async def login(body: LoginIn, request: Request, response: Response, svc: Services) -> LoginAnswer:
    client = _unthrottled(svc, request, body.username, "too many failed logins")
    user = next((u for u, _rev in svc.users.list() if u.username == body.username), None)
    if not verify_password(user, body.password) or user is None or not user.enabled:
        svc.throttle.failed(client, body.username)
        raise ApiError(status.HTTP_401_UNAUTHORIZED, "unauthorized", "wrong username or password")
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
    return LoginAnswer(
        csrf_token=session.csrf_token, user=UserRef(id=user.id, username=user.username, role=user.role)
    )


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(request: Request, response: Response, svc: Services, principal: Viewer) -> None:
    await svc.sessions.end(request.cookies.get(COOKIE, ""))
    response.delete_cookie(COOKIE, path="/")


@router.get("/me", response_model_exclude_unset=True)
async def me(principal: Viewer, svc: Services) -> MeAnswer:
    """Who is signed in; for a user, also the limits that hold across their keys and the
    defaults (and most) a key they create may allow."""
    user = MeUser(id=principal.user_id, username=principal.username, role=principal.role)
    if principal.user_id is not None:
        with contextlib.suppress(NotFound):
            record, _rev = svc.users.get(principal.user_id)
            # Validated from whole dicts, so every field counts as set and is shown.
            user.limits = Limits.model_validate(record.model_dump(include=set(Limits.model_fields)))
            user.key_defaults = KeyLimits.model_validate(record.key_defaults.model_dump())
    return MeAnswer(user=user, csrf_token=principal.session.csrf_token if principal.session else None)


@router.post("/me/password", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(body: PasswordChange, request: Request, svc: Services, who: Viewer) -> None:
    """A signed-in user changes their own password; their other sessions end."""
    if who.user_id is None:
        raise ApiError(
            status.HTTP_400_BAD_REQUEST, "bad_request", "the admin token has no password to change"
        )
    client = _unthrottled(svc, request, who.username, "too many failed attempts")
    try:
        user, revision = svc.users.get(who.user_id)
    except NotFound as exc:
        raise ApiError(status.HTTP_401_UNAUTHORIZED, "unauthorized", "log in first") from exc
    if not verify_password(user, body.current_password):
        svc.throttle.failed(client, who.username)
        raise ApiError(status.HTTP_403_FORBIDDEN, "forbidden", "the current password is wrong")
    changed = user.model_copy(update={"password_hash": hash_password(body.new_password)})
    try:
        await svc.users.update(user.id, changed, revision)
    except StaleRevision as exc:
        raise ApiError(
            status.HTTP_409_CONFLICT, "stale_revision", "user was changed meanwhile (stale revision)"
        ) from exc
    svc.throttle.succeeded(client, who.username)
    await svc.sessions.end_all(user.id, keep=request.cookies.get(COOKIE))
    await svc.audit.record(who, "update", "user", user.id, after={"password": "changed by its owner"},
                           client_ip=client_ip(request))  # fmt: skip
