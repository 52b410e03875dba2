"""No log holds a secret: after a run that used every kind of secret (client keys, good and bad,
an upstream credential through a failing and a working account, passwords, session and CSRF
tokens, the admin token, the generated secrets), none of them is in any log file."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import httpx

from tallygate.fake_upstream import FakeUpstream
from tests.e2e.conftest import Stack


def test_no_log_line_holds_a_secret(tmp_path: Path, fake_upstream: FakeUpstream) -> None:
    stack = Stack(tmp_path / "data", demo=True)
    stack.start()
    used: dict[str, str] = {"demo key": stack.info["demo_api_key"]}
    try:
        gateway = stack.info["gateway_url"]
        with stack.admin() as api:
            used["upstream credential"] = "sk-live-" + secrets.token_urlsafe(24)
            api.post("/api/accounts", json={
                "name": "logged", "provider": "openai", "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1",
                "api_key": used["upstream credential"], "models": ["gpt-4o"], "priority": 1,
            }).raise_for_status()  # fmt: skip
            used["client key"] = api.post("/api/keys", json={"name": "k"}).json()["key"]
            used["user password"] = "pw-" + secrets.token_urlsafe(16)
            user = api.post(
                "/api/users", json={"username": "logme", "password": used["user password"], "role": "user"}
            ).json()
            assert api.get("/api/sql", params={"query": "SELECT 1"}).status_code == 200

        # The upstream fails once (the gateway logs the failover), then answers.
        httpx.post(f"http://127.0.0.1:{fake_upstream.port}/_fake/script", json={"mode": "error", "times": 1})
        for model in ("gpt-4o", "gpt-4o", "tallygate-demo"):
            r = httpx.post(
                gateway + "/v1/chat/completions",
                headers={"Authorization": f"Bearer {used['client key']}"},
                json={"model": model, "messages": [{"role": "user", "content": "hi"}], "stream": True},
                timeout=30,
            )
            assert r.status_code == 200
        used["wrong client key"] = "tg-" + secrets.token_urlsafe(32)
        for header in ("authorization", "x-api-key"):
            value = (
                f"Bearer {used['wrong client key']}"
                if header == "authorization"
                else used["wrong client key"]
            )
            r = httpx.post(gateway + "/v1/chat/completions", headers={header: value}, json={"model": "x"})
            assert r.status_code == 401
        assert httpx.get(gateway + f"/v1beta/models?key={used['wrong client key']}").status_code in (401, 404)

        with httpx.Client(base_url=stack.info["admin_url"], timeout=30) as browser:
            wrong = browser.post(
                "/api/auth/login", json={"username": "logme", "password": "wrong-" + "x" * 8}
            )
            assert wrong.status_code == 401
            login = browser.post(
                "/api/auth/login", json={"username": "logme", "password": used["user password"]}
            )
            used["session token"] = login.cookies["tallygate_session"]
            used["csrf token"] = login.json()["csrf_token"]
            used["new password"] = "pw-" + secrets.token_urlsafe(16)
            changed = browser.post(
                "/api/me/password",
                json={"current_password": used["user password"], "new_password": used["new password"]},
                headers={"X-CSRF-Token": used["csrf token"]},
            )
            assert changed.status_code == 204
        assert user["id"]
    finally:
        stack.stop()

    stored = json.loads((stack.data_dir / "secrets.json").read_text())
    for name, value in stored.items():
        if isinstance(value, str) and len(value) >= 12:
            used[f"secrets.json {name}"] = value
        elif isinstance(value, dict):  # per-service NATS passwords, say
            for inner, secret in value.items():
                if isinstance(secret, str) and len(secret) >= 12:
                    used[f"secrets.json {name}.{inner}"] = secret
    assert {"client key", "upstream credential", "session token", "secrets.json admin_token"} <= set(used)

    logs = [stack.data_dir / "up.log", *(stack.data_dir / "logs").rglob("*")]
    texts = {path.name: path.read_bytes() for path in logs if path.is_file()}
    assert "gateway.log" in texts and "data.log" in texts and texts["gateway.log"]
    leaks = [
        f"{what} in {name}"
        for what, value in used.items()
        for name, text in texts.items()
        if value.encode() in text
    ]
    assert leaks == []
