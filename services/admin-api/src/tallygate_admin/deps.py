"""Typed dependencies: the services the routes use, and who is calling."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, status

from .auth import COOKIE, TOKEN_PRINCIPAL, Principal
from .errors import ApiError
from .services import AdminServices
from .store import NotFound

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def services(request: Request) -> AdminServices:
    return request.app.state.services  # type: ignore[no-any-return]


Services = Annotated[AdminServices, Depends(services)]


async def current_principal(request: Request, svc: Services) -> Principal:
    """The bearer admin token, or a session cookie (whose writes must carry X-CSRF-Token)."""
    auth = request.headers.get("authorization", "")
    if auth:
        scheme, _, token = auth.partition(" ")
        expected = svc.settings.admin_token.get_secret_value()
        if scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), expected.encode()):
            return TOKEN_PRINCIPAL
        raise ApiError(
            status.HTTP_401_UNAUTHORIZED,
            "unauthorized",
            "invalid admin token",
            {"WWW-Authenticate": "Bearer"},
        )
    session = await svc.sessions.get(request.cookies.get(COOKIE, ""))
    if session is None:
        raise ApiError(
            status.HTTP_401_UNAUTHORIZED, "unauthorized", "log in first", {"WWW-Authenticate": "Bearer"}
        )
    try:
        user, _rev = svc.users.get(session.user_id)
    except NotFound:
        user = None
    if user is None or not user.enabled:
        raise ApiError(status.HTTP_401_UNAUTHORIZED, "unauthorized", "log in first")
    if request.method not in SAFE_METHODS:
        sent = request.headers.get("x-csrf-token", "")
        if not hmac.compare_digest(sent.encode(), session.csrf_token.encode()):
            raise ApiError(status.HTTP_403_FORBIDDEN, "forbidden", "missing or wrong X-CSRF-Token")
    return Principal(user_id=user.id, username=user.username, role=user.role, session=session)


Viewer = Annotated[Principal, Depends(current_principal)]


def require_admin(principal: Viewer) -> Principal:
    if not principal.is_admin:
        raise ApiError(status.HTTP_403_FORBIDDEN, "forbidden", "admins only")
    return principal


Admin = Annotated[Principal, Depends(require_admin)]
