"""Prices: /api/prices. A PUT makes a new version effective from now; events keep the version
they were priced with (their `price_version`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Header, Request, status

from tallygate_admin.deps import Admin, Services, Viewer
from tallygate_admin.errors import ApiError
from tallygate_admin.schemas import ListOf, PriceHistory, PriceIn, PricePublic, RepriceResult, UnpricedModel
from tallygate_shared.pricing import (
    DEFAULT_VERSION,
    PriceRecord,
    PriceTable,
    PriceVersion,
    load_default_prices,
    price_key,
)

from ._common import client_ip, parse_if_match, store_errors

router = APIRouter(prefix="/api/prices", tags=["prices"])
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def version_out(model: str, v: PriceVersion, source: str, revision: int | None) -> PricePublic:
    return PricePublic.model_validate(
        {**v.model_dump(), "model": model, "effective_from": v.effective_from.isoformat(),
         "source": source, "revision": revision}
    )  # fmt: skip


def _records(svc: Services) -> dict[str, tuple[PriceRecord, int]]:
    return {record.model: (record, revision) for record, revision in svc.prices.list()}


def _default_version(model: str) -> PriceVersion | None:
    price = load_default_prices().get(model)
    return PriceVersion(**price.model_dump(), effective_from=EPOCH) if price else None


def price_table(svc: Services) -> PriceTable:
    """The prices the gateways price with: the shipped defaults and every current override."""
    table = PriceTable()
    for record, _ in svc.prices.list():
        table.set(record.model, record.as_price())
    return table


@router.get("/unpriced")
async def unpriced_models(svc: Services, _: Admin) -> ListOf[UnpricedModel]:
    """Models no price covers: those the enabled accounts serve, and those in recent rows."""
    table = price_table(svc)
    found: dict[str, UnpricedModel] = {}
    for account, _rev in svc.accounts.list():
        if not account.enabled:
            continue
        for model in (*account.models, *account.model_map):
            if table.lookup(account.upstream_model(model), model) is None:
                entry = found.setdefault(
                    model, UnpricedModel(model=model, accounts=[], rows=0, last_seen=None)
                )
                entry.accounts.append(account.name)
    for row in await svc.dashboards.unpriced():
        entry = found.setdefault(
            row["model"], UnpricedModel(model=row["model"], accounts=[], rows=0, last_seen=None)
        )
        entry.rows += int(row["rows"])
        seen = row["last_seen"].isoformat()
        entry.last_seen = max(entry.last_seen or seen, seen)
        price = table.lookup(row["upstream_model"], row["model"])
        if price is not None:  # priced since: its rows wait for a reprice
            entry.price_version = price.version
    return ListOf[UnpricedModel](items=sorted(found.values(), key=lambda e: (-e.rows, e.model)))


@router.post("/{model:path}/reprice")
async def reprice(model: str, request: Request, svc: Services, who: Admin) -> RepriceResult:
    """Price the model's unpriced rows at its current price (set one first): one action, audited.
    Each row is billed with its key's multiplier and its owner's as they are now."""
    price = price_table(svc).lookup(model)
    if price is None:
        raise ApiError(status.HTTP_409_CONFLICT, "conflict", f"{model!r} has no price yet: set one first")
    users = {u.id: u.rate_multiplier for u, _ in svc.users.list()}
    multipliers = {k.id: k.rate_multiplier * users.get(k.user_id, 1) for k, _ in svc.keys.list()}
    rows = await svc.dashboards.reprice(model, price, multipliers)
    result = RepriceResult(model=model, rows=rows, price_version=price.version)
    await svc.audit.record(who, "reprice", "usage", model, after=result, client_ip=client_ip(request))
    return result


@router.get("")
async def list_prices(svc: Services, _: Viewer) -> ListOf[PricePublic]:
    custom = _records(svc)
    items = []
    for model in sorted(set(load_default_prices()) | set(custom)):
        if model in custom:
            record, revision = custom[model]
            items.append(version_out(model, record.current, "custom", revision))
        else:
            default = _default_version(model)
            assert default is not None
            items.append(version_out(model, default, "default", None))
    return ListOf[PricePublic](items=items)


@router.get("/{model:path}/history")
async def price_history(model: str, svc: Services, _: Viewer) -> PriceHistory:
    record = _records(svc).get(model, (None, None))[0]
    versions: list[PricePublic] = []
    if record is not None:
        versions = [
            version_out(model, v, "custom", None) for v in [record.current, *reversed(record.history)]
        ]
    default = _default_version(model)
    if default is not None and not any(v.version == DEFAULT_VERSION for v in versions):
        versions.append(version_out(model, default, "default", None))
    if not versions:
        raise ApiError(status.HTTP_404_NOT_FOUND, "not_found", f"no price for {model!r}")
    return PriceHistory(model=model, items=versions)


@router.put("/{model:path}")
async def put_price(
    model: str,
    body: PriceIn,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> PricePublic:
    if not model or len(model) > 200:
        raise ApiError(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "invalid", "model name must be 1-200 characters"
        )
    existing = _records(svc).get(model)
    now = datetime.now(UTC)
    previous = existing[0] if existing else None
    history = [*previous.history, previous.current] if previous else []
    if previous is None and (default := _default_version(model)) is not None:
        history = [default]
    version = f"v{len(history) + 1}-{now.strftime('%Y%m%dT%H%M%S')}"
    record = PriceRecord(
        model=model,
        current=PriceVersion(**body.model_dump(), version=version, effective_from=now),
        history=history,
    )
    expected = parse_if_match(if_match)
    if existing is None and expected is not None:  # an If-Match for a price nobody set yet
        raise ApiError(
            status.HTTP_409_CONFLICT, "stale_revision", "price was changed meanwhile (stale revision)"
        )
    with store_errors("price"):
        current_revision = existing[1] if existing else None
        revision = await svc.prices.put(
            price_key(model), record, expected if expected is not None else current_revision
        )
    before = version_out(model, previous.current, "custom", existing[1]) if previous and existing else None
    after = version_out(model, record.current, "custom", revision)
    await svc.audit.record(who, "update" if before else "create", "price", model, before=before, after=after,
                           client_ip=client_ip(request))  # fmt: skip
    return after
