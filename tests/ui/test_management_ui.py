"""The management pages against the real stack: accounts (dialog, CSV import, bulk quota, stale
edits), keys (the secret shown once, and working against the gateway), prices and their history,
settings, the audit log, users, and what a `user` is offered."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openai import OpenAI
from playwright.sync_api import Browser, Page, Route, expect

from .conftest import UIStack, box, nav, pick, shot, sign_in, toast

pytestmark = pytest.mark.timeout(120)
USER_NAME = "ui-user"
USER_PASSWORD = "user-pass-1234"
ADMIN_PAGES = ("accounts", "load", "users", "settings", "audit")


@pytest.fixture(scope="module")
def admin(browser: Browser, ui: UIStack) -> Iterator[Page]:
    if not ui.admin_password:
        pytest.xfail("secrets.json has no admin_password yet")
    context, pg = sign_in(browser, ui, "admin", ui.admin_password)
    yield pg
    context.close()


def accounts_by_name(ui: UIStack) -> dict[str, dict[str, Any]]:
    return {a["name"]: a for a in ui.api("/api/accounts")["items"]}


def test_account_dialog_validates_and_creates(admin: Page, ui: UIStack) -> None:
    nav(admin, "accounts")
    table = admin.get_by_test_id("accounts-table")
    expect(table.locator("tbody tr[data-account-id]")).to_have_count(len(ui.api("/api/accounts")["items"]))
    admin.get_by_test_id("open-create-account").click()
    dialog = admin.get_by_test_id("account-dialog")
    dialog.get_by_test_id("account-save").click()
    expect(dialog).to_contain_text("Give the account a name")
    expect(dialog).to_contain_text("The provider base URL is required")
    box(dialog, "acc-name").fill("ui-made account")
    box(dialog, "acc-base-url").fill("ftp://nope")
    box(dialog, "acc-api-key").fill("sk-ui-made-1")
    dialog.get_by_test_id("account-save").click()
    expect(dialog).to_contain_text("Must start with http:// or https://")
    box(dialog, "acc-base-url").fill("http://127.0.0.1:9/v1")
    dialog.get_by_test_id("acc-models").click()
    admin.keyboard.type("ui-made-model")
    admin.keyboard.press("Enter")
    box(dialog, "acc-priority").fill("5")
    box(dialog, "acc-limit-image").fill("5")
    dialog.locator(".n-card-header").click()  # closes the model menu, commits the numbers
    shot(admin, "10-account-dialog")
    dialog.get_by_test_id("account-save").click()
    toast(admin, "Added account ui-made account")
    expect(dialog).to_be_hidden()

    made = accounts_by_name(ui)["ui-made account"]
    settings = ui.api("/api/settings")
    assert made["provider"] == settings["account_defaults"]["provider"]
    assert made["base_url"] == "http://127.0.0.1:9/v1"
    assert made["models"] == ["ui-made-model"]
    assert made["priority"] == 5
    assert made["daily_limits"] == {"image": 5}
    assert made["api_key_set"] is True and "api_key" not in made
    expect(table.locator(f"tr[data-account-id='{made['id']}']")).to_contain_text("Image 0 / 5")
    # Today's requests per account are the load view's.
    for a in ui.api("/api/accounts/load")["accounts"]:
        cell = table.locator(f"tr[data-account-id='{a['account_id']}'] [data-col=today]")
        expect(cell).to_have_attribute("data-requests", str(a["today_requests"]))
    shot(admin, "11-accounts")


def test_a_stale_account_edit_says_reload(admin: Page, ui: UIStack) -> None:
    made = accounts_by_name(ui)["ui-made account"]
    row = admin.locator(f"[data-testid=accounts-table] tr[data-account-id='{made['id']}']")
    row.get_by_test_id("account-edit").click()
    dialog = admin.get_by_test_id("account-dialog")
    expect(box(dialog, "acc-name")).to_have_value("ui-made account")
    # Someone else saves meanwhile.
    with ui.stack.admin() as client:
        r = client.patch(f"/api/accounts/{made['id']}", json={"weight": 3})
        assert r.status_code == 200, r.text
    box(dialog, "acc-weight").fill("7")
    dialog.get_by_test_id("account-save").click()
    warning = admin.locator(".n-dialog", has_text="Changed meanwhile")
    expect(warning).to_contain_text("Someone changed this meanwhile")
    shot(admin, "12-stale-edit")
    warning.get_by_role("button", name="Reload").click()
    expect(dialog).to_be_hidden()
    assert accounts_by_name(ui)["ui-made account"]["weight"] == 3  # the stale edit changed nothing


def test_key_dialog_shows_the_secret_once_and_it_works(admin: Page, ui: UIStack) -> None:
    nav(admin, "keys")
    before = {k["id"] for k in ui.api("/api/keys")["items"]}
    admin.get_by_test_id("open-create-key").click()
    dialog = admin.get_by_test_id("key-dialog")
    box(dialog, "key-name").fill("ui made key")
    box(dialog, "key-daily").fill("two dollars")
    dialog.get_by_test_id("key-save").click()
    expect(dialog).to_contain_text("Enter an amount like 5 or 0.25")
    box(dialog, "key-daily").fill("2.5")
    box(dialog, "key-rpm").fill("30")
    dialog.locator(".n-card-header").click()
    dialog.get_by_test_id("key-save").click()

    secret_dialog = admin.get_by_test_id("secret-dialog")
    expect(secret_dialog).to_contain_text("This is the only time the full key is shown")
    secret = box(secret_dialog, "key-secret").input_value()
    created = [k for k in ui.api("/api/keys")["items"] if k["id"] not in before]
    assert len(created) == 1
    key = created[0]
    assert secret.startswith(key["prefix"]) and len(secret) > len(key["prefix"]) + 16
    assert key["name"] == "ui made key" and key["rpm"] == 30
    assert Decimal(key["daily_limit_usd"]) == Decimal("2.5")
    shot(admin, "13-key-secret")
    secret_dialog.get_by_test_id("copy-secret").click()
    secret_dialog.get_by_test_id("secret-done").click()
    expect(secret_dialog).to_be_hidden()
    row = admin.locator(f"[data-testid=keys-table] tr[data-key-id='{key['id']}']")
    expect(row).to_contain_text(key["prefix"])
    assert secret not in admin.content(), "the secret is still in the page after the dialog closed"

    # The key works against the gateway with the official SDK.
    client = OpenAI(base_url=ui.stack.info["gateway_url"] + "/v1", api_key=secret, max_retries=0)
    answer = client.chat.completions.create(
        model="tallygate-demo", messages=[{"role": "user", "content": "hello from the UI test"}]
    )
    assert answer.choices[0].message.content
    ui.traffic.ok += 1

    # Disable it from the list.
    row.get_by_test_id("key-toggle").click()
    toast(admin, "ui made key disabled")
    expect(row).to_contain_text("Disabled")
    assert ui.api(f"/api/keys/{key['id']}")["enabled"] is False
    shot(admin, "14-keys")


def test_csv_import_reports_each_row(admin: Page, ui: UIStack, tmp_path: Path) -> None:
    nav(admin, "accounts")
    header = ["name", "provider", "base_url", "api_key", "models", "priority", "image_limit"]
    data = [
        ["csv good 1", "openai_compatible", "http://127.0.0.1:9/v1", "sk-csv-1", "m1|m2", "1", "10"],
        ["csv dup of the pool", "openai", "http://127.0.0.1:9/v1", "sk-ui-test", "", "1", ""],
        ["csv good 2", "", "", "sk-csv-2", "", "2", ""],  # provider and base URL: the page's defaults
        ["csv dup in the file", "openai", "http://127.0.0.1:9/v1", "sk-csv-1", "", "1", ""],
        ["csv bad priority", "openai", "http://127.0.0.1:9/v1", "sk-csv-3", "", "high", ""],
        ["", "openai", "http://127.0.0.1:9/v1", "sk-csv-4", "", "1", ""],  # no name
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *data])
    path = tmp_path / "accounts.csv"
    path.write_text(buf.getvalue())
    # What the import must answer, from the file: credentials already in the pool (the task-account console's
    # and the dialog's) or earlier in the file are skipped; a bad row is an error.
    known = {"sk-ui-test", "sk-ui-made-1"}
    expected: dict[int, str] = {}
    for line, row in enumerate(data, start=2):
        if not row[0] or not row[5].isdigit():
            expected[line] = "error"
        elif row[3] in known:
            expected[line] = "skipped"
        else:
            expected[line] = "created"
            known.add(row[3])
    total_before = len(ui.api("/api/accounts")["items"])

    admin.get_by_test_id("open-import").click()
    dialog = admin.get_by_test_id("import-dialog")
    dialog.get_by_test_id("import-submit").click()
    expect(dialog).to_contain_text("Choose a CSV file")
    dialog.locator("input[type=file]").set_input_files(str(path))
    pick(admin, "import-provider", "OpenAI-compatible")
    box(dialog, "import-base-url").fill("http://127.0.0.1:8/v1")
    dialog.get_by_test_id("import-submit").click()

    counts = {s: sum(v == s for v in expected.values()) for s in ("created", "skipped", "error")}
    expect(dialog.get_by_test_id("import-total")).to_have_text(str(len(data)))
    expect(dialog.get_by_test_id("import-success")).to_have_text(str(counts["created"]))
    expect(dialog.get_by_test_id("import-skipped")).to_have_text(str(counts["skipped"]))
    expect(dialog.get_by_test_id("import-errors")).to_have_text(str(counts["error"]))
    rows = dialog.locator("[data-testid=import-rows] tbody tr[data-line]")
    expect(rows).to_have_count(len(data))
    for line, status in expected.items():
        expect(dialog.locator(f"tr[data-line='{line}']")).to_have_attribute("data-status", status)
    expect(dialog.locator("tr[data-line='6']")).to_contain_text("priority")
    shot(admin, "15-import-result")
    dialog.get_by_test_id("import-done").click()
    toast(admin, f"Imported {counts['created']} accounts")

    accounts = accounts_by_name(ui)
    assert len(accounts) == total_before + counts["created"]
    assert accounts["csv good 1"]["models"] == ["m1", "m2"]
    assert accounts["csv good 1"]["daily_limits"] == {"image": 10}
    assert accounts["csv good 2"]["base_url"] == "http://127.0.0.1:8/v1"
    assert accounts["csv good 2"]["provider"] == "openai_compatible"
    table_rows = admin.locator("[data-testid=accounts-table] tbody tr[data-account-id]")
    expect(table_rows).to_have_count(len(accounts))


def test_bulk_quota_sets_every_account(admin: Page, ui: UIStack) -> None:
    before = ui.api("/api/accounts")["items"]
    admin.get_by_test_id("open-bulk").click()
    dialog = admin.get_by_test_id("bulk-dialog")
    expect(dialog).to_contain_text(f"all {len(before)} accounts")
    box(dialog, "bulk-image").fill("77")
    box(dialog, "bulk-lipsync").fill("33")
    dialog.locator(".n-card-header").click()
    dialog.get_by_test_id("bulk-save").click()
    toast(admin, f"Daily quota set on {len(before)} accounts")
    after = {a["id"]: a for a in ui.api("/api/accounts")["items"]}
    for a in before:
        limits = after[a["id"]]["daily_limits"]
        assert limits["image"] == 77 and limits["lipsync"] == 33, a["name"]
        assert limits.get("video") == a["daily_limits"].get("video"), a["name"]  # blank: untouched
        row = admin.locator(f"[data-testid=accounts-table] tr[data-account-id='{a['id']}']")
        expect(row.locator("[data-task=image]")).to_have_attribute("data-limit", "77")
    shot(admin, "16-accounts-after-bulk")


def test_delete_asks_first(admin: Page, ui: UIStack) -> None:
    doomed = accounts_by_name(ui)["csv good 2"]
    row = admin.locator(f"[data-testid=accounts-table] tr[data-account-id='{doomed['id']}']")
    row.get_by_test_id("account-delete").click()
    confirm = admin.locator(".n-dialog", has_text="Delete csv good 2?")
    confirm.get_by_role("button", name="Cancel").click()
    expect(confirm).to_be_hidden()
    assert "csv good 2" in accounts_by_name(ui)
    row.get_by_test_id("account-delete").click()
    confirm.get_by_role("button", name="Delete").click()
    toast(admin, "Deleted csv good 2")
    expect(row).to_have_count(0)
    assert "csv good 2" not in accounts_by_name(ui)


def test_price_edit_makes_a_new_version(admin: Page, ui: UIStack) -> None:
    model = "gpt-4.1-nano"
    nav(admin, "prices")
    prices = ui.api("/api/prices")["items"]
    expect(admin.locator("[data-testid=prices-table] tbody tr[data-model]")).to_have_count(len(prices))
    row = admin.locator(f"[data-testid=prices-table] tr[data-model='{model}']")
    row.get_by_test_id("price-edit").click()
    dialog = admin.get_by_test_id("price-dialog")
    box(dialog, "price-input").fill("0.123")
    box(dialog, "price-output").fill("")
    dialog.get_by_test_id("price-save").click()
    expect(dialog).to_contain_text("Required")
    box(dialog, "price-output").fill("0.456")
    dialog.get_by_test_id("price-save").click()
    toast(admin, f"{model}: version")
    history = ui.api(f"/api/prices/{model}/history")["items"]
    newest = history[0]
    assert Decimal(newest["input"]) == Decimal("0.123") and Decimal(newest["output"]) == Decimal("0.456")
    assert len(history) >= 2  # the default it replaced is kept
    expect(row.locator("[data-role=version]")).to_have_text(newest["version"])
    expect(row).to_contain_text("Custom")
    row.get_by_test_id("price-history").click()
    drawer = admin.get_by_test_id("price-history-drawer")
    versions = drawer.locator("[data-testid=price-history-table] tbody tr[data-version]")
    expect(versions).to_have_count(len(history))
    expect(versions.first).to_have_attribute("data-version", newest["version"])
    expect(versions.first).to_contain_text("$0.123")
    shot(admin, "17-price-history", full=False)
    admin.keyboard.press("Escape")
    expect(drawer).to_be_hidden()


def test_settings_and_the_audit_log(admin: Page, ui: UIStack) -> None:
    nav(admin, "settings")
    settings = ui.api("/api/settings")
    expect(admin.get_by_test_id("effective-timezone")).to_have_text(settings["effective_timezone"])
    expect(admin.get_by_test_id("apply-note")).to_contain_text("without a restart")
    box(admin, "set-key-rpm").fill("45")
    admin.locator("h1").click()
    admin.get_by_test_id("settings-save").click()
    toast(admin, "Settings saved")
    assert ui.api("/api/settings")["key_defaults"]["rpm"] == 45
    shot(admin, "18-settings")

    # The audit trail goes through NATS into ClickHouse: wait for the settings write to land.
    deadline = time.monotonic() + 10
    while not any(i["entity"] == "settings" for i in ui.api("/api/audit", limit=5)["items"]):
        assert time.monotonic() < deadline, "the settings change never reached the audit log"
        time.sleep(0.2)
    nav(admin, "audit")
    items = ui.api("/api/audit", limit=50)["items"]
    rows = admin.locator("[data-testid=audit-table] tbody tr[data-audit-id]")
    expect(rows).to_have_count(len(items))
    entry = next(i for i in items if i["entity"] == "settings")
    row = admin.locator(f"tr[data-audit-id='{entry['id']}']")
    expect(row).to_contain_text("key_defaults.rpm")
    row.locator(".n-data-table-expand-trigger").click()
    diff = admin.locator("[data-testid=audit-diff] tr[data-field='key_defaults.rpm']")
    expect(diff).to_contain_text("45")
    shot(admin, "19-audit")

    # "Load more" follows the cursor (pages of 3 instead of 50).
    def small_pages(route: Route) -> None:
        route.continue_(url=route.request.url.replace("limit=50", "limit=3"))

    admin.route("**/api/audit?*", small_pages)
    try:
        admin.goto(ui.url + "/audit")
        expect(rows).to_have_count(3)
        admin.get_by_test_id("audit-load-more").click()
        expect(rows).to_have_count(6)
        ids = [rows.nth(i).get_attribute("data-audit-id") for i in range(6)]
        assert ids == [i["id"] for i in ui.api("/api/audit", limit=6)["items"]]
    finally:
        admin.unroute("**/api/audit?*", small_pages)


def test_users_page_and_what_a_user_sees(admin: Page, browser: Browser, ui: UIStack) -> None:
    nav(admin, "users")
    users = ui.api("/api/users")["items"]
    expect(admin.locator("[data-testid=users-table] tbody tr[data-user-id]")).to_have_count(len(users))
    admin.get_by_test_id("open-create-user").click()
    dialog = admin.get_by_test_id("user-dialog")
    box(dialog, "user-username").fill("admin")
    box(dialog, "user-password-input").fill("short")
    dialog.get_by_test_id("user-save").click()
    expect(dialog).to_contain_text("At least 8 characters")
    box(dialog, "user-password-input").fill(USER_PASSWORD)
    box(dialog, "user-password-confirm").fill(USER_PASSWORD)
    dialog.get_by_test_id("user-save").click()
    expect(dialog).to_contain_text("username 'admin' is taken")  # the API's 409, at the field
    box(dialog, "user-username").fill(USER_NAME)
    dialog.get_by_test_id("user-role").get_by_text("User · own keys only").click()
    shot(admin, "20-user-dialog")
    dialog.get_by_test_id("user-save").click()
    toast(admin, f"Added {USER_NAME}")
    made = next(u for u in ui.api("/api/users")["items"] if u["username"] == USER_NAME)
    assert made["role"] == "user" and made["enabled"] is True
    expect(admin.locator(f"tr[data-username='{USER_NAME}']")).to_contain_text("user")
    shot(admin, "21-users")

    context, user = sign_in(browser, ui, USER_NAME, USER_PASSWORD)
    try:
        expect(user.get_by_test_id("current-user")).to_have_text(USER_NAME)
        for name in ADMIN_PAGES:
            expect(user.locator(f"[data-nav={name}]")).to_have_count(0)
        for name in ("overview", "keys", "prices"):
            expect(user.locator(f"[data-nav={name}]")).to_have_count(1)
        user.goto(ui.url + "/accounts")  # typed in: not offered
        user.wait_for_url(ui.url + "/")

        nav(user, "keys")
        expect(user.get_by_text("No API keys yet")).to_be_visible()
        user.get_by_test_id("open-create-key").click()
        dialog = user.get_by_test_id("key-dialog")
        expect(dialog.get_by_test_id("key-owner")).to_have_count(0)
        expect(dialog.get_by_test_id("key-multiplier")).to_have_count(0)
        box(dialog, "key-name").fill("ui-user key")
        dialog.get_by_test_id("key-save").click()
        secret_dialog = user.get_by_test_id("secret-dialog")
        expect(secret_dialog).to_be_visible()
        secret_dialog.get_by_test_id("secret-done").click()
        toast(user, "Created key ui-user key")

        mine = [k for k in ui.api("/api/keys")["items"] if k["user_id"] == made["id"]]
        assert [k["name"] for k in mine] == ["ui-user key"]
        rows = user.locator("[data-testid=keys-table] tbody tr[data-key-id]")
        expect(rows).to_have_count(len(mine))
        shown = {rows.nth(i).get_attribute("data-key-id") for i in range(len(mine))}
        assert shown == {k["id"] for k in mine}
        expect(user.get_by_test_id("keys-table")).not_to_contain_text("analytics team")
        shot(user, "22-user-keys")

        nav(user, "prices")
        prices = ui.api("/api/prices")["items"]
        expect(user.locator("[data-testid=prices-table] tbody tr[data-model]")).to_have_count(len(prices))
        expect(user.get_by_test_id("price-edit")).to_have_count(0)
        expect(user.get_by_test_id("open-create-price")).to_have_count(0)
        expect(user.get_by_text("Read-only: only admins change prices.")).to_be_visible()
        shot(user, "23-user-prices")
    finally:
        context.close()
