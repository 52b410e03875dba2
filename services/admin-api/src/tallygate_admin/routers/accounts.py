"""Upstream accounts: /api/accounts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, status
from pydantic import ValidationError

from tallygate_admin.deps import Admin, Services
from tallygate_admin.schemas import AccountIn, AccountPatch, account_out
from tallygate_admin.store import new_id
from tallygate_shared.config import Account

from ._common import parse_if_match, store_errors

router = APIRouter(prefix="/api/accounts", tags=["accounts"])


def _validated(fields: dict[str, Any]) -> Account:
    try:
        return Account(**fields)
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, exc.errors(include_url=False)) from exc


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_account(body: AccountIn, svc: Services, _: Admin) -> dict[str, Any]:
    account = _validated({**body.model_dump(), "id": new_id("acc"), "created_at": datetime.now(UTC)})
    revision = await svc.accounts.create(account.id, account)
    return account_out(account, revision)


@router.get("")
async def list_accounts(svc: Services, _: Admin) -> dict[str, Any]:
    items = sorted(svc.accounts.list(), key=lambda pair: (pair[0].priority, pair[0].created_at))
    return {"items": [account_out(a, rev) for a, rev in items]}


@router.get("/{account_id}")
async def get_account(account_id: str, svc: Services, _: Admin) -> dict[str, Any]:
    with store_errors("account"):
        return account_out(*svc.accounts.get(account_id))


@router.patch("/{account_id}")
async def patch_account(
    account_id: str,
    body: AccountPatch,
    svc: Services,
    _: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    with store_errors("account"):
        current, revision = svc.accounts.get(account_id)
        expected = parse_if_match(if_match)
        changed = _validated({**current.model_dump(), **body.model_dump(exclude_unset=True)})
        revision = await svc.accounts.update(
            account_id, changed, expected if expected is not None else revision
        )
        return account_out(changed, revision)


@router.delete("/{account_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_account(
    account_id: str, svc: Services, _: Admin, if_match: Annotated[str | None, Header()] = None
) -> None:
    with store_errors("account"):
        await svc.accounts.delete(account_id, parse_if_match(if_match))
