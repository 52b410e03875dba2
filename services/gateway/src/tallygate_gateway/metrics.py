"""Counters for GET /metrics (Prometheus text format). Plain dict increments: nothing on the
hot path costs more than that."""

from __future__ import annotations

from collections import Counter

from tallygate_shared.config import AccountLive


class Metrics:
    def __init__(self) -> None:
        self.requests: Counter[tuple[str, int]] = Counter()  # (endpoint, status)
        self.unauthenticated = 0

    def render(self, gauges: dict[str, float], accounts: dict[str, AccountLive]) -> bytes:
        lines = [
            "# HELP tallygate_requests_total Metered requests by endpoint and status.",
            "# TYPE tallygate_requests_total counter",
        ]
        for (endpoint, status), n in sorted(self.requests.items()):
            lines.append(f'tallygate_requests_total{{endpoint="{endpoint}",status="{status}"}} {n}')
        lines += [
            "# HELP tallygate_unauthenticated_total Requests refused for want of a valid key (not metered).",
            "# TYPE tallygate_unauthenticated_total counter",
            f"tallygate_unauthenticated_total {self.unauthenticated}",
        ]
        for name, value in gauges.items():
            lines.append(f"tallygate_{name} {value}")
        lines.append("# TYPE tallygate_account_in_flight gauge")
        for account_id, state in sorted(accounts.items()):
            lines.append(f'tallygate_account_in_flight{{account="{account_id}"}} {state.in_flight}')
            healthy = 1 if state.state == "healthy" else 0
            lines.append(f'tallygate_account_healthy{{account="{account_id}"}} {healthy}')
        return ("\n".join(lines) + "\n").encode()
