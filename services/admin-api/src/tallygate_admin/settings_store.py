"""Run-time settings kept in the tg_settings KV bucket (one record), edited on the Settings page."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tallygate_shared.settings import check_timezone

SETTINGS_KEY = "settings"


class AccountDefaults(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider: str = "openai_compatible"
    priority: int = 1
    weight: int = Field(default=1, ge=0)
    max_concurrency: int = Field(default=0, ge=0)
    daily_limits: dict[str, int] = Field(default_factory=dict)


class KeyDefaults(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rpm: int | None = Field(default=None, ge=1)
    max_concurrency: int | None = Field(default=None, ge=1)
    daily_limit_usd: str | None = None
    monthly_limit_usd: str | None = None


class RuntimeSettings(BaseModel):
    """`timezone` and `max_body_bytes` start from TALLYGATE_TIMEZONE / TALLYGATE_MAX_BODY_BYTES;
    a change here is what the UI shows and applies when the services restart (the day
    boundaries of every rollup are rebuilt then). The defaults apply to new accounts and keys
    made in the UI from now on."""

    model_config = ConfigDict(extra="forbid")

    timezone: str = "UTC"
    max_body_bytes: int = Field(default=32 * 1024 * 1024, ge=1024)
    account_defaults: AccountDefaults = AccountDefaults()
    key_defaults: KeyDefaults = KeyDefaults()

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        return check_timezone(value)


class SettingsPublic(RuntimeSettings):
    """The settings as the API shows them: with their revision (send it as If-Match) and the
    timezone the running services use (a changed one applies at the next restart)."""

    revision: int
    effective_timezone: str
