"""Prices: /api/prices. A PUT makes a new version effective from now; events keep the version
they were priced with (their `price_version`)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request, status
from nats.js.errors import KeyWrongLastSequenceError
from pydantic import BaseModel, ConfigDict, Field

from tallygate_admin.deps import Admin, Services, Viewer
from tallygate_admin.money import money
from tallygate_shared.pricing import (
    DEFAULT_VERSION,
    PriceRecord,
    PriceVersion,
    load_default_prices,
    price_key,
)

from ._common import client_ip, parse_if_match

router = APIRouter(prefix="/api/prices", tags=["prices"])
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class PriceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input: Decimal = Field(ge=0)
    output: Decimal = Field(ge=0)
    cache_read: Decimal = Field(default=Decimal(0), ge=0)
    cache_write: Decimal = Field(default=Decimal(0), ge=0)
    per_unit: Decimal = Field(default=Decimal(0), ge=0)


def version_out(model: str, v: PriceVersion, source: str, revision: int | None) -> dict[str, Any]:
    return {
        "model": model,
        "input": money(v.input),
        "output": money(v.output),
        "cache_read": money(v.cache_read),
        "cache_write": money(v.cache_write),
        "per_unit": money(v.per_unit),
        "version": v.version,
        "effective_from": v.effective_from.isoformat(),
        "source": source,
        "revision": revision,
    }


def _records(svc: Services) -> dict[str, tuple[PriceRecord, int]]:
    out = {}
    for value, revision in svc.prices.items.values():
        record = PriceRecord.model_validate_json(value)
        out[record.model] = (record, revision)
    return out


def _default_version(model: str) -> PriceVersion | None:
    price = load_default_prices().get(model)
    return PriceVersion(**price.model_dump(), effective_from=EPOCH) if price else None


@router.get("")
async def list_prices(svc: Services, _: Viewer) -> dict[str, Any]:
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
    return {"items": items}


@router.get("/{model:path}/history")
async def price_history(model: str, svc: Services, _: Viewer) -> dict[str, Any]:
    record = _records(svc).get(model, (None, None))[0]
    versions: list[dict[str, Any]] = []
    if record is not None:
        versions = [
            version_out(model, v, "custom", None) for v in [record.current, *reversed(record.history)]
        ]
    default = _default_version(model)
    if default is not None and not any(v["version"] == DEFAULT_VERSION for v in versions):
        versions.append(version_out(model, default, "default", None))
    if not versions:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no price for {model!r}")
    return {"model": model, "items": versions}


@router.put("/{model:path}")
async def put_price(
    model: str,
    body: PriceIn,
    request: Request,
    svc: Services,
    who: Admin,
    if_match: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    if not model or len(model) > 200:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "model name must be 1-200 characters")
    key = price_key(model)
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
    data = record.model_dump_json().encode()
    expected = parse_if_match(if_match)
    try:
        if existing is None:
            if expected is not None:
                raise HTTPException(status.HTTP_409_CONFLICT, "price was changed meanwhile (stale revision)")
            revision = await svc.prices_kv.create(key, data)
        else:
            revision = await svc.prices_kv.update(
                key, data, last=expected if expected is not None else existing[1]
            )
    except KeyWrongLastSequenceError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, "price was changed meanwhile (stale revision)") from exc
    await svc.prices.wait_for(key, revision)
    before = version_out(model, previous.current, "custom", existing[1]) if previous and existing else None
    after = version_out(model, record.current, "custom", revision)
    await svc.audit.record(who, "update" if before else "create", "price", model, before=before, after=after,
                           client_ip=client_ip(request))  # fmt: skip
    return after
