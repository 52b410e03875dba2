"""The audit trail: every management write becomes an AuditEvent on NATS (usage-ingest writes
it to ClickHouse `audit_log`). Secrets never enter it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from nats.js import JetStreamContext
from pydantic import BaseModel

from tallygate_shared.events import AUDIT_SUBJECT, AuditEvent, new_request_id
from tallygate_shared.proxies import masked_proxy

from .auth import Principal

log = logging.getLogger(__name__)
SECRET_FIELDS = frozenset({"api_key", "password", "password_hash", "key_hash", "key"})


def redacted(record: BaseModel | dict[str, Any] | None) -> dict[str, Any] | None:
    if record is None:
        return None
    fields = record.model_dump(mode="json") if isinstance(record, BaseModel) else dict(record)
    out = {k: ("***" if k in SECRET_FIELDS and v else v) for k, v in fields.items()}
    if isinstance(out.get("proxy"), str):  # a proxy URL carries its password
        out["proxy"] = masked_proxy(out["proxy"])
    return out


class Auditor:
    def __init__(self, js: JetStreamContext) -> None:
        self._js = js

    async def record(
        self,
        who: Principal,
        action: str,
        entity: str,
        entity_id: str = "",
        before: BaseModel | dict[str, Any] | None = None,
        after: BaseModel | dict[str, Any] | None = None,
        client_ip: str = "",
    ) -> None:
        event = AuditEvent(
            id=new_request_id(),
            ts=datetime.now(UTC),
            actor=who.username,
            actor_id=who.user_id or "",
            action=action,  # type: ignore[arg-type]
            entity=entity,
            entity_id=entity_id,
            before=redacted(before),
            after=redacted(after),
            client_ip=client_ip,
        )
        # The write itself has happened; a failed publish is logged, never undoes it.
        try:
            await self._js.publish(
                AUDIT_SUBJECT, event.model_dump_json().encode(), headers={"Nats-Msg-Id": event.id}
            )
        except Exception:
            log.exception("could not publish audit event %s", event.model_dump_json())
