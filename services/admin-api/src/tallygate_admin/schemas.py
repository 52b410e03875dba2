"""Request and answer shapes of the management API (SPEC §3)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from tallygate_shared.config import Account, ApiKey, KeyLimits, Limits, Provider

from .money import money


class AccountIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    provider: Provider
    base_url: str
    api_key: str = ""
    models: list[str] = Field(default_factory=list)
    model_map: dict[str, str] = Field(default_factory=dict)
    priority: int = 1
    weight: int = Field(default=1, ge=0)
    max_concurrency: int = Field(default=0, ge=0)
    daily_limits: dict[str, int] = Field(default_factory=dict)
    enabled: bool = True


class AccountPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=200)
    provider: Provider | None = None
    base_url: str | None = None
    api_key: str | None = None
    models: list[str] | None = None
    model_map: dict[str, str] | None = None
    priority: int | None = None
    weight: int | None = Field(default=None, ge=0)
    max_concurrency: int | None = Field(default=None, ge=0)
    daily_limits: dict[str, int] | None = None
    enabled: bool | None = None


def account_out(account: Account, revision: int) -> dict[str, Any]:
    """Everything but the credential (SPEC §6)."""
    out = account.model_dump(mode="json", exclude={"api_key", "api_key_fingerprint"})
    out["api_key_set"] = bool(account.api_key)
    out["revision"] = revision
    return out


def limits_out(limits: Limits) -> dict[str, Any]:
    """The limits of a record (a key's, a user's, a key defaults') as the API shows them: money
    as decimal strings, no limit as null."""
    out = limits.model_dump(mode="json", include=set(KeyLimits.model_fields) & set(type(limits).model_fields))
    for field in ("daily_limit_usd", "weekly_limit_usd", "monthly_limit_usd"):
        value = getattr(limits, field)
        out[field] = None if value is None else money(value)
    return out


class KeyIn(KeyLimits):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    user_id: str | None = None
    rate_multiplier: Decimal | None = Field(default=None, ge=0)


class KeyPatch(KeyIn):
    """Fields to change; a limit sent as null is removed, `models: null` allows every model."""

    name: str | None = Field(default=None, min_length=1, max_length=200)  # type: ignore[assignment]
    models: list[str] | None = None  # type: ignore[assignment]
    enabled: bool | None = None


class KeyOut(BaseModel):
    id: str
    name: str
    prefix: str
    user_id: str
    models: list[str]
    max_concurrency: int | None
    rpm: int | None
    daily_limit_usd: Decimal | None
    weekly_limit_usd: Decimal | None
    monthly_limit_usd: Decimal | None
    expires_at: datetime | None
    rate_multiplier: Decimal
    enabled: bool
    created_at: datetime
    revision: int

    @field_serializer("daily_limit_usd", "weekly_limit_usd", "monthly_limit_usd", "rate_multiplier")
    def _money(self, value: Decimal | None) -> str | None:
        return None if value is None else money(value)


def key_out(key: ApiKey, revision: int) -> dict[str, Any]:
    fields = key.model_dump(exclude={"key_hash"})
    return {
        **KeyOut(**fields, revision=revision).model_dump(mode="json"),
        # What an admin set, which the key's owner may narrow but not widen or remove.
        "admin_limits": limits_out(key.admin_limits),
        "disabled_by_admin": key.disabled_by_admin,
    }
