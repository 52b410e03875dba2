"""Upstream accounts: /api/accounts, CSV import, bulk quota and account load (admins only)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, status
from pydantic import ValidationError

from tallygate_admin.accounts_csv import RowError, account_fields, rows
from tallygate_admin.deps import Admin, Services
from tallygate_admin.errors import ApiError, invalid
from tallygate_admin.live import account_live
from tallygate_admin.load import account_load
from tallygate_admin.schemas import (
    AccountCreate,
    AccountDetail,
    AccountLoad,
    AccountPublic,
    AccountUpdate,
    BulkQuota,
    BulkQuotaResult,
    ImportSummary,
    JobPresets,
    ListOf,
)
from tallygate_admin.store import StaleRevision, new_id
from tallygate_shared.config import Account
from tallygate_shared.jobs import JOB_PRESETS, PRESET_TASK_TYPES
from tallygate_shared.proxies import masked_proxy

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api/accounts", tags=["accounts"])
MAX_CSV_BYTES = 10 * 1024 * 1024


def _validated(fields: dict[str, Any]) -> Account:
    try:
        return Account(**fields)
    except ValidationError as exc:
        raise invalid(exc) from exc


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_account(body: AccountCreate, request: Request, svc: Services, who: Admin) -> AccountPublic:
    account = _validated({**body.model_dump(), "id": new_id("acc"), "created_at": datetime.now(UTC)})
    account = svc.sealer.sealed(account, body.api_key)
    revision = await svc.accounts.create(account.id, account)
    await svc.audit.record(who, "create", "account", account.id, after=account, client_ip=client_ip(request))
    return AccountPublic.of(account, revision)


def _with_live(svc: Services, account: Account, revision: int) -> AccountDetail:
    live = account_live(svc.health, svc.counters, account.id, svc.dashboards.today())
    return AccountDetail(**AccountPublic.of(account, revision).model_dump(), **live)


@router.get("")
async def list_accounts(svc: Services, _: Admin) -> ListOf[AccountDetail]:
    """Each account with its live columns: health (reason, cool-down left), in flight, last
    used, today's requests/succeeded/failed/pending, tokens, cost, per-task use, 5 h and 7 d."""
    items = sorted(svc.accounts.list(), key=lambda pair: (pair[0].priority, pair[0].created_at))
    return ListOf[AccountDetail](items=[_with_live(svc, a, rev) for a, rev in items])


@router.get("/load")
async def accounts_load(svc: Services, _: Admin) -> AccountLoad:
    """Today's use of each account's daily task limits (matched before /api/accounts/{id})."""
    accounts = [a for a, _rev in svc.accounts.list()]
    used, requests = await svc.dashboards.used_today(), await svc.dashboards.account_requests()
    return AccountLoad.model_validate(account_load(accounts, used, requests))


@router.get("/job-presets")
async def job_presets(_: Admin) -> JobPresets:
    """The job route presets, as the gateway expands them, and the task type each is made for:
    the console shows a preset's values before an account is saved (matched before /{id})."""
    return JobPresets(presets=JOB_PRESETS, task_types=PRESET_TASK_TYPES)


@router.post("/import")
async def import_accounts(request: Request, svc: Services, who: Admin) -> ImportSummary:
    """A CSV file (multipart `file`, or a text/csv body): a bad row never stops the good ones,
    and a credential already in the pool (or earlier in the file) is skipped, not doubled."""
    text = await _csv_text(request)
    defaults = dict(request.query_params)
    header, data = rows(text)
    if not header:
        raise ApiError(status.HTTP_400_BAD_REQUEST, "invalid", "the CSV is empty (a header row is required)")
    known = {a.api_key_fingerprint for a, _rev in svc.accounts.list() if a.api_key_fingerprint}
    results = []
    for line, row in data:
        try:
            fields = account_fields(row, defaults)
            fingerprint = svc.sealer.fingerprint(fields.get("api_key", ""))
            if fingerprint and fingerprint in known:
                results.append(
                    {"line": line, "status": "skipped", "detail": "this credential is already in the pool"}
                )
                continue
            account = Account(**fields, id=new_id("acc"), created_at=datetime.now(UTC))
            account = svc.sealer.sealed(account, fields.get("api_key", ""))
        except (RowError, ValidationError) as exc:
            detail = str(exc) if isinstance(exc, RowError) else _first_error(exc)
            results.append({"line": line, "status": "error", "detail": detail})
            continue
        await svc.accounts.create(account.id, account)
        if fingerprint:
            known.add(fingerprint)
        results.append({"line": line, "status": "created", "detail": account.id})
    counts = {s: sum(r["status"] == s for r in results) for s in ("created", "skipped", "error")}
    summary = {
        "total_rows": len(results),
        "success": counts["created"],
        "skipped": counts["skipped"],
        "errors": counts["error"],
        "accounts_total": len(svc.accounts.list()),
        "rows": results,
    }
    after = {k: v for k, v in summary.items() if k != "rows"}
    await svc.audit.record(who, "import", "account", after=after, client_ip=client_ip(request))
    return ImportSummary.model_validate(summary)


async def _csv_text(request: Request) -> str:
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(status.HTTP_400_BAD_REQUEST, "invalid", "multipart field 'file' is required")
        raw = await upload.read(MAX_CSV_BYTES + 1)
    else:
        raw = await request.body()
    if len(raw) > MAX_CSV_BYTES:
        raise ApiError(status.HTTP_413_CONTENT_TOO_LARGE, "too_large", "CSV over 10 MiB")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(status.HTTP_400_BAD_REQUEST, "invalid", "the CSV must be UTF-8") from exc


def _first_error(exc: ValidationError) -> str:
    err = exc.errors(include_url=False, include_context=False)[0]
    return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"


@router.post("/bulk-quota")
async def bulk_quota(body: BulkQuota, request: Request, svc: Services, who: Admin) -> BulkQuotaResult:
    """Set these daily limits on every account; what is absent (or null) stays as it is."""
    limits = body.model_dump(exclude_none=True)
    updated = 0
    if limits:
        for account, _rev in svc.accounts.list():
            for _attempt in range(3):  # another admin may write meanwhile: re-read, re-apply
                current, revision = svc.accounts.get(account.id)
                changed = current.model_copy(update={"daily_limits": {**current.daily_limits, **limits}})
                try:
                    await svc.accounts.update(account.id, changed, revision)
                    updated += 1
                    break
                except StaleRevision:
                    continue
    await svc.audit.record(who, "bulk_update", "account", after={"daily_limits": limits, "updated": updated},
                           client_ip=client_ip(request))  # fmt: skip
    return BulkQuotaResult(updated=updated)


@router.get("/{account_id}")
async def get_account(account_id: str, svc: Services, _: Admin) -> AccountDetail:
    with store_errors("account"):
        return _with_live(svc, *svc.accounts.get(account_id))


@router.patch("/{account_id}")
async def patch_account(
    account_id: str,
    body: AccountUpdate,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> AccountPublic:
    with store_errors("account"):
        current, revision = svc.accounts.get(account_id)
        expected = parse_if_match(if_match)
        update = body.model_dump(exclude_unset=True)
        credential = update.pop("api_key", None)
        if update.get("proxy") == masked_proxy(current.proxy) != current.proxy:
            del update["proxy"]  # the masked URL the API showed, sent back: unchanged
        changed = _validated({**current.model_dump(), **update})
        if credential is not None:
            changed = svc.sealer.sealed(changed, credential)
        revision = await svc.accounts.put(account_id, changed, expected if expected is not None else revision)
    await svc.audit.record(who, "update", "account", account_id, before=current, after=changed,
                           client_ip=client_ip(request))  # fmt: skip
    return AccountPublic.of(changed, revision)


@router.delete("/{account_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_account(
    account_id: str,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> None:
    with store_errors("account"):
        current, _rev = svc.accounts.get(account_id)
        await svc.accounts.delete(account_id, parse_if_match(if_match))
    await svc.audit.record(who, "delete", "account", account_id, before=current, client_ip=client_ip(request))
