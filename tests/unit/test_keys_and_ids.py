"""Request ids (UUIDv7) and key hashing (HMAC-SHA-256 with the server secret, docs/security.md)."""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid

from tallygate_shared.config import KeyHasher, hash_key
from tallygate_shared.events import new_request_id


def test_request_ids_are_uuid7_and_time_ordered() -> None:
    first = new_request_id()
    time.sleep(0.002)
    second = new_request_id()
    assert uuid.UUID(first).version == 7 and uuid.UUID(first).variant == uuid.RFC_4122
    assert str(uuid.UUID(first)) == first  # the canonical lower-case 8-4-4-4-12 form
    assert first < second


def test_key_hasher_is_hash_key() -> None:
    for secret in (b"server-secret", b"", bytes(range(64)), b"k" * 65):  # short, empty, a block, longer
        hasher = KeyHasher(secret)
        for key in ("tg-one", "tg-two", "tg-one", "ключ"):  # the keyed states are copied, never used up
            expected = hmac.new(secret, key.encode(), hashlib.sha256).hexdigest()
            assert hasher(key) == hash_key(secret, key) == expected
