"""Field types and shape builders the KV records and the admin API share: money as an exact
decimal string, and the update shape of a record derived from its fields (docs/api.md)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, Field, PlainSerializer, WithJsonSchema, create_model

MONEY_PATTERN = r"^-?\d+(\.\d+)?$"


def money(value: Decimal | int | float | str | None) -> str:
    """USD as a plain decimal string, exact and without trailing zeros ("0.0025", "12")."""
    if value is None:
        return "0"
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "") else text


# A Decimal in Python, a decimal string in JSON (never a float): what every money field is.
Money = Annotated[
    Decimal,
    PlainSerializer(money, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "decimal", "pattern": MONEY_PATTERN, "examples": ["0.0025"]}),
]


def nullable(model: type[BaseModel], name: str, *, keep: Iterable[str] = ()) -> type[BaseModel]:
    """A subclass of `model` whose fields (but `keep`) are each optional and nullable, default
    None, their constraints and validators kept: how a record's update shape derives from its
    fields instead of declaring them again. Validators must let None through."""
    kept = set(keep)
    fields: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        if field_name in kept:
            continue
        kind: Any = info.annotation
        if info.metadata:  # the constraints (min_length, ge, ...) hold on a value that is sent
            kind = Annotated[(kind, *info.metadata)]
        fields[field_name] = (kind | None, Field(default=None, description=info.description))
    made: type[BaseModel] = create_model(name, __base__=model, __module__=model.__module__, **fields)
    made.__doc__ = model.__doc__
    return made
