"""Config records in NATS KV, with optimistic concurrency on each record's revision."""

from __future__ import annotations

import secrets
from typing import Generic, TypeVar

from nats.js import JetStreamContext
from nats.js.errors import KeyNotFoundError, KeyWrongLastSequenceError
from nats.js.kv import KeyValue
from pydantic import BaseModel

from tallygate_shared.nats import BucketMirror

M = TypeVar("M", bound=BaseModel)


class NotFound(Exception):
    pass


class StaleRevision(Exception):
    pass


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


class RecordStore(Generic[M]):
    """One bucket of one record type. Writes go to KV with revision checks; reads come from
    a mirror that each write waits on, so a caller always reads its own writes."""

    def __init__(self, bucket: str, model: type[M]) -> None:
        self.model = model
        self.mirror = BucketMirror(bucket)
        self._kv: KeyValue | None = None
        self._bucket = bucket

    async def start(self, js: JetStreamContext) -> None:
        self._kv = await js.key_value(self._bucket)
        await self.mirror.start(js)

    def list(self) -> list[tuple[M, int]]:
        return [(self.model.model_validate_json(v), rev) for v, rev in self.mirror.items.values()]

    def find(self, record_id: str) -> tuple[M, int] | None:
        found = self.mirror.items.get(record_id)
        return None if found is None else (self.model.model_validate_json(found[0]), found[1])

    def get(self, record_id: str) -> tuple[M, int]:
        found = self.mirror.items.get(record_id)
        if found is None:
            raise NotFound(record_id)
        return self.model.model_validate_json(found[0]), found[1]

    async def create(self, record_id: str, record: M) -> int:
        assert self._kv is not None
        revision = await self._kv.create(record_id, record.model_dump_json().encode())
        await self.mirror.wait_for(record_id, revision)
        return revision

    async def put(self, record_id: str, record: M, if_revision: int | None) -> int:
        """Create the record (if_revision None or 0: it must not exist yet) or update it at
        that revision; StaleRevision if it is not the current one."""
        if not if_revision:
            try:
                return await self.create(record_id, record)
            except KeyWrongLastSequenceError as exc:
                raise StaleRevision(record_id) from exc
        return await self.update(record_id, record, if_revision)

    async def update(self, record_id: str, record: M, if_revision: int) -> int:
        assert self._kv is not None
        try:
            revision = await self._kv.update(record_id, record.model_dump_json().encode(), last=if_revision)
        except KeyWrongLastSequenceError as exc:
            raise StaleRevision(record_id) from exc
        await self.mirror.wait_for(record_id, revision)
        return revision

    async def delete(self, record_id: str, if_revision: int | None = None) -> None:
        assert self._kv is not None
        self.get(record_id)
        try:
            await self._kv.delete(record_id, last=if_revision)
        except KeyWrongLastSequenceError as exc:
            raise StaleRevision(record_id) from exc
        except KeyNotFoundError as exc:
            raise NotFound(record_id) from exc
        await self.mirror.wait_for(record_id, None)

    async def stop(self) -> None:
        await self.mirror.stop()
