"""One metered request through all four services: `tallygate up`, the official openai SDK,
and the numbers in ClickHouse and the dashboards checked against what the upstream reported."""

from __future__ import annotations

import os
import signal
import stat
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import openai
import pytest

from tallygate.fake_upstream import FakeUpstream
from tallygate_shared.pricing import load_default_prices
from tests.e2e.conftest import Stack, wait_until

MODEL = "gpt-4o-mini"
PROMPTS = ["hello", "tell me about metering", "one two three four five six", "x " * 40, "ok"]


def setup_account_and_key(stack: Stack, fake: FakeUpstream) -> tuple[dict[str, Any], dict[str, Any]]:
    with stack.admin() as api:
        r = api.post("/api/accounts", json={
            "name": "fake-openai", "provider": "openai", "base_url": f"http://127.0.0.1:{fake.port}/v1",
            "api_key": "sk-upstream-secret-123", "models": [MODEL], "priority": 1,
        })  # fmt: skip
        assert r.status_code == 201, r.text
        account = r.json()
        assert "api_key" not in account and "sk-upstream-secret-123" not in r.text
        r = api.post("/api/keys", json={"name": "e2e key"})
        assert r.status_code == 201, r.text
        key = r.json()
        assert key["key"].startswith(key["prefix"]) and len(key["key"]) > 30
        listed = api.get("/api/keys").json()["items"]
        assert [k["id"] for k in listed] == [key["id"]] and "key" not in listed[0]
    return account, key


def expected_from_fake(fake: FakeUpstream) -> dict[str, int]:
    """Totals in the meaning docs/analysts.md gives, from the usage the fake upstream reported."""
    reported = [entry["usage"] for entry in fake.state.log]
    return {
        "requests": len(reported),
        "input_tokens": sum(
            u["prompt_tokens"] - u["prompt_tokens_details"]["cached_tokens"] for u in reported
        ),
        "output_tokens": sum(u["completion_tokens"] for u in reported),
        "cache_read_tokens": sum(u["prompt_tokens_details"]["cached_tokens"] for u in reported),
    }


def test_plain_and_streamed_requests_are_metered_exactly(stack: Stack, fake_upstream: FakeUpstream) -> None:
    assert stat.S_IMODE(os.stat(stack.data_dir / "run.json").st_mode) == 0o600
    assert stack.info["demo_api_key"] is None
    assert stack.info["clickhouse_url"].startswith("chdb://")
    assert stack.info["nats_url"].startswith("nats://127.0.0.1:")
    account, key = setup_account_and_key(stack, fake_upstream)
    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key["key"], max_retries=0)

    request_ids = []
    for prompt in PROMPTS:
        raw = client.chat.completions.with_raw_response.create(
            model=MODEL, messages=[{"role": "user", "content": prompt}]
        )
        completion = raw.parse()
        reported = fake_upstream.state.log[-1]["usage"]
        assert completion.usage is not None
        assert completion.usage.prompt_tokens == reported["prompt_tokens"]
        request_ids.append(raw.headers["x-request-id"])

    # A stream whose client did not ask for usage: the gateway asked upstream for it anyway
    # and drops the usage-only chunk before it reaches the client.
    chunks = list(client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "stream please"}], stream=True
    ))  # fmt: skip
    assert fake_upstream.state.log[-1]["usage"] is not None
    assert all(c.usage is None for c in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices).strip()

    # A stream that asked for usage gets the provider's own numbers.
    chunks = list(client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "stream with usage"}], stream=True,
        stream_options={"include_usage": True},
    ))  # fmt: skip
    assert chunks[-1].usage is not None and chunks[-1].choices == []
    assert chunks[-1].usage.completion_tokens == fake_upstream.state.log[-1]["usage"]["completion_tokens"]

    # Refusals: an unknown key is not metered; a model the pool lacks is, with 404.
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(
            base_url=stack.info["gateway_url"] + "/v1", api_key="tg-nope", max_retries=0
        ).models.list()
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "x"}])
    assert [m.id for m in client.models.list()] == [MODEL]

    expected = expected_from_fake(fake_upstream)
    n_ok = expected["requests"]
    query = (
        "SELECT count() AS requests, sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, "
        "sum(cache_read_tokens) AS cache_read_tokens FROM tallygate.usage WHERE status_code = 200"
    )
    rows = stack.wait_for_sql(query, [expected])
    assert rows == [expected]
    refused = stack.sql("SELECT status_code, error_type, model FROM tallygate.usage WHERE status_code != 200")
    assert refused == [{"status_code": 404, "error_type": "model_not_found", "model": "no-such-model"}]

    price = load_default_prices()[MODEL]
    expected_cost = (
        expected["input_tokens"] * price.input
        + expected["output_tokens"] * price.output
        + expected["cache_read_tokens"] * price.cache_read
    ) / Decimal(1_000_000)
    with stack.admin() as api:
        overview = wait_until(
            lambda: api.get("/api/dashboard/overview").json(), lambda o: o["today"]["requests"] == n_ok + 1
        )
        today = overview["today"]
        assert (today["input_tokens"], today["output_tokens"], today["cache_read_tokens"]) == (
            expected["input_tokens"], expected["output_tokens"], expected["cache_read_tokens"],
        )  # fmt: skip
        assert Decimal(today["cost_usd"]) == expected_cost
        assert today["errors"] == 1 and today["success_rate"] == pytest.approx(n_ok / (n_ok + 1))
        assert overview["total"]["requests"] == n_ok + 1
        assert overview["accounts"] == {"total": 1, "enabled": 1, "healthy": 1}
        assert overview["keys"] == {"total": 1, "active": 1}

        daily = api.get("/api/usage/daily", params={"days": 7}).json()["days"]
        assert len(daily) == 7 and daily[-1]["date"] == datetime.now(UTC).date().isoformat()
        assert daily[-1]["requests"] == n_ok + 1 and sum(d["requests"] for d in daily) == n_ok + 1
        assert daily[-1]["output_tokens"] == expected["output_tokens"]

        page = api.get("/api/requests", params={"limit": 3}).json()
        assert len(page["items"]) == 3 and page["next_cursor"]
        rest = api.get("/api/requests", params={"limit": 100, "cursor": page["next_cursor"]}).json()
        seen = [r["request_id"] for r in page["items"] + rest["items"]]
        assert len(seen) == n_ok + 1 == len(set(seen)) and rest["next_cursor"] is None
        assert set(request_ids) <= set(seen)
        first = next(r for r in page["items"] + rest["items"] if r["request_id"] == request_ids[0])
        assert first["key_name"] == "e2e key" and first["account_name"] == "fake-openai"
        assert first["account_id"] == account["id"] and first["api_key_id"] == key["id"]
        streamed = api.get("/api/requests", params={"stream": "true"}).json()["items"]
        assert len(streamed) == 2 and all(r["stream"] for r in streamed)

        # Analyst SQL is read-only by ClickHouse's own rules, and speaks other formats.
        r = api.post("/api/sql", content="DROP TABLE tallygate.usage_events")
        assert r.status_code == 400 and "readonly" in r.json()["detail"].lower()
        r = api.get("/api/sql", params={"query": "SELECT 1 AS one", "format": "CSVWithNames"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert r.text.splitlines() == ['"one"', "1"]
        assert api.get("/api/sql", params={"query": "SELEC nonsense"}).status_code == 400
        r = api.get("/api/sql", params={"query": "SELECT number FROM system.numbers LIMIT 100001"})
        assert r.status_code == 400 and "limit for result exceeded" in r.json()["detail"].lower()
        assert httpx.get(stack.info["admin_url"] + "/api/keys").status_code == 401

    # The refused writes above went to the analyst client only: ingest still writes.
    client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "still metered"}])
    want = [{"n": n_ok + 2}]
    assert stack.wait_for_sql("SELECT count() AS n FROM tallygate.usage", want) == want

    assert stack.stop(signal.SIGINT) == 0
    assert not (stack.data_dir / "run.json").exists()


def test_restart_on_the_same_dir_keeps_everything(stack: Stack, fake_upstream: FakeUpstream) -> None:
    _, key = setup_account_and_key(stack, fake_upstream)
    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key["key"], max_retries=0)
    for prompt in PROMPTS[:3]:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": prompt}])
    token = stack.info["admin_token"]
    assert stack.stop() == 0  # SIGTERM flushes the gateway's buffer and drains the stream

    stack.start()
    assert stack.info["admin_token"] == token
    expected = expected_from_fake(fake_upstream)
    query = "SELECT count() AS requests, sum(output_tokens) AS output_tokens FROM tallygate.usage"
    want = [{"requests": expected["requests"], "output_tokens": expected["output_tokens"]}]
    assert stack.wait_for_sql(query, want) == want
    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key["key"], max_retries=0)
    client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "after restart"}])
    expected = expected_from_fake(fake_upstream)
    want = [{"requests": expected["requests"], "output_tokens": expected["output_tokens"]}]
    assert stack.wait_for_sql(query, want) == want
    with stack.admin() as api:
        daily = wait_until(
            lambda: api.get("/api/usage/daily?days=1").json(),
            lambda d: d["days"][0]["requests"] == expected["requests"],
        )
        assert daily["days"][0]["requests"] == expected["requests"]
