"""Prices per million tokens and the one function that turns token counts into dollars."""

from __future__ import annotations

import builtins
import json
import re
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal
from importlib import resources
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from .fields import Money

MILLION = Decimal(1_000_000)
COST_QUANTUM = Decimal("1e-12")  # matches Decimal(38, 12) in ClickHouse
DEFAULT_VERSION = "default"
_DATE_SUFFIX = re.compile(r"(-\d{4}-\d{2}-\d{2}|-\d{8}|-latest|@\d+)$")


class PriceBase(BaseModel):
    """USD per million tokens for each kind of token, and per unit (a second of video, a job)
    for task types: a price's fields, declared once (the admin API's shapes derive from it)."""

    input: Money = Field(default=Decimal(0), ge=0)
    output: Money = Field(default=Decimal(0), ge=0)
    cache_read: Money = Field(default=Decimal(0), ge=0)
    cache_write: Money = Field(default=Decimal(0), ge=0)
    per_unit: Money = Field(default=Decimal(0), ge=0)
    # Where a provider prices a unit by resolution (a second of 1280x720 video against one of
    # 1792x1024): size -> USD per unit. A size not listed costs per_unit.
    per_unit_by_size: dict[str, Money] = Field(default_factory=dict)

    def unit_price(self, size: str) -> Decimal:
        return self.per_unit_by_size.get(size, self.per_unit) if size else self.per_unit


class Price(PriceBase):
    """A price as the gateway applies it, with the version events record."""

    model_config = ConfigDict(frozen=True)

    version: str = DEFAULT_VERSION


class TokenCounts(NamedTuple):
    """What one request used, in the meaning docs/analysts.md gives. A tuple, not a frozen
    dataclass: made once per request on the gateway's hot path, where a frozen dataclass's
    __init__ costs 0.9 µs."""

    input_tokens: int = 0  # neither read from nor written to a cache (docs/analysts.md)
    output_tokens: int = 0  # reasoning included
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    reasoning_tokens: int = 0
    units: int = 0


def cost_of(counts: TokenCounts, price: Price, size: str = "") -> Decimal:
    """Each kind of token at its own rate, and units at the price of their size, exact to 1e-12
    USD. Kinds a request did not use are left out of the sum rather than added as zeros (most
    requests use two kinds of four)."""
    total = counts.input_tokens * price.input + counts.output_tokens * price.output
    if counts.cache_read_tokens:
        total += counts.cache_read_tokens * price.cache_read
    if counts.cache_write_tokens:
        total += counts.cache_write_tokens * price.cache_write
    total /= MILLION
    if counts.units:
        total += counts.units * price.unit_price(size)
    return total.quantize(COST_QUANTUM, rounding=ROUND_HALF_EVEN)


def billed(cost: Decimal, multiplier: Decimal) -> Decimal:
    if multiplier == 1:
        return cost
    return (cost * multiplier).quantize(COST_QUANTUM, rounding=ROUND_HALF_EVEN)


def load_default_prices() -> dict[str, Price]:
    raw = json.loads(resources.files(__package__).joinpath("default_prices.json").read_text())
    return {model: Price(**fields) for model, fields in raw.items() if not model.startswith("_")}


class PriceTable:
    """Shipped defaults overlaid with the KV bucket's entries; looked up by upstream model."""

    def __init__(self, defaults: dict[str, Price] | None = None) -> None:
        self._defaults = load_default_prices() if defaults is None else defaults
        self._overrides: dict[str, Price] = {}
        self._found: dict[tuple[str, ...], Price | None] = {}  # lookups so far; emptied on change

    def set(self, model: str, price: Price) -> None:
        self._overrides[model] = price
        self._found.clear()

    def remove(self, model: str) -> None:
        self._overrides.pop(model, None)
        self._found.clear()

    def overridden(self) -> builtins.set[str]:  # `set` here is the method above
        return set(self._overrides)

    def lookup(self, *models: str) -> Price | None:
        """The first model with a price wins; dated snapshots (gpt-4o-2024-08-06) fall back to
        their family (gpt-4o)."""
        if models not in self._found:
            if len(self._found) >= 10_000:  # names come from clients: keep the memo bounded
                self._found.clear()
            self._found[models] = self._find(models)
        return self._found[models]

    def _find(self, models: tuple[str, ...]) -> Price | None:
        for model in models:
            for name in (model, _DATE_SUFFIX.sub("", model)):
                price = self._overrides.get(name) or self._defaults.get(name)
                if price is not None:
                    return price
        return None

    def as_dict(self) -> dict[str, Any]:
        return {**self._defaults, **self._overrides}


_KEY_SAFE = re.compile(r"[A-Za-z0-9_.-]")


def price_key(model: str) -> str:
    """A model name as a KV key: other characters as =XX (hex of each UTF-8 byte)."""
    return "".join(c if _KEY_SAFE.fullmatch(c) else "".join(f"={b:02X}" for b in c.encode()) for c in model)


class PriceVersion(Price):
    effective_from: datetime


class PriceRecord(BaseModel):
    """One model's prices in the tg_prices bucket: the version in force and every earlier one."""

    model: str
    current: PriceVersion
    history: list[PriceVersion] = []

    def as_price(self) -> Price:
        return Price(**self.current.model_dump(exclude={"effective_from"}))
