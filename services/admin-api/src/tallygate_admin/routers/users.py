"""Users and roles: /api/users (admins only). Passwords are argon2id hashes, never returned."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Header, Request, status

from tallygate_admin.auth import hash_password
from tallygate_admin.deps import Admin, Services
from tallygate_admin.errors import ApiError
from tallygate_admin.schemas import ListOf, UserCreate, UserPublic, UserUpdate
from tallygate_admin.store import NotFound, new_id
from tallygate_shared.config import User

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api/users", tags=["users"])


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_user(body: UserCreate, request: Request, svc: Services, who: Admin) -> UserPublic:
    if any(u.username == body.username for u, _rev in svc.users.list()):
        raise ApiError(status.HTTP_409_CONFLICT, "name_taken", f"username {body.username!r} is taken")
    user = User(
        **body.model_dump(exclude={"password"}),
        id=new_id("usr"),
        password_hash=hash_password(body.password),
        created_at=datetime.now(UTC),
    )
    revision = await svc.users.create(user.id, user)
    await svc.audit.record(who, "create", "user", user.id, after=user, client_ip=client_ip(request))
    return UserPublic.of(user, revision)


@router.get("")
async def list_users(svc: Services, _: Admin) -> ListOf[UserPublic]:
    items = sorted(svc.users.list(), key=lambda pair: pair[0].created_at)
    return ListOf[UserPublic](items=[UserPublic.of(u, rev) for u, rev in items])


@router.get("/{user_id}")
async def get_user(user_id: str, svc: Services, _: Admin) -> UserPublic:
    with store_errors("user"):
        return UserPublic.of(*svc.users.get(user_id))


@router.patch("/{user_id}")
async def patch_user(
    user_id: str,
    body: UserUpdate,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> UserPublic:
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
        revision = await svc.users.put(user_id, changed, expected if expected is not None else revision)
    if not changed.enabled or body.password is not None or changed.role != current.role:
        # Offboarding and a reset password take effect at once: the user's sessions end.
        await svc.sessions.end_all(user_id)
    await svc.audit.record(
        who, "update", "user", user_id, before=current, after=changed, client_ip=client_ip(request)
    )
    return UserPublic.of(changed, revision)


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_user(
    user_id: str,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> None:
    if user_id == who.user_id:
        raise ApiError(status.HTTP_409_CONFLICT, "conflict", "you cannot delete yourself")
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
