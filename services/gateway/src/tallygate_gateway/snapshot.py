"""The gateway's in-memory view of the config buckets, kept current by KV watches.

No request ever waits on KV: lookups read plain dicts that the watches keep current."""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal

from nats.js import JetStreamContext

from tallygate_shared.config import (
    ACCOUNTS_BUCKET,
    COUNTERS_BUCKET,
    KEYS_BUCKET,
    PRICES_BUCKET,
    SETTINGS_BUCKET,
    SETTINGS_KEY,
    USERS_BUCKET,
    Account,
    ApiKey,
    RuntimeSettings,
    User,
)
from tallygate_shared.credentials import CredentialBox, CredentialError, is_sealed
from tallygate_shared.nats import BucketMirror
from tallygate_shared.pricing import PriceRecord, PriceTable

from .policy import Counters

log = logging.getLogger(__name__)


class ConfigSnapshot:
    def __init__(
        self, counters: Counters, credentials: CredentialBox | None = None, max_body_bytes: int = 32 << 20
    ) -> None:
        self.counters = counters
        self._credentials = credentials
        # The Settings page's body limit once one is saved, TALLYGATE_MAX_BODY_BYTES until then.
        self._default_max_body = max_body_bytes
        self.max_body_bytes = max_body_bytes
        self.refuse_unpriced = False  # the Settings page's choice for models no price covers
        self.accounts: dict[str, Account] = {}
        # Only keys that may be used: a key whose owner is disabled or deleted is left out, so
        # offboarding costs the request path nothing. Every key is kept in `_keys`.
        self.keys_by_hash: dict[str, ApiKey] = {}
        self._keys: dict[str, ApiKey] = {}
        self._keys_of: dict[str, set[str]] = {}  # user id -> ids of the keys they own
        self.users: dict[str, User] = {}
        self.prices = PriceTable()
        self._price_models: dict[str, str] = {}  # KV key -> model name
        self.user_multipliers: dict[str, Decimal] = {}  # only users whose multiplier is not 1
        self._mirrors = (
            BucketMirror(ACCOUNTS_BUCKET, self._apply_account),
            BucketMirror(KEYS_BUCKET, self._apply_key),
            BucketMirror(PRICES_BUCKET, self._apply_price),
            BucketMirror(COUNTERS_BUCKET, counters.apply),
            BucketMirror(USERS_BUCKET, self._apply_user),
            BucketMirror(SETTINGS_BUCKET, self._apply_settings),
        )

    async def start(self, js: JetStreamContext) -> None:
        """Returns once every bucket's current values are loaded."""
        await asyncio.gather(*(mirror.start(js) for mirror in self._mirrors))

    def _apply_account(self, key: str, value: bytes | None) -> None:
        if value is None:
            self.accounts.pop(key, None)
            return
        account = Account.model_validate_json(value)
        if is_sealed(account.api_key):
            # Opened here, once per change: the credential in clear lives only in this memory.
            try:
                if self._credentials is None:
                    raise CredentialError("TALLYGATE_CREDENTIALS_KEY is not set")
                account.api_key = self._credentials.open(account.api_key, account.id)
            except CredentialError as exc:
                log.error("account %s is left out: its credential does not open (%s)", account.id, exc)
                account = account.model_copy(update={"api_key": "", "enabled": False})
        self.accounts[key] = account

    def _apply_key(self, key_id: str, value: bytes | None) -> None:
        old = self._keys.pop(key_id, None)
        if old is not None:
            self.keys_by_hash.pop(old.key_hash, None)
            self._keys_of.get(old.user_id, set()).discard(key_id)
            self.counters.owners.pop(key_id, None)
        if value is not None:
            api_key = ApiKey.model_validate_json(value)
            self._keys[key_id] = api_key
            if api_key.user_id:
                self._keys_of.setdefault(api_key.user_id, set()).add(key_id)
                self.counters.owners[key_id] = api_key.user_id
            self._admit_key(api_key)

    def _admit_key(self, api_key: ApiKey) -> None:
        """List the key for authentication only while its owner (if it has one) exists and is
        enabled: every gateway refuses a disabled or deleted user's keys as soon as it sees the
        change (docs/security.md, "Offboarding")."""
        owner = self.users.get(api_key.user_id) if api_key.user_id else None
        if not api_key.user_id or (owner is not None and owner.enabled):
            self.keys_by_hash[api_key.key_hash] = api_key
        else:
            self.keys_by_hash.pop(api_key.key_hash, None)

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
        user = User.model_validate_json(value) if value is not None else None
        if user is None:
            self.users.pop(user_id, None)
        else:
            self.users[user_id] = user
        if user is None or user.rate_multiplier == 1:
            self.user_multipliers.pop(user_id, None)
        else:
            self.user_multipliers[user_id] = user.rate_multiplier
        for key_id in self._keys_of.get(user_id, ()):
            self._admit_key(self._keys[key_id])

    def _apply_settings(self, key: str, value: bytes | None) -> None:
        # Only the body limit and the unpriced rule are the gateway's: the timezone reaches it
        # through the counters, which change zone at the same pass as the aggregator's rollups.
        if key == SETTINGS_KEY:
            saved = RuntimeSettings.model_validate_json(value) if value is not None else None
            self.max_body_bytes = saved.max_body_bytes if saved is not None else self._default_max_body
            self.refuse_unpriced = saved is not None and saved.unpriced == "refuse"

    def multiplier(self, key: ApiKey) -> Decimal:
        """Billed cost = cost x the key's rate multiplier x its owner's."""
        user = self.user_multipliers.get(key.user_id)  # only users whose multiplier is not 1
        return key.rate_multiplier if user is None else key.rate_multiplier * user

    async def stop(self) -> None:
        for mirror in self._mirrors:
            await mirror.stop()
