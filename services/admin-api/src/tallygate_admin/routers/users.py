"""Users and roles: /api/users (admins only). Passwords are argon2id hashes, never returned."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Request, status
from pydantic import ConfigDict, Field

from tallygate_admin.auth import hash_password
from tallygate_admin.deps import Admin, Services
from tallygate_admin.money import money
from tallygate_admin.schemas import limits_out
from tallygate_admin.store import NotFound, new_id
from tallygate_shared.config import KeyLimits, Limits, User

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api/users", tags=["users"])
USERNAME = r"^[A-Za-z0-9_.@-]{2,64}$"


class UserIn(Limits):
    """A new user. The limits hold across all of the user's keys; `key_defaults` are what a
    key the user creates starts from, and the most the user may allow on it."""

    model_config = ConfigDict(extra="forbid")

    username: str = Field(pattern=USERNAME)
    password: str = Field(min_length=8, max_length=1000)
    role: Literal["admin", "user"] = "user"
    rate_multiplier: Decimal = Field(default=Decimal(1), ge=0)
    key_defaults: KeyLimits = Field(default_factory=KeyLimits)


class UserPatch(Limits):
    """Fields to change; a limit sent as null is removed."""

    model_config = ConfigDict(extra="forbid")

    password: str | None = Field(default=None, min_length=8, max_length=1000)
    role: Literal["admin", "user"] | None = None
    rate_multiplier: Decimal | None = Field(default=None, ge=0)
    enabled: bool | None = None
    key_defaults: KeyLimits | None = None


def user_out(user: User, revision: int) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "role": user.role,
        "rate_multiplier": money(user.rate_multiplier),
        "enabled": user.enabled,
        "created_at": user.created_at.isoformat(),
        **limits_out(user),
        "key_defaults": limits_out(user.key_defaults),
        "revision": revision,
    }


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_user(body: UserIn, request: Request, svc: Services, who: Admin) -> dict[str, Any]:
    if any(u.username == body.username for u, _rev in svc.users.list()):
        raise HTTPException(status.HTTP_409_CONFLICT, f"username {body.username!r} is taken")
    user = User(
        **body.model_dump(exclude={"password"}),
        id=new_id("usr"),
        password_hash=hash_password(body.password),
        created_at=datetime.now(UTC),
    )
    revision = await svc.users.create(user.id, user)
    await svc.audit.record(who, "create", "user", user.id, after=user, client_ip=client_ip(request))
    return user_out(user, revision)


@router.get("")
async def list_users(svc: Services, _: Admin) -> dict[str, Any]:
    items = sorted(svc.users.list(), key=lambda pair: pair[0].created_at)
    return {"items": [user_out(u, rev) for u, rev in items]}


@router.get("/{user_id}")
async def get_user(user_id: str, svc: Services, _: Admin) -> dict[str, Any]:
    with store_errors("user"):
        return user_out(*svc.users.get(user_id))


@router.patch("/{user_id}")
async def patch_user(
    user_id: str,
    body: UserPatch,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    with store_errors("user"):
        current, revision = svc.users.get(user_id)
        update = body.model_dump(exclude_unset=True, exclude={"password"})
        if body.password is not None:
            update["password_hash"] = hash_password(body.password)
        for field in ("role", "enabled", "rate_multiplier", "key_defaults"):  # null: unchanged / 1 / none
            if field in update and update[field] is None:
                del update[field]
        changed = User.model_validate({**current.model_dump(), **update})
        expected = parse_if_match(if_match)
        revision = await svc.users.update(user_id, changed, expected if expected is not None else revision)
    if not changed.enabled or body.password is not None or changed.role != current.role:
        # Offboarding and a reset password take effect at once: the user's sessions end.
        await svc.sessions.end_all(user_id)
    await svc.audit.record(
        who, "update", "user", user_id, before=current, after=changed, client_ip=client_ip(request)
    )
    return user_out(changed, revision)


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_user(
    user_id: str,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> None:
    if user_id == who.user_id:
        raise HTTPException(status.HTTP_409_CONFLICT, "you cannot delete yourself")
    with store_errors("user"):
        current, _rev = svc.users.get(user_id)
        await svc.users.delete(user_id, parse_if_match(if_match))
    # A deleted user's keys go with them (docs/security.md, "Offboarding"): every gateway
    # already refuses them once the user is gone, and deleting them keeps them from coming back
    # to life with a new user of the same id. Their usage stays in ClickHouse.
    ip = client_ip(request)
    await svc.sessions.end_all(user_id)
    await svc.audit.record(who, "delete", "user", user_id, before=current, client_ip=ip)
    for key, _key_rev in svc.keys.list():
        if key.user_id == user_id:
            with contextlib.suppress(NotFound):
                await svc.keys.delete(key.id)
                await svc.audit.record(who, "delete", "key", key.id, before=key, client_ip=ip)
