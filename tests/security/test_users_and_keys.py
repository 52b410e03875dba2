"""Users as attackers: an offboarded user's keys and sessions, a user who tries to lift the
limits an admin set, and login guessing. One `tallygate up` (with its demo upstream) for the
module; each test makes users of its own."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tallygate_shared.config import LIMIT_FIELDS
from tests.e2e.conftest import Stack, wait_until

MODEL = "gpt-4o-mini"  # served by the demo upstream, priced in the default table


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = Stack(
        tmp_path_factory.mktemp("users") / "data",
        demo=True,
        env={"TALLYGATE_SESSION_IDLE_S": "3", "TALLYGATE_SESSION_ABSOLUTE_S": "9"},
    )
    s.start()
    try:
        yield s
    finally:
        if s.proc is not None and s.proc.poll() is None:
            s.stop()


class Browser:
    """A signed-in browser: the session cookie, and the CSRF token every write carries."""

    def __init__(self, stack: Stack, username: str, password: str, address: str = "127.0.0.1") -> None:
        transport = httpx.HTTPTransport(local_address=address)
        self.http = httpx.Client(base_url=stack.info["admin_url"], transport=transport, timeout=30)
        r = self.http.post("/api/auth/login", json={"username": username, "password": password})
        assert r.status_code == 200, r.text
        self.csrf = r.json()["csrf_token"]

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.get(path, **kw)

    def write(self, method: str, path: str, **kw: Any) -> httpx.Response:
        return self.http.request(method, path, headers={"X-CSRF-Token": self.csrf}, **kw)


def login(stack: Stack, username: str, password: str, address: str = "127.0.0.1") -> httpx.Response:
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(base_url=stack.info["admin_url"], transport=transport, timeout=30) as http:
        return http.post("/api/auth/login", json={"username": username, "password": password})


def new_user(stack: Stack, **fields: Any) -> tuple[dict[str, Any], str]:
    name = f"u{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12)
    with stack.admin() as api:
        r = api.post("/api/users", json={"username": name, "password": password, "role": "user", **fields})
    assert r.status_code == 201, r.text
    return r.json(), password


def chat(stack: Stack, key: str) -> httpx.Response:
    return httpx.post(
        stack.info["gateway_url"] + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": MODEL, "messages": [{"role": "user", "content": "hello there"}]},
        timeout=30,
    )


# -- 2. Offboarding ----------------------------------------------------------------------------


def test_a_disabled_users_keys_and_sessions_stop_at_once_and_come_back_when_enabled(stack: Stack) -> None:
    user, password = new_user(stack)
    browser = Browser(stack, user["username"], password)
    key = browser.write("POST", "/api/keys", json={"name": "mine"}).json()
    assert chat(stack, key["key"]).status_code == 200

    with stack.admin() as api:
        assert api.patch(f"/api/users/{user['id']}", json={"enabled": False}).status_code == 200
    disabled_at = time.monotonic()
    refused = wait_until(lambda: chat(stack, key["key"]).status_code, lambda s: s == 401, timeout=1.0)
    assert refused == 401 and time.monotonic() - disabled_at < 1.0
    assert browser.get("/api/me").status_code == 401  # the session ended with the user
    assert login(stack, user["username"], password).status_code == 401
    # One row for the request that was served; none for the refusals.
    assert stack.wait_for_sql(
        f"SELECT count() AS n FROM tallygate.usage WHERE api_key_id = '{key['id']}'", [{"n": 1}]
    ) == [{"n": 1}]

    with stack.admin() as api:
        assert api.patch(f"/api/users/{user['id']}", json={"enabled": True}).status_code == 200
    assert wait_until(lambda: chat(stack, key["key"]).status_code, lambda s: s == 200, timeout=1.0) == 200
    assert browser.get("/api/me").status_code == 401  # an ended session stays ended
    assert Browser(stack, user["username"], password).get("/api/me").status_code == 200


def test_deleting_a_user_deletes_their_keys_and_audits_it(stack: Stack) -> None:
    user, password = new_user(stack)
    browser = Browser(stack, user["username"], password)
    keys = [browser.write("POST", "/api/keys", json={"name": f"k{i}"}).json() for i in range(2)]
    assert chat(stack, keys[0]["key"]).status_code == 200

    with stack.admin() as api:
        assert api.delete(f"/api/users/{user['id']}").status_code == 204
        assert wait_until(lambda: chat(stack, keys[0]["key"]).status_code, lambda s: s == 401, 1.0) == 401
        assert chat(stack, keys[1]["key"]).status_code == 401
        assert browser.get("/api/me").status_code == 401
        for key in keys:
            assert api.get(f"/api/keys/{key['id']}").status_code == 404

        def deleted_keys() -> set[str]:
            items = api.get("/api/audit", params={"limit": 200}).json()["items"]
            return {e["entity_id"] for e in items if e["entity"] == "key" and e["action"] == "delete"}

        want = {k["id"] for k in keys}
        assert wait_until(deleted_keys, lambda got: want <= got) >= want
        # A key naming a user that does not exist is refused, not made.
        r = api.post("/api/keys", json={"name": "orphan", "user_id": user["id"]})
        assert r.status_code == 422


# -- 7. Sessions, passwords, failed logins -------------------------------------------------------


def test_a_session_ends_after_its_idle_and_its_absolute_limit(stack: Stack) -> None:
    user, password = new_user(stack)
    idle = Browser(stack, user["username"], password)
    assert idle.get("/api/me").status_code == 200
    time.sleep(3.5)  # TALLYGATE_SESSION_IDLE_S=3
    assert idle.get("/api/me").status_code == 401

    busy = Browser(stack, user["username"], password)
    started = time.monotonic()
    while time.monotonic() - started < 8.0:  # never idle, yet TALLYGATE_SESSION_ABSOLUTE_S=9 ends it
        assert busy.get("/api/me").status_code == 200
        time.sleep(0.5)
    time.sleep(1.5)
    assert busy.get("/api/me").status_code == 401


def test_a_user_changes_their_own_password_and_their_other_sessions_end(stack: Stack) -> None:
    user, password = new_user(stack)
    here, elsewhere = Browser(stack, user["username"], password), Browser(stack, user["username"], password)
    wrong = here.write(
        "POST", "/api/me/password", json={"current_password": "nope", "new_password": "x" * 12}
    )
    assert wrong.status_code == 403
    new_password = secrets.token_urlsafe(12)
    r = here.write(
        "POST", "/api/me/password", json={"current_password": password, "new_password": new_password}
    )
    assert r.status_code == 204, r.text
    assert here.get("/api/me").status_code == 200
    assert elsewhere.get("/api/me").status_code == 401
    assert login(stack, user["username"], password).status_code == 401
    assert login(stack, user["username"], new_password).status_code == 200
    # Without the CSRF token a cookie cannot change the password.
    assert (
        here.http.post(
            "/api/me/password", json={"current_password": new_password, "new_password": "y" * 12}
        ).status_code
        == 403
    )


def test_failed_logins_are_limited_per_username_and_per_address(stack: Stack) -> None:
    victim, password = new_user(stack)
    # One username guessed from five addresses: the sixth try, even with the right password, waits.
    for i in range(5):
        assert login(stack, victim["username"], "wrong", f"127.0.1.{i + 1}").status_code == 401
    locked = login(stack, victim["username"], password, "127.0.1.9")
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0

    # One address trying twenty usernames: it waits, for any username; another address does not.
    other, other_password = new_user(stack)
    for i in range(20):
        assert login(stack, f"nobody{i}", "wrong", "127.0.2.1").status_code == 401
    assert login(stack, other["username"], other_password, "127.0.2.1").status_code == 429
    assert login(stack, other["username"], other_password, "127.0.2.2").status_code == 200


# -- 8. Budgets a user cannot escape -------------------------------------------------------------

CEILINGS: dict[str, Any] = {
    "max_concurrency": 4,
    "rpm": 100,
    "daily_limit_usd": "5",
    "weekly_limit_usd": "20",
    "monthly_limit_usd": "50",
    "models": [MODEL, "gpt-4o"],
    "expires_at": "2030-01-01T00:00:00+00:00",
}
LOWER: dict[str, Any] = {
    "max_concurrency": 2,
    "rpm": 10,
    "daily_limit_usd": "1",
    "weekly_limit_usd": "2",
    "monthly_limit_usd": "3",
    "models": [MODEL],
    "expires_at": "2029-01-01T00:00:00+00:00",
}
HIGHER: dict[str, Any] = {
    "max_concurrency": 5,
    "rpm": 101,
    "daily_limit_usd": "5.01",
    "weekly_limit_usd": "21",
    "monthly_limit_usd": "51",
    "models": [MODEL, "gpt-4o", "o3"],
    "expires_at": "2031-01-01T00:00:00+00:00",
}
REMOVE: dict[str, Any] = {field: None for field in LIMIT_FIELDS}


def test_the_matrix_covers_every_limit_field() -> None:
    assert set(CEILINGS) == set(LOWER) == set(HIGHER) == set(LIMIT_FIELDS)


@pytest.fixture(scope="module")
def owner(stack: Stack) -> tuple[dict[str, Any], str]:
    return new_user(stack)


def _key_with_ceiling(stack: Stack, owner: dict[str, Any], field: str) -> dict[str, Any]:
    with stack.admin() as api:
        r = api.post(
            "/api/keys", json={"name": f"capped {field}", "user_id": owner["id"], field: CEILINGS[field]}
        )
    assert r.status_code == 201, r.text
    return r.json()


def _same(field: str, got: Any, want: Any) -> bool:
    if field.endswith("_usd"):
        return Decimal(got) == Decimal(want)
    if field == "expires_at":
        return got[:19] == want[:19]
    return bool(got == want)


@pytest.mark.parametrize("field", LIMIT_FIELDS)
@pytest.mark.parametrize("attempt", ["raise", "remove"])
def test_a_user_cannot_widen_or_remove_a_limit_an_admin_set(
    stack: Stack, owner: tuple[dict[str, Any], str], field: str, attempt: str
) -> None:
    user, password = owner
    key = _key_with_ceiling(stack, user, field)
    browser = Browser(stack, user["username"], password)
    value = HIGHER[field] if attempt == "raise" else REMOVE[field]
    r = browser.write("PATCH", f"/api/keys/{key['id']}", json={field: value})
    assert r.status_code == 403 and field in r.json()["detail"], r.text
    assert _same(field, browser.get(f"/api/keys/{key['id']}").json()[field], CEILINGS[field])


@pytest.mark.parametrize("field", LIMIT_FIELDS)
def test_a_user_may_lower_a_limit_and_raise_it_back_to_the_admins(
    stack: Stack, owner: tuple[dict[str, Any], str], field: str
) -> None:
    user, password = owner
    key = _key_with_ceiling(stack, user, field)
    browser = Browser(stack, user["username"], password)
    lowered = browser.write("PATCH", f"/api/keys/{key['id']}", json={field: LOWER[field]})
    assert lowered.status_code == 200 and _same(field, lowered.json()[field], LOWER[field]), lowered.text
    back = browser.write("PATCH", f"/api/keys/{key['id']}", json={field: CEILINGS[field]})
    assert back.status_code == 200 and _same(field, back.json()[field], CEILINGS[field]), back.text
    with stack.admin() as api:  # an admin may do anything, and that is the new ceiling
        raised = api.patch(f"/api/keys/{key['id']}", json={field: HIGHER[field]})
        assert raised.status_code == 200 and _same(field, raised.json()[field], HIGHER[field])
    again = browser.write("PATCH", f"/api/keys/{key['id']}", json={field: HIGHER[field]})
    assert again.status_code == 200


@pytest.mark.parametrize("field", LIMIT_FIELDS)
def test_a_users_new_key_starts_from_the_users_defaults_and_cannot_exceed_them(
    stack: Stack, field: str
) -> None:
    user, password = new_user(stack, key_defaults={field: CEILINGS[field]})
    browser = Browser(stack, user["username"], password)
    made = browser.write("POST", "/api/keys", json={"name": "defaulted"})
    assert made.status_code == 201 and _same(field, made.json()[field], CEILINGS[field]), made.text
    assert _same(field, made.json()["admin_limits"][field], CEILINGS[field])
    over = browser.write("POST", "/api/keys", json={"name": "over", field: HIGHER[field]})
    assert over.status_code == 403 and field in over.json()["detail"]
    under = browser.write("POST", "/api/keys", json={"name": "under", field: LOWER[field]})
    assert under.status_code == 201 and _same(field, under.json()[field], LOWER[field])


def test_a_user_cannot_reenable_a_key_an_admin_disabled_nor_change_owner_or_multiplier(
    stack: Stack, owner: tuple[dict[str, Any], str]
) -> None:
    user, password = owner
    browser = Browser(stack, user["username"], password)
    mine = browser.write("POST", "/api/keys", json={"name": "toggle"}).json()
    assert browser.write("PATCH", f"/api/keys/{mine['id']}", json={"enabled": False}).status_code == 200
    assert browser.write("PATCH", f"/api/keys/{mine['id']}", json={"enabled": True}).status_code == 200
    with stack.admin() as api:
        assert api.patch(f"/api/keys/{mine['id']}", json={"enabled": False}).status_code == 200
    r = browser.write("PATCH", f"/api/keys/{mine['id']}", json={"enabled": True})
    assert r.status_code == 403 and "enabled" in r.json()["detail"]
    for field, value in (("rate_multiplier", "0"), ("user_id", None)):
        assert browser.write("PATCH", f"/api/keys/{mine['id']}", json={field: value}).status_code == 403


def test_a_user_sees_and_touches_no_one_elses_key(stack: Stack, owner: tuple[dict[str, Any], str]) -> None:
    user, password = owner
    with stack.admin() as api:
        theirs = api.post("/api/keys", json={"name": "admin's"}).json()
    browser = Browser(stack, user["username"], password)
    assert browser.get(f"/api/keys/{theirs['id']}").status_code == 404
    assert browser.get(f"/api/keys/{theirs['id']}/usage").status_code == 404
    assert browser.write("PATCH", f"/api/keys/{theirs['id']}", json={"rpm": 1}).status_code == 404
    assert browser.write("DELETE", f"/api/keys/{theirs['id']}").status_code == 404
    assert theirs["id"] not in {k["id"] for k in browser.get("/api/keys").json()["items"]}


ADMIN_ONLY = [
    ("GET", "/api/accounts"),
    ("POST", "/api/accounts"),
    ("GET", "/api/users"),
    ("POST", "/api/users"),
    ("PATCH", "/api/users/usr_x"),
    ("PUT", "/api/prices/gpt-4o"),
    ("GET", "/api/settings"),
    ("PATCH", "/api/settings"),
    ("GET", "/api/audit"),
    ("GET", "/api/sql?query=SELECT%201"),
    ("POST", "/api/accounts/bulk-quota"),
]


@pytest.mark.parametrize(("method", "path"), ADMIN_ONLY)
def test_a_user_gets_403_on_what_is_for_admins(
    stack: Stack, owner: tuple[dict[str, Any], str], method: str, path: str
) -> None:
    user, password = owner
    browser = Browser(stack, user["username"], password)
    r = browser.get(path) if method == "GET" else browser.write(method, path, json={})
    assert r.status_code == 403, (method, path, r.status_code)


def test_a_users_limits_hold_across_all_of_their_keys_deleted_ones_included(stack: Stack) -> None:
    user, password = new_user(stack, rpm=3)
    browser = Browser(stack, user["username"], password)
    first, second = (browser.write("POST", "/api/keys", json={"name": n}).json() for n in ("a", "b"))
    assert [chat(stack, first["key"]).status_code for _ in range(3)] == [200, 200, 200]
    refused = chat(stack, second["key"])
    assert refused.status_code == 429 and "per minute" in refused.json()["error"]["message"]
    assert int(refused.headers["retry-after"]) >= 1

    # A daily budget: one request's cost uses it up for every key the user has or makes.
    spender, spender_password = new_user(stack, daily_limit_usd="0.000001")
    browser = Browser(stack, spender["username"], spender_password)
    old = browser.write("POST", "/api/keys", json={"name": "old"}).json()
    assert chat(stack, old["key"]).status_code == 200
    assert browser.write("DELETE", f"/api/keys/{old['id']}").status_code == 204
    new = browser.write("POST", "/api/keys", json={"name": "new"}).json()
    r = chat(stack, new["key"])
    assert r.status_code == 429 and r.json()["error"]["type"] == "insufficient_quota", r.text
    # Still refused once the spend is counted by the aggregator (from ClickHouse, not memory).
    query = f"SELECT countIf(billed_cost_usd > 0) AS n FROM tallygate.usage WHERE user_id = '{spender['id']}'"
    assert stack.wait_for_sql(query, [{"n": 1}]) == [{"n": 1}]
    time.sleep(1.5)
    assert chat(stack, new["key"]).status_code == 429


def test_an_admin_sets_a_users_limits_and_defaults_and_reads_them_back(stack: Stack) -> None:
    user, password = new_user(stack, monthly_limit_usd="100", key_defaults={"rpm": 60})
    assert user["monthly_limit_usd"] == "100" and user["key_defaults"]["rpm"] == 60
    me = Browser(stack, user["username"], password).get("/api/me").json()["user"]
    assert me["limits"]["monthly_limit_usd"] == "100" and me["key_defaults"]["rpm"] == 60
    with stack.admin() as api:
        r = api.patch(f"/api/users/{user['id']}", json={"monthly_limit_usd": None, "max_concurrency": 2})
        assert r.status_code == 200
        assert r.json()["monthly_limit_usd"] is None and r.json()["max_concurrency"] == 2
        assert r.json()["key_defaults"]["rpm"] == 60
