"""Client API keys: /api/keys. The secret is returned once, at creation; only its HMAC is kept."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, status

from tallygate_admin.auth import Principal
from tallygate_admin.deps import Services, Viewer
from tallygate_admin.errors import ApiError
from tallygate_admin.key_limits import LimitRaised, check_within, starting_limits, with_ceilings
from tallygate_admin.live import key_live
from tallygate_admin.schemas import KeyCreate, KeyCreated, KeyDetail, KeyPublic, KeyUpdate, KeyUsage, ListOf
from tallygate_admin.store import NotFound, new_id
from tallygate_shared.config import PREFIX_SHOWN, ApiKey, KeyLimits, User, hash_key, new_key

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api/keys", tags=["keys"])


def _own(svc: Services, who: Principal, key_id: str) -> tuple[ApiKey, int]:
    """The key, if the caller may see it; another user's key is simply not there (404)."""
    key, revision = svc.keys.get(key_id)
    if who.scope_user is not None and key.user_id != who.scope_user:
        raise NotFound(key_id)
    return key, revision


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_key(body: KeyCreate, request: Request, svc: Services, who: Viewer) -> KeyCreated:
    """A key starts from its owner's key defaults for every limit not given. A user's own new
    key may narrow those defaults, never widen them; an admin's limits become the key's ceilings."""
    secret = new_key()
    fields = body.model_dump(exclude_none=True)
    if who.scope_user is not None:
        fields["user_id"] = who.scope_user  # a user's keys are theirs; the multiplier is the admin's
        fields.pop("rate_multiplier", None)
    owner = _owner(svc, fields.get("user_id", ""))
    defaults = owner.key_defaults if owner is not None else KeyLimits()
    fields.update(starting_limits(fields, defaults))
    with limit_errors():
        if who.scope_user is not None:
            check_within(fields, defaults)
    ceilings = defaults if who.scope_user is not None else KeyLimits.model_validate(fields)
    key = ApiKey(
        **fields,
        id=new_id("key"),
        prefix=secret[:PREFIX_SHOWN],
        key_hash=hash_key(svc.settings.key_secret.get_secret_value().encode(), secret),
        created_at=datetime.now(UTC),
        admin_limits=ceilings,
    )
    revision = await svc.keys.create(key.id, key)
    await svc.audit.record(who, "create", "key", key.id, after=key, client_ip=client_ip(request))
    return KeyCreated(**KeyPublic.of(key, revision).model_dump(), key=secret)


def _owner(svc: Services, user_id: str) -> User | None:
    """The key's owner; a key may only name a user that exists."""
    if not user_id:
        return None
    try:
        return svc.users.get(user_id)[0]
    except NotFound as exc:
        raise ApiError(status.HTTP_422_UNPROCESSABLE_CONTENT, "invalid", f"no user {user_id!r}") from exc


@contextmanager
def limit_errors() -> Iterator[None]:
    try:
        yield
    except LimitRaised as exc:
        raise ApiError(status.HTTP_403_FORBIDDEN, "forbidden", str(exc)) from exc


@router.get("")
async def list_keys(svc: Services, who: Viewer) -> ListOf[KeyDetail]:
    mine = [(k, rev) for k, rev in svc.keys.list() if who.scope_user is None or k.user_id == who.scope_user]
    items = sorted(mine, key=lambda pair: pair[0].created_at, reverse=True)
    today = svc.dashboards.today()
    return ListOf[KeyDetail](items=[_detail(svc, k, rev, today) for k, rev in items])


def _detail(svc: Services, key: ApiKey, revision: int, today: date) -> KeyDetail:
    live = key_live(svc.health, svc.counters, key.id, today)
    return KeyDetail(**KeyPublic.of(key, revision).model_dump(), **live)


@router.get("/{key_id}")
async def get_key(key_id: str, svc: Services, who: Viewer) -> KeyDetail:
    with store_errors("key"):
        key, revision = _own(svc, who, key_id)
    return _detail(svc, key, revision, svc.dashboards.today())


@router.get("/{key_id}/usage")
async def key_usage(
    key_id: str, svc: Services, who: Viewer, hours: Annotated[int, Query(ge=1, le=24 * 90)] = 24
) -> KeyUsage:
    """The key's usage by model over the last `hours` (15-minute resolution)."""
    with store_errors("key"):
        _own(svc, who, key_id)
    return KeyUsage.model_validate({"models": await svc.dashboards.key_models(key_id, hours)})


@router.patch("/{key_id}")
async def patch_key(
    key_id: str,
    body: KeyUpdate,
    request: Request,
    svc: Services,
    who: Viewer,
    if_match: Annotated[str | None, Header()] = None,
) -> KeyPublic:
    with store_errors("key"):
        current, revision = _own(svc, who, key_id)
        if who.scope_user is not None and body.model_fields_set & {"user_id", "rate_multiplier"}:
            raise ApiError(
                status.HTTP_403_FORBIDDEN, "forbidden", "only admins change a key's owner or multiplier"
            )
        expected = parse_if_match(if_match)
        update = body.model_dump(exclude_unset=True)
        # null clears a limit; for models it means "every model", for the multiplier 1.
        if "models" in update and update["models"] is None:
            update["models"] = []
        if "user_id" in update:
            update["user_id"] = update["user_id"] or ""  # null: no owner
            _owner(svc, update["user_id"])
        if "rate_multiplier" in update and update["rate_multiplier"] is None:
            update["rate_multiplier"] = Decimal(1)
        if "note" in update and update["note"] is None:
            update["note"] = ""
        if update.get("name", "") is None or update.get("enabled", False) is None:
            raise ApiError(
                status.HTTP_422_UNPROCESSABLE_CONTENT, "invalid", "name and enabled cannot be null"
            )
        if who.scope_user is not None:
            with limit_errors():
                check_within(update, current.admin_limits)
            if update.get("enabled") and current.disabled_by_admin:
                raise ApiError(status.HTTP_403_FORBIDDEN, "forbidden", "enabled: an admin disabled this key")
        else:
            update["admin_limits"] = with_ceilings(current.admin_limits, update)
            if "enabled" in update:
                update["disabled_by_admin"] = not update["enabled"]
        changed = ApiKey.model_validate({**current.model_dump(), **update})
        revision = await svc.keys.put(key_id, changed, expected if expected is not None else revision)
    await svc.audit.record(
        who, "update", "key", key_id, before=current, after=changed, client_ip=client_ip(request)
    )
    return KeyPublic.of(changed, revision)


@router.delete("/{key_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_key(
    key_id: str,
    request: Request,
    svc: Services,
    who: Viewer,
    if_match: Annotated[str | None, Header()] = None,
) -> None:
    with store_errors("key"):
        current, _rev = _own(svc, who, key_id)
        await svc.keys.delete(key_id, parse_if_match(if_match))
    await svc.audit.record(who, "delete", "key", key_id, before=current, client_ip=client_ip(request))
