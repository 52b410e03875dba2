"""Jobs metered exactly once: a job's pending and final events published as the gateway does
(redelivered, out of order, a pending one after its final), through usage-ingest, the aggregator
and admin-api (its real app, over ASGI), with every figure computed from what was sent."""

from __future__ import annotations

import asyncio
import base64
import os
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
import pytest_asyncio

from tallygate_admin.app import create_app
from tallygate_admin.settings import AdminSettings
from tallygate_aggregator import Aggregator, AggregatorSettings
from tallygate_aggregator.rollups import DAY_ROLLUPS
from tallygate_ingest import IngestService, IngestSettings
from tallygate_shared.clickhouse import AsyncClickHouse, connect
from tallygate_shared.config import COUNTERS_BUCKET, AccountUsage, account_counter_id
from tallygate_shared.events import USAGE_SUBJECT, UsageEvent, new_request_id
from tallygate_shared.nats import close as nats_close
from tallygate_shared.nats import connect as nats_connect
from tallygate_shared.nats import ensure_jetstream
from tests.service.test_ingest_redelivery import wait_until_consumed

pytestmark = pytest.mark.usefixtures("service_env")
ADMIN_TOKEN = "test-admin-token-" + "y" * 16
STATUSES = ("pending", "succeeded", "failed")
ROLLUPS = ("usage_15m", "usage_hourly", "usage_daily", *(t for t, _ in DAY_ROLLUPS))


@dataclass
class Sent:
    """Every event published, in order, and what each request is now (a job's latest event)."""

    events: list[UsageEvent] = field(default_factory=list)

    def latest(self) -> dict[str, UsageEvent]:
        out: dict[str, UsageEvent] = {}
        for e in self.events:
            held = out.get(e.request_id)
            if held is None or held.job_status == "pending":
                out[e.request_id] = e
        return out

    def finished(self) -> list[UsageEvent]:
        return [e for e in self.latest().values() if e.job_status != "pending"]


def event(key: dict[str, Any], account: dict[str, Any], task: str, at: datetime, **fields: Any) -> UsageEvent:
    endpoint = {"chat": "/v1/chat/completions", "video": "/v1/videos"}.get(task, "/v1/tasks/" + task)
    return UsageEvent(**{
        "request_id": new_request_id(), "api_key_id": key["id"], "user_id": key["user_id"],
        "account_id": account["id"], "provider": "openai", "endpoint": endpoint,
        "task_type": task, "model": f"{task}-model", "status_code": 200, "started_at": at,
        "ended_at": at + timedelta(seconds=2), "duration_ms": 2000, **fields,
    })  # fmt: skip


def ended(pending: UsageEvent, status: str, seconds: int, cost: str, after: timedelta) -> UsageEvent:
    """A job's end, as the gateway makes it: the same request_id and started_at as its pending."""
    units = seconds if status == "succeeded" else 0
    price = Decimal(cost) if status == "succeeded" else Decimal(0)
    return pending.model_copy(update={
        "job_status": status, "units": units, "cost_usd": price, "billed_cost_usd": price * 2,
        "ended_at": pending.started_at + after, "duration_ms": int(after.total_seconds() * 1000),
        "error_type": "" if status == "succeeded" else "job_failed",
    })  # fmt: skip


async def publish(events: Iterable[UsageEvent], copy: str = "") -> None:
    """As the gateway publishes: Nats-Msg-Id tells a job's two events apart; a copy (a replayed
    journal) comes under another id, so the stream does not drop it for us."""
    nc = await nats_connect(IngestSettings().nats_url, "test-gateway")
    js = nc.jetstream()
    await ensure_jetstream(js)
    for e in events:
        await js.publish(USAGE_SUBJECT, e.to_json(), headers={"Nats-Msg-Id": e.message_id + copy})
    await nats_close(nc)


async def ingest_all() -> None:
    ingest = IngestService(IngestSettings(ingest_ack_wait_s=1.0))
    await ingest.start()
    await wait_until_consumed()
    await ingest.stop()


async def aggregate(database: str) -> None:
    aggregator = Aggregator(AggregatorSettings(clickhouse_database=database))
    await aggregator.start()
    await aggregator.stop()  # its last pass folds in everything ingested


async def counters(accounts: Iterable[str]) -> dict[str, AccountUsage]:
    nc = await nats_connect(IngestSettings().nats_url, "test-observer")
    kv = await nc.jetstream().key_value(COUNTERS_BUCKET)
    out = {}
    for account_id in accounts:
        entry = await kv.get(account_counter_id(account_id))
        assert entry.value is not None
        out[account_id] = AccountUsage.model_validate_json(entry.value)
    await nats_close(nc)
    return out


def today_of(now: datetime) -> datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def want_tasks(
    sent: Sent, account_id: str, now: datetime
) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """An account's tasks_day and jobs_day today: successful requests that are not jobs, plus
    jobs pending or succeeded; jobs by status now."""
    tasks: Counter[str] = Counter()
    jobs: dict[str, Counter[str]] = {}
    for e in sent.latest().values():
        if e.account_id != account_id or e.started_at < today_of(now):
            continue
        if e.job_status:
            jobs.setdefault(e.task_type, Counter())[e.job_status] += 1
            tasks[e.task_type] += e.job_status != "failed"
        else:
            tasks[e.task_type] += e.status_code < 400
    return dict(tasks), {t: {s: c[s] for s in STATUSES} for t, c in jobs.items()}


def request_order(rows: Iterable[UsageEvent]) -> list[str]:
    return [e.request_id for e in sorted(rows, key=lambda e: (e.started_at, e.request_id), reverse=True)]


@pytest_asyncio.fixture
async def admin(service_env: None, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[httpx.ASGITransport]:
    """admin-api's own app, its lifespan run as a server would run it, called over ASGI."""
    monkeypatch.setenv("TALLYGATE_ADMIN_TOKEN", ADMIN_TOKEN)
    monkeypatch.setenv("TALLYGATE_CREDENTIALS_KEY", base64.urlsafe_b64encode(os.urandom(32)).decode())
    app = create_app(AdminSettings())
    async with app.router.lifespan_context(app):
        yield httpx.ASGITransport(app=app)


def client(transport: httpx.ASGITransport, token: str | None = None) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.AsyncClient(transport=transport, base_url="http://admin", headers=headers)


async def all_pages(api: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cursor = None
    while True:
        r = await api.get(
            "/api/requests", params={**params, "limit": 3} | ({"cursor": cursor} if cursor else {})
        )
        assert r.status_code == 200, r.text
        rows += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return rows


async def eventually(fetch: Any, done: Any, timeout: float = 10.0) -> Any:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = await fetch()
        if done(value) or asyncio.get_running_loop().time() > deadline:
            return value
        await asyncio.sleep(0.05)


async def test_jobs_are_metered_once_in_their_final_state(database: str, admin: httpx.ASGITransport) -> None:
    async with client(admin, ADMIN_TOKEN) as api, client(admin) as alice:
        await scenario(database, api, alice)


async def scenario(database: str, api: httpx.AsyncClient, alice: httpx.AsyncClient) -> None:
    made = (await api.post("/api/users", json={"username": "alice", "password": "alice-pass-123"})).json()
    key_a = (
        await api.post("/api/keys", json={"name": "studio", "note": "lip-sync batch", "user_id": made["id"]})
    ).json()
    key_b = (await api.post("/api/keys", json={"name": "ops"})).json()
    idle = (await api.post("/api/keys", json={"name": "idle", "note": "never used"})).json()
    acc = {"provider": "openai_compatible", "base_url": "http://127.0.0.1:9/v1", "api_key": "x"}
    acc_1 = (
        await api.post("/api/accounts", json={**acc, "name": "one", "daily_limits": {"video": 10}})
    ).json()
    acc_2 = (
        await api.post("/api/accounts", json={**acc, "name": "two", "daily_limits": {"lipsync": 3}})
    ).json()
    off = {**acc, "name": "off", "daily_limits": {"image": 7}, "enabled": False}
    acc_3 = (await api.post("/api/accounts", json=off)).json()

    now = datetime.now(UTC).replace(microsecond=0)
    start = today_of(now)

    def at(share: float) -> datetime:  # a whole second of today so far
        return start + timedelta(seconds=int((now - start).total_seconds() * share))

    sent = Sent()
    # Phase 1: submits (pending), a synchronous task's start, plain requests, and a job
    # submitted yesterday that is still pending.
    j_ok = event(key_a, acc_1, "video", at(0.10), job_id="vid_ok", job_status="pending")
    j_fail = event(key_b, acc_1, "video", at(0.20), job_id="vid_fail", job_status="pending")
    j_wait = event(key_a, acc_2, "lipsync", at(0.30), job_id="lip_wait", job_status="pending")
    j_sync = event(key_b, acc_1, "video", at(0.40), endpoint="/v1/videos/generations", job_status="pending")
    j_old = event(key_a, acc_1, "video", start - timedelta(hours=3), job_id="vid_old", job_status="pending")
    chats = [
        event(key_a, acc_2, "chat", at(0.15), input_tokens=11, output_tokens=5, cost_usd=Decimal("0.001")),
        event(key_b, acc_2, "chat", at(0.25), status_code=502, error_type="upstream_502"),
        event(key_b, acc_1, "chat", at(0.35), input_tokens=7, cost_usd=Decimal("0.0005")),
    ]
    phase_1 = [j_ok, j_fail, j_wait, j_sync, j_old, *chats]
    sent.events += phase_1
    await publish(phase_1)
    await ingest_all()
    await aggregate(database)
    live = await counters([acc_1["id"], acc_2["id"]])
    for account_id, usage in live.items():
        assert (usage.tasks_day, usage.jobs_day) == want_tasks(sent, account_id, now), account_id
    assert live[acc_1["id"]].tasks_day["video"] == 3  # three pending today hold their slots

    # Phase 2: the ends; a refused submit (one failed event with the upstream's status); a job
    # whose end arrives before its submit in the same message flow.
    j_ok_end = ended(j_ok, "succeeded", 8, "0.8", timedelta(minutes=3))
    j_fail_end = ended(j_fail, "failed", 0, "0", timedelta(minutes=1))
    j_sync_end = ended(j_sync, "succeeded", 5, "0.5", timedelta(minutes=4))
    j_refused = event(key_b, acc_2, "lipsync", at(0.50), status_code=400, error_type="upstream_400",
                      job_status="failed")  # fmt: skip
    j_fast = event(key_a, acc_1, "video", at(0.60), job_id="vid_fast", job_status="pending")
    j_fast_end = ended(j_fast, "succeeded", 4, "0.4", timedelta(seconds=30))
    j_other = event(key_b, acc_1, "other", at(0.70), job_id="task_x", job_status="pending")
    j_other_end = ended(j_other, "failed", 0, "0", timedelta(seconds=9))
    phase_2 = [j_ok_end, j_fail_end, j_sync_end, j_refused, j_fast_end, j_fast, j_other_end, j_other]
    sent.events += phase_2
    await publish(phase_2)
    await ingest_all()
    # Phase 3: a submit's pending event redelivered after its end was written, and an end
    # redelivered: neither changes anything.
    await publish([j_ok, j_fail_end], copy=".again")
    sent.events += [j_ok, j_fail_end]
    await ingest_all()
    await aggregate(database)

    latest = sent.latest()
    finished = sent.finished()
    jobs = {rid: e for rid, e in latest.items() if e.job_status}
    assert {e.job_status for e in jobs.values()} == set(STATUSES)
    client = connect(AggregatorSettings().clickhouse_url)
    ch = AsyncClickHouse(client, "test-jobs")
    try:
        # `usage`: one row per request, a job in its final state, never a pending one.
        rows = await ch.query_rows(
            f"SELECT request_id, job_id, job_status, units, cost_usd FROM {database}.usage"
        )
        assert {r["request_id"]: (r["job_status"], r["units"], r["cost_usd"]) for r in rows} == {
            e.request_id: (e.job_status, e.units, e.cost_usd) for e in finished
        }
        assert len(rows) == len(finished)
        pending_raw = await ch.query_rows(
            f"SELECT count() AS n FROM {database}.usage_events WHERE job_status = 'pending'"
        )
        assert pending_raw[0]["n"] == 0
        # `jobs`: one row per job, in its latest state, whatever order its events came in.
        rows = await ch.query_rows(f"SELECT request_id, job_id, job_status, units FROM {database}.jobs")
        assert {r["request_id"]: (r["job_id"], r["job_status"], r["units"]) for r in rows} == {
            e.request_id: (e.job_id, e.job_status, e.units) for e in jobs.values()
        }
        assert len(rows) == len(jobs)

        # Every rollup: exact, a failed job an error, jobs counted by how they ended.
        want = {
            "requests": len(finished),
            "errors": sum(e.status_code >= 400 or e.job_status == "failed" for e in finished),
            "jobs_succeeded": sum(e.job_status == "succeeded" for e in finished),
            "jobs_failed": sum(e.job_status == "failed" for e in finished),
            "units": sum(e.units for e in finished),
            "cost_usd": sum((e.cost_usd for e in finished), Decimal(0)),
        }
        assert want["errors"] == 4 and want["jobs_failed"] == 3  # the test's own sanity
        sums = ", ".join(f"sum({c}) AS {c}" for c in want)
        for table in ROLLUPS:
            got = (await ch.query_rows(f"SELECT {sums} FROM {database}.{table} FINAL"))[0]
            assert got == want, table
    finally:
        ch.close()

    # The live counters: a pending or succeeded job holds its slot, a failed one gave it back.
    live = await counters([acc_1["id"], acc_2["id"]])
    for account_id, usage in live.items():
        assert (usage.tasks_day, usage.jobs_day) == want_tasks(sent, account_id, now), account_id
    assert live[acc_1["id"]].tasks_day["video"] == 3  # ok, sync and fast succeeded; fail gave back
    assert live[acc_2["id"]].jobs_day["lipsync"] == {"pending": 1, "succeeded": 0, "failed": 1}

    # admin-api: accounts with today's jobs (from the counters, once its mirror has them).
    def jobs_of(listing: dict[str, Any]) -> dict[str, Any]:
        return {a["id"]: a["today"]["jobs"] for a in listing["items"]}

    async def accounts() -> dict[str, Any]:
        return dict((await api.get("/api/accounts")).json())

    listing = await eventually(accounts, lambda v: jobs_of(v)[acc_1["id"]] == live[acc_1["id"]].jobs_day)
    for a in listing["items"]:
        tasks, jobs_day = want_tasks(sent, a["id"], now)
        assert (a["today"]["tasks"], a["today"]["jobs"]) == (tasks, jobs_day), a["name"]
        mine = [e for e in finished if e.account_id == a["id"] and e.started_at >= start]
        assert a["today"]["requests"] == len(mine)
        assert a["today"]["failed"] == sum(e.status_code >= 400 or e.job_status == "failed" for e in mine)
        assert a["today"]["succeeded"] == len(mine) - a["today"]["failed"]
    one = (await api.get(f"/api/accounts/{acc_2['id']}")).json()
    assert one["today"]["jobs"] == want_tasks(sent, acc_2["id"], now)[1]

    # Overview: every task type an account limits, what enabled accounts' limits still allow.
    used = {a: want_tasks(sent, a, now)[0] for a in (acc_1["id"], acc_2["id"])}
    overview = (await api.get("/api/dashboard/overview")).json()
    assert overview["remaining_quota"] == {
        "video": 10 - used[acc_1["id"]]["video"],
        "lipsync": 3 - used[acc_2["id"]]["lipsync"],
        "image": 0,  # only a disabled account has it
    }  # "other" had a job today, but nothing limits it: no remaining quota to show
    assert overview["today"]["requests"] == sum(e.started_at >= start for e in finished)
    assert overview["today"]["errors"] == sum(
        e.started_at >= start and (e.status_code >= 400 or e.job_status == "failed") for e in finished
    )
    load = (await api.get("/api/accounts/load")).json()
    by_account = {r["account_id"]: r["tasks"] for r in load["accounts"]}
    assert by_account[acc_1["id"]]["video"]["used"] == used[acc_1["id"]]["video"]
    assert by_account[acc_2["id"]]["lipsync"]["used"] == used[acc_2["id"]]["lipsync"]
    assert by_account[acc_3["id"]]["image"]["used"] == 0

    # The request log: finished requests and the jobs still pending, newest first, page by page.
    shown = list(latest.values())
    log = await all_pages(api)
    assert [r["request_id"] for r in log] == request_order(shown)
    assert {r["request_id"]: (r["task_type"], r["job_id"], r["job_status"]) for r in log} == {
        e.request_id: (e.task_type, e.job_id, e.job_status) for e in shown
    }
    for status in ("pending", "succeeded", "failed", ""):
        got = await all_pages(api, job_status=status)
        assert [r["request_id"] for r in got] == request_order(e for e in shown if e.job_status == status), (
            status
        )
    assert [r["request_id"] for r in await all_pages(api, q="lip_wait")] == [j_wait.request_id]
    exported = (await api.get("/api/export", params={"kind": "requests", "format": "json", "days": 2})).json()
    assert sorted((r["request_id"], r["job_status"]) for r in exported) == sorted(
        (e.request_id, e.job_status) for e in shown
    )

    # Top users: requests per task type (a job once it ended).
    users = (await api.get("/api/usage/users", params={"days": 2})).json()["users"]
    want_users: dict[tuple[str, str], Counter[str]] = {}
    for e in finished:
        who = (e.user_id, "" if e.user_id else e.api_key_id)
        want_users.setdefault(who, Counter())[e.task_type] += 1
    assert {(u["user_id"], u["key_id"]): u["tasks"] for u in users} == {
        k: dict(v) for k, v in want_users.items()
    }
    assert all(u["requests"] == sum(u["tasks"].values()) for u in users)

    # Key statistics: every key, tasks, succeeded, failed and the exact last use.
    stats = (await api.get("/api/usage/keys", params={"days": 1})).json()["items"]
    want_keys = {}
    for key in (key_a, key_b, idle):
        mine = [e for e in finished if e.api_key_id == key["id"] and e.started_at >= start]
        failed = sum(e.status_code >= 400 or e.job_status == "failed" for e in mine)
        want_keys[key["id"]] = {
            "key_id": key["id"], "key_name": key["name"], "note": key["note"], "user_id": key["user_id"],
            "tasks": dict(Counter(e.task_type for e in mine)), "total": len(mine),
            "succeeded": len(mine) - failed, "failed": failed,
            "last_used_at": max(e.started_at for e in mine).isoformat() if mine else None,
        }  # fmt: skip
    assert {s["key_id"]: s for s in stats} == want_keys
    assert [s["total"] for s in stats] == sorted((k["total"] for k in want_keys.values()), reverse=True)

    # A `user` sees their own keys' numbers only.
    login = await alice.post("/api/auth/login", json={"username": "alice", "password": "alice-pass-123"})
    assert login.status_code == 200, login.text
    own = [e for e in shown if e.api_key_id == key_a["id"]]
    assert [r["request_id"] for r in await all_pages(alice)] == request_order(own)
    assert [r["request_id"] for r in await all_pages(alice, user_id="")] == request_order(own)
    mine = (await alice.get("/api/usage/keys", params={"days": 1})).json()["items"]
    assert mine == [want_keys[key_a["id"]]]
    users = (await alice.get("/api/usage/users", params={"days": 2})).json()["users"]
    assert [(u["user_id"], u["tasks"]) for u in users] == [(made["id"], dict(want_users[(made["id"], "")]))]
