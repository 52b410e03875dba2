"""A daily USD limit under a concurrent burst, through the whole stack: the gateway's own spend
plus the aggregator's live counters keep the overshoot within the requests in flight."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import openai

from tallygate.fake_upstream import FakeUpstream
from tallygate_shared.pricing import TokenCounts, cost_of, load_default_prices
from tests.e2e.conftest import Stack

MODEL = "gpt-4o-mini"
MESSAGES = [{"role": "user", "content": "how much does this cost"}]
CONCURRENCY = 8


def one_request_cost(fake: FakeUpstream) -> Decimal:
    usage = fake.state.log[-1]["usage"]
    cached = usage["prompt_tokens_details"]["cached_tokens"]
    counts = TokenCounts(
        input_tokens=usage["prompt_tokens"] - cached,
        output_tokens=usage["completion_tokens"],
        cache_read_tokens=cached,
    )
    return cost_of(counts, load_default_prices()[MODEL])


def test_a_burst_overshoots_by_at_most_the_requests_in_flight(
    stack: Stack, fake_upstream: FakeUpstream
) -> None:
    with stack.admin() as api:
        api.post("/api/accounts", json={
            "name": "fake", "provider": "openai", "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1",
            "api_key": "sk-x", "models": [MODEL],
        }).raise_for_status()  # fmt: skip
        probe = api.post("/api/keys", json={"name": "probe"}).json()["key"]
    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=probe, max_retries=0)
    client.chat.completions.create(model=MODEL, messages=MESSAGES)
    cost = one_request_cost(fake_upstream)
    limit = cost * 10  # the budget covers ten requests
    with stack.admin() as api:
        r = api.post("/api/keys", json={"name": "limited", "daily_limit_usd": str(limit)})
        key = r.json()
    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key["key"], max_retries=0)

    def call(_: int) -> int:
        try:
            client.chat.completions.create(model=MODEL, messages=MESSAGES)
            return 200
        except openai.RateLimitError as exc:
            assert exc.response.json()["error"]["type"] == "insufficient_quota"
            return 429

    with ThreadPoolExecutor(CONCURRENCY) as pool:
        statuses = list(pool.map(call, range(40)))
    served = statuses.count(200)
    assert statuses.count(429) == 40 - served > 0
    assert 10 <= served <= 10 + CONCURRENCY, statuses

    where = f"FROM tallygate.usage WHERE api_key_id = '{key['id']}' AND status_code = 200"
    assert stack.wait_for_sql(f"SELECT count() AS n {where}", [{"n": served}]) == [{"n": served}]
    [row] = stack.sql(f"SELECT toString(sum(billed_cost_usd)) AS billed {where}")
    assert Decimal(row["billed"]) == cost * served
    assert limit <= Decimal(row["billed"]) <= limit + CONCURRENCY * cost

    # Once the aggregator's counters have it, the key stays refused.
    try:
        client.chat.completions.create(model=MODEL, messages=MESSAGES)
        raise AssertionError("a key over its daily limit was served")
    except openai.RateLimitError:
        pass
