"""Configuration records kept in NATS KV: admin-api writes them, the gateway watches them."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .events import TASK_TYPE_PATTERN
from .fields import Money
from .headroom import Headroom
from .jobs import JobRoute, JobStatus
from .proxies import check_proxy
from .settings import check_timezone

ACCOUNTS_BUCKET = "tg_accounts"
KEYS_BUCKET = "tg_keys"
PRICES_BUCKET = "tg_prices"
COUNTERS_BUCKET = "tg_counters"  # live counters, written by the aggregator
USERS_BUCKET = "tg_users"
SETTINGS_BUCKET = "tg_settings"
SETTINGS_KEY = "settings"  # the one record of SETTINGS_BUCKET: RuntimeSettings
SESSIONS_BUCKET = "tg_sessions"  # admin UI sessions; entries expire with the bucket's TTL
BUCKETS = (ACCOUNTS_BUCKET, KEYS_BUCKET, PRICES_BUCKET, COUNTERS_BUCKET, USERS_BUCKET, SETTINGS_BUCKET)
SESSION_TTL_S = 12 * 3600.0
HEALTH_BUCKET = "tg_health"  # each gateway's live view: account health and load, keys in flight
HEALTH_TTL_S = 60.0  # a gateway that stops reporting drops out after this

Provider = Literal["openai", "anthropic", "gemini", "openai_compatible"]
KEY_PREFIX = "tg-"
PREFIX_SHOWN = 10


class AccountBase(BaseModel):
    """The fields of an upstream account an admin sets. The KV record below and the admin API's
    create, update and public shapes derive from it (docs/api.md)."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(min_length=1, max_length=200)
    provider: Provider
    base_url: str
    # Where the provider's wire differs from OpenAI's (docs/operators.md, "Provider flavours"):
    # "azure" puts the deployment in the path, an api-version in the query and the key in `api-key`.
    # Usage needs no flavour: each answer's own shape says how to read it.
    flavour: Literal["default", "azure"] = "default"
    models: list[str] = Field(default_factory=list)  # empty: every model
    model_map: dict[str, str] = Field(default_factory=dict)
    priority: int = 1  # lower is tried first
    weight: int = Field(default=1, ge=0)
    max_concurrency: int = Field(default=0, ge=0)  # 0: unlimited
    daily_limits: dict[str, int] = Field(default_factory=dict)
    # Task type -> how this account runs it as submit-and-poll jobs (/v1/tasks/{task_type}).
    job_routes: dict[Annotated[str, Field(pattern=TASK_TYPE_PATTERN)], JobRoute] = Field(default_factory=dict)
    # The outbound proxy the gateway reaches this account's upstream through: http://, https://
    # (CONNECT) or socks5://, with user:password; "" connects directly. Its password is a
    # credential: masked in every answer (docs/security.md).
    proxy: str = Field(default="", max_length=2000)
    enabled: bool = True

    @field_validator("proxy")
    @classmethod
    def _proxy_url(cls, value: str | None) -> str | None:
        return check_proxy(value) if value is not None else None

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str | None) -> str | None:
        if value is None:  # an update that leaves it as it is
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return value.rstrip("/")


class Account(AccountBase):
    """An upstream provider account in the pool. `api_key` never leaves the server, and is kept
    sealed in KV (docs/security.md, "Upstream credentials at rest")."""

    id: str
    api_key: str = ""  # sealed (tallygate_shared.credentials) everywhere but in the gateway's memory
    # A keyed hash of the credential in clear: finds a duplicate without opening every credential.
    api_key_fingerprint: str = ""
    created_at: datetime

    def serves(self, model: str) -> bool:
        return not self.models or model in self.models or model in self.model_map

    def upstream_model(self, model: str) -> str:
        return self.model_map.get(model, model)


class Limits(BaseModel):
    """What a key, or a user across all of their keys, is held to; None is no limit."""

    model_config = ConfigDict(extra="ignore")

    max_concurrency: int | None = Field(default=None, ge=1)
    rpm: int | None = Field(default=None, ge=1)
    daily_limit_usd: Money | None = Field(default=None, ge=0)
    weekly_limit_usd: Money | None = Field(default=None, ge=0)
    monthly_limit_usd: Money | None = Field(default=None, ge=0)

    def spend_limits(self) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        return self.daily_limit_usd, self.weekly_limit_usd, self.monthly_limit_usd


class KeyLimits(Limits):
    """A key's limits: a user's own limits, plus which models it may call and until when."""

    models: list[str] = Field(default_factory=list)  # empty: every model
    expires_at: datetime | None = None


LIMIT_FIELDS = tuple(KeyLimits.model_fields)


class KeyDefaults(Limits):
    """The limits a key made in the console starts with (Settings page)."""

    model_config = ConfigDict(extra="forbid")


class KeyBase(KeyLimits):
    """The fields of a client key its creator sets; the KV record and the admin API's shapes
    derive from it (docs/api.md)."""

    name: str = Field(min_length=1, max_length=200)
    note: str = Field(default="", max_length=500)  # what the key is for, in its owner's words
    user_id: str = ""  # the owner; empty: a key of no user
    rate_multiplier: Money = Field(default=Decimal(1), ge=0)
    enabled: bool = True


class ApiKey(KeyBase):
    """A client key. Only its keyed hash is stored (docs/security.md)."""

    id: str
    prefix: str
    key_hash: str
    created_at: datetime
    # What an admin set on this key. Its owner may narrow the key's limits below these, never
    # widen or remove them; a key an admin disabled stays disabled until an admin enables it.
    admin_limits: KeyLimits = Field(default_factory=KeyLimits)
    disabled_by_admin: bool = False

    def allows(self, model: str) -> bool:
        return not self.models or model in self.models

    def usable_at(self, now: datetime) -> bool:
        return self.enabled and (self.expires_at is None or now < self.expires_at)


Role = Literal["admin", "user"]


USERNAME_PATTERN = r"^[A-Za-z0-9_.@-]{2,64}$"  # what a new username must match


class UserBase(Limits):
    """The fields of an admin UI user an admin sets. The limits hold across all of the user's
    keys together; `key_defaults` are what a key the user creates starts from, and the most it
    may allow. The KV record and the admin API's shapes derive from it (docs/api.md)."""

    role: Role = "user"
    rate_multiplier: Money = Field(default=Decimal(1), ge=0)
    enabled: bool = True
    key_defaults: KeyLimits = Field(default_factory=KeyLimits)


class User(UserBase):
    """An admin UI user. `password_hash` is argon2id; the `user` role sees only its own keys."""

    id: str
    username: str
    password_hash: str
    created_at: datetime


class Session(BaseModel):
    """A browser session. It ends after `idle` without a request, and at `expires_at` whatever."""

    model_config = ConfigDict(frozen=True)

    user_id: str
    csrf_token: str
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime


def hash_key(secret: bytes, key: str) -> str:
    return hmac.new(secret, key.encode(), "sha256").hexdigest()


class KeyHasher:
    """hash_key for one secret, with HMAC's inner and outer SHA-256 states keyed once (RFC 2104):
    the gateway hashes the key of every request, and copying two hash states costs a third of
    copying an `hmac` object (0.8 against 2.4 µs here)."""

    def __init__(self, secret: bytes) -> None:
        block = hashlib.sha256().block_size
        padded = (hashlib.sha256(secret).digest() if len(secret) > block else secret).ljust(block, b"\0")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in padded))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in padded))

    def __call__(self, key: str) -> str:
        inner = self._inner.copy()
        inner.update(key.encode())
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


COUNTERS_META = "meta"


def key_counter_id(key_id: str) -> str:
    return f"key.{key_id}"


def account_counter_id(account_id: str) -> str:
    return f"account.{account_id}"


def user_counter_id(user_id: str) -> str:
    return f"user.{user_id}"


class KeySpend(BaseModel):
    """Live spend of one key (or of one user's keys together), written by the aggregator to
    COUNTERS_BUCKET. Periods are calendar periods in TALLYGATE_TIMEZONE (weeks start on Monday)."""

    model_config = ConfigDict(frozen=True)

    day: str  # ISO date the figures are for
    spend_day: Decimal = Decimal(0)
    spend_week: Decimal = Decimal(0)
    spend_month: Decimal = Decimal(0)
    requests_day: int = 0
    tokens_day: int = 0


class WindowUsage(BaseModel):
    model_config = ConfigDict(frozen=True)

    requests: int = 0
    tokens: int = 0
    cost_usd: Decimal = Decimal(0)


class AccountUsage(BaseModel):
    """Live usage of one account: today's successful requests per task type (what daily_limits
    count), a rolling 5 h window (15-minute resolution) and the last 7 calendar days.

    A job counts in tasks_day from its submit while pending and once it succeeded; a failed job
    gives its slot back. jobs_day: task type -> jobs submitted today by status now
    (docs/analysts.md, "Jobs")."""

    model_config = ConfigDict(frozen=True)

    day: str
    tasks_day: dict[str, int] = Field(default_factory=dict)
    jobs_day: dict[str, dict[JobStatus, int]] = Field(default_factory=dict)
    requests_day: int = 0
    tokens_day: int = 0
    cost_day: Decimal = Decimal(0)
    window_5h: WindowUsage = WindowUsage()
    window_7d: WindowUsage = WindowUsage()


class RollupRebuild(BaseModel):
    """Past days being cut again in a new timezone, newest first, while the aggregator goes on
    with its passes (docs/operators.md, "Changing the timezone")."""

    model_config = ConfigDict(frozen=True)

    started_at: datetime
    days_done: int
    days_total: int


class CountersMeta(BaseModel):
    """Every counter includes the rows ingested up to `as_of` (the aggregator's watermark).
    `timezone` is the zone the daily rollups and the counters' days are cut in: dashboards and
    gateways follow it, so they change day boundaries at the same pass as the rollups."""

    model_config = ConfigDict(frozen=True)

    as_of: datetime
    timezone: str
    rebuild: RollupRebuild | None = None


class AccountDefaults(BaseModel):
    """What an account made in the console starts with (Settings page)."""

    model_config = ConfigDict(extra="forbid")

    provider: Provider = "openai_compatible"
    priority: int = 1
    weight: int = Field(default=1, ge=0)
    max_concurrency: int = Field(default=0, ge=0)
    daily_limits: dict[str, int] = Field(default_factory=dict)


class RuntimeSettings(BaseModel):
    """The settings an admin changes on the Settings page, kept in SETTINGS_BUCKET under
    SETTINGS_KEY. Each applies without a restart: the gateway takes `max_body_bytes` from the
    next request (and `unpriced` too), and the aggregator cuts days in `timezone` from its next
    pass, rebuilding past days in the background. Until a record is saved, TALLYGATE_TIMEZONE and
    TALLYGATE_MAX_BODY_BYTES give these two; once saved, the record wins."""

    model_config = ConfigDict(extra="forbid")

    timezone: str = "UTC"
    max_body_bytes: int = Field(default=32 * 1024 * 1024, ge=1024)
    # A request for a model no price covers: "serve" it (its row says price_version "unpriced"
    # and costs 0 until repriced) or "refuse" it (403 model_not_priced). docs/operators.md.
    unpriced: Literal["serve", "refuse"] = "serve"
    account_defaults: AccountDefaults = AccountDefaults()
    key_defaults: KeyDefaults = KeyDefaults()

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        return check_timezone(value)

    @classmethod
    def load(cls, record: bytes | None, *, timezone: str, max_body_bytes: int) -> RuntimeSettings:
        """The saved record, or the environment's values while none is saved."""
        if record is None:
            return cls(timezone=timezone, max_body_bytes=max_body_bytes)
        return cls.model_validate_json(record)


class AccountLive(BaseModel):
    """One gateway's live view of one account."""

    state: str = "healthy"  # healthy | cooling_down | half_open
    reason: str = ""
    cool_down_left_s: float = 0.0
    consecutive_failures: int = 0
    in_flight: int = 0
    last_used_at: datetime | None = None
    headroom: Headroom | None = None  # what the provider's rate-limit headers last said


class GatewayLive(BaseModel):
    """What a gateway reports every second to HEALTH_BUCKET under `gateway.<instance>`."""

    instance: str
    reported_at: datetime
    accounts: dict[str, AccountLive] = Field(default_factory=dict)
    keys_in_flight: dict[str, int] = Field(default_factory=dict)
