"""admin-api settings (TALLYGATE_ prefix)."""

from __future__ import annotations

from pydantic import Field, SecretStr, field_validator, model_validator

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
    # ClickHouse enforces these on analyst SQL (docs/security.md): fixed on each analyst client when it
    # is created (docs/security.md, "Analyst SQL"). With a dedicated analyst user they are its
    # settings profile's instead.
    sql_max_execution_time: int = Field(default=30, ge=1)
    sql_max_result_rows: int = Field(default=100_000, ge=1)
    sql_max_result_bytes: int = Field(default=128 * 1024**2, ge=1)
    sql_max_memory_usage: int = Field(default=2 * 1024**3, ge=1)
    # Analyst queries that may run at once, one ClickHouse client each; one more caller gets 429.
    sql_pool_size: int = Field(default=2, ge=1, le=32)
    # Server mode: the DSN of the read-only analyst user (infra/clickhouse-server/). Empty: the
    # main DSN, with readonly=1 and the limits set on the connection.
    sql_clickhouse_url: str = ""

    @field_validator("credentials_key")
    @classmethod
    def _credentials_key_set(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value():
            raise ValueError(
                "TALLYGATE_CREDENTIALS_KEY must be set (urlsafe base64 of 32 random bytes; "
                "`tallygate up` makes one): upstream credentials are sealed with it"
            )
        return value

    @model_validator(mode="after")
    def _one_engine_in_embedded_mode(self) -> AdminSettings:
        if self.sql_clickhouse_url and self.clickhouse_url.startswith("chdb:"):
            raise ValueError(
                "TALLYGATE_SQL_CLICKHOUSE_URL is for server mode; with chDB (one engine per process) "
                "leave it empty: analysts get read-only clients of the same engine"
            )
        return self

    @field_validator("admin_token")
    @classmethod
    def _real_token(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 16:
            raise ValueError("TALLYGATE_ADMIN_TOKEN must be a random string of 16+ characters")
        return value
