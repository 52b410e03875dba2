"""Who may set which limit on a key: an admin sets ceilings, the key's owner may only narrow
them (docs/security.md, "Budgets a user cannot escape"). Plain functions; the routes are in
routers/keys.py."""

from __future__ import annotations

from typing import Any

from tallygate_shared.config import LIMIT_FIELDS, KeyLimits


class LimitRaised(Exception):
    """The owner tried to widen or remove what an admin set."""

    def __init__(self, field: str, ceiling: Any) -> None:
        shown = ", ".join(ceiling) if isinstance(ceiling, list) else str(ceiling)
        super().__init__(f"{field}: an admin set it to {shown}; you may lower it, not raise or remove it")
        self.field = field


def within(field: str, value: Any, ceiling: Any) -> bool:
    """Whether `value` allows no more than `ceiling` (None, or [] for models: no limit)."""
    if ceiling is None or (field == "models" and not ceiling):
        return True
    if value is None or (field == "models" and not value):
        return False
    if field == "models":
        return set(value) <= set(ceiling)
    try:
        return bool(value <= ceiling)
    except TypeError:  # a naive datetime against an aware one, say
        return False


def check_within(values: dict[str, Any], ceilings: KeyLimits) -> None:
    """Raise LimitRaised for the first limit in `values` that goes beyond its ceiling."""
    for field in LIMIT_FIELDS:
        if field in values and not within(field, values[field], getattr(ceilings, field)):
            raise LimitRaised(field, getattr(ceilings, field))


def starting_limits(asked: dict[str, Any], defaults: KeyLimits) -> dict[str, Any]:
    """A new key's limits: what was asked, and the owner's defaults for what was not."""
    out = {field: getattr(defaults, field) for field in LIMIT_FIELDS}
    out.update({field: asked[field] for field in LIMIT_FIELDS if asked.get(field) not in (None, [])})
    return out


def with_ceilings(ceilings: KeyLimits, update: dict[str, Any]) -> KeyLimits:
    """An admin's write: each limit it sets (or removes) is the key's new ceiling."""
    changed = {field: update[field] for field in LIMIT_FIELDS if field in update}
    return ceilings.model_copy(update=changed)
