"""A real gateway process against a real nats-server, configured by writing KV as admin-api
does, with usage events read back from the JetStream stream."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from tallygate_shared.config import (
    ACCOUNTS_BUCKET,
    KEYS_BUCKET,
    PREFIX_SHOWN,
    Account,
    ApiKey,
    hash_key,
    new_key,
)
from tallygate_shared.events import USAGE_STREAM, UsageEvent, split_events
from tallygate_shared.nats import close, connect, ensure_jetstream
from tests.conftest import KEY_SECRET, NatsServer, free_port


class Gateway:
    def __init__(
        self, nats: NatsServer, tmp: Path, env: dict[str, str] | None = None, python: str = sys.executable
    ) -> None:
        self.nats = nats
        self.python = python  # bench/ab.py runs gateways of other checkouts and interpreters
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.tmp = tmp
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.nc: Any = None
        self._n_accounts = 0

    async def start(self) -> None:
        self.nc = await connect(self.nats.url, "test-admin")
        self.js = self.nc.jetstream()
        await ensure_jetstream(self.js)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TALLYGATE_")}
        env |= {
            "TALLYGATE_NATS_URL": self.nats.url,
            "TALLYGATE_KEY_SECRET": KEY_SECRET,
            "TALLYGATE_GATEWAY_PORT": str(self.port),
            "TALLYGATE_SPOOL_DIR": str(self.tmp / "spool"),
            "TALLYGATE_INSTANCE_ID": "test-gw",
            **self.extra_env,
        }
        self.log = self.tmp / "gateway.log"
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [self.python, "-m", "tallygate_gateway"], env=env, stdout=out, stderr=out
            )
        async with httpx.AsyncClient() as client:
            for _ in range(300):
                try:
                    if (await client.get(self.url + "/healthz")).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.05)
        raise RuntimeError(self.log.read_text())

    async def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)
        if self.nc is not None and self.nc.is_connected:
            await close(self.nc)

    async def add_account(self, base_url: str, **fields: Any) -> Account:
        self._n_accounts += 1
        account = Account(
            id=fields.pop("id", f"acc_{self._n_accounts}"),
            name=fields.pop("name", f"account-{self._n_accounts}"),
            provider=fields.pop("provider", "openai"),
            base_url=base_url,
            api_key=fields.pop("api_key", "sk-upstream"),
            created_at=datetime.now(UTC),
            **fields,
        )
        kv = await self.js.key_value(ACCOUNTS_BUCKET)
        await kv.put(account.id, account.model_dump_json().encode())
        await self.settle()
        return account

    async def add_key(self, key_id: str = "key_1", **fields: Any) -> tuple[ApiKey, str]:
        secret = new_key()
        key = ApiKey(
            id=key_id,
            name=fields.pop("name", key_id),
            prefix=secret[:PREFIX_SHOWN],
            key_hash=hash_key(KEY_SECRET.encode(), secret),
            created_at=datetime.now(UTC),
            **fields,
        )
        kv = await self.js.key_value(KEYS_BUCKET)
        await kv.put(key.id, key.model_dump_json().encode())
        await self.settle()
        return key, secret

    async def settle(self) -> None:
        """KV changes reach the gateway's watch in about a millisecond; leave it a margin."""
        await asyncio.sleep(0.15)

    async def events(self, n: int, timeout: float = 10.0) -> list[UsageEvent]:
        """The first n usage events in the stream, in order (fails if fewer arrive, or more are
        there). A message may carry several events, one per line."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            events = await self._all_events()
            if len(events) >= n or asyncio.get_running_loop().time() > deadline:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)  # anything extra would show up now
        events = await self._all_events()
        assert len(events) == n, f"expected {n} usage events, found {len(events)}: {events}"
        return events

    async def _all_events(self) -> list[UsageEvent]:
        info = await self.js.stream_info(USAGE_STREAM)
        events = []
        for seq in range(info.state.first_seq, info.state.last_seq + 1) if info.state.messages else ():
            msg = await self.js.get_msg(USAGE_STREAM, seq)
            events += [UsageEvent.model_validate_json(line) for line in split_events(msg.data)]
        return events
