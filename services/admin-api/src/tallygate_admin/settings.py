"""admin-api settings (TALLYGATE_ prefix)."""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator

from tallygate_shared.settings import CommonSettings


class AdminSettings(CommonSettings):
    admin_host: str = "127.0.0.1"
    admin_port: int = 8081
    admin_token: SecretStr = SecretStr("")
    # Password of the `admin` user made at first start, when no user exists yet.
    admin_password: SecretStr = SecretStr("")
    # A browser session ends after this long without a request, and this long after login
    # (at most 12 h, the sessions bucket's own expiry), whichever comes first.
    session_idle_s: float = Field(default=3600.0, gt=0)
    session_absolute_s: float = Field(default=12 * 3600.0, gt=0, le=12 * 3600.0)
    # Failed logins allowed in 5 minutes, per username and per client address.
    login_failures_per_username: int = Field(default=5, ge=1)
    login_failures_per_address: int = Field(default=20, ge=1)
    # ClickHouse enforces these on analyst SQL (SPEC §3), on a client of its own.
    sql_max_execution_time: int = 30
    sql_max_result_rows: int = 100_000
    sql_max_memory_usage: int = 2 * 1024**3

    @field_validator("credentials_key")
    @classmethod
    def _credentials_key_set(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value():
            raise ValueError(
                "TALLYGATE_CREDENTIALS_KEY must be set (urlsafe base64 of 32 random bytes; "
                "`tallygate up` makes one): upstream credentials are sealed with it"
            )
        return value

    @field_validator("admin_token")
    @classmethod
    def _real_token(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 16:
            raise ValueError("TALLYGATE_ADMIN_TOKEN must be a random string of 16+ characters")
        return value
