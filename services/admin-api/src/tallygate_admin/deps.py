"""Typed dependencies: the services the routes use, reached through app state."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from .services import AdminServices


def services(request: Request) -> AdminServices:
    return request.app.state.services  # type: ignore[no-any-return]


Services = Annotated[AdminServices, Depends(services)]


def require_admin(request: Request, svc: Services) -> None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    expected = svc.settings.admin_token.get_secret_value()
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "admin token required", {"WWW-Authenticate": "Bearer"}
        )


Admin = Annotated[None, Depends(require_admin)]
