"""AccountPool: which upstream accounts may serve a request, in the order to try them, each
account's health (a circuit breaker fed by the outcome of every attempt), and the headroom its
provider last stated (rate-limit headers)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tallygate_shared.config import Account, AccountLive
from tallygate_shared.events import utc_from_timestamp
from tallygate_shared.headroom import HEADERS, MARKERS, Headroom, exhausted_until, parse_headroom, share_left

FAILURES_TO_OPEN = 3  # consecutive failures that open the breaker
COOL_DOWN_S = 30.0  # first cool-down; doubles on each failed probe
MAX_COOL_DOWN_S = 600.0
# An account's rate-limit headers are parsed at most this often (every answer carries them, and
# the figures move little between answers), and at once when one says a limit is used up.
HEADROOM_EVERY_S = 0.25
MIN_SHARE = 0.01
_NO_MARKER = frozenset(
    MARKERS
).isdisjoint  # an account nearly out of headroom still gets a request now and then


@dataclass(slots=True)
class Health:
    """closed (serving) -> open (cooling down until `open_until`) -> half-open (one probe)."""

    failures: int = 0
    open_until: float = 0.0
    cool_down: float = COOL_DOWN_S
    probing: bool = False
    reason: str = ""

    def state(self, now: float) -> str:
        if not self.open_until:
            return "healthy"
        return "cooling_down" if now < self.open_until else "half_open"


class AccountPool:
    """Lower priority first; inside a tier, a weighted random order (weight x free capacity),
    so load spreads while a failed account falls through to the next one. A session key binds
    a session to the account that served it last (prompt caches stay warm), while that account
    is healthy, enabled, serves the model and has capacity."""

    def __init__(
        self,
        accounts: Callable[[], Iterable[Account]],
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
        sticky_ttl_s: float = 3600.0,
    ) -> None:
        self._accounts = accounts
        self._rng = rng or random.Random()
        self._clock = clock
        self._sticky_ttl = sticky_ttl_s
        self.in_flight: dict[str, int] = {}
        self.health: dict[str, Health] = {}
        self.last_used: dict[str, float] = {}  # account id -> wall-clock time of its last attempt
        self.headroom: dict[str, Headroom] = {}
        self._headroom_at: dict[str, float] = {}
        self._exhausted: dict[str, float] = {}  # account id -> wall-clock time it has headroom again
        self._share: dict[str, float] = {}  # account id -> the share of its limits left, 0-1
        self._sessions: dict[str, tuple[str, float]] = {}

    def candidates(
        self,
        providers: frozenset[str],
        model: str,
        session: str | None = None,
        allowed: Callable[[Account], bool] | None = None,
    ) -> list[Account]:
        now = self._clock()
        wall = time.time() if self._exhausted else 0.0
        tiers: dict[int, list[Account]] = {}
        for account in self._accounts():
            if not (account.enabled and account.provider in providers and account.serves(model)):
                continue
            if self._full(account) or not self._may_try(account, now):
                continue
            if wall and self._exhausted.get(account.id, 0.0) > wall:
                continue  # its provider said nothing is left until then: it would answer 429
            if allowed is not None and not allowed(account):
                continue
            tiers.setdefault(account.priority, []).append(account)
        ordered: list[Account] = []
        for priority in sorted(tiers):
            ordered.extend(self._weighted_order(tiers[priority]))
        if session:
            bound = self._sessions.get(session)
            if bound and bound[1] > now:
                for i, account in enumerate(ordered):
                    if account.id == bound[0]:
                        ordered.insert(0, ordered.pop(i))
                        break
        return ordered

    def bind(self, session: str | None, account: Account) -> None:
        """The session's next request goes to this account (renewed on each request)."""
        if session:
            self._sessions[session] = (account.id, self._clock() + self._sticky_ttl)
            if len(self._sessions) > 100_000:
                self._forget_expired()

    def _forget_expired(self) -> None:
        now = self._clock()
        self._sessions = {k: v for k, v in self._sessions.items() if v[1] > now}

    def _full(self, account: Account) -> bool:
        return bool(account.max_concurrency) and self.in_flight.get(account.id, 0) >= account.max_concurrency

    def _may_try(self, account: Account, now: float) -> bool:
        h = self.health.get(account.id)
        if h is None or not h.open_until:
            return True
        if now < h.open_until:
            return False
        return not h.probing  # half-open: one probe at a time

    def _weighted_order(self, tier: list[Account]) -> list[Account]:
        if len(tier) == 1:
            return tier
        # Efraimidis-Spirakis: sort by u^(1/w), a weighted shuffle in one pass.
        keyed = []
        for account in tier:
            weight = max(account.weight, 0) * self._free_share(account) * self._share.get(account.id, 1.0)
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
        self.last_used[account.id] = time.time()
        h = self.health.get(account.id)
        if h is not None and h.open_until and self._clock() >= h.open_until:
            h.probing = True

    def release(self, account: Account) -> None:
        self.in_flight[account.id] = self.in_flight.get(account.id, 1) - 1

    def succeeded(self, account: Account) -> None:
        h = self.health.get(account.id)
        if h is not None and (h.failures or h.open_until):
            self.health[account.id] = Health()

    def failed(self, account: Account, reason: str, retry_after_s: float | None = None) -> None:
        """A connection error, timeout, 401/403, 429 or 5xx. A 429 (or any Retry-After) opens the
        breaker at once for as long as the provider asked; otherwise FAILURES_TO_OPEN in a row
        do, and a failed half-open probe doubles the cool-down."""
        h = self.health.setdefault(account.id, Health())
        now = self._clock()
        h.failures += 1
        h.reason = reason
        was_probe = h.probing
        h.probing = False
        if retry_after_s is not None and retry_after_s > 0:
            h.open_until = now + min(retry_after_s, MAX_COOL_DOWN_S)
        elif was_probe:
            h.cool_down = min(h.cool_down * 2, MAX_COOL_DOWN_S)
            h.open_until = now + h.cool_down
        elif h.failures >= FAILURES_TO_OPEN or reason == "429":
            h.open_until = now + h.cool_down

    def note_limits(self, account: Account, headers: dict[str, str]) -> None:
        """The rate-limit headers of an answer from the account, if it has any."""
        if _NO_MARKER(headers):  # most answers of most upstreams: one C-level set check
            return
        now = time.time()
        used_up = any(headers.get(marker) == "0" for marker in MARKERS[:4]) or (
            headers.get("anthropic-ratelimit-unified-status") == "rejected"
        )
        if not used_up and now - self._headroom_at.get(account.id, 0.0) < HEADROOM_EVERY_S:
            return
        headroom = parse_headroom({h: headers[h] for h in HEADERS if h in headers}, utc_from_timestamp(now))
        if headroom is None:
            return
        self.headroom[account.id], self._headroom_at[account.id] = headroom, now
        until = exhausted_until(headroom)
        if until is not None:
            self._exhausted[account.id] = until.timestamp()
        else:
            self._exhausted.pop(account.id, None)
        self._share[account.id] = max(share_left(headroom), MIN_SHARE)

    def snapshot(self) -> dict[str, AccountLive]:
        """Health and load per account, for /healthz, /metrics and the health report that
        admin-api's account table reads."""
        now = self._clock()
        out: dict[str, AccountLive] = {}
        for account_id in set(self.health) | set(self.in_flight) | set(self.last_used) | set(self.headroom):
            h = self.health.get(account_id, Health())
            used = self.last_used.get(account_id)
            out[account_id] = AccountLive(
                state=h.state(now),
                reason=h.reason,
                cool_down_left_s=round(max(h.open_until - now, 0.0), 1) if h.open_until else 0.0,
                consecutive_failures=h.failures,
                in_flight=self.in_flight.get(account_id, 0),
                last_used_at=utc_from_timestamp(used) if used else None,
                headroom=self.headroom.get(account_id),
            )
        return out
