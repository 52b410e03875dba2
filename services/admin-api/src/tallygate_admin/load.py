"""Account load (the load-monitoring view): today's use of each daily task limit."""

from __future__ import annotations

from typing import Any

from tallygate_shared.config import Account

OVERLOADED_PCT = 80.0
IDLE_PCT = 20.0


def _pct(used: int, limit: int) -> float:
    return round(100.0 * used / limit, 1) if limit > 0 else 0.0


def account_load(
    accounts: list[Account],
    used_today: dict[tuple[str, str], int],
    requests: dict[str, tuple[int, int]],
) -> dict[str, Any]:
    """Per account: each task's used/limit; the account's load is its busiest task's load.
    Over 80 % is overloaded, under 20 % idle; averages and capacity count enabled accounts."""
    rows: list[dict[str, Any]] = []
    for account in sorted(accounts, key=lambda a: (a.priority, a.name)):
        tasks = {
            task: {
                "used": (used := used_today.get((account.id, task), 0)),
                "limit": limit,
                "load_pct": _pct(used, limit),
            }
            for task, limit in sorted(account.daily_limits.items())
        }
        load = max((t["load_pct"] for t in tasks.values()), default=0.0)
        today, total = requests.get(account.id, (0, 0))
        rows.append({
            "account_id": account.id, "name": account.name, "enabled": account.enabled, "load_pct": load,
            "tasks": tasks, "today_requests": today, "total_requests": total,
        })  # fmt: skip
    active = [r for r in rows if r["enabled"]]
    remaining = sum(max(t["limit"] - t["used"], 0) for r in active for t in r["tasks"].values())
    return {
        "summary": {
            "total_accounts": len(rows),
            "active_accounts": len(active),
            "overloaded": sum(r["load_pct"] > OVERLOADED_PCT for r in active),
            "idle": sum(r["load_pct"] < IDLE_PCT for r in active),
            "avg_load_pct": round(sum(r["load_pct"] for r in active) / len(active), 1) if active else 0.0,
            "remaining_capacity": remaining,
        },
        "accounts": rows,
    }
