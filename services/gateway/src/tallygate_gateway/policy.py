"""KeyPolicy: the limits a key and its owner carry, checked before a request goes upstream.

Concurrency and rpm are counted in this gateway instance. Spend limits use the aggregator's
live counters (exact, from the rollups, up to its watermark) plus this instance's own spend
that the counters may not include yet, so a burst overshoots a limit by at most the requests
already in flight when the limit was reached (docs/architecture.md, "Limits")."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from decimal import Decimal
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from tallygate_shared.config import (
    Account,
    AccountUsage,
    ApiKey,
    CountersMeta,
    KeySpend,
    Limits,
    User,
    key_counter_id,
    user_counter_id,
)

# Own events that ended this close to the counters' watermark (or after it) are added on top of
# the counters: some may be counted twice, which only makes a limit bite a little early.
UNCOUNTED_MARGIN_S = 5.0


@dataclass(frozen=True, slots=True)
class Refusal:
    status: int
    error_type: str
    message: str
    retry_after_s: int | None = None


Amount = TypeVar("Amount", int, Decimal)


class OwnRecent(Generic[Amount]):
    """One key's (or account × task's) own recent amounts, oldest first, with a running total
    per local day, so a limit check costs the same with 30,000 entries in the window as with
    one (summing the window each request made a key with a budget cost O(requests/s) each)."""

    __slots__ = ("_entries", "by_day")

    def __init__(self) -> None:
        self._entries: deque[tuple[float, date, Amount]] = deque()
        self.by_day: dict[date, list[Any]] = {}  # day -> [total amount, entries]

    def __bool__(self) -> bool:
        return bool(self._entries)

    def add(self, ended: float, day: date, amount: Amount) -> None:
        self._entries.append((ended, day, amount))
        total = self.by_day.setdefault(day, [amount * 0, 0])
        total[0] += amount
        total[1] += 1

    def drop_older(self, horizon: float) -> None:
        """Forget what ended before `horizon` (the counters include it by now)."""
        entries = self._entries
        while entries and entries[0][0] < horizon:
            _, day, amount = entries.popleft()
            total = self.by_day[day]
            total[0] -= amount
            total[1] -= 1
            if not total[1]:
                del self.by_day[day]


Name = TypeVar("Name")


def _drop_older(own: dict[Name, OwnRecent[Any]], horizon: float) -> None:
    """Drop entries older than `horizon`, and names left empty."""
    for name, recent in list(own.items()):
        recent.drop_older(horizon)
        if not recent:
            del own[name]


class Counters:
    """What the aggregator last published, and what this instance spent since. Spend is kept
    per key and per user (the key's owner), each under its counter name (`key.<id>`,
    `user.<id>`), so a user's limits hold across all of their keys, deleted ones included."""

    def __init__(self, timezone: str, clock: Callable[[], float] = time.time) -> None:
        self.tz = ZoneInfo(timezone)
        self._clock = clock
        self.spend: dict[str, KeySpend] = {}  # counter name -> the aggregator's figures
        self.accounts: dict[str, AccountUsage] = {}
        self.as_of: float = 0.0
        self.owners: dict[str, str] = {}  # key id -> its owner's user id (kept by the snapshot)
        # This instance's own recent spend per counter name (billed USD), and successful tasks per
        # (account, task) (a count), each by the local day it ended on.
        self._own_spend: dict[str, OwnRecent[Decimal]] = {}
        self._own_tasks: dict[tuple[str, str], OwnRecent[int]] = {}
        self._day: tuple[float, float, date] = (0.0, 0.0, date.min)  # [start, end) of a local day

    def local_day(self, at: float) -> date:
        """The day in the counters' timezone at a Unix time (the current one, computed once a day)."""
        start, end, day = self._day
        if not start <= at < end:
            day = datetime.fromtimestamp(at, self.tz).date()
            start = datetime.combine(day, time_of_day(0), self.tz).timestamp()
            end = datetime.combine(day + timedelta(days=1), time_of_day(0), self.tz).timestamp()
            self._day = (start, end, day)
        return day

    def apply(self, name: str, value: bytes | None) -> None:
        """A change in the counters bucket (BucketMirror callback)."""
        kind, _, ident = name.partition(".")
        if kind == "account":
            if value is None:
                self.accounts.pop(ident, None)
            else:
                self.accounts[ident] = AccountUsage.model_validate_json(value)
        elif kind in ("key", "user"):
            if value is None:
                self.spend.pop(name, None)
            else:
                self.spend[name] = KeySpend.model_validate_json(value)
        elif name == "meta" and value is not None:
            meta = CountersMeta.model_validate_json(value)
            if meta.timezone != self.tz.key:  # the aggregator now cuts days in another zone
                self.tz = ZoneInfo(meta.timezone)
                self._day = (0.0, 0.0, date.min)
            self.as_of = meta.as_of.timestamp()
            self._forget_counted()

    def record(self, key_id: str, account_id: str, task_type: str, billed: Decimal, ok: bool) -> None:
        now = self._clock()
        day = self.local_day(now)
        if billed:
            self._own_spend.setdefault(key_counter_id(key_id), OwnRecent()).add(now, day, billed)
            owner = self.owners.get(key_id)
            if owner:
                self._own_spend.setdefault(user_counter_id(owner), OwnRecent()).add(now, day, billed)
        if ok and account_id:
            self._own_tasks.setdefault((account_id, task_type), OwnRecent()).add(now, day, 1)

    def _forget_counted(self) -> None:
        horizon = self.as_of - UNCOUNTED_MARGIN_S
        _drop_older(self._own_spend, horizon)
        _drop_older(self._own_tasks, horizon)

    def periods(self) -> tuple[date, date, date]:
        today = self.local_day(self._clock())
        return today, today - timedelta(days=today.weekday()), today.replace(day=1)

    def key_spend(self, key_id: str) -> tuple[Decimal, Decimal, Decimal]:
        """The key's spend today, this week and this month."""
        return self.spent(key_counter_id(key_id))

    def user_spend(self, user_id: str) -> tuple[Decimal, Decimal, Decimal]:
        """What all of the user's keys spent today, this week and this month."""
        return self.spent(user_counter_id(user_id))

    def spent(self, name: str) -> tuple[Decimal, Decimal, Decimal]:
        today, week, month = self.periods()
        counted = self.spend.get(name)
        day_s = week_s = month_s = Decimal(0)
        if counted is not None:
            counted_day = date.fromisoformat(counted.day)
            if counted_day == today:
                day_s, week_s, month_s = counted.spend_day, counted.spend_week, counted.spend_month
            else:  # the counters are from an earlier day: only the periods still open count
                week_s = counted.spend_week if counted_day >= week else Decimal(0)
                month_s = counted.spend_month if counted_day >= month else Decimal(0)
        own = self._own_spend.get(name)
        if own is not None:
            own.drop_older(self.as_of - UNCOUNTED_MARGIN_S)
            for day, (billed, _) in own.by_day.items():
                day_s += billed if day == today else 0
                week_s += billed if day >= week else 0
                month_s += billed if day >= month else 0
        return day_s, week_s, month_s

    def account_tasks_today(self, account_id: str, task_type: str) -> int:
        today = self.periods()[0]
        counted = self.accounts.get(account_id)
        used = counted.tasks_day.get(task_type, 0) if counted and counted.day == today.isoformat() else 0
        own = self._own_tasks.get((account_id, task_type))
        if own is None:
            return used
        own.drop_older(self.as_of - UNCOUNTED_MARGIN_S)
        return used + int(own.by_day.get(today, (0, 0))[0])


class KeyPolicy:
    """A key's limits, and its owner's across all of the owner's keys. Concurrency and rpm are
    counted in this instance; spend comes from the Counters."""

    def __init__(
        self,
        counters: Counters,
        users: Mapping[str, User] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.counters = counters
        self.users: Mapping[str, User] = users if users is not None else {}
        self._clock = clock
        self.in_flight: dict[str, int] = {}  # per key
        self.user_in_flight: dict[str, int] = {}
        self._recent: dict[str, deque[float]] = {}  # per key id, and per "user.<id>"

    def admit(self, key: ApiKey) -> Refusal | None:
        """None if the request may go on; otherwise why not. Call started() when admitted."""
        refusal = self._check(key, "this key", key.id, self.in_flight, key.id, self.counters.key_spend)
        if refusal is not None or not key.user_id:
            return refusal
        owner = self.users.get(key.user_id)
        if owner is None:
            return None
        return self._check(
            owner,
            "your user",
            key.user_id,
            self.user_in_flight,
            user_counter_id(key.user_id),
            self.counters.user_spend,
        )

    def _check(
        self,
        limits: Limits,
        whose: str,
        ident: str,
        in_flight: dict[str, int],
        window_name: str,
        spend: Callable[[str], tuple[Decimal, Decimal, Decimal]],
    ) -> Refusal | None:
        if limits.max_concurrency is not None and in_flight.get(ident, 0) >= limits.max_concurrency:
            return Refusal(
                429, "concurrency_limit", f"{whose} allows {limits.max_concurrency} requests at once", 1
            )
        if limits.rpm is not None:
            window = self._recent.setdefault(window_name, deque())
            now = self._clock()
            while window and window[0] <= now - 60:
                window.popleft()
            if len(window) >= limits.rpm:
                wait = max(int(window[0] + 60 - now) + 1, 1)
                return Refusal(429, "rate_limited", f"{whose} allows {limits.rpm} requests per minute", wait)
        spend_limits = limits.spend_limits()
        if any(limit is not None for limit in spend_limits):
            spent = spend(ident)
            for period, limit, used in zip(("daily", "weekly", "monthly"), spend_limits, spent, strict=True):
                if limit is not None and used >= limit:
                    return Refusal(
                        429,
                        "insufficient_quota",
                        f"{whose}'s {period} limit of ${limit} is used up ({used})",
                    )
        return None

    def started(self, key: ApiKey) -> None:
        self.in_flight[key.id] = self.in_flight.get(key.id, 0) + 1
        if key.rpm is not None:
            self._recent.setdefault(key.id, deque()).append(self._clock())
        if key.user_id:
            self.user_in_flight[key.user_id] = self.user_in_flight.get(key.user_id, 0) + 1
            owner = self.users.get(key.user_id)
            if owner is not None and owner.rpm is not None:
                self._recent.setdefault(user_counter_id(key.user_id), deque()).append(self._clock())

    def finished(self, key: ApiKey) -> None:
        self.in_flight[key.id] = self.in_flight.get(key.id, 1) - 1
        if key.user_id:
            self.user_in_flight[key.user_id] = self.user_in_flight.get(key.user_id, 1) - 1

    def account_has_quota(self, account: Account, task_type: str) -> bool:
        limit = account.daily_limits.get(task_type)
        return limit is None or self.counters.account_tasks_today(account.id, task_type) < limit
