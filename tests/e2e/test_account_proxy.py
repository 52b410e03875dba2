"""An account's outbound proxy through the admin API and CSV import: its password never shown
(answers, audit log), a form that sends the masked URL back keeps the real one, and the gateway
reaches the upstream through it."""

from __future__ import annotations

import json

import openai

from tallygate.fake_upstream import FakeUpstream
from tests.e2e.conftest import Stack, wait_until
from tests.proxies import LocalProxy

MODEL = "gpt-4o-mini"


def test_a_proxy_set_shown_masked_and_used(stack: Stack, fake_upstream: FakeUpstream) -> None:
    proxy = LocalProxy("connect", "ops", "hunter2").start()
    try:
        with stack.admin() as api:
            r = api.post("/api/accounts", json={
                "name": "behind a proxy", "provider": "openai", "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1",
                "api_key": "sk-p", "models": [MODEL], "proxy": proxy.url,
            })  # fmt: skip
            assert r.status_code == 201, r.text
            account = r.json()
            masked = f"http://ops:***@127.0.0.1:{proxy.port}"
            assert account["proxy"] == masked and "hunter2" not in r.text
            # The form sends the masked URL back with another change: the proxy stays as it was.
            edited = api.patch(f"/api/accounts/{account['id']}", json={"name": "renamed", "proxy": masked})
            assert edited.status_code == 200 and edited.json()["proxy"] == masked
            bad = api.post("/api/accounts", json={"name": "x", "provider": "openai", "base_url": "http://h/v1",
                                                  "proxy": "ftp://h:1"})  # fmt: skip
            assert bad.status_code == 422
            csv = "name,provider,base_url,api_key,models,proxy,flavour\n"
            csv += f"csv,openai,http://127.0.0.1:9/v1,sk-c,other,{proxy.url},azure\n"
            imported = api.post(
                "/api/accounts/import", content=csv, headers={"Content-Type": "text/csv"}
            ).json()
            assert imported["success"] == 1, imported
            listed = {a["name"]: a for a in api.get("/api/accounts").json()["items"]}
            assert listed["csv"]["proxy"] == masked and listed["csv"]["flavour"] == "azure"
            key = api.post("/api/keys", json={"name": "k"}).json()["key"]
            audit = wait_until(lambda: api.get("/api/audit").json()["items"], lambda items: len(items) >= 4)
            assert "hunter2" not in json.dumps(audit) and masked in json.dumps(audit)
        client = openai.OpenAI(base_url=stack.info["gateway_url"] + "/v1", api_key=key, max_retries=0)
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "via proxy"}])
        assert proxy.tunnels == [f"127.0.0.1:{fake_upstream.port}"] and proxy.refused == 0
    finally:
        proxy.stop()
