"""Typed settings. Every service has one class, all read `TALLYGATE_`-prefixed variables."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_PLACEHOLDERS = {"", "changeme", "change-me", "secret", "changethis"}


def check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone {value!r}") from exc
    return value


class CommonSettings(BaseSettings):
    """What every service needs: where NATS and ClickHouse are, the day boundary, the key secret."""

    model_config = SettingsConfigDict(env_prefix="TALLYGATE_", extra="ignore")

    nats_url: str = "nats://127.0.0.1:4222"
    clickhouse_url: str = "http://127.0.0.1:8123"
    clickhouse_database: str = "tallygate"
    timezone: str = "UTC"
    # HMAC key for client API keys (SPEC §6); the gateway and admin-api must share it.
    key_secret: SecretStr = SecretStr("")

    # Bodies over this get 413 at the gateway (SPEC §3); admin-api shows it on the Settings page.
    max_body_bytes: int = 32 * 1024 * 1024

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        return check_timezone(value)

    @field_validator("key_secret")
    @classmethod
    def _real_secret(cls, value: SecretStr) -> SecretStr:
        if value.get_secret_value().lower() in _PLACEHOLDERS or len(value.get_secret_value()) < 16:
            raise ValueError("TALLYGATE_KEY_SECRET must be set to a random string of 16+ characters")
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
