"""No silent $0: a model no price covers is listed, served with its rows marked unpriced (or
refused, as the Settings page says), and repriced in one audited action once a price is set."""

from __future__ import annotations

from decimal import Decimal

import openai

from tallygate.fake_upstream import FakeUpstream
from tests.e2e.conftest import Stack, wait_until

MODEL = "mystery-model-1"


def test_an_unpriced_model_listed_served_refused_and_repriced(
    stack: Stack, fake_upstream: FakeUpstream
) -> None:
    with stack.admin() as api:
        api.post("/api/accounts", json={
            "name": "mystery", "provider": "openai", "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1",
            "api_key": "sk-m", "models": [MODEL],
        }).raise_for_status()  # fmt: skip
        key = api.post("/api/keys", json={"name": "k", "rate_multiplier": "1.5"}).json()["key"]
        listed = {u["model"]: u for u in api.get("/api/prices/unpriced").json()["items"]}
        assert listed[MODEL]["accounts"] == ["mystery"] and listed[MODEL]["rows"] == 0

    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key, max_retries=0)
    wait_until(lambda: client.models.list().data, lambda models: any(m.id == MODEL for m in models))
    client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "what does this cost?"}]
    )
    usage = fake_upstream.state.log[-1]["usage"]
    row = "SELECT toString(cost_usd) AS c, toString(billed_cost_usd) AS b, price_version AS v "
    row += "FROM tallygate.usage WHERE status_code = 200"  # the request served (a refusal costs 0)
    assert stack.wait_for_sql(row, [{"c": "0", "b": "0", "v": "unpriced"}]) == [
        {"c": "0", "b": "0", "v": "unpriced"}
    ]

    with stack.admin() as api:
        seen = wait_until(
            lambda: {u["model"]: u for u in api.get("/api/prices/unpriced").json()["items"]},
            lambda found: found.get(MODEL, {}).get("rows") == 1,
        )
        assert seen[MODEL]["rows"] == 1 and seen[MODEL]["last_seen"]
        assert api.post(f"/api/prices/{MODEL}/reprice").status_code == 409  # no price yet
        api.patch("/api/settings", json={"unpriced": "refuse"}).raise_for_status()

        def refused() -> bool:
            try:
                client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "again"}])
            except openai.PermissionDeniedError as exc:
                return exc.code == "model_not_priced"
            return False

        assert wait_until(refused, bool)
        api.put(
            f"/api/prices/{MODEL}", json={"input": "2", "output": "4", "cache_read": "1"}
        ).raise_for_status()
        result = api.post(f"/api/prices/{MODEL}/reprice").json()
        assert result["rows"] == 1 and result["price_version"].startswith("v1-")
        audit = wait_until(  # through NATS into ClickHouse
            lambda: api.get("/api/audit").json()["items"],
            lambda items: any(e["action"] == "reprice" and e["entity_id"] == MODEL for e in items),
        )
        assert any(e["action"] == "reprice" and e["after"]["rows"] == 1 for e in audit)
        assert MODEL not in {u["model"] for u in api.get("/api/prices/unpriced").json()["items"]}

    cached = usage["prompt_tokens_details"]["cached_tokens"]
    want = (
        Decimal(usage["prompt_tokens"] - cached) * 2
        + Decimal(usage["completion_tokens"]) * 4
        + Decimal(cached)
    ) / 1_000_000
    billed = want * Decimal("1.5")
    expected = [{"c": str(want.normalize()), "b": str(billed.normalize()), "v": result["price_version"]}]
    rows = stack.wait_for_sql(row, expected)
    assert Decimal(rows[0]["c"]) == want and Decimal(rows[0]["b"]) == want * Decimal("1.5")
    # The rollups follow: the refused request cost nothing, the repriced one its price.
    daily = "SELECT toString(sum(cost_usd)) AS c FROM tallygate.usage_daily FINAL"
    assert Decimal(stack.wait_for_sql(daily, [{"c": str(want.normalize())}])[0]["c"]) == want
