"""admin-api settings (TALLYGATE_ prefix)."""

from __future__ import annotations

from pydantic import SecretStr, field_validator

from tallygate_shared.settings import CommonSettings


class AdminSettings(CommonSettings):
    admin_host: str = "127.0.0.1"
    admin_port: int = 8081
    admin_token: SecretStr = SecretStr("")
    # Password of the `admin` user made at first start, when no user exists yet.
    admin_password: SecretStr = SecretStr("")
    # ClickHouse enforces these on analyst SQL (SPEC §3), on a client of its own.
    sql_max_execution_time: int = 30
    sql_max_result_rows: int = 100_000
    sql_max_memory_usage: int = 2 * 1024**3

    @field_validator("admin_token")
    @classmethod
    def _real_token(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 16:
            raise ValueError("TALLYGATE_ADMIN_TOKEN must be a random string of 16+ characters")
        return value
