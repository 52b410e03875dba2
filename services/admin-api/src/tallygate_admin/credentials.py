"""Upstream credentials as admin-api keeps them: sealed before they reach KV, with a keyed
fingerprint to find duplicates, and resealed at start when the key was rotated."""

from __future__ import annotations

import logging

from tallygate_shared.config import Account, hash_key
from tallygate_shared.credentials import CredentialBox, CredentialError

from .store import RecordStore, StaleRevision

log = logging.getLogger(__name__)


class AccountSealer:
    def __init__(self, box: CredentialBox, key_secret: bytes) -> None:
        self._box = box
        self._secret = key_secret

    def fingerprint(self, credential: str) -> str:
        return hash_key(self._secret, "upstream credential:" + credential) if credential else ""

    def sealed(self, account: Account, credential: str) -> Account:
        """The account with `credential` (in clear) sealed for it."""
        return account.model_copy(
            update={
                "api_key": self._box.seal(credential, account.id),
                "api_key_fingerprint": self.fingerprint(credential),
            }
        )

    async def reseal_all(self, accounts: RecordStore[Account]) -> int:
        """Seal what is in clear (written before sealing began) and what an older key sealed;
        returns how many accounts changed. An account no configured key opens is left as it is
        (logged): the gateway treats it as having no credential."""
        changed = 0
        for account, revision in accounts.list():
            if self._box.is_current(account.api_key):
                continue
            try:
                resealed = self.sealed(account, self._box.open(account.api_key, account.id))
            except CredentialError as exc:
                log.error("account %s: its credential cannot be resealed: %s", account.id, exc)
                continue
            try:
                await accounts.update(account.id, resealed, revision)
                changed += 1
            except StaleRevision:  # changed meanwhile, so written sealed with the current key
                continue
        if changed:
            log.info("sealed the upstream credentials of %d accounts with the current key", changed)
        return changed
