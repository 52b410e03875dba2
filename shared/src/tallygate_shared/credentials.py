"""Upstream credentials sealed at rest: AES-256-GCM under TALLYGATE_CREDENTIALS_KEY, bound to
the account they belong to. admin-api seals; only the gateway opens (docs/security.md)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SEALED = "tgsealed:v1:"  # then the key's id, ":", and urlsafe base64 of nonce + ciphertext


class CredentialError(ValueError):
    """A sealed credential that no configured key opens, or a key that is not a key."""


def new_credentials_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def _key_bytes(key: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(key.strip() + "=" * (-len(key.strip()) % 4))
    except (binascii.Error, ValueError) as exc:
        raise CredentialError("a credentials key is urlsafe base64 of 32 random bytes") from exc
    if len(raw) != 32:
        raise CredentialError("a credentials key is urlsafe base64 of 32 random bytes")
    return raw


def key_id(raw: bytes) -> str:
    """Names a key in what it sealed, so a rotation can tell old from new; reveals nothing."""
    return hashlib.sha256(b"tallygate credentials key id:" + raw).hexdigest()[:12]


def is_sealed(value: str) -> bool:
    return value.startswith(SEALED)


class CredentialBox:
    """Seals with the current key; opens with the current key or any older one still listed."""

    def __init__(self, key: str, old_keys: Iterable[str] = ()) -> None:
        current = _key_bytes(key)
        self.current_id = key_id(current)
        self._current = AESGCM(current)
        self._keys = {key_id(raw): AESGCM(raw) for raw in map(_key_bytes, [key, *old_keys])}

    def seal(self, credential: str, account_id: str) -> str:
        """The credential sealed for this account (empty stays empty)."""
        if not credential or is_sealed(credential):
            return credential
        nonce = os.urandom(12)
        box = self._current.encrypt(nonce, credential.encode(), account_id.encode())
        return f"{SEALED}{self.current_id}:{base64.urlsafe_b64encode(nonce + box).decode()}"

    def open(self, value: str, account_id: str) -> str:
        """The credential in clear. A value that was never sealed (written before sealing
        began) comes back as it is; admin-api seals it at its next start."""
        if not is_sealed(value):
            return value
        kid, _, blob = value.removeprefix(SEALED).partition(":")
        aes = self._keys.get(kid)
        if aes is None:
            raise CredentialError(f"sealed with key {kid}, which is not configured")
        try:
            raw = base64.urlsafe_b64decode(blob)
            return aes.decrypt(raw[:12], raw[12:], account_id.encode()).decode()
        except (InvalidTag, binascii.Error, ValueError) as exc:
            raise CredentialError(
                "a sealed credential did not open (tampered, or not this account's)"
            ) from exc

    def is_current(self, value: str) -> bool:
        """Sealed with the current key (or empty): nothing to reseal."""
        return not value or value.startswith(f"{SEALED}{self.current_id}:")
