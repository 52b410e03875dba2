"""Cost: each kind of token at its own rate, exact decimals, multipliers."""

from __future__ import annotations

from decimal import Decimal

from tallygate_shared.pricing import Price, PriceTable, TokenCounts, billed, cost_of, load_default_prices


def test_each_kind_of_token_has_its_own_rate() -> None:
    price = Price(
        input=Decimal("2.50"), output=Decimal("10"), cache_read=Decimal("1.25"), cache_write=Decimal("3.75")
    )
    counts = TokenCounts(input_tokens=1234, output_tokens=567, cache_read_tokens=8900, cache_write_tokens=11)
    expected = (
        Decimal(1234) * Decimal("2.50")
        + Decimal(567) * Decimal(10)
        + Decimal(8900) * Decimal("1.25")
        + Decimal(11) * Decimal("3.75")
    ) / Decimal(1_000_000)
    assert cost_of(counts, price) == expected


def test_no_float_drift_over_many_small_requests() -> None:
    price = Price(input=Decimal("0.15"), output=Decimal("0.60"))
    one = cost_of(TokenCounts(input_tokens=7, output_tokens=3), price)
    assert one == Decimal("0.00000285")
    assert sum([one] * 1_000_000, Decimal(0)) == Decimal("2.85")


def test_units_priced_per_unit() -> None:
    assert cost_of(TokenCounts(units=3), Price(per_unit=Decimal("0.04"))) == Decimal("0.12")


def test_billed_applies_the_multiplier() -> None:
    assert billed(Decimal("0.000001"), Decimal("1.5")) == Decimal("0.0000015")


def test_lookup_prefers_override_and_falls_back_from_dated_snapshot() -> None:
    table = PriceTable()
    defaults = load_default_prices()
    assert table.lookup("gpt-4o-2024-08-06") == defaults["gpt-4o"]
    assert table.lookup("no-such-model") is None
    custom = Price(input=Decimal(1), version="kv-7")
    table.set("gpt-4o", custom)
    assert table.lookup("gpt-4o-2024-08-06") == custom
    assert table.lookup("unknown-alias", "gpt-4o") == custom
