"""Upstream accounts in the console against the UI stack: an account's outbound proxy (entered in
the form, shown masked, sent back unchanged), a model without a price (marked on the accounts page,
listed on the prices page, priced there and its rows repriced), the settings' rule for such models,
and the provider's own headroom as the demo upstream's rate-limit headers state it
(docs/operators.md, "Outbound proxies", "The providers' own headroom", "Models without a price")."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.e2e.conftest import wait_until

from .conftest import UIStack, box, nav, pick, shot, sign_in, toast

pytestmark = pytest.mark.timeout(180)

PROXIED = "ui proxied"
PROXY = "socks5://ui-user:s3cret@127.0.0.1:1080"
MASKED = "socks5://ui-user:***@127.0.0.1:1080"
UNPRICED = "ui unpriced"
MODEL = "ui-unpriced-model"


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


def account_named(ui: UIStack, name: str) -> dict[str, Any]:
    (account,) = [a for a in ui.api("/api/accounts")["items"] if a["name"] == name]
    return account  # type: ignore[no-any-return]


def demo_base_url(ui: UIStack) -> str:
    """The demo upstream's base URL (…/v1), as the demo account has it."""
    return str(account_named(ui, "demo upstream")["base_url"])


def set_rate_limits(ui: UIStack, headers: dict[str, str]) -> None:
    """The rate-limit headers the demo upstream sends with every answer from now on ({}: none)."""
    base = demo_base_url(ui).removesuffix("/v1")
    r = httpx.post(f"{base}/_fake/ratelimits", json=headers)
    assert r.status_code == 200, r.text


def unpriced_models(ui: UIStack) -> dict[str, dict[str, Any]]:
    return {u["model"]: u for u in ui.api("/api/prices/unpriced")["items"]}


def field(scope: Locator, name: str) -> Locator:
    """A form item of the dialog by the field its messages are for."""
    return scope.locator(f"[data-field='{name}']")


def row_of(page: Page, table: str, attr: str, value: str) -> Locator:
    return page.locator(f"[data-testid={table}] tr[{attr}='{value}']")


def horizontal_overflow(table: Locator) -> int:
    """How far anything inside a table scrolls sideways (0: it fits the page)."""
    return int(
        table.evaluate(
            """el => Math.max(0, ...[el, ...el.querySelectorAll('*')]
                 .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                 .map(e => e.scrollWidth - e.clientWidth))"""
        )
    )


def reload_accounts(page: Page) -> None:
    """The accounts page read afresh (it does not poll)."""
    nav(page, "keys")
    nav(page, "accounts")
    expect(page.get_by_test_id("accounts-table").locator("tbody tr[data-account-id]").first).to_be_visible()


# ---- outbound proxy ----------------------------------------------------------------------------


def test_an_account_with_a_proxy(admin: Page, ui: UIStack) -> None:
    nav(admin, "accounts")
    admin.get_by_test_id("open-create-account").click()
    dialog = admin.get_by_test_id("account-dialog")
    expect(box(dialog, "acc-proxy")).to_have_attribute("placeholder", "socks5://user:pass@host:1080")
    expect(field(dialog, "proxy")).to_contain_text("socks5://")
    box(dialog, "acc-name").fill(PROXIED)
    box(dialog, "acc-base-url").fill("http://127.0.0.1:9/v1")
    box(dialog, "acc-api-key").fill("sk-ui-proxied")
    # A model of its own: no other test's request is sent to a proxy that is not there.
    dialog.get_by_test_id("acc-models").click()
    admin.keyboard.type("ui-proxied-model")
    admin.keyboard.press("Enter")
    dialog.locator(".n-card-header").click()
    # What the console checks itself: a scheme the gateway speaks.
    box(dialog, "acc-proxy").fill("ftp://127.0.0.1:21")
    dialog.get_by_test_id("account-save").click()
    expect(field(dialog, "proxy")).to_contain_text("An http://, https:// or socks5:// URL")
    # What the API checks: its 422 shows on the field.
    box(dialog, "acc-proxy").fill("socks5://ui-user:s3cret@127.0.0.1:99999")
    dialog.get_by_test_id("account-save").click()
    expect(field(dialog, "proxy")).to_contain_text("port is not a number from 1 to 65535")
    expect(dialog.get_by_test_id("form-error")).to_have_text("Check the highlighted fields.")
    shot(admin, "60-account-proxy-422", full=False)
    assert PROXIED not in {a["name"] for a in ui.api("/api/accounts")["items"]}

    box(dialog, "acc-proxy").fill(PROXY)
    expect(dialog.get_by_test_id("form-error")).to_be_hidden()
    dialog.get_by_test_id("account-save").click()
    toast(admin, f"Added account {PROXIED}")
    expect(dialog).to_be_hidden()
    made = account_named(ui, PROXIED)
    assert made["proxy"] == MASKED  # the password never comes back
    assert made["models"] == ["ui-proxied-model"]
    tag = row_of(admin, "accounts-table", "data-account-id", made["id"]).locator("[data-col=proxy]")
    expect(tag).to_have_text("via proxy")
    expect(tag).to_have_attribute("data-proxy", MASKED)
    tag.hover()
    expect(admin.locator(".n-tooltip", has_text="Connects through")).to_have_text(
        f"Connects through {MASKED}"
    )
    shot(admin, "61-accounts-proxy-tag")
    admin.mouse.move(0, 0)
    # A direct account has no tag.
    demo = account_named(ui, "demo upstream")
    expect(
        row_of(admin, "accounts-table", "data-account-id", demo["id"]).locator("[data-col=proxy]")
    ).to_have_count(0)


def test_an_edit_sends_the_masked_proxy_back(admin: Page, ui: UIStack) -> None:
    made = account_named(ui, PROXIED)
    row_of(admin, "accounts-table", "data-account-id", made["id"]).get_by_test_id("account-edit").click()
    dialog = admin.get_by_test_id("account-dialog")
    expect(box(dialog, "acc-proxy")).to_have_value(MASKED)
    expect(field(dialog, "proxy")).to_contain_text("The password shows as ***")
    # *** with another host would become the password: the form asks for it again.
    box(dialog, "acc-proxy").fill(MASKED.replace("127.0.0.1", "127.0.0.2"))
    dialog.get_by_test_id("account-save").click()
    expect(field(dialog, "proxy")).to_contain_text("Type the password again")
    box(dialog, "acc-proxy").fill(MASKED)
    box(dialog, "acc-weight").fill("3")
    dialog.locator(".n-card-header").click()
    with admin.expect_request(
        lambda r: r.method == "PATCH" and f"/api/accounts/{made['id']}" in r.url
    ) as sent:
        dialog.get_by_test_id("account-save").click()
    assert json.loads(sent.value.post_data or "{}")["proxy"] == MASKED  # kept as it is by the API
    toast(admin, f"Saved {PROXIED}")
    after = account_named(ui, PROXIED)
    assert after["weight"] == 3 and after["proxy"] == MASKED


# ---- models without a price ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def unpriced_account(ui: UIStack) -> dict[str, Any]:
    """An account on the demo upstream serving a model no price covers, and one request for it."""
    assert MODEL not in {p["model"] for p in ui.api("/api/prices")["items"]}
    with ui.stack.admin() as api:
        r = api.post("/api/accounts", json={
            "name": UNPRICED, "provider": "openai_compatible", "base_url": demo_base_url(ui),
            "api_key": "sk-ui-unpriced", "models": [MODEL],
        })  # fmt: skip
        assert r.status_code == 201, r.text
        account: dict[str, Any] = r.json()
    # The gateway sees the new account within a moment (a KV watch): wait for its model.
    models = f"{ui.stack.info['gateway_url']}/v1/models"
    auth = {"Authorization": f"Bearer {ui.stack.info['demo_api_key']}"}
    listed = wait_until(
        lambda: [m["id"] for m in httpx.get(models, headers=auth).json()["data"]], lambda ids: MODEL in ids
    )
    assert MODEL in listed
    ui.send_chat(MODEL)
    seen = wait_until(lambda: unpriced_models(ui).get(MODEL, {}), lambda u: u.get("rows") == 1, timeout=20)
    assert seen["accounts"] == [UNPRICED] and seen["rows"] == 1 and seen["last_seen"]
    return account


def test_the_accounts_page_marks_an_unpriced_model(
    admin: Page, ui: UIStack, unpriced_account: dict[str, Any]
) -> None:
    reload_accounts(admin)
    row = row_of(admin, "accounts-table", "data-account-id", unpriced_account["id"])
    mark = row.locator("[data-col=unpriced]")
    expect(mark).to_have_text("unpriced model")
    expect(mark).to_have_attribute("data-models", MODEL)
    mark.hover()
    expect(admin.locator(".n-tooltip", has_text="No price for")).to_contain_text(f"No price for {MODEL}")
    shot(admin, "62-accounts-unpriced-tag")
    # The other accounts' models are priced (or the API names them): marked as the API says.
    listed = unpriced_models(ui)
    for a in ui.api("/api/accounts")["items"]:
        served = sorted(m for m, u in listed.items() if a["name"] in u["accounts"])
        marks = row_of(admin, "accounts-table", "data-account-id", a["id"]).locator("[data-col=unpriced]")
        expect(marks).to_have_count(1 if served else 0)
    mark.click()
    admin.wait_for_url("**/prices#unpriced")
    expect(admin.get_by_test_id("unpriced-card")).to_be_in_viewport()


def test_the_prices_page_prices_and_reprices_it(
    admin: Page, ui: UIStack, unpriced_account: dict[str, Any]
) -> None:
    if not admin.url.endswith("/prices#unpriced"):
        nav(admin, "prices")
    card = admin.get_by_test_id("unpriced-card")
    listed = unpriced_models(ui)
    rows = card.locator("tbody tr[data-model]")
    expect(rows).to_have_count(len(listed))
    for model, u in listed.items():
        row = row_of(admin, "unpriced-table", "data-model", model)
        expect(row.locator("[data-col=rows]")).to_have_attribute("data-value", str(u["rows"]))
        expect(row.locator("[data-col=unpriced-status]")).to_have_attribute("data-status", "unpriced")
    row = row_of(admin, "unpriced-table", "data-model", MODEL)
    expect(row.locator("[data-col=accounts]")).to_have_text(UNPRICED)
    expect(row.locator("[data-col=rows]")).to_have_text("1")
    expect(row.locator("[data-col=last-seen]")).not_to_have_text("—")
    reprice = row.get_by_test_id("unpriced-reprice")
    expect(reprice).to_have_text("Reprice 1 row")
    expect(reprice).to_be_disabled()  # no price yet
    expect(admin.get_by_test_id("unpriced-count")).to_have_text(str(len(listed)))
    expect(admin.get_by_test_id("unpriced-policy")).to_have_attribute("data-policy", "serve")
    shot(admin, "63-prices-unpriced", full=False)

    row.get_by_test_id("unpriced-set-price").click()
    dialog = admin.get_by_test_id("price-dialog")
    expect(dialog).to_contain_text(f"Set a price for {MODEL}")
    expect(box(dialog, "price-model")).to_have_value(MODEL)
    expect(box(dialog, "price-model")).to_be_disabled()
    box(dialog, "price-input").fill("2")
    box(dialog, "price-output").fill("4")
    dialog.get_by_test_id("price-save").click()
    expect(dialog).to_be_hidden()
    (price,) = [p for p in ui.api("/api/prices")["items"] if p["model"] == MODEL]
    assert (Decimal(price["input"]), Decimal(price["output"])) == (2, 4)
    toast(admin, f"{MODEL}: version {price['version']} is in effect")
    # Its row waits for a reprice: the API lists it with the price that covers it now.
    assert unpriced_models(ui)[MODEL]["price_version"] == price["version"]
    status = row.locator("[data-col=unpriced-status]")
    expect(status).to_have_attribute("data-status", "priced")
    expect(status).to_have_attribute("data-version", price["version"])
    expect(row.get_by_test_id("unpriced-set-price")).to_have_count(0)
    expect(reprice).to_be_enabled()

    reprice.click()
    confirm = admin.locator(".n-dialog", has_text=f"Reprice {MODEL}?")
    expect(confirm).to_contain_text(
        f"its 1 unpriced row of the last 30 days (and any older ones) at version {price['version']}"
    )
    shot(admin, "64-prices-reprice-confirm", full=False)
    with admin.expect_response(lambda r: r.url.endswith(f"/api/prices/{MODEL}/reprice")) as answered:
        confirm.get_by_test_id("confirm-ok").click()
    result = answered.value.json()
    assert result == {"model": MODEL, "rows": 1, "price_version": price["version"]}
    toast(admin, f"{MODEL}: 1 row repriced at {price['version']}")
    expect(status).to_have_attribute("data-status", "repriced")
    expect(status).to_have_attribute("data-rows", "1")
    expect(status).to_have_text(f"Repriced 1 row at {price['version']}")
    shot(admin, "65-prices-repriced", full=False)
    # The row is priced now: the usage view shows it at the new version.
    query = "SELECT price_version AS v, toString(cost_usd) AS c FROM tallygate.usage "
    query += f"WHERE model = '{MODEL}' AND status_code = 200"
    rows_now = wait_until(lambda: ui.stack.sql(query), lambda r: [x["v"] for x in r] == [price["version"]])
    assert [x["v"] for x in rows_now] == [price["version"]] and float(rows_now[0]["c"]) > 0

    # Nothing left to mark on the accounts page.
    reload_accounts(admin)
    expect(
        row_of(admin, "accounts-table", "data-account-id", unpriced_account["id"]).locator(
            "[data-col=unpriced]"
        )
    ).to_have_count(0)


def test_settings_choose_what_an_unpriced_model_gets(admin: Page, ui: UIStack) -> None:
    nav(admin, "settings")
    assert ui.api("/api/settings")["unpriced"] == "serve"
    select = admin.get_by_test_id("set-unpriced")
    expect(select).to_contain_text("Serve (marked unpriced)")
    try:
        pick(admin, "set-unpriced", "Refuse")
        expect(admin.locator("[data-field=unpriced]")).to_contain_text("403 (code model_not_priced)")
        admin.get_by_test_id("settings-save").click()
        toast(admin, "Settings saved")
        assert wait_until(lambda: ui.api("/api/settings")["unpriced"], lambda v: v == "refuse") == "refuse"
        shot(admin, "66-settings-unpriced-refuse")
        nav(admin, "prices")
        expect(admin.get_by_test_id("unpriced-policy")).to_contain_text("Requests for them: refused")
    finally:
        # Back to the default for whatever runs next on this stack.
        nav(admin, "keys")
        nav(admin, "settings")
        if ui.api("/api/settings")["unpriced"] != "serve":
            pick(admin, "set-unpriced", "Serve (marked unpriced)")
            admin.get_by_test_id("settings-save").click()
            toast(admin, "Settings saved")
    assert ui.api("/api/settings")["unpriced"] == "serve"
    expect(select).to_contain_text("Serve (marked unpriced)")


# ---- the provider's headroom ------------------------------------------------------------------------


def window_5h(ui: UIStack, name: str) -> dict[str, Any] | None:
    hr = account_named(ui, name)["headroom"]
    return hr["window_5h"] if hr else None


def test_the_providers_headroom_as_bars(admin: Page, ui: UIStack, unpriced_account: dict[str, Any]) -> None:
    """The demo upstream states Anthropic's unified windows; a request through the account brings them."""
    reset_5h = int(time.time()) + 2 * 3600 + 10 * 60 + 50  # "resets in 2 h 10 min" for the next 50 s
    reset_7d = int(time.time()) + 3 * 86400 + 5 * 3600 + 1800
    headers = {
        "anthropic-ratelimit-unified-5h-utilization": "0.4",
        "anthropic-ratelimit-unified-5h-reset": str(reset_5h),
        "anthropic-ratelimit-unified-7d-utilization": "0.2",
        "anthropic-ratelimit-unified-7d-reset": str(reset_7d),
        "anthropic-ratelimit-unified-status": "allowed",
    }
    table = admin.get_by_test_id("accounts-table")
    row = table.locator(f"tr[data-account-id='{unpriced_account['id']}']")
    try:
        set_rate_limits(ui, headers)
        ui.send_chat(MODEL)
        seen = wait_until(lambda: window_5h(ui, UNPRICED), lambda w: w is not None, timeout=20)
        assert seen is not None and seen["utilization"] == 0.4
        reload_accounts(admin)
        bars = row.locator("[data-col=headroom]")
        expect(bars).to_have_attribute("data-state", "ok")
        bar = bars.locator("[data-window='5h']")
        expect(bar).to_have_attribute("data-used", "0.4000")
        expect(bar).to_have_attribute("data-state", "ok")
        expect(bar.locator(".hr-text")).to_have_text("40%")
        expect(bar.locator(".hr-fill")).to_have_attribute("style", re.compile(r"width: 40(\.0)?%"))
        expect(bars.locator("[data-window='7d'] .hr-text")).to_have_text("20%")
        bar.hover()
        tip = admin.get_by_test_id("headroom-tip")
        expect(tip).to_contain_text("5-hour window: 40% used")
        expect(tip).to_contain_text("Resets in 2 h 10 min")
        expect(tip).to_contain_text("As the provider stated it")
        shot(admin, "67-accounts-headroom")
        admin.mouse.move(0, 0)
        expect(row.locator("[data-col=used-up]")).to_have_count(0)
        # Accounts without headroom show no bars, only what the gateway sent.
        for a in ui.api("/api/accounts")["items"]:
            if a["headroom"] is None:
                other = table.locator(f"tr[data-account-id='{a['id']}']")
                expect(other.locator("[data-col=headroom]")).to_have_count(0)
                expect(other.locator("[data-col=windows]")).to_contain_text("5 h")

        # The 5-hour window used up: red, and the account is skipped until its reset.
        set_rate_limits(ui, headers | {
            "anthropic-ratelimit-unified-5h-utilization": "1.0",
            "anthropic-ratelimit-unified-5h-status": "rejected",
            "anthropic-ratelimit-unified-status": "rejected",
        })  # fmt: skip
        ui.send_chat(MODEL)
        seen = wait_until(
            lambda: window_5h(ui, UNPRICED), lambda w: w is not None and w["utilization"] >= 1, timeout=20
        )
        assert seen is not None and seen["utilization"] == 1.0 and seen["status"] == "rejected"
        reload_accounts(admin)
        expect(bars).to_have_attribute("data-state", "out")
        expect(bar).to_have_attribute("data-state", "out")
        expect(bar.locator(".hr-text")).to_have_text("100%")
        used_up = row.locator("[data-col=used-up]")
        expect(used_up).to_have_text("limit reached")
        bar.hover()
        expect(tip).to_contain_text("Used up: the gateway skips this account until the reset.")
        shot(admin, "68-accounts-headroom-used-up")
        admin.mouse.move(0, 0)
        # Everything on a 1440 px screen without a sideways scroll.
        assert admin.viewport_size == {"width": 1440, "height": 900}
        assert horizontal_overflow(table) == 0
    finally:
        set_rate_limits(ui, {})


def test_no_errors_in_the_page(admin: Page, page_errors: list[str]) -> None:
    # The proxy's 422 is an answer the form shows, not an error of the page; Chromium still logs
    # the failed request itself (once).
    assert [e for e in page_errors if "status of 422" not in e] == []
    assert len(page_errors) <= 1
