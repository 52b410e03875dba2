"""The gateway's in-memory view of the config buckets, kept current by KV watches.

No request ever waits on KV: lookups read plain dicts that the watches keep current."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from nats.js import JetStreamContext

from tallygate_shared.config import (
    ACCOUNTS_BUCKET,
    COUNTERS_BUCKET,
    KEYS_BUCKET,
    PRICES_BUCKET,
    USERS_BUCKET,
    Account,
    ApiKey,
    User,
)
from tallygate_shared.nats import BucketMirror
from tallygate_shared.pricing import PriceRecord, PriceTable

from .policy import Counters


class ConfigSnapshot:
    def __init__(self, counters: Counters) -> None:
        self.counters = counters
        self.accounts: dict[str, Account] = {}
        self.keys_by_hash: dict[str, ApiKey] = {}
        self._key_hash_by_id: dict[str, str] = {}
        self.prices = PriceTable()
        self._price_models: dict[str, str] = {}  # KV key -> model name
        self.user_multipliers: dict[str, Decimal] = {}  # only users whose multiplier is not 1
        self._mirrors = (
            BucketMirror(ACCOUNTS_BUCKET, self._apply_account),
            BucketMirror(KEYS_BUCKET, self._apply_key),
            BucketMirror(PRICES_BUCKET, self._apply_price),
            BucketMirror(COUNTERS_BUCKET, counters.apply),
            BucketMirror(USERS_BUCKET, self._apply_user),
        )

    async def start(self, js: JetStreamContext) -> None:
        """Returns once every bucket's current values are loaded."""
        await asyncio.gather(*(mirror.start(js) for mirror in self._mirrors))

    def _apply_account(self, key: str, value: bytes | None) -> None:
        if value is None:
            self.accounts.pop(key, None)
        else:
            self.accounts[key] = Account.model_validate_json(value)

    def _apply_key(self, key_id: str, value: bytes | None) -> None:
        old_hash = self._key_hash_by_id.pop(key_id, None)
        if old_hash is not None:
            self.keys_by_hash.pop(old_hash, None)
        if value is not None:
            api_key = ApiKey.model_validate_json(value)
            self.keys_by_hash[api_key.key_hash] = api_key
            self._key_hash_by_id[key_id] = api_key.key_hash

    def _apply_price(self, key: str, value: bytes | None) -> None:
        if value is None:
            model = self._price_models.pop(key, None)
            if model is not None:
                self.prices.remove(model)
        else:
            record = PriceRecord.model_validate_json(value)
            self._price_models[key] = record.model
            self.prices.set(record.model, record.as_price())

    def _apply_user(self, user_id: str, value: bytes | None) -> None:
        multiplier = User.model_validate_json(value).rate_multiplier if value is not None else Decimal(1)
        if multiplier == 1:
            self.user_multipliers.pop(user_id, None)
        else:
            self.user_multipliers[user_id] = multiplier

    def multiplier(self, key: ApiKey) -> Decimal:
        """Billed cost = cost x the key's rate multiplier x its owner's."""
        user = self.user_multipliers.get(key.user_id)  # only users whose multiplier is not 1
        return key.rate_multiplier if user is None else key.rate_multiplier * user

    async def stop(self) -> None:
        for mirror in self._mirrors:
            await mirror.stop()
