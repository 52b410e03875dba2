"""The admin UI against the real stack: it is served with its security headers, signs in with the
session cookie, and every page shows the numbers the API answers."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from playwright.sync_api import Browser, Page, Route, expect

from .conftest import UIStack, new_context, shot

pytestmark = pytest.mark.timeout(120)


def money(value: str) -> str:
    """The UI's money format (format.ts) for the amounts a demo run produces (under $1,000)."""
    n = Decimal(value)
    if n == 0:
        return "$0.00"
    if n >= Decimal("0.01"):
        return f"${n:.2f}"
    decimals = min(max(2, 2 - math.floor(math.log10(n))), 12)
    text = f"{n:.{decimals}f}".rstrip("0").rstrip(".")
    return f"${text}"


def card(page: Page, testid: str) -> tuple[str, str]:
    value = page.locator(f"[data-testid={testid}] [data-role=value]")
    expect(value).to_be_visible()
    return value.inner_text().strip(), value.get_attribute("data-value") or ""


def nav(page: Page, name: str) -> None:
    page.click(f"[data-nav={name}]")
    page.wait_for_url(f"**/{'' if name == 'overview' else name}")


def test_spa_is_served_with_security_headers(ui: UIStack) -> None:
    with httpx.Client(base_url=ui.url, timeout=10) as client:
        for path in ("/", "/requests", "/keys/some/deep/link"):
            r = client.get(path)
            assert r.status_code == 200, path
            assert r.headers["content-type"].startswith("text/html")
            assert '<div id="app">' in r.text
            csp = r.headers["content-security-policy"]
            assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["x-frame-options"] == "DENY"
            assert r.headers["referrer-policy"] == "same-origin"
            assert r.headers["cache-control"] == "no-cache"
        asset = re.search(r'src="(/assets/[^"]+\.js)"', client.get("/").text)
        assert asset, "index.html names no script asset"
        r = client.get(asset.group(1))
        assert r.status_code == 200
        assert "javascript" in r.headers["content-type"]
        assert "immutable" in r.headers["cache-control"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert client.get("/assets/nope.js").status_code == 404
        assert client.get("/assets/..%2f..%2fapp.py").status_code == 404
        # Unknown API paths stay JSON 404s, never the SPA.
        r = client.get("/api/no-such-thing")
        assert r.status_code == 404
        assert r.json() == {"detail": "Not Found", "code": "not_found"}
        assert client.get("/healthz").json() == {"status": "ok"}


def test_login_refuses_a_wrong_password(browser: Browser, ui: UIStack) -> None:
    if not ui.admin_password:
        pytest.xfail("secrets.json has no admin_password yet")
    context = new_context(browser)
    try:
        page = context.new_page()
        page.goto(ui.url + "/requests")
        page.wait_for_url("**/login?next=/requests")
        page.fill("#username", "admin")
        page.fill("#password", "not-the-password")
        page.click("[data-testid=login-submit]")
        expect(page.get_by_test_id("login-error")).to_contain_text("Wrong username or password")
        shot(page, "01-login-error")
    finally:
        context.close()


def test_overview_shows_the_api_numbers(page: Page, ui: UIStack) -> None:
    o = ui.api("/api/dashboard/overview")
    page.goto(ui.url + "/")
    expect(page.get_by_test_id("current-user")).to_have_text("admin")
    text, raw = card(page, "card-requests-today")
    assert raw == str(o["today"]["requests"]) == str(ui.traffic.ok + ui.traffic.failed)
    assert text == str(o["today"]["requests"])
    text, raw = card(page, "card-cost-today")
    assert raw == o["today"]["cost_usd"]
    assert text == money(o["today"]["cost_usd"])
    text, raw = card(page, "card-error-rate")
    assert raw == str(o["today"]["errors"]) == "1"
    assert text == f"{100 * o['today']['errors'] / o['today']['requests']:.1f}%"
    assert card(page, "card-unique-users")[1] == str(o["today"]["unique_users"])
    assert card(page, "card-accounts")[1] == str(o["accounts"]["total"])
    assert card(page, "card-keys")[1] == str(o["keys"]["active"])
    tokens = page.get_by_test_id("card-tokens")
    for col in ("input", "output", "cache_read", "cache_write"):
        cell = tokens.locator(f"tr[data-row=Today] td[data-col={col}]")
        assert cell.get_attribute("data-value") == str(o["today"][f"{col}_tokens"])
    # Per-model table: every model the API names, with its call count.
    models = ui.api("/api/usage/models", days=7)["models"]
    table = page.get_by_test_id("models")
    for m in models:
        row = table.locator("tr", has_text=m["model"]).first
        expect(row).to_contain_text(str(m["requests"]))
    # Top users and the chart are there.
    users = ui.api("/api/usage/users", days=1, limit=10)["users"]
    expect(page.get_by_test_id("top-users").locator("tbody tr")).to_have_count(len(users))
    expect(page.get_by_test_id("trend").locator("canvas").first).to_be_visible()
    # Recent requests: the API's newest rows, then one more arrives through the live tail.
    recent = ui.api("/api/requests", limit=20)["items"]
    rows = page.get_by_test_id("recent").locator("tbody tr[data-request-id]")
    expect(rows).to_have_count(len(recent))
    expect(page.get_by_test_id("live-state")).to_have_text("Live", timeout=10_000)
    rid = ui.send_chat("gpt-4o")
    expect(page.locator(f"[data-testid=recent] tr[data-request-id='{rid}']")).to_be_visible(timeout=10_000)
    # The cards refresh on their own after a live row.
    expect(page.locator("[data-testid=card-requests-today] [data-role=value]")).to_have_attribute(
        "data-value", str(o["today"]["requests"] + 1), timeout=10_000
    )
    page.get_by_test_id("trend-days").get_by_text("30 days").click()
    expect(page.get_by_test_id("models")).to_contain_text("last 30 days")
    expect(page.get_by_test_id("trend")).to_have_attribute("data-days", "30")
    shot(page, "02-overview")


def test_requests_log_filters_and_pages(page: Page, ui: UIStack) -> None:
    nav(page, "requests")
    everything = ui.api("/api/requests", limit=100)["items"]
    rows = page.locator("[data-testid=requests-table] tbody tr[data-request-id]")
    expect(rows).to_have_count(len(everything))
    expect(page.get_by_test_id("requests-count")).to_have_text(f"Showing {len(everything)} requests")
    assert rows.first.get_attribute("data-request-id") == everything[0]["request_id"]
    # A detail drawer per row.
    rows.first.click()
    expect(page.locator(".n-drawer")).to_contain_text(everything[0]["request_id"])
    shot(page, "03-request-detail")
    page.keyboard.press("Escape")
    # Filter by status: the failed request only.
    page.get_by_test_id("filter-status").click()
    page.locator(".n-base-select-option", has_text="404 Not found").click()
    failed = ui.api("/api/requests", status=404)["items"]
    expect(rows).to_have_count(len(failed))
    assert len(failed) == ui.traffic.failed
    page.get_by_text("Reset filters").click()
    expect(rows).to_have_count(len(everything))
    # Free-text search and the stream filter.
    page.get_by_test_id("filter-stream").click()
    page.locator(".n-base-select-option", has_text="Streamed").first.click()
    streamed = ui.api("/api/requests", stream="true")["items"]
    expect(rows).to_have_count(len(streamed))
    assert "stream=true" in page.url
    page.get_by_text("Reset filters").click()
    expect(rows).to_have_count(len(everything))
    shot(page, "04-requests")


def test_requests_load_more_follows_the_cursor(page: Page, ui: UIStack) -> None:
    # The UI pages by 100; ask the real API for pages of 2 so "Load more" has work to do.
    def small_pages(route: Route) -> None:
        route.continue_(url=route.request.url.replace("limit=100", "limit=2"))

    page.route("**/api/requests?*", small_pages)
    try:
        page.goto(ui.url + "/requests")
        rows = page.locator("[data-testid=requests-table] tbody tr[data-request-id]")
        expect(rows).to_have_count(2)
        total = len(ui.api("/api/requests", limit=1000)["items"])
        for shown in range(4, total + 2, 2):
            page.get_by_test_id("load-more").click()
            expect(rows).to_have_count(min(shown, total))
            if shown >= total:
                break
        expect(page.get_by_test_id("load-more")).to_have_count(0)
        expect(page.get_by_text("End of the log")).to_be_visible()
        ids = [rows.nth(i).get_attribute("data-request-id") for i in range(total)]
        assert ids == [r["request_id"] for r in ui.api("/api/requests", limit=1000)["items"]]
    finally:
        page.unroute("**/api/requests?*", small_pages)


def test_usage_summary_matches_the_api(page: Page, ui: UIStack) -> None:
    nav(page, "usage")
    today = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    rows = ui.api(
        "/api/usage/summary",
        **{
            "from": (today - timedelta(days=6)).astimezone(UTC).isoformat(),
            "to": (today + timedelta(days=1)).astimezone(UTC).isoformat(),
        },
    )["rows"]
    assert rows, "no summary rows for the traffic sent"
    table = page.get_by_test_id("summary-table")
    expect(table.locator("tbody tr")).to_have_count(len(rows) + 1)  # + the total row
    total = sum(r["requests"] for r in rows)
    expect(table.locator("[data-total]").first).to_have_attribute("data-total", str(total))
    assert (
        page.get_by_test_id("export-summary-csv")
        .get_attribute("href", timeout=2000)
        .startswith(  # type: ignore[union-attr]
            "/api/export?kind=summary&format=csv&from="
        )
    )
    shot(page, "05-usage-summary")


def test_export_links_download(page: Page, ui: UIStack) -> None:
    href = page.get_by_test_id("export-summary-csv").get_attribute("href")
    assert href
    r = page.request.get(ui.url + href)
    assert r.status == 200, r.text()[:200]
    assert r.text().splitlines()[0].startswith("account")


def test_keys_and_per_key_usage(page: Page, ui: UIStack) -> None:
    nav(page, "keys")
    keys = ui.api("/api/keys")["items"]
    table = page.get_by_test_id("keys-table")
    expect(table.locator("tbody tr[data-key-id]")).to_have_count(len(keys))
    used = ui.api("/api/requests", limit=1)["items"][0]["api_key_id"]
    idle = next(k for k in keys if k["id"] != used)
    # A key without traffic: the drawer says so.
    table.locator(f"tr[data-key-id='{idle['id']}']").click()
    drawer = page.get_by_test_id("key-drawer")
    expect(drawer).to_contain_text("No requests with this key in the last 24 hours")
    page.keyboard.press("Escape")
    expect(drawer).to_be_hidden()
    table.locator(f"tr[data-key-id='{used}']").click()
    usage = ui.api(f"/api/keys/{used}/usage", hours=24)["models"]
    expect(drawer.get_by_test_id("key-usage-requests")).to_have_attribute(
        "data-value", str(sum(m["requests"] for m in usage))
    )
    for m in usage:
        expect(drawer.get_by_test_id("key-usage-table")).to_contain_text(m["model"])
    shot(page, "06-key-usage")
    page.keyboard.press("Escape")
    shot(page, "07-keys")


def test_accounts_and_load(page: Page, ui: UIStack) -> None:
    nav(page, "accounts")
    accounts = ui.api("/api/accounts")["items"]
    table = page.get_by_test_id("accounts-table")
    expect(table.locator("tbody tr[data-account-id]")).to_have_count(len(accounts))
    for a in accounts:
        expect(table).to_contain_text(a["name"])
        row = table.locator(f"tr[data-account-id='{a['id']}']")
        # The live columns: health, and today's requests as /api/accounts counts them.
        expect(row.get_by_test_id("account-health")).to_have_text("healthy")
        today = row.locator("[data-col=today]")
        expect(today).to_have_attribute("data-requests", str(a["today"]["requests"]))
        expect(today).to_contain_text(f"{a['today']['requests']:,} req")
    assert any(a["today"]["requests"] for a in accounts)
    shot(page, "08-accounts")
    # Keys: each row's spend today is the API's spend.day, as the page formats money.
    nav(page, "keys")
    keys = ui.api("/api/keys")["items"]
    for k in keys:
        spend = page.locator(f"[data-testid=keys-table] tr[data-key-id='{k['id']}'] [data-col=spend-day]")
        expect(spend).to_have_text(money(k["spend"]["day"]))
    assert any(Decimal(k["spend"]["day"]) for k in keys)
    nav(page, "load")
    load = ui.api("/api/accounts/load")
    for testid, field in [
        ("load-total", "total_accounts"),
        ("load-overloaded", "overloaded"),
        ("load-idle", "idle"),
    ]:
        assert card(page, testid)[1] == str(load["summary"][field])
    rows = page.locator("[data-testid=load-list] [data-account-id]")
    expect(rows).to_have_count(len(load["accounts"]))
    shot(page, "09-load")


def test_logout_ends_the_session(page: Page, ui: UIStack, console_errors: list[str]) -> None:
    page.goto(ui.url + "/")
    page.get_by_test_id("user-menu").click()  # sign out is in the user menu
    page.get_by_test_id("logout").click()
    page.wait_for_url("**/login")
    assert page.request.get(ui.url + "/api/me").status == 401
    page.goto(ui.url + "/keys")
    page.wait_for_url("**/login?next=/keys")
    shot(page, "00-login")
    # A failed EventSource reconnect after logout can log a network error; nothing else may.
    bad = [e for e in console_errors if "requests/stream" not in e and "401" not in e]
    assert not bad, bad
