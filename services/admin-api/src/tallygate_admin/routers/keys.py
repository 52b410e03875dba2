"""Client API keys: /api/keys. The secret is returned once, at creation; only its HMAC is kept."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Header, status

from tallygate_admin.deps import Admin, Services
from tallygate_admin.schemas import KeyIn, KeyPatch, key_out
from tallygate_admin.store import new_id
from tallygate_shared.config import PREFIX_SHOWN, ApiKey, hash_key, new_key

from ._common import parse_if_match, store_errors

router = APIRouter(prefix="/api/keys", tags=["keys"])


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_key(body: KeyIn, svc: Services, _: Admin) -> dict[str, Any]:
    secret = new_key()
    fields = body.model_dump(exclude_none=True)
    key = ApiKey(
        **fields,
        id=new_id("key"),
        prefix=secret[:PREFIX_SHOWN],
        key_hash=hash_key(svc.settings.key_secret.get_secret_value().encode(), secret),
        created_at=datetime.now(UTC),
    )
    revision = await svc.keys.create(key.id, key)
    return {**key_out(key, revision), "key": secret}


@router.get("")
async def list_keys(svc: Services, _: Admin) -> dict[str, Any]:
    items = sorted(svc.keys.list(), key=lambda pair: pair[0].created_at, reverse=True)
    return {"items": [key_out(k, rev) for k, rev in items]}


@router.get("/{key_id}")
async def get_key(key_id: str, svc: Services, _: Admin) -> dict[str, Any]:
    with store_errors("key"):
        return key_out(*svc.keys.get(key_id))


@router.patch("/{key_id}")
async def patch_key(
    key_id: str,
    body: KeyPatch,
    svc: Services,
    _: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    with store_errors("key"):
        current, revision = svc.keys.get(key_id)
        expected = parse_if_match(if_match)
        update = body.model_dump(exclude_unset=True)
        # null clears a limit; for models it means "every model", for the multiplier 1.
        if "models" in update and update["models"] is None:
            update["models"] = []
        if "rate_multiplier" in update and update["rate_multiplier"] is None:
            update["rate_multiplier"] = Decimal(1)
        changed = ApiKey(**{**current.model_dump(), **update})
        revision = await svc.keys.update(key_id, changed, expected if expected is not None else revision)
        return key_out(changed, revision)


@router.delete("/{key_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_key(
    key_id: str, svc: Services, _: Admin, if_match: Annotated[str | None, Header()] = None
) -> None:
    with store_errors("key"):
        await svc.keys.delete(key_id, parse_if_match(if_match))
