"""Gateway settings (TALLYGATE_ prefix)."""

from __future__ import annotations

import socket
from pathlib import Path

from tallygate_shared.settings import CommonSettings


class GatewaySettings(CommonSettings):
    gateway_host: str = "127.0.0.1"
    gateway_port: int = 8080
    max_body_bytes: int = 32 * 1024 * 1024
    instance_id: str = socket.gethostname()
    # Where usage events wait while NATS is unreachable (replayed when it is back).
    spool_dir: Path = Path("data/spool")
    publish_buffer: int = 20_000
    upstream_connect_timeout_s: float = 10.0
    upstream_read_timeout_s: float = 300.0
