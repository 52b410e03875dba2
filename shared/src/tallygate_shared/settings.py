"""Typed settings. Every service has one class, all read `TALLYGATE_`-prefixed variables."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .credentials import CredentialBox

_PLACEHOLDERS = {"", "changeme", "change-me", "secret", "changethis"}


def check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone {value!r}") from exc
    return value


class NatsClientSettings(BaseSettings):
    """Where NATS is and who this process is there."""

    model_config = SettingsConfigDict(env_prefix="TALLYGATE_", extra="ignore")

    # `tls://host:4222` for a server that requires TLS (docs/security.md).
    nats_url: str = "nats://127.0.0.1:4222"
    # This process's NATS user and password; empty: connect without credentials (a server
    # without authorization, as in the tests). Each service has a user of its own, allowed
    # only the subjects and buckets it needs (docs/security.md).
    nats_user: str = ""
    nats_password: SecretStr = SecretStr("")


class CommonSettings(NatsClientSettings):
    """What every service needs: where NATS and ClickHouse are, the day boundary, the key secret."""

    clickhouse_url: str = "http://127.0.0.1:8123"
    clickhouse_database: str = "tallygate"
    timezone: str = "UTC"
    # HMAC key for client API keys (docs/security.md); the gateway and admin-api must share it.
    key_secret: SecretStr = SecretStr("")
    # Key for upstream credentials kept in KV (32 random bytes, urlsafe base64); `tallygate up`
    # makes one and keeps it in secrets.json.
    credentials_key: SecretStr = SecretStr("")
    # Earlier credentials keys, comma-separated, while a rotation is under way: credentials
    # sealed with them still open, and admin-api reseals them with the current key at start.
    credentials_old_keys: SecretStr = SecretStr("")

    # Bodies over this get 413 at the gateway; admin-api shows it on the Settings page.
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

    @field_validator("credentials_key", "credentials_old_keys")
    @classmethod
    def _real_keys(cls, value: SecretStr) -> SecretStr:
        for key in value.get_secret_value().split(","):
            if key.strip():
                CredentialBox(key)  # a key that is not 32 bytes of urlsafe base64 is refused here
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def credential_box(self) -> CredentialBox | None:
        """The box that seals and opens upstream credentials; None without a key."""
        key = self.credentials_key.get_secret_value()
        if not key:
            return None
        old = [k for k in self.credentials_old_keys.get_secret_value().split(",") if k.strip()]
        return CredentialBox(key, old)
