"""A user's own account and budgets in the browser: changing one's password from the user menu,
the ceilings an admin set on a key (shown to its owner, enforced by the API, its refusal shown
in the dialog), and an admin setting a user's limits and key defaults in the users form."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import UIStack, box, nav, shot, sign_in, toast

pytestmark = pytest.mark.timeout(120)


def make_user(ui: UIStack, username: str, password: str, **limits: Any) -> dict[str, Any]:
    with ui.stack.admin() as client:
        r = client.post(
            "/api/users", json={"username": username, "password": password, "role": "user", **limits}
        )
        assert r.status_code == 201, r.text
        return r.json()  # type: ignore[no-any-return]


def session_of(ui: UIStack, username: str, password: str) -> tuple[httpx.Client, str]:
    """A signed-in API session (cookie) and its CSRF token, as the browser would hold them."""
    client = httpx.Client(base_url=ui.url, timeout=30)
    r = client.post("/api/auth/login", json={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return client, r.json()["csrf_token"]


@pytest.fixture
def signed_in() -> Iterator[list[BrowserContext]]:
    """Browser contexts a test opens with sign_in, closed afterwards."""
    contexts: list[BrowserContext] = []
    yield contexts
    for c in contexts:
        c.close()


def open_password_dialog(page: Page) -> Any:
    page.get_by_test_id("user-menu").click()
    page.get_by_test_id("menu-password").click()
    dialog = page.get_by_test_id("password-dialog")
    expect(dialog).to_be_visible()
    return dialog


def test_a_user_changes_their_password(
    browser: Browser, ui: UIStack, signed_in: list[BrowserContext]
) -> None:
    name, old, new = "ui-pw-user", "old-pass-1234", "new-pass-5678"
    make_user(ui, name, old)
    other, _csrf = session_of(ui, name, old)  # another browser of the same user
    context, page = sign_in(browser, ui, name, old)
    signed_in.append(context)

    page.get_by_test_id("user-menu").click()
    expect(page.get_by_test_id("menu-password")).to_be_visible()
    shot(page, "30-user-menu", full=False)
    page.keyboard.press("Escape")
    dialog = open_password_dialog(page)
    box(dialog, "pw-current").fill("not-my-password")
    box(dialog, "pw-new").fill(new)
    box(dialog, "pw-confirm").fill(new + "!")
    dialog.get_by_test_id("pw-save").click()
    expect(dialog).to_contain_text("The passwords differ")  # checked here, nothing sent
    box(dialog, "pw-confirm").fill(new)
    dialog.get_by_test_id("pw-save").click()
    expect(dialog).to_contain_text("The current password is wrong")  # the API's 403
    shot(page, "31-password-wrong", full=False)

    box(dialog, "pw-current").fill(old)
    dialog.get_by_test_id("pw-save").click()
    toast(page, "Password changed")
    expect(dialog).to_be_hidden()
    # This browser stays signed in; the other session ended; the old password is refused.
    nav(page, "keys")
    expect(page.get_by_test_id("current-user")).to_have_text(name)
    assert other.get("/api/me").status_code == 401
    other.close()
    with httpx.Client(base_url=ui.url, timeout=30) as client:
        assert client.post("/api/auth/login", json={"username": name, "password": old}).status_code == 401

    context, page = sign_in(browser, ui, name, new)
    signed_in.append(context)
    expect(page.get_by_test_id("current-user")).to_have_text(name)


def test_too_many_wrong_passwords_say_how_long_to_wait(
    browser: Browser, ui: UIStack, signed_in: list[BrowserContext]
) -> None:
    name, password = "ui-pw-locked", "locked-pass-1234"
    make_user(ui, name, password)
    context, page = sign_in(browser, ui, name, password)
    signed_in.append(context)
    # Five wrong tries from this address (the username's limit), then the dialog's try.
    client, csrf = session_of(ui, name, password)
    try:
        for _ in range(5):
            wrong = {"current_password": "wrong-guess-1", "new_password": "pass-1234"}
            r = client.post("/api/me/password", headers={"X-CSRF-Token": csrf}, json=wrong)
            assert r.status_code == 403, r.text
    finally:
        client.close()
    dialog = open_password_dialog(page)
    box(dialog, "pw-current").fill(password)
    box(dialog, "pw-new").fill("another-pass-1234")
    box(dialog, "pw-confirm").fill("another-pass-1234")
    dialog.get_by_test_id("pw-save").click()
    expect(dialog.get_by_test_id("form-error")).to_have_text(
        re.compile(r"^Too many failed attempts\. Try again in \d+ (s|min)\.$")
    )
    shot(page, "32-password-429", full=False)


def test_a_user_cannot_raise_what_an_admin_set(
    browser: Browser, ui: UIStack, signed_in: list[BrowserContext]
) -> None:
    name, password = "ui-capped", "capped-pass-1234"
    user = make_user(ui, name, password)
    with ui.stack.admin() as client:
        r = client.post(
            "/api/keys",
            json={"name": "capped key", "user_id": user["id"], "monthly_limit_usd": "50", "rpm": 30},
        )
        assert r.status_code == 201, r.text
        key = r.json()
    assert key["admin_limits"]["monthly_limit_usd"] == "50"

    context, page = sign_in(browser, ui, name, password)
    signed_in.append(context)
    nav(page, "keys")
    row = page.locator(f"[data-testid=keys-table] tr[data-key-id='{key['id']}']")
    row.get_by_test_id("key-edit").click()
    dialog = page.get_by_test_id("key-dialog")
    expect(dialog.get_by_test_id("ceiling-note")).to_contain_text(
        "you may lower them, not raise or remove them"
    )
    monthly = dialog.locator("[data-field=monthly_limit_usd]")
    expect(monthly).to_contain_text("max $50 (set by an admin)")
    expect(dialog.locator("[data-field=rpm]")).to_contain_text("max 30 (set by an admin)")
    expect(dialog.locator("[data-field=daily_limit_usd] .n-form-item-feedback-wrapper")).to_have_text("")
    shot(page, "33-key-ceilings", full=False)

    box(dialog, "key-monthly").fill("80")
    dialog.get_by_test_id("key-save").click()
    refusal = "monthly_limit_usd: an admin set it to 50; you may lower it, not raise or remove it"
    expect(dialog.get_by_test_id("form-error")).to_have_text(refusal)
    expect(monthly.locator(".n-input--error-status")).to_have_count(1)  # the field itself is marked
    feedback = monthly.locator(".n-form-item-feedback")
    expect(feedback).to_have_text("max $50 (set by an admin)")
    expect(feedback).to_have_css("opacity", "1")  # its transition done, for the screenshot
    expect(dialog).to_be_visible()
    shot(page, "34-key-refused", full=False)
    assert ui.api(f"/api/keys/{key['id']}")["monthly_limit_usd"] == "50"

    # Lowering it is theirs to do; the admin's ceiling stays.
    box(dialog, "key-monthly").fill("30")
    dialog.get_by_test_id("key-save").click()
    toast(page, "Saved capped key")
    expect(dialog).to_be_hidden()
    after = ui.api(f"/api/keys/{key['id']}")
    assert after["monthly_limit_usd"] == "30" and after["rpm"] == 30
    assert after["admin_limits"]["monthly_limit_usd"] == "50"

    # An admin turns the key off: its owner sees who did, and cannot turn it back on.
    with ui.stack.admin() as client:
        r = client.patch(f"/api/keys/{key['id']}", json={"enabled": False})
        assert r.status_code == 200, r.text
    page.reload()
    expect(row.locator("[data-col=disabled-by-admin]")).to_have_text("by an admin")
    row.get_by_test_id("key-toggle").click()
    toast(page, "enabled: an admin disabled this key")
    assert ui.api(f"/api/keys/{key['id']}")["enabled"] is False

    # An admin sees their ceiling where the owner set less, and saving another field keeps it.
    if not ui.admin_password:
        return
    context, admin = sign_in(browser, ui, "admin", ui.admin_password)
    signed_in.append(context)
    nav(admin, "keys")
    row = admin.locator(f"[data-testid=keys-table] tr[data-key-id='{key['id']}']")
    row.get_by_test_id("key-edit").click()
    dialog = admin.get_by_test_id("key-dialog")
    expect(dialog.get_by_test_id("ceiling-note")).to_contain_text("the most the owner may allow")
    expect(dialog.locator("[data-field=monthly_limit_usd]")).to_contain_text("Your ceiling: $50")
    shot(admin, "37-key-admin-ceiling", full=False)
    box(dialog, "key-name").fill("capped key (renamed)")
    dialog.get_by_test_id("key-save").click()
    toast(admin, "Saved capped key (renamed)")
    renamed = ui.api(f"/api/keys/{key['id']}")
    assert renamed["name"] == "capped key (renamed)" and renamed["monthly_limit_usd"] == "30"
    assert renamed["admin_limits"]["monthly_limit_usd"] == "50"


def test_an_admin_sets_a_users_limits(browser: Browser, ui: UIStack, signed_in: list[BrowserContext]) -> None:
    if not ui.admin_password:
        pytest.xfail("secrets.json has no admin_password yet")
    context, admin = sign_in(browser, ui, "admin", ui.admin_password)
    signed_in.append(context)
    nav(admin, "users")
    admin.get_by_test_id("open-create-user").click()
    dialog = admin.get_by_test_id("user-dialog")
    box(dialog, "user-username").fill("ui-budget")
    box(dialog, "user-password-input").fill("budget-pass-1234")
    box(dialog, "user-password-confirm").fill("budget-pass-1234")
    dialog.get_by_text("Limits across all their keys", exact=True).click()
    box(dialog, "user-rpm").fill("120")
    box(dialog, "user-daily").fill("10")
    box(dialog, "user-monthly").fill("200")
    dialog.get_by_text("Key defaults", exact=True).click()
    box(dialog, "user-kd-monthly").fill("fifty")
    dialog.get_by_test_id("user-kd-models").click()
    admin.keyboard.type("gpt-4o-mini")  # the menu is virtual: filter it to bring the model into view
    admin.locator(".n-base-select-option").filter(has_text=re.compile(r"^gpt-4o-mini$")).first.click()
    dialog.locator(".n-card-header").click()  # closes the model menu, commits the numbers
    dialog.get_by_test_id("user-save").click()
    expect(dialog.locator("[data-field='key_defaults.monthly_limit_usd']")).to_contain_text(
        "Enter an amount like 5 or 0.25"
    )
    box(dialog, "user-kd-monthly").fill("50")
    expect(dialog.get_by_test_id("user-limits-summary")).to_have_text("$10.00/day · $200.00/mo · 120 rpm")
    expect(dialog.get_by_test_id("user-key-defaults-summary")).to_have_text("$50.00/mo · 1 model")
    shot(admin, "35-user-limits-dialog", full=False)
    dialog.get_by_test_id("user-save").click()
    toast(admin, "Added ui-budget")

    made = next(u for u in ui.api("/api/users")["items"] if u["username"] == "ui-budget")
    assert (made["rpm"], made["daily_limit_usd"], made["monthly_limit_usd"]) == (120, "10", "200")
    assert made["max_concurrency"] is None and made["weekly_limit_usd"] is None
    kd = made["key_defaults"]
    assert (kd["monthly_limit_usd"], kd["models"], kd["rpm"], kd["expires_at"]) == (
        "50",
        ["gpt-4o-mini"],
        None,
        None,
    )
    row = admin.locator(f"[data-testid=users-table] tr[data-user-id='{made['id']}']")
    expect(row.locator("[data-col=limits]")).to_contain_text("$10.00/day · $200.00/mo")
    expect(row.locator("[data-col=limits]")).to_contain_text("New keys: $50.00/mo · 1 model")
    shot(admin, "36-users-limits")

    # Editing: a cleared field removes that limit, the others stay.
    row.get_by_test_id("user-edit").click()
    expect(dialog.get_by_test_id("user-daily").locator("input")).to_be_visible()  # opened: it holds limits
    expect(box(dialog, "user-monthly")).to_have_value("200")
    box(dialog, "user-daily").fill("")
    box(dialog, "user-concurrency").fill("3")
    dialog.locator(".n-card-header").click()
    dialog.get_by_test_id("user-save").click()
    toast(admin, "Saved ui-budget")
    edited = ui.api(f"/api/users/{made['id']}")
    assert edited["daily_limit_usd"] is None and edited["monthly_limit_usd"] == "200"
    assert edited["max_concurrency"] == 3 and edited["rpm"] == 120
    assert edited["key_defaults"] == kd
    expect(row.locator("[data-col=limits]")).to_contain_text("120 rpm · 3 concurrent")
