"""Users and roles: /api/users (admins only). Passwords are argon2id hashes, never returned."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Request, status
from pydantic import BaseModel, ConfigDict, Field

from tallygate_admin.auth import hash_password
from tallygate_admin.deps import Admin, Services
from tallygate_admin.money import money
from tallygate_admin.store import new_id
from tallygate_shared.config import User

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api/users", tags=["users"])
USERNAME = r"^[A-Za-z0-9_.@-]{2,64}$"


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(pattern=USERNAME)
    password: str = Field(min_length=8, max_length=1000)
    role: Literal["admin", "user"] = "user"
    rate_multiplier: Decimal = Field(default=Decimal(1), ge=0)


class UserPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: str | None = Field(default=None, min_length=8, max_length=1000)
    role: Literal["admin", "user"] | None = None
    rate_multiplier: Decimal | None = Field(default=None, ge=0)
    enabled: bool | None = None


def user_out(user: User, revision: int) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "role": user.role,
        "rate_multiplier": money(user.rate_multiplier),
        "enabled": user.enabled,
        "created_at": user.created_at.isoformat(),
        "revision": revision,
    }


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_user(body: UserIn, request: Request, svc: Services, who: Admin) -> dict[str, Any]:
    if any(u.username == body.username for u, _rev in svc.users.list()):
        raise HTTPException(status.HTTP_409_CONFLICT, f"username {body.username!r} is taken")
    user = User(
        id=new_id("usr"), username=body.username, password_hash=hash_password(body.password), role=body.role,
        rate_multiplier=body.rate_multiplier, created_at=datetime.now(UTC),
    )  # fmt: skip
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
        if update.get("rate_multiplier", 0) is None:
            update["rate_multiplier"] = Decimal(1)
        changed = User(**{**current.model_dump(), **{k: v for k, v in update.items() if v is not None}})
        expected = parse_if_match(if_match)
        revision = await svc.users.update(user_id, changed, expected if expected is not None else revision)
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
    await svc.audit.record(who, "delete", "user", user_id, before=current, client_ip=client_ip(request))
