"""Money on the admin API is a decimal string in USD (docs/api.md)."""

from tallygate_shared.fields import money

__all__ = ["money"]
