"""Money on the admin API is a decimal string in USD (SPEC §3)."""

from __future__ import annotations

from decimal import Decimal


def money(value: Decimal | int | float | None) -> str:
    if value is None:
        return "0"
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "") else text
