"""Request and answer shapes of the admin API. A record's fields are declared once, in its base
model (tallygate_shared.config); the create, update and public shapes here derive from it.
docs/api.md explains the conventions, docs/openapi.json has every shape."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from tallygate_shared.config import (
    USERNAME_PATTERN,
    Account,
    AccountBase,
    AccountDefaults,
    ApiKey,
    KeyBase,
    KeyDefaults,
    KeyLimits,
    Limits,
    Role,
    RollupRebuild,
    RuntimeSettings,
    User,
    UserBase,
    WindowUsage,
)
from tallygate_shared.fields import Money, nullable
from tallygate_shared.headroom import Headroom
from tallygate_shared.jobs import JobRoute
from tallygate_shared.pricing import PriceBase
from tallygate_shared.proxies import masked_proxy

T = TypeVar("T")
# A time the API gives as an ISO 8601 string it formatted itself.
Timestamp = Annotated[str, Field(json_schema_extra={"format": "date-time"})]
Day = Annotated[str, Field(json_schema_extra={"format": "date"})]


class ListOf(BaseModel, Generic[T]):
    items: list[T]


# --- accounts -----------------------------------------------------------------------------


class AccountCreate(AccountBase):
    """A new upstream account; `api_key` is sealed before it is stored and never shown again."""

    model_config = ConfigDict(extra="forbid")

    api_key: str = ""


class AccountPublic(AccountBase):
    """An account as the API shows it: everything but the credential (docs/security.md)."""

    id: str
    created_at: datetime
    api_key_set: bool
    revision: int

    @classmethod
    def of(cls, account: Account, revision: int) -> AccountPublic:
        fields = account.model_dump(exclude={"api_key", "api_key_fingerprint", "proxy"})
        public = cls(**fields, api_key_set=bool(account.api_key), revision=revision)
        # Its password masked; a PATCH that sends the masked URL back leaves the proxy as it is.
        public.proxy = masked_proxy(account.proxy)
        return public


class AccountHealth(BaseModel):
    state: Literal["healthy", "cooling_down", "half_open"]
    reason: str
    cool_down_left_s: float
    consecutive_failures: int


class JobCounts(BaseModel):
    """Jobs by their status now (docs/analysts.md, "Jobs")."""

    pending: int
    succeeded: int
    failed: int


class AccountToday(BaseModel):
    """Today's use. `tasks` is what daily limits count per task type: successful requests, jobs
    included while pending and once succeeded. `pending` is requests in flight now; `jobs` the
    jobs submitted today per task type."""

    requests: int
    succeeded: int
    failed: int
    pending: int
    tokens: int
    cost_usd: Money
    tasks: dict[str, int]
    jobs: dict[str, JobCounts]


class AccountDetail(AccountPublic):
    """An account with its live columns: health, load and today's use (gateways, aggregator)."""

    health: AccountHealth
    in_flight: int
    last_used_at: Timestamp | None
    today: AccountToday
    window_5h: WindowUsage
    window_7d: WindowUsage
    headroom: Headroom | None = Field(
        description="the provider's own rate-limit headroom, from its latest answer's headers"
    )


class ImportRow(BaseModel):
    line: int
    status: Literal["created", "skipped", "error"]
    detail: str


class ImportSummary(BaseModel):
    total_rows: int
    success: int
    skipped: int
    errors: int
    accounts_total: int
    rows: list[ImportRow]


class JobPresets(BaseModel):
    """The job APIs the gateway knows by name (docs/operators.md, "Declaring job routes"): each
    preset as a route naming it is expanded, and the task type it is made for."""

    presets: dict[str, JobRoute]
    task_types: dict[str, str]


class BulkQuota(BaseModel):
    model_config = ConfigDict(extra="forbid")

    image: int | None = Field(default=None, ge=0)
    video: int | None = Field(default=None, ge=0)
    lipsync: int | None = Field(default=None, ge=0)


class BulkQuotaResult(BaseModel):
    updated: int


class TaskLoad(BaseModel):
    used: int
    limit: int
    load_pct: float


class AccountLoadRow(BaseModel):
    account_id: str
    name: str
    enabled: bool
    load_pct: float
    tasks: dict[str, TaskLoad]
    today_requests: int
    total_requests: int


class LoadSummary(BaseModel):
    total_accounts: int
    active_accounts: int
    overloaded: int
    idle: int
    avg_load_pct: float
    remaining_capacity: int


class AccountLoad(BaseModel):
    summary: LoadSummary
    accounts: list[AccountLoadRow]


# --- keys ---------------------------------------------------------------------------------


class KeyPublic(KeyBase):
    """A key as the API shows it: never its secret nor its hash. `admin_limits` are what an
    admin set, which the key's owner may narrow but not widen or remove."""

    id: str
    prefix: str
    created_at: datetime
    revision: int
    admin_limits: KeyLimits
    disabled_by_admin: bool

    @classmethod
    def of(cls, key: ApiKey, revision: int) -> KeyPublic:
        return cls(**key.model_dump(exclude={"key_hash"}), revision=revision)


class KeyCreated(KeyPublic):
    key: str = Field(description="The secret, shown this once")


class KeyTodayUse(BaseModel):
    requests: int
    tokens: int


class KeySpendNow(BaseModel):
    day: Money
    week: Money
    month: Money


class KeyDetail(KeyPublic):
    """A key with its live columns: requests in flight, today's use and spend so far."""

    concurrency_now: int
    today: KeyTodayUse
    spend: KeySpendNow


class KeyModelUsage(BaseModel):
    model: str
    requests: int
    input_tokens: int
    output_tokens: int
    cost_usd: Money


class KeyUsage(BaseModel):
    models: list[KeyModelUsage]


class KeyStatsRow(BaseModel):
    """One key's use over the days asked for. `tasks` is requests per task type (a job once it
    ended); `total` = `succeeded` + `failed` (status >= 400, or a failed job)."""

    key_id: str
    key_name: str = Field(description="empty for a deleted key")
    note: str
    user_id: str
    tasks: dict[str, int]
    total: int
    succeeded: int
    failed: int
    last_used_at: Timestamp | None


# --- users --------------------------------------------------------------------------------


class UserWrite(UserBase):
    """What an admin writes on a user: its fields and a password (argon2id-hashed, never shown)."""

    model_config = ConfigDict(extra="forbid")

    password: str = Field(min_length=8, max_length=1000)


class UserCreate(UserWrite):
    """A new user; its username must match USERNAME_PATTERN (a stored one need not)."""

    username: str = Field(pattern=USERNAME_PATTERN)


class UserPublic(UserBase):
    """A user as the API shows it: never the password hash."""

    id: str
    username: str
    created_at: Timestamp
    revision: int

    @classmethod
    def of(cls, user: User, revision: int) -> UserPublic:
        fields = user.model_dump(exclude={"password_hash", "created_at"})
        return cls(**fields, created_at=user.created_at.isoformat(), revision=revision)


# --- the caller ---------------------------------------------------------------------------


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class UserRef(BaseModel):
    id: str | None = Field(description="null for the admin bearer token")
    username: str
    role: Role


class LoginAnswer(BaseModel):
    csrf_token: str
    user: UserRef


class MeUser(UserRef):
    """Who is signed in; for a user also the limits across their keys and their key defaults
    (absent for the admin token)."""

    limits: Limits | None = None
    key_defaults: KeyLimits | None = None


class MeAnswer(BaseModel):
    user: MeUser
    csrf_token: str | None


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=1000)
    new_password: str = Field(min_length=8, max_length=1000)


# --- prices -------------------------------------------------------------------------------


class PriceIn(PriceBase):
    """A new price version; a part not given is 0 (a model priced per unit needs no token prices)."""

    model_config = ConfigDict(extra="forbid")


class PricePublic(PriceIn):
    model_config = ConfigDict(extra="ignore")

    model: str
    version: str
    effective_from: Timestamp
    source: Literal["custom", "default"]
    revision: int | None


class PriceHistory(BaseModel):
    model: str
    items: list[PricePublic]


# --- dashboards ---------------------------------------------------------------------------


class Totals(BaseModel):
    requests: int
    errors: int
    success_rate: float
    fallbacks: int
    unique_users: int
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int
    cache_hit_rate: float
    cost_usd: Money
    billed_cost_usd: Money
    avg_latency_ms: float


class AccountCounts(BaseModel):
    total: int
    enabled: int
    healthy: int


class KeyCounts(BaseModel):
    total: int
    active: int


class Overview(BaseModel):
    today: Totals
    total: Totals
    accounts: AccountCounts
    keys: KeyCounts
    remaining_quota: dict[str, int] = Field(
        description="per task type an account limits (its daily_limits): what enabled accounts' "
        "daily limits still allow today (0 when only disabled accounts have it)"
    )


class DailyRow(BaseModel):
    date: Day
    requests: int
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int
    cost_usd: Money
    billed_cost_usd: Money
    errors: int


class DailyUsage(BaseModel):
    days: list[DailyRow]


class ModelRow(BaseModel):
    model: str
    requests: int
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int
    cost_usd: Money
    avg_latency_ms: float
    success_rate: float


class ModelUsage(BaseModel):
    models: list[ModelRow]


class TopUser(BaseModel):
    user_id: str
    key_id: str = Field(description="a key without an owner stands for itself; else empty")
    requests: int
    input_tokens: int
    output_tokens: int
    cost_usd: Money
    billed_cost_usd: Money
    name: str
    tasks: dict[str, int] = Field(description="requests per task type")


class TopUsers(BaseModel):
    users: list[TopUser]


class SummaryRow(BaseModel):
    account_id: str
    user_id: str
    key_id: str
    requests: int
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int
    total_tokens: int
    cost_usd: Money
    billed_cost_usd: Money
    avg_latency_ms: float
    account_name: str
    key_name: str
    user_name: str


class UsageSummary(BaseModel):
    rows: list[SummaryRow]


class RequestRow(BaseModel):
    """One request of the log (the `usage` view's columns, docs/analysts.md), with names."""

    request_id: str
    ts: Timestamp
    end_ts: Timestamp
    api_key_id: str
    user_id: str
    account_id: str
    provider: str
    endpoint: str
    task_type: str
    model: str
    upstream_model: str
    stream: bool
    status_code: int
    error_type: str
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int
    reasoning_tokens: int
    units: int
    usage_estimated: bool
    cost_usd: Money
    billed_cost_usd: Money
    price_version: str
    duration_ms: int
    ttft_ms: int | None
    attempts: int
    client_ip: str
    user_agent: str
    gateway_instance: str
    job_id: str
    job_status: Literal["", "pending", "succeeded", "failed"] = Field(
        description="empty for a request that is not a job; a pending job's row has no cost yet"
    )
    key_name: str
    account_name: str


class Page(BaseModel, Generic[T]):
    """A page, newest first; pass `next_cursor` back as `cursor` for the next (null: the end)."""

    items: list[T]
    next_cursor: str | None


# --- settings and audit -------------------------------------------------------------------


class AuditEntry(BaseModel):
    id: str
    ts: Timestamp
    actor: str
    actor_id: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    client_ip: str


class KeyCreate(KeyBase):
    """A new key. Limits not given start from the owner's key defaults; `user_id` null is
    no owner, `rate_multiplier` null is 1."""

    model_config = ConfigDict(extra="forbid")
    # The same fields; null means "not given" on create.
    user_id: str | None = None  # type: ignore[assignment]
    rate_multiplier: Money | None = Field(default=None, ge=0)  # type: ignore[assignment]


# --- update shapes: every field of the write shape, each optional (docs/api.md on null) ---

if TYPE_CHECKING:
    AccountUpdate = AccountCreate
    KeyUpdate = KeyCreate
    UserUpdate = UserWrite
else:
    AccountUpdate = nullable(AccountCreate, "AccountUpdate")
    KeyUpdate = nullable(KeyCreate, "KeyUpdate")
    UserUpdate = nullable(UserWrite, "UserUpdate")


# --- settings -----------------------------------------------------------------------------


class SettingsPublic(RuntimeSettings):
    """The settings with their revision (send it as If-Match). `effective_timezone` is the zone
    the rollups and dashboards cut days in now: it differs from `timezone` only between a change
    and the aggregator's next pass. `rebuild` is the progress of cutting past days again after
    a change (null when none is under way)."""

    revision: int
    effective_timezone: str
    rebuild: RollupRebuild | None = None


if TYPE_CHECKING:
    AccountDefaultsPatch = AccountDefaults
    KeyDefaultsPatch = KeyDefaults
else:
    AccountDefaultsPatch = nullable(AccountDefaults, "AccountDefaultsPatch")
    KeyDefaultsPatch = nullable(KeyDefaults, "KeyDefaultsPatch")


class SettingsPatch(BaseModel):
    """A merge patch of the settings: the fields sent replace theirs, the others stay. In the
    defaults, `null` is a value ("no limit"), and an absent field is left as it is."""

    model_config = ConfigDict(extra="forbid")

    timezone: str | None = None
    max_body_bytes: int | None = None
    unpriced: Literal["serve", "refuse"] | None = None
    account_defaults: AccountDefaultsPatch | None = None
    key_defaults: KeyDefaultsPatch | None = None

    def applied_to(self, current: RuntimeSettings) -> RuntimeSettings:
        """The settings after this patch, validated whole (ValidationError when they are not)."""
        merged = current.model_dump()
        for section, value in self.model_dump(exclude_unset=True).items():
            if isinstance(value, dict):
                merged[section] = {**merged[section], **value}
            else:
                merged[section] = value
        return RuntimeSettings.model_validate(merged)


# --- unpriced models ----------------------------------------------------------------------


class UnpricedModel(BaseModel):
    """A model no price covers (served by these accounts), or one with rows of the last 30 days
    served without a price (price_version "unpriced", costing 0 until repriced)."""

    model: str
    accounts: list[str] = Field(description="names of the enabled accounts that serve it")
    rows: int = Field(description="its unpriced rows of the last 30 days")
    last_seen: Timestamp | None
    price_version: str | None = Field(
        default=None,
        description="the price that covers it now, when one was set since: its rows can be repriced",
    )


class RepriceResult(BaseModel):
    model: str
    rows: int = Field(description="rows priced now, at the model's current price")
    price_version: str
