"""Gateway settings (TALLYGATE_ prefix)."""

from __future__ import annotations

import socket
from pathlib import Path

from pydantic import Field, field_validator

from tallygate_shared.settings import CommonSettings

from .asgi import ClientAddress


class GatewaySettings(CommonSettings):
    gateway_host: str = "127.0.0.1"
    gateway_port: int = 8080
    instance_id: str = socket.gethostname()
    # Where usage events wait while NATS is unreachable (replayed when it is back): the usage
    # journal's directory unless journal_dir is set.
    spool_dir: Path = Path("data/spool")
    # The usage journal (docs/architecture.md): every event is appended here before its answer's
    # last bytes leave and deleted once JetStream acked it. Gateways may share the directory.
    journal_dir: Path | None = None
    # A segment file is closed past this size (or when all its events are acked) and deleted
    # once every event in it is acked; it bounds what a killed gateway leaves to be replayed.
    journal_segment_bytes: int = 1024 * 1024
    publish_buffer: int = 20_000
    # How long an idle client connection stays open. Longer than a load balancer's own idle
    # timeout (AWS ALB: 60 s), so the balancer, not the gateway, ends idle connections: the
    # other way round, a request can meet a connection the gateway is just closing.
    client_keep_alive_s: float = 75.0
    # Addresses or networks of the load balancers in front, comma-separated ("10.0.0.0/8,
    # 192.0.2.7"): a request from one of them is recorded with the client address it forwards
    # in X-Forwarded-For. Empty: the peer's address, whatever the headers say.
    trusted_proxies: str = ""
    upstream_connect_timeout_s: float = 10.0
    upstream_read_timeout_s: float = 300.0
    # How long a synchronous task (/v1/videos/generations, /v1/lipsync/generations) may take to
    # answer, by task type, in seconds: a video takes minutes (JSON, e.g. {"video": 1800}).
    task_read_timeouts: dict[str, float] = Field(
        default_factory=lambda: {"image": 600.0, "video": 1800.0, "lipsync": 1800.0}
    )
    # A pending job that no client polled for this long is polled by the gateway itself, every
    # job_poll_interval_s at most, so that its end is metered (docs/operators.md, "Jobs").
    job_poll_after_s: float = 60.0
    job_poll_interval_s: float = 5.0
    # A job still pending this long after its submit is ended as failed (error_type job_timeout).
    job_timeout_s: float = 24 * 3600.0
    # How long a session stays bound to the account that served it (renewed by each request):
    # seconds, or a duration such as "90s", "30m", "1h".
    sticky_ttl: float = 3600.0

    @property
    def journal_path(self) -> Path:
        return self.journal_dir or self.spool_dir

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: str) -> str:
        ClientAddress(value.split(","))  # an address or network that does not parse is refused here
        return value

    @field_validator("sticky_ttl", mode="before")
    @classmethod
    def _duration(cls, value: object) -> object:
        if isinstance(value, str) and value and value[-1] in "smhd":
            return float(value[:-1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[value[-1]]
        return value
