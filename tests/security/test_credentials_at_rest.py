"""Upstream credentials at rest: sealed in KV, opened only by the gateway, never in an answer or
on disk in clear, and a rotated key reseals them without a request lost."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import httpx
import pytest

from tallygate.fake_upstream import FakeUpstream
from tallygate_shared.credentials import CredentialBox, CredentialError, new_credentials_key
from tests.e2e.conftest import Stack


def test_a_sealed_credential_opens_only_for_its_account_and_with_a_known_key() -> None:
    old, new = new_credentials_key(), new_credentials_key()
    sealed = CredentialBox(old).seal("sk-live-123", "acc_1")
    assert "sk-live-123" not in sealed and sealed != CredentialBox(old).seal("sk-live-123", "acc_1")
    assert CredentialBox(old).open(sealed, "acc_1") == "sk-live-123"
    with pytest.raises(CredentialError):  # moved to another account's record
        CredentialBox(old).open(sealed, "acc_2")
    with pytest.raises(CredentialError):  # a key that never sealed it
        CredentialBox(new).open(sealed, "acc_1")
    tampered = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    with pytest.raises(CredentialError):
        CredentialBox(old).open(tampered, "acc_1")
    rotating = CredentialBox(new, [old])
    assert rotating.open(sealed, "acc_1") == "sk-live-123" and not rotating.is_current(sealed)
    assert rotating.is_current(rotating.seal("sk-live-123", "acc_1"))
    with pytest.raises(CredentialError):
        CredentialBox("not a key")


def files_holding(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_credentials_are_sealed_on_disk_absent_from_answers_and_survive_a_key_rotation(
    tmp_path: Path, fake_upstream: FakeUpstream
) -> None:
    data = tmp_path / "data"
    first_key = new_credentials_key()
    credential = "sk-live-" + secrets.token_urlsafe(24)
    name = "account-" + secrets.token_hex(6)
    stack = Stack(data, env={"TALLYGATE_CREDENTIALS_KEY": first_key})
    stack.start()
    try:
        with stack.admin() as api:
            account = api.post("/api/accounts", json={
                "name": name, "provider": "openai", "base_url": f"http://127.0.0.1:{fake_upstream.port}/v1",
                "api_key": credential, "models": ["gpt-4o-mini"],
            })  # fmt: skip
            assert account.status_code == 201, account.text
            key = api.post("/api/keys", json={"name": "k"}).json()["key"]
            answers = [
                api.get("/api/accounts").text,
                api.get(f"/api/accounts/{account.json()['id']}").text,
                api.get("/api/audit", params={"limit": 100}).text,
            ]
            # CSV import finds the duplicate by its fingerprint, without the credential in clear.
            csv = f"name,provider,base_url,api_key\ndup,openai,http://127.0.0.1:9/v1,{credential}\n"
            imported = api.post("/api/accounts/import", content=csv, headers={"Content-Type": "text/csv"})
            assert imported.json()["skipped"] == 1, imported.text
        assert all(credential not in text for text in answers)
        assert chat(stack, key).status_code == 200
        assert fake_upstream.state.credentials[-1] == credential
    finally:
        stack.stop()

    # The NATS store holds the account (its name is there) but not its credential in clear;
    # neither do the logs, ClickHouse's files, or anything else under the data directory.
    assert files_holding(data / "nats", name.encode())
    assert files_holding(data, credential.encode()) == []

    # Rotation: the new key, with the old one still listed; admin-api reseals at start.
    second_key = new_credentials_key()
    stack = Stack(
        data, env={"TALLYGATE_CREDENTIALS_KEY": second_key, "TALLYGATE_CREDENTIALS_OLD_KEYS": first_key}
    )
    stack.start()
    try:
        assert chat(stack, key).status_code == 200
        assert fake_upstream.state.credentials[-1] == credential
    finally:
        stack.stop()
    assert json.loads((data / "secrets.json").read_text())["credentials_key"] == second_key

    # The old key is gone: what it sealed was resealed, so nothing stops working.
    stack = Stack(data, env={"TALLYGATE_CREDENTIALS_KEY": second_key})
    stack.start()
    try:
        assert chat(stack, key).status_code == 200
        assert fake_upstream.state.credentials[-1] == credential
    finally:
        stack.stop()


def chat(stack: Stack, key: str) -> httpx.Response:
    return httpx.post(
        stack.info["gateway_url"] + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
        timeout=30,
    )
