"""What a request is recorded as: the Exchange collects facts as the request runs, and
`to_event` prices them into the one UsageEvent the request publishes."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from decimal import Decimal

from tallygate_shared.config import Account, ApiKey
from tallygate_shared.events import SCHEMA_VERSION, UsageEvent, utc_from_timestamp
from tallygate_shared.pricing import Price, PriceTable, TokenCounts, billed, cost_of

UNPRICED = Price(version="unpriced")  # a model without a price costs 0, and says so


@dataclass(slots=True)
class Exchange:
    request_id: str
    endpoint: str
    key: ApiKey
    started: float = field(default_factory=time.time)
    task_type: str = "chat"
    model: str = ""
    upstream_model: str = ""
    stream: bool = False
    account: Account | None = None
    attempts: int = 0
    status_code: int = 0
    error_type: str = ""
    counts: TokenCounts | None = None
    usage_estimated: bool = False
    first_byte: float | None = None
    client_ip: str = ""
    user_agent: str = ""
    # A job's (docs/operators.md, "Jobs"): its id, the state its event records, the size it
    # is priced by.
    job_id: str = ""
    job_status: str = ""
    size: str = ""

    def fail(self, status: int, error_type: str) -> None:
        self.status_code = status
        self.error_type = error_type


BYTES_PER_TOKEN = 4  # the usual rule of thumb for English text and JSON


def estimate(request: bytes, answer_bytes: int = 0, answer_events: int = 0) -> TokenCounts:
    """A rough count for an answer that carried no usage (docs/analysts.md: estimates only where the
    provider gives none, and flagged). Streams count about one token per content event."""
    output = answer_events if answer_events else answer_bytes // BYTES_PER_TOKEN
    return TokenCounts(input_tokens=len(request) // BYTES_PER_TOKEN, output_tokens=output)


def to_event(
    x: Exchange,
    prices: PriceTable,
    instance: str,
    multiplier: Decimal | None = None,
    job_status: str | None = None,
) -> UsageEvent:
    """The request's event; `job_status` "pending" makes a job's first event, which is not
    priced (a job costs what it made, known at its end)."""
    ended = time.time()
    counts = (x.counts or TokenCounts()) if job_status != "pending" else TokenCounts()
    price = prices.lookup(x.upstream_model, x.model) or UNPRICED
    cost = cost_of(counts, price, x.size)
    # Every field is made here from typed values: no validation on the hot path.
    return UsageEvent.from_trusted(
        schema_version=SCHEMA_VERSION,
        request_id=x.request_id,
        api_key_id=x.key.id,
        user_id=x.key.user_id,
        account_id=x.account.id if x.account else "",
        provider=x.account.provider if x.account else "",
        endpoint=x.endpoint,
        task_type=x.task_type,
        model=x.model,
        upstream_model=x.upstream_model,
        stream=x.stream,
        status_code=x.status_code,
        error_type=x.error_type,
        started_at=utc_from_timestamp(x.started),
        ended_at=utc_from_timestamp(ended),
        duration_ms=round((ended - x.started) * 1000),
        ttft_ms=round((x.first_byte - x.started) * 1000) if x.first_byte else None,
        input_tokens=counts.input_tokens,
        output_tokens=counts.output_tokens,
        cache_read_tokens=counts.cache_read_tokens,
        cache_write_tokens=counts.cache_write_tokens,
        reasoning_tokens=counts.reasoning_tokens,
        units=counts.units,
        usage_estimated=x.usage_estimated,
        cost_usd=cost,
        billed_cost_usd=billed(cost, x.key.rate_multiplier if multiplier is None else multiplier),
        price_version=price.version,
        attempts=x.attempts,
        client_ip=x.client_ip,
        user_agent=x.user_agent,
        gateway_instance=instance,
        job_id=x.job_id,
        job_status=x.job_status if job_status is None else job_status,
    )
