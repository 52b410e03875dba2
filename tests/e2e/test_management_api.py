"""Management through the API: users and roles, stale revisions, CSV import, bulk quota,
versioned prices, settings, the audit log — and the gateway seeing each change in a second."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import httpx
import openai
import pytest

from tallygate.fake_upstream import FakeUpstream
from tests.e2e.conftest import Stack, wait_until

MODEL = "gpt-4o-mini"


def wait_for(check: Any, timeout: float = 1.0) -> float:
    """Seconds until check() held (fails after `timeout`)."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < timeout, "not seen in time"
        time.sleep(0.02)
    return time.monotonic() - started


def test_users_roles_revisions_and_audit(stack: Stack) -> None:
    with stack.admin() as api:
        r = api.post("/api/users", json={"username": "bob", "password": "bob-secret-1", "role": "user"})
        assert r.status_code == 201, r.text
        bob = r.json()
        assert "password" not in r.text and "hash" not in r.text and bob["revision"] > 0
        assert api.post("/api/users", json={"username": "bob", "password": "another-1"}).status_code == 409
        bad = api.post("/api/users", json={"username": "x", "password": "short", "role": "boss"})
        assert bad.status_code == 422
        assert {tuple(e["loc"])[-1] for e in bad.json()["detail"]} >= {"password", "role"}

        # Stale If-Match: 409 and nothing changes.
        ok = api.patch(f"/api/users/{bob['id']}", json={"rate_multiplier": "1.5"},
                       headers={"If-Match": str(bob["revision"])})  # fmt: skip
        assert ok.status_code == 200 and ok.json()["rate_multiplier"] == "1.5"
        stale = api.patch(f"/api/users/{bob['id']}", json={"rate_multiplier": "9"},
                          headers={"If-Match": str(bob["revision"])})  # fmt: skip
        assert stale.status_code == 409
        assert api.get(f"/api/users/{bob['id']}").json()["rate_multiplier"] == "1.5"

        key = api.post("/api/keys", json={"name": "k"}).json()
        old = str(key["revision"])
        assert (
            api.patch(f"/api/keys/{key['id']}", json={"rpm": 3}, headers={"If-Match": old}).status_code == 200
        )
        assert (
            api.patch(f"/api/keys/{key['id']}", json={"rpm": 5}, headers={"If-Match": old}).status_code == 409
        )
        assert api.get(f"/api/keys/{key['id']}").json()["rpm"] == 3
        assert api.patch(f"/api/keys/{key['id']}", json={"rpm": 0}).status_code == 422

        # A reset password works, the old one does not.
        api.patch(f"/api/users/{bob['id']}", json={"password": "bob-secret-2"}).raise_for_status()
    with httpx.Client(base_url=stack.info["admin_url"]) as browser:
        assert (
            browser.post("/api/auth/login", json={"username": "bob", "password": "bob-secret-1"}).status_code
            == 401
        )
        login = browser.post("/api/auth/login", json={"username": "bob", "password": "bob-secret-2"})
        assert login.status_code == 200
        for path in ("/api/users", "/api/settings", "/api/audit", f"/api/users/{bob['id']}"):
            assert browser.get(path).status_code == 403, path
        csrf = {"X-CSRF-Token": login.json()["csrf_token"]}
        assert (
            browser.put("/api/prices/gpt-4o", json={"input": "1", "output": "2"}, headers=csrf).status_code
            == 403
        )
        assert browser.get("/api/prices").status_code == 200
        # Another user's key, by id: not found, and untouchable.
        assert browser.patch(f"/api/keys/{key['id']}", json={"rpm": 1}, headers=csrf).status_code == 404
        assert browser.delete(f"/api/keys/{key['id']}", headers=csrf).status_code == 404

    with stack.admin() as api:
        assert api.delete(f"/api/users/{bob['id']}").status_code == 204
        audit = wait_audit(
            api, lambda items: any(i["entity"] == "user" and i["action"] == "delete" for i in items)
        )
        actions = [(i["entity"], i["action"]) for i in audit]
        assert (
            ("user", "create") in actions and ("key", "create") in actions and ("user", "update") in actions
        )
        assert all(i["actor"] == "admin-token" for i in audit)
        created = next(i for i in audit if i["entity"] == "user" and i["action"] == "create")
        assert created["after"]["username"] == "bob" and created["after"]["password_hash"] == "***"
        first = api.get("/api/audit", params={"limit": 2}).json()
        rest = api.get("/api/audit", params={"limit": 100, "cursor": first["next_cursor"]}).json()
        ids = [i["id"] for i in first["items"] + rest["items"]]
        assert len(ids) == len(set(ids)) == len(audit)


def wait_audit(api: httpx.Client, done: Any, timeout: float = 10.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        items = api.get("/api/audit", params={"limit": 1000}).json()["items"]
        if done(items) or time.monotonic() > deadline:
            return items  # type: ignore[no-any-return]
        time.sleep(0.2)


CSV = """name,provider,base_url,SessionID,models,priority,image_limit,状态
alpha,openai,https://a.example/v1,sk-aaa,gpt-4o|gpt-4o-mini,1,50,启用
beta,openai,https://b.example/v1,sk-bbb,,2,,disabled
dup-of-alpha,openai,https://a.example/v1,sk-aaa,,1,,1
broken,openai,not-a-url,sk-ccc,,1,,1
bad-number,openai,https://c.example/v1,sk-ddd,,first,,1
,,,sk-eee,,,,
"""


def test_csv_import_and_bulk_quota(stack: Stack) -> None:
    with stack.admin() as api:
        pre = api.post("/api/accounts", json={"name": "pre", "provider": "openai", "base_url": "https://p.example/v1",
                                              "api_key": "sk-bbb"})  # fmt: skip
        assert pre.status_code == 201
        r = api.post("/api/accounts/import", files={"file": ("accounts.csv", CSV.encode(), "text/csv")},
                     params={"provider": "openai"})  # fmt: skip
        assert r.status_code == 200, r.text
        result = r.json()
        data_rows = [line for line in CSV.splitlines()[1:] if line.strip()]
        statuses = [row["status"] for row in result["rows"]]
        # alpha is new; beta's and dup's credentials are already in the pool; broken, bad-number and
        # the nameless row are errors.
        assert statuses == ["created", "skipped", "skipped", "error", "error", "error"]
        assert result["total_rows"] == len(data_rows)
        assert (result["success"], result["skipped"], result["errors"]) == (
            statuses.count("created"), statuses.count("skipped"), statuses.count("error"),
        )  # fmt: skip
        assert [row["line"] for row in result["rows"]] == list(range(2, 2 + len(data_rows)))
        assert "priority" in result["rows"][4]["detail"]
        assert result["accounts_total"] == 2
        accounts = {a["name"]: a for a in api.get("/api/accounts").json()["items"]}
        assert accounts["alpha"]["models"] == ["gpt-4o", "gpt-4o-mini"]
        assert accounts["alpha"]["daily_limits"] == {"image": 50} and accounts["alpha"]["enabled"] is True

        # The same file again: everything that made it the first time is skipped now.
        again = api.post(
            "/api/accounts/import", content=CSV.encode(), headers={"Content-Type": "text/csv"}
        ).json()
        assert again["success"] == 0 and again["accounts_total"] == 2

        r = api.post("/api/accounts/bulk-quota", json={"video": 10, "lipsync": 20})
        assert r.json() == {"updated": 2}
        accounts = {a["name"]: a for a in api.get("/api/accounts").json()["items"]}
        assert accounts["alpha"]["daily_limits"] == {"image": 50, "video": 10, "lipsync": 20}
        assert accounts["pre"]["daily_limits"] == {"video": 10, "lipsync": 20}


def test_prices_settings_and_the_gateway_seeing_changes(stack: Stack, fake_upstream: FakeUpstream) -> None:
    with stack.admin() as api:
        account = api.post("/api/accounts", json={"name": "live", "provider": "openai",
                            "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1", "api_key": "sk",
                            "models": [MODEL]}).json()  # fmt: skip
        key = api.post("/api/keys", json={"name": "live"}).json()
        listed = {p["model"]: p for p in api.get("/api/prices").json()["items"]}
        assert listed[MODEL]["source"] == "default"
        r = api.put(f"/api/prices/{MODEL}", json={"input": "10", "output": "20", "cache_read": "1"})
        assert r.status_code == 200 and r.json()["version"].startswith("v2-")
        new_version = r.json()["version"]
        history = api.get(f"/api/prices/{MODEL}/history").json()["items"]
        assert [h["version"] for h in history] == [new_version, "default"]
        stale = {"If-Match": str(r.json()["revision"] - 1)}
        assert (
            api.put(f"/api/prices/{MODEL}", json={"input": "1", "output": "1"}, headers=stale).status_code
            == 409
        )

    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key["key"], max_retries=0)
    time.sleep(0.5)
    client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "price me"}])
    usage = fake_upstream.state.log[-1]["usage"]
    cached = usage["prompt_tokens_details"]["cached_tokens"]
    want = (Decimal(usage["prompt_tokens"] - cached) * 10 + Decimal(usage["completion_tokens"]) * 20
            + Decimal(cached) * 1) / Decimal(1_000_000)  # fmt: skip
    with stack.admin() as api:  # the live columns: the gateway's report and the aggregator's counters
        # The counters come from the aggregator, last_used_at from the gateway's report each second:
        # two sources with their own cadence, so wait for both.
        live = wait_until(
            lambda: api.get(f"/api/accounts/{account['id']}").json(),
            lambda a: a["today"]["requests"] == 1 and a["last_used_at"] is not None,
        )
        assert live["health"]["state"] == "healthy"
        assert live["today"]["succeeded"] == 1 and live["window_5h"]["requests"] == 1
        listed = wait_until(
            lambda: api.get("/api/keys").json()["items"], lambda ks: Decimal(ks[0]["spend"]["day"]) > 0
        )
        assert listed[0]["concurrency_now"] == 0 and listed[0]["today"]["requests"] == 1
    [row] = stack.wait_for_sql("SELECT toString(cost_usd) AS c, price_version AS v FROM tallygate.usage",
                               [{"c": str(want), "v": new_version}])  # fmt: skip
    assert Decimal(row["c"]) == want and row["v"] == new_version

    with stack.admin() as api:
        settings = api.get("/api/settings").json()
        assert settings["timezone"] == "UTC" and settings["max_body_bytes"] == 32 * 1024 * 1024
        r = api.patch("/api/settings", json={"key_defaults": {"rpm": 60}, "timezone": "Europe/Berlin"})
        assert r.status_code == 200 and r.json()["key_defaults"]["rpm"] == 60
        assert api.patch("/api/settings", json={"timezone": "Mars/Olympus"}).status_code == 422
        stale = {"If-Match": str(r.json()["revision"] - 1)}
        assert api.patch("/api/settings", json={"max_body_bytes": 5000}, headers=stale).status_code == 409
        # No restart: the aggregator's next pass cuts days in the new zone (the dashboards follow
        # it), and every gateway applies a new body limit from the next request.
        moved = wait_until(lambda: api.get("/api/settings").json(), lambda s: s["rebuild"] is None
                           and s["effective_timezone"] == "Europe/Berlin")  # fmt: skip
        assert moved["effective_timezone"] == "Europe/Berlin" and moved["rebuild"] is None
        limit = 4096
        api.patch("/api/settings", json={"max_body_bytes": limit, "timezone": "UTC"}).raise_for_status()
        auth = {"Authorization": f"Bearer {key['key']}"}
        body = {"model": MODEL, "messages": [{"role": "user", "content": "x" * limit}]}
        with httpx.Client(base_url=stack.info["gateway_url"], headers=auth) as gateway:

            def status() -> int:
                return gateway.post("/v1/chat/completions", json=body).status_code

            assert wait_until(status, lambda code: code == 413) == 413
            api.patch("/api/settings", json={"max_body_bytes": 2 * limit}).raise_for_status()
            assert wait_until(status, lambda code: code == 200) == 200
        back = wait_until(lambda: api.get("/api/settings").json(), lambda s: s["effective_timezone"] == "UTC")
        assert back["effective_timezone"] == "UTC"

        # A disabled account gets no new requests, and a deleted key is refused, within a second.
        api.patch(f"/api/accounts/{account['id']}", json={"enabled": False}).raise_for_status()

        def refused(exc_type: type[Exception]) -> bool:
            try:
                client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
            except exc_type:
                return True
            return False

        served = len(fake_upstream.state.log)
        assert wait_for(lambda: refused(openai.NotFoundError)) < 1.0
        api.patch(f"/api/accounts/{account['id']}", json={"enabled": True}).raise_for_status()
        api.delete(f"/api/keys/{key['id']}").raise_for_status()
        assert wait_for(lambda: refused(openai.AuthenticationError)) < 1.0
        assert len(fake_upstream.state.log) == served


@pytest.fixture
def stack(tmp_path: Any) -> Any:
    s = Stack(tmp_path / "data")
    s.start()
    yield s
    if s.proc is not None and s.proc.poll() is None:
        s.stop()


def test_account_health_from_the_gateways_reaches_the_table(
    stack: Stack, fake_upstream: FakeUpstream
) -> None:
    from tallygate.fake_upstream import Script

    with stack.admin() as api:
        account = api.post("/api/accounts", json={"name": "flaky", "provider": "openai",
                            "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1", "api_key": "sk",
                            "models": [MODEL]}).json()  # fmt: skip
        key = api.post("/api/keys", json={"name": "k"}).json()
    client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key["key"], max_retries=0)
    time.sleep(0.3)
    fake_upstream.state.scripts.append(Script(mode="error", status=500, times=3))
    for _ in range(3):
        with pytest.raises(openai.APIStatusError):
            client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    with stack.admin() as api:
        live = wait_until(
            lambda: api.get(f"/api/accounts/{account['id']}").json(),
            lambda a: a["health"]["state"] == "cooling_down",
        )
    assert live["health"]["reason"] == "500" and 0 < live["health"]["cool_down_left_s"] <= 30
    assert live["health"]["consecutive_failures"] == 3
