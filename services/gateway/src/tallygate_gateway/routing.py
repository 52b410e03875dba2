"""AccountPool: which upstream accounts may serve a request, in the order to try them."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from tallygate_shared.config import Account


class AccountPool:
    """Lower priority first; inside a tier, a weighted random order (weight x free capacity),
    so load spreads while a failed account falls through to the next one."""

    def __init__(self, accounts: Callable[[], Iterable[Account]], rng: random.Random | None = None):
        self._accounts = accounts
        self._rng = rng or random.Random()
        self.in_flight: dict[str, int] = {}

    def candidates(self, providers: frozenset[str], model: str) -> list[Account]:
        tiers: dict[int, list[Account]] = {}
        for account in self._accounts():
            if account.enabled and account.provider in providers and account.serves(model):
                if account.max_concurrency and self.in_flight.get(account.id, 0) >= account.max_concurrency:
                    continue
                tiers.setdefault(account.priority, []).append(account)
        ordered: list[Account] = []
        for priority in sorted(tiers):
            ordered.extend(self._weighted_order(tiers[priority]))
        return ordered

    def _weighted_order(self, tier: list[Account]) -> list[Account]:
        if len(tier) == 1:
            return tier
        # Efraimidis-Spirakis: sort by u^(1/w), a weighted shuffle in one pass.
        keyed = []
        for account in tier:
            weight = max(account.weight, 0) * self._free_share(account)
            key = self._rng.random() ** (1.0 / weight) if weight > 0 else -1.0
            keyed.append((key, account))
        keyed.sort(key=lambda pair: pair[0], reverse=True)
        return [account for _, account in keyed]

    def _free_share(self, account: Account) -> float:
        if not account.max_concurrency:
            return 1.0
        free = account.max_concurrency - self.in_flight.get(account.id, 0)
        return max(free, 0) / account.max_concurrency

    def acquire(self, account: Account) -> None:
        self.in_flight[account.id] = self.in_flight.get(account.id, 0) + 1

    def release(self, account: Account) -> None:
        self.in_flight[account.id] = self.in_flight.get(account.id, 1) - 1
