"""Jobs in the console's views, from real jobs: the official openai SDK submits videos through the
gateway of the UI stack to the demo upstream (one that succeeds, one that fails, one that stays
pending), and the accounts page, the request log (filtered to pending jobs), the overview and the
usage page's key statistics show what the API then answers, which is what the test sent
(docs/api.md, "Jobs in the dashboards")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from openai import OpenAI
from playwright.sync_api import Browser, Locator, Page, expect

from tests.e2e.conftest import wait_until

from .conftest import UIStack, nav, pick, shot, sign_in

pytestmark = [
    pytest.mark.timeout(120),
    pytest.mark.filterwarnings("ignore:The Sora API:DeprecationWarning"),
]
MODEL = "sora-2"  # what the demo account serves as videos
KEY_NAME = "video team"
KEY_NOTE = "storyboards for the spring campaign"


@dataclass
class Sent:
    """What the test sent with its own key, and the demo account's video jobs before it did."""

    key_id: str
    client: OpenAI
    account_id: str
    before: dict[str, int]
    chat_request_id: str = ""
    succeeded: list[str] = field(default_factory=list)  # request ids
    failed: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    pending_video_id: str = ""

    def account_jobs(self) -> dict[str, int]:
        """The demo account's video jobs today as the test's own jobs make them."""
        return {
            "pending": self.before["pending"] + len(self.pending),
            "succeeded": self.before["succeeded"] + len(self.succeeded),
            "failed": self.before["failed"] + len(self.failed),
        }

    def key_stats(self) -> dict[str, Any]:
        """The key's statistics: a job counts once it ended; total = succeeded + failed."""
        ended = len(self.succeeded) + len(self.failed)
        return {
            "tasks": {"chat": 1, "video": ended},
            "total": 1 + ended,
            "succeeded": 1 + len(self.succeeded),
            "failed": len(self.failed),
        }


def demo_account(ui: UIStack) -> dict[str, Any]:
    (account,) = [a for a in ui.api("/api/accounts")["items"] if MODEL in a["models"]]
    return account


def video_jobs(account: dict[str, Any]) -> dict[str, int]:
    return account["today"]["jobs"].get("video", {"pending": 0, "succeeded": 0, "failed": 0})  # type: ignore[no-any-return]


def key_row(ui: UIStack, key_id: str, days: int = 1) -> dict[str, Any]:
    (row,) = [r for r in ui.api("/api/usage/keys", days=days)["items"] if r["key_id"] == key_id]
    return row


def wait_for(fetch: Any, want: Any, timeout: float = 20.0) -> Any:
    """fetch() until it gives `want` (the metering is asynchronous: gateway, NATS, ingest)."""
    return wait_until(fetch, lambda got: got == want, timeout)


def submit(client: OpenAI, prompt: str) -> tuple[str, str]:
    """A video submit: its request id (the job's row in the log) and the video's id."""
    raw = client.videos.with_raw_response.create(model=MODEL, prompt=prompt)
    return raw.headers["x-request-id"], raw.parse().id


@pytest.fixture(scope="module")
def sent(ui: UIStack) -> Iterator[Sent]:
    account = demo_account(ui)
    with ui.stack.admin() as admin:
        r = admin.post("/api/keys", json={"name": KEY_NAME, "note": KEY_NOTE})
        assert r.status_code == 201, r.text
        created = r.json()
    client = OpenAI(base_url=ui.stack.info["gateway_url"] + "/v1", api_key=created["key"], max_retries=0)
    # The gateway sees a new key within a moment of its creation (a KV watch): wait for it on
    # /v1/models, which is not metered.
    models = f"{ui.stack.info['gateway_url']}/v1/models"
    auth = {"Authorization": f"Bearer {created['key']}"}
    assert wait_for(lambda: httpx.get(models, headers=auth).status_code, 200) == 200
    s = Sent(key_id=created["id"], client=client, account_id=account["id"], before=video_jobs(account))
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "a chat among the jobs"}]
    )
    raw.parse()
    s.chat_request_id = raw.headers["x-request-id"]
    # The fake upstream's conventions: wait_s=<x> in the prompt is the job's run time, "fail" fails it.
    rid, vid = submit(client, "a quick clip wait_s=0.5")
    assert client.videos.poll(vid, poll_interval_ms=100).status == "completed"
    s.succeeded.append(rid)
    rid, vid = submit(client, "this one should fail wait_s=0.3")
    assert client.videos.poll(vid, poll_interval_ms=100).status == "failed"
    s.failed.append(rid)
    rid, s.pending_video_id = submit(client, "a long take wait_s=60")
    s.pending.append(rid)
    want = s.key_stats()
    got = wait_for(lambda: {k: key_row(ui, s.key_id)[k] for k in want}, want)
    assert got == want
    assert wait_for(lambda: video_jobs(demo_account(ui)), s.account_jobs()) == s.account_jobs()
    yield s
    # No job of this module outlives it: a pending one would end by itself in a later test's middle.
    if s.pending:
        client.videos.delete(s.pending_video_id)


@pytest.fixture(scope="module")
def page_errors() -> list[str]:
    return []


@pytest.fixture(scope="module")
def admin(browser: Browser, ui: UIStack, page_errors: list[str]) -> Iterator[Page]:
    if not ui.admin_password:
        pytest.xfail("secrets.json has no admin_password yet")
    context, pg = sign_in(browser, ui, "admin", ui.admin_password)
    pg.on("console", lambda m: page_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: page_errors.append(str(e)))
    yield pg
    context.close()


def overview(page: Page, ui: UIStack) -> None:
    page.click("[data-nav=overview]")
    page.wait_for_url(ui.url + "/")


def horizontal_overflow(table: Locator) -> int:
    """How far anything inside a table scrolls sideways (0: it fits the page)."""
    return int(
        table.evaluate(
            """el => Math.max(0, ...[el, ...el.querySelectorAll('*')]
                 .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                 .map(e => e.scrollWidth - e.clientWidth))"""
        )
    )


def test_accounts_show_todays_jobs_per_task_type(admin: Page, ui: UIStack, sent: Sent) -> None:
    nav(admin, "accounts")
    accounts = ui.api("/api/accounts")["items"]
    table = admin.get_by_test_id("accounts-table")
    for a in accounts:
        row = table.locator(f"tr[data-account-id='{a['id']}']")
        # A line per task type the account limits or ran jobs of today, and no other.
        tasks = sorted({*a["daily_limits"], *a["today"]["jobs"]})
        lines = row.locator("[data-col=jobs]")
        expect(lines).to_have_count(len(tasks))
        for task in tasks:
            counts = a["today"]["jobs"].get(task, {"pending": 0, "succeeded": 0, "failed": 0})
            line = row.locator(f"[data-col=jobs][data-job-task={task}]")
            for status in ("pending", "succeeded", "failed"):
                expect(line).to_have_attribute(f"data-{status}", str(counts[status]))
            expect(line).to_have_text(f"{counts['pending']} · {counts['succeeded']} ✓ · {counts['failed']} ✗")
    # The demo account's videos are the API's, and the test's own jobs on top of what was there.
    want = sent.account_jobs()
    assert video_jobs(demo_account(ui)) == want
    line = table.locator(f"tr[data-account-id='{sent.account_id}'] [data-col=jobs][data-job-task=video]")
    expect(line).to_have_text(f"{want['pending']} · {want['succeeded']} ✓ · {want['failed']} ✗")
    shot(admin, "50-accounts-jobs")
    line.hover()
    named = f"{want['pending']} pending · {want['succeeded']} succeeded · {want['failed']} failed"
    tooltip = admin.locator(".n-tooltip", has_text="Video jobs today")
    expect(tooltip).to_have_text(f"Video jobs today: {named}")
    # Its daily limit counts the pending and succeeded jobs (a failed one gives its slot back).
    account = demo_account(ui)
    limit = table.locator(f"tr[data-account-id='{sent.account_id}'] [data-task=video]")
    expect(limit).to_have_attribute("data-used", str(account["today"]["tasks"].get("video", 0)))
    assert account["today"]["tasks"]["video"] >= want["pending"] + want["succeeded"]
    # 1440 px wide: the table fits without a horizontal scroll.
    assert admin.viewport_size == {"width": 1440, "height": 900}
    assert horizontal_overflow(table) == 0
    admin.mouse.move(0, 0)


def test_request_log_filters_pending_jobs(admin: Page, ui: UIStack, sent: Sent) -> None:
    nav(admin, "requests")
    rows = admin.locator("[data-testid=requests-table] tbody tr[data-request-id]")
    pick(admin, "filter-job-status", "Jobs pending")
    pending = ui.api("/api/requests", job_status="pending")["items"]
    assert sent.pending[0] in {r["request_id"] for r in pending}
    expect(rows).to_have_count(len(pending))
    assert "job_status=pending" in admin.url
    for r in pending:
        row = admin.locator(f"[data-testid=requests-table] tr[data-request-id='{r['request_id']}']")
        expect(row.locator("[data-col=job-status]")).to_have_attribute("data-status", "pending")
        expect(row.locator("[data-col=task-type]")).to_have_text(r["task_type"])
    # The test's pending video: a job of task type video, no cost yet, its id in the tooltip.
    row = admin.locator(f"[data-testid=requests-table] tr[data-request-id='{sent.pending[0]}']")
    expect(row.locator("[data-col=task-type]")).to_have_text("video")
    row.locator("[data-col=job-status]").hover()
    expect(admin.locator(".n-tooltip", has_text="still running")).to_contain_text(sent.pending_video_id)
    # The export follows the filter.
    expect(admin.get_by_test_id("export-scope")).to_have_text("Export the last 30 days, jobs pending")
    href = admin.get_by_test_id("export-requests-csv").get_attribute("href") or ""
    assert "job_status=pending" in href and "kind=requests" in href
    shot(admin, "51-requests-pending")
    admin.mouse.move(0, 0)

    # The key's whole log: every request as the API lists it, each job with its status.
    admin.goto(f"{ui.url}/requests?key_id={sent.key_id}")
    mine = ui.api("/api/requests", key_id=sent.key_id)["items"]
    expect(rows).to_have_count(len(mine))
    statuses = {r["request_id"]: r["job_status"] for r in mine}
    assert statuses == {
        sent.chat_request_id: "",
        **{rid: "succeeded" for rid in sent.succeeded},
        **{rid: "failed" for rid in sent.failed},
        **{rid: "pending" for rid in sent.pending},
    }
    for rid, status in statuses.items():
        tag = admin.locator(f"[data-testid=requests-table] tr[data-request-id='{rid}'] [data-col=job-status]")
        if status:
            expect(tag).to_have_attribute("data-status", status)
        else:
            expect(tag).to_have_count(0)
    shot(admin, "52-requests-key-jobs")


def test_the_export_follows_the_job_status_filter(admin: Page, ui: UIStack, sent: Sent) -> None:
    admin.goto(f"{ui.url}/requests?job_status=pending")
    href = admin.get_by_test_id("export-requests-json").get_attribute("href") or ""
    r = admin.request.get(ui.url + href)
    assert r.status == 200, r.text()[:200]
    assert {row["job_status"] for row in json.loads(r.text())} == {"pending"}


def test_overview_shows_jobs_in_recent_requests_and_top_users(admin: Page, ui: UIStack, sent: Sent) -> None:
    overview(admin, ui)
    recent = admin.get_by_test_id("recent")
    for rid, status in [
        (sent.succeeded[0], "succeeded"),
        (sent.failed[0], "failed"),
        (sent.pending[0], "pending"),
    ]:
        row = recent.locator(f"tr[data-request-id='{rid}']")
        expect(row.locator("[data-col=job-status]")).to_have_attribute("data-status", status)
        expect(row.locator("[data-col=task-type]")).to_have_text("video")
    # Top users: the key's requests per task type, as the API counts them (a job once it ended).
    users = ui.api("/api/usage/users", days=1, limit=10)["users"]
    (user,) = [u for u in users if u["key_id"] == sent.key_id]
    assert user["tasks"] == sent.key_stats()["tasks"]
    cell = admin.get_by_test_id("top-users").locator("tr", has_text=KEY_NAME).locator("[data-col=tasks]")
    expect(cell).to_have_text("chat 1 · video 2")
    assert json.loads(cell.get_attribute("data-tasks") or "{}") == user["tasks"]
    shot(admin, "53-overview-jobs")


def test_usage_key_statistics(admin: Page, ui: UIStack, sent: Sent) -> None:
    nav(admin, "usage")
    stats = admin.get_by_test_id("key-stats")
    # The page opens on 7 days: the key statistics ask for as many.
    expect(stats).to_have_attribute("data-days", "7")
    with admin.expect_request(lambda r: "/api/usage/keys?days=1" in r.url):
        admin.get_by_role("button", name="Today", exact=True).click()
    expect(stats).to_have_attribute("data-days", "1")
    expect(admin.get_by_test_id("key-stats-days")).to_have_text("Today")
    items = ui.api("/api/usage/keys", days=1)["items"]
    table = admin.get_by_test_id("key-stats-table")
    expect(table.locator("tbody tr[data-key-id]")).to_have_count(len(items))
    # A column per task type any key used.
    tasks = sorted({t for r in items for t in r["tasks"]}, key=lambda t: (t != "chat", t))
    headers = table.locator("thead th")
    expect(headers).to_have_text(["Key", "Note", *tasks, "Total", "Succeeded", "Failed", "Last used"])
    for r in items:
        row = table.locator(f"tr[data-key-id='{r['key_id']}']")
        for t in tasks:
            expect(row.locator(f"[data-col=task-{t}]")).to_have_attribute(
                "data-value", str(r["tasks"].get(t, 0))
            )
        for col in ("total", "succeeded", "failed"):
            expect(row.locator(f"[data-col={col}]")).to_have_attribute("data-value", str(r[col]))
    # The test's key: what it sent.
    want = sent.key_stats()
    mine = key_row(ui, sent.key_id)
    assert {k: mine[k] for k in want} == want
    row = table.locator(f"tr[data-key-id='{sent.key_id}']")
    expect(row).to_contain_text(KEY_NAME)
    expect(row.locator("[data-col=note]")).to_have_text(KEY_NOTE)
    expect(row.locator("[data-col=task-video]")).to_have_attribute("data-value", "2")
    expect(row.locator("[data-col=task-chat]")).to_have_attribute("data-value", "1")
    expect(row.locator("[data-col=total]")).to_have_attribute("data-value", "3")
    expect(row.locator("[data-col=succeeded]")).to_have_attribute("data-value", "2")
    expect(row.locator("[data-col=failed]")).to_have_attribute("data-value", "1")
    expect(row.locator("[data-col=last-used]")).to_have_text("just now")
    shot(admin, "54-usage-key-stats")
    with admin.expect_request(lambda r: "/api/usage/keys?days=30" in r.url):
        admin.get_by_role("button", name="30 days", exact=True).click()
    expect(stats).to_have_attribute("data-days", "30")
    expect(admin.get_by_test_id("key-stats-days")).to_have_text("Last 30 days, today included")


def test_a_pending_job_that_ends_updates_the_views(admin: Page, ui: UIStack, sent: Sent) -> None:
    """Deleting the pending video ends it, failed: the live tail's row and the accounts page follow."""
    overview(admin, ui)
    expect(admin.get_by_test_id("live-state")).to_have_text("Live", timeout=10_000)
    tag = admin.locator(f"[data-testid=recent] tr[data-request-id='{sent.pending[0]}'] [data-col=job-status]")
    expect(tag).to_have_attribute("data-status", "pending")
    sent.client.videos.delete(sent.pending_video_id)
    sent.failed += sent.pending
    sent.pending = []
    expect(tag).to_have_attribute("data-status", "failed", timeout=10_000)
    want = sent.account_jobs()
    assert wait_for(lambda: video_jobs(demo_account(ui)), want) == want
    nav(admin, "accounts")
    row = admin.locator(f"[data-testid=accounts-table] tr[data-account-id='{sent.account_id}']")
    line = row.locator("[data-col=jobs][data-job-task=video]")
    expect(line).to_have_text(f"{want['pending']} · {want['succeeded']} ✓ · {want['failed']} ✗")


def test_no_errors_in_the_page(admin: Page, page_errors: list[str]) -> None:
    assert page_errors == []
