"""Every dashboard endpoint against events whose totals the test computes itself: day
boundaries in TALLYGATE_TIMEZONE, the user-role scoping, the live tail and the exports."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import random
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from tallygate_admin.auth import hash_password
from tallygate_shared.config import USERS_BUCKET, User
from tallygate_shared.events import USAGE_SUBJECT, UsageEvent, new_request_id
from tallygate_shared.nats import close, connect
from tests.e2e.conftest import Stack, wait_until

TZ = "Asia/Kolkata"  # UTC+05:30: days there are not whole UTC hours
ZONE = ZoneInfo(TZ)


def publish(stack: Stack, events: list[UsageEvent]) -> None:
    """As the gateway would: the gateway's NATS user may publish usage events."""

    async def go() -> None:
        nc = await connect(stack.info["nats_url"], "test-gateway", **stack.nats_login("gateway"))
        js = nc.jetstream()
        for e in events:
            await js.publish(
                USAGE_SUBJECT, e.model_dump_json().encode(), headers={"Nats-Msg-Id": e.request_id}
            )
        await close(nc)

    asyncio.run(go())


def put_user(stack: Stack, user: User) -> None:
    """As admin-api would: its NATS user may write the users bucket."""

    async def go() -> None:
        nc = await connect(stack.info["nats_url"], "test-admin", **stack.nats_login("admin-api"))
        kv = await nc.jetstream().key_value(USERS_BUCKET)
        await kv.put(user.id, user.model_dump_json().encode())
        await close(nc)

    asyncio.run(go())


def make_events(key_ids: dict[str, str], account_id: str, now: datetime) -> list[UsageEvent]:
    """Three days of traffic in Kolkata time, with requests 5 minutes either side of today's
    midnight there."""
    rng = random.Random(11)
    midnight = datetime.combine(now.astimezone(ZONE).date(), datetime.min.time(), ZONE).astimezone(UTC)
    times = [midnight - timedelta(minutes=5), midnight + timedelta(minutes=5)]
    times += [now - timedelta(seconds=rng.randint(60, 3 * 86400 - 7200)) for _ in range(60)]
    events = []
    for i, started in enumerate(times):
        key_id, user_id = rng.choice(list(key_ids.items()))
        inp, out = rng.randint(1, 900), rng.randint(1, 300)
        events.append(UsageEvent(
            request_id=new_request_id(), api_key_id=key_id, user_id=user_id, account_id=account_id,
            provider="openai", endpoint="/v1/chat/completions", task_type="chat",
            model=rng.choice(["gpt-4o", "gpt-4o-mini"]), upstream_model="x", stream=i % 3 == 0,
            status_code=rng.choice([200, 200, 200, 500]), started_at=started,
            ended_at=started + timedelta(milliseconds=100), duration_ms=rng.randint(50, 500),
            input_tokens=inp, output_tokens=out, cache_read_tokens=rng.randint(0, 50),
            cost_usd=Decimal(inp) * Decimal("0.000001"), billed_cost_usd=Decimal(inp) * Decimal("0.000002"),
        ))  # fmt: skip
    return events


def local_day(e: UsageEvent) -> str:
    return e.started_at.astimezone(ZONE).date().isoformat()


@pytest.fixture
def stack(tmp_path: Path) -> Any:
    s = Stack(tmp_path / "data", env={"TALLYGATE_TIMEZONE": TZ})
    s.start()
    yield s
    if s.proc is not None and s.proc.poll() is None:
        s.stop()


def test_dashboard_endpoints_match_what_was_sent(stack: Stack) -> None:
    url = stack.info["admin_url"]
    put_user(stack, User(
        id="usr_alice", username="alice", password_hash=hash_password("alice-pass-123"), role="user",
        created_at=datetime.now(UTC),
    ))  # fmt: skip
    with stack.admin() as api:
        # Written to NATS directly: admin-api sees it once its mirror has the change.
        assert wait_until(lambda: api.get("/api/users/usr_alice").status_code, lambda c: c == 200) == 200
        account = api.post("/api/accounts", json={
            "name": "acc", "provider": "openai", "base_url": "http://127.0.0.1:9/v1", "api_key": "x",
            "daily_limits": {"chat": 100},
        }).json()  # fmt: skip
        shared_key = api.post("/api/keys", json={"name": "shared"}).json()
        alice_key = api.post("/api/keys", json={"name": "alice-key", "user_id": "usr_alice"}).json()
    now = datetime.now(UTC)
    events = make_events({shared_key["id"]: "", alice_key["id"]: "usr_alice"}, account["id"], now)
    publish(stack, events)

    today = now.astimezone(ZONE).date()
    days = [(today - timedelta(days=i)).isoformat() for i in (3, 2, 1, 0)]
    per_day = Counter(local_day(e) for e in events)
    stack.wait_for_rollups(len(events))
    with stack.admin() as api:
        daily = api.get("/api/usage/daily", params={"days": 4}).json()["days"]
        assert [d["date"] for d in daily] == days
        assert [d["requests"] for d in daily] == [per_day[d] for d in days]
        assert [d["errors"] for d in daily] == [
            sum(e.status_code >= 400 for e in events if local_day(e) == d) for d in days
        ]
        assert [Decimal(d["cost_usd"]) for d in daily] == [
            sum((e.cost_usd for e in events if local_day(e) == d), Decimal(0)) for d in days
        ]

        todays = [e for e in events if local_day(e) == today.isoformat()]
        overview = api.get("/api/dashboard/overview").json()
        assert overview["today"]["requests"] == len(todays)
        assert overview["total"]["requests"] == len(events)
        assert overview["total"]["input_tokens"] == sum(e.input_tokens for e in events)
        assert overview["total"]["unique_users"] == 2  # alice, and the ownerless key
        ok_today = sum(e.status_code < 400 for e in todays)
        assert overview["remaining_quota"] == {"chat": max(100 - ok_today, 0)}

        models = api.get("/api/usage/models", params={"days": 4}).json()["models"]
        by_model = Counter(e.model for e in events)
        assert {m["model"]: m["requests"] for m in models} == dict(by_model)
        assert [m["requests"] for m in models] == sorted(by_model.values(), reverse=True)
        for m in models:
            mine = [e for e in events if e.model == m["model"]]
            assert m["avg_latency_ms"] == pytest.approx(sum(e.duration_ms for e in mine) / len(mine))
            assert m["success_rate"] == pytest.approx(sum(e.status_code < 400 for e in mine) / len(mine))

        users = api.get("/api/usage/users", params={"days": 1}).json()["users"]
        want_users = Counter(("alice" if e.user_id else "shared") for e in todays)
        assert {u["name"]: u["requests"] for u in users} == dict(want_users)

        span = {"from": (now - timedelta(days=4)).isoformat(), "to": (now + timedelta(hours=1)).isoformat()}
        summary = api.get("/api/usage/summary", params=span).json()["rows"]
        assert {r["key_name"]: r["requests"] for r in summary} == dict(
            Counter("alice-key" if e.user_id else "shared" for e in events)
        )
        for r in summary:
            mine = [e for e in events if e.api_key_id == r["key_id"]]
            assert r["total_tokens"] == sum(
                e.input_tokens + e.output_tokens + e.cache_read_tokens for e in mine
            )
            assert r["account_name"] == "acc"
        # Without from/to: the last N whole days in TALLYGATE_TIMEZONE, today included.
        two_days = {today.isoformat(), (today - timedelta(days=1)).isoformat()}
        default = api.get("/api/usage/summary", params={"days": 2}).json()["rows"]
        assert sum(r["requests"] for r in default) == sum(local_day(e) in two_days for e in events)

        recent = [e for e in events if e.started_at >= now - timedelta(hours=24)]
        key_usage = api.get(f"/api/keys/{alice_key['id']}/usage", params={"hours": 24}).json()["models"]
        want = Counter(e.model for e in recent if e.api_key_id == alice_key["id"])
        assert {m["model"]: m["requests"] for m in key_usage} == {m: n for m, n in want.items()}

        load = api.get("/api/accounts/load").json()
        [row] = load["accounts"]
        assert row["tasks"]["chat"] == {"used": ok_today, "limit": 100, "load_pct": round(ok_today, 1)}
        assert row["total_requests"] == len(events) and row["today_requests"] == len(todays)
        assert load["summary"]["remaining_capacity"] == 100 - ok_today
        assert load["summary"]["idle"] == (1 if ok_today < 20 else 0)

        exported = api.get("/api/export", params={"kind": "daily", "format": "csv", "days": 4})
        assert exported.headers["content-type"].startswith("text/csv")
        assert "attachment" in exported.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        assert [int(r["requests"]) for r in rows] == [per_day[d] for d in days]
        as_json = api.get("/api/export", params={"kind": "requests", "format": "json", "days": 4}).json()
        assert sorted(r["request_id"] for r in as_json) == sorted(e.request_id for e in events)

    # The user role: the same views, scoped to alice's own keys.
    alice_events = [e for e in events if e.user_id == "usr_alice"]
    with httpx.Client(base_url=url, timeout=30) as browser:
        assert (
            browser.post("/api/auth/login", json={"username": "alice", "password": "wrong"}).status_code
            == 401
        )
        login = browser.post("/api/auth/login", json={"username": "alice", "password": "alice-pass-123"})
        assert login.status_code == 200 and login.json()["user"]["role"] == "user"
        cookie = login.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "secure" not in cookie
        csrf = login.json()["csrf_token"]
        assert browser.get("/api/me").json()["user"]["username"] == "alice"
        overview = browser.get("/api/dashboard/overview").json()
        assert overview["total"]["requests"] == len(alice_events)
        daily = browser.get("/api/usage/daily", params={"days": 4}).json()["days"]
        assert sum(d["requests"] for d in daily) == len(alice_events)
        page = browser.get("/api/requests", params={"limit": 1000}).json()["items"]
        assert sorted(r["request_id"] for r in page) == sorted(e.request_id for e in alice_events)
        assert [k["id"] for k in browser.get("/api/keys").json()["items"]] == [alice_key["id"]]
        assert browser.get(f"/api/keys/{shared_key['id']}").status_code == 404
        assert browser.get(f"/api/keys/{shared_key['id']}/usage").status_code == 404
        for path in ("/api/accounts", "/api/accounts/load", "/api/sql?query=SELECT%201"):
            assert browser.get(path).status_code == 403, path
        assert browser.post("/api/keys", json={"name": "no csrf"}).status_code == 403
        made = browser.post(
            "/api/keys", json={"name": "mine", "user_id": "someone-else"}, headers={"X-CSRF-Token": csrf}
        )
        assert made.status_code == 201 and made.json()["user_id"] == "usr_alice"
        assert browser.post("/api/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
        assert browser.get("/api/me").status_code == 401
        for _ in range(5):
            browser.post("/api/auth/login", json={"username": "alice", "password": "nope"})
        assert (
            browser.post(
                "/api/auth/login", json={"username": "alice", "password": "alice-pass-123"}
            ).status_code
            == 429
        )

    # The admin user made at first start logs in with the password from secrets.json.
    with httpx.Client(base_url=url, timeout=30) as browser:
        r = browser.post("/api/auth/login", json={"username": "admin", "password": stack.admin_password})
        assert r.status_code == 200 and r.json()["user"]["role"] == "admin"
        assert browser.get("/api/accounts").status_code == 200


def test_live_tail_streams_each_new_request(stack: Stack) -> None:
    with stack.admin() as api:
        key = api.post("/api/keys", json={"name": "tail"}).json()
    event = make_events({key["id"]: ""}, "acc_x", datetime.now(UTC))[0]
    got: list[dict[str, Any]] = []
    ready = threading.Event()

    def listen() -> None:
        headers = {"Authorization": f"Bearer {stack.info['admin_token']}"}
        with httpx.stream(
            "GET", stack.info["admin_url"] + "/api/requests/stream", headers=headers, timeout=20
        ) as r:
            for line in r.iter_lines():
                ready.set()
                if line.startswith("data: "):
                    got.append(json.loads(line[6:]))
                    return

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    assert ready.wait(10)
    publish(stack, [event])
    listener.join(15)
    assert [g["request_id"] for g in got] == [event.request_id]
    assert got[0]["key_name"] == "tail" and got[0]["input_tokens"] == event.input_tokens
