"""A `user`-role user changes their own password in the browser, by keyboard: the user menu's
"Change password", its dialog's labelled fields, the API's refusal of a wrong current password and
the client-side check of the repeated password each shown on their field, then the change itself."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Browser, expect

from .conftest import UIStack, shot, sign_in, toast

pytestmark = pytest.mark.timeout(120)


def test_a_user_changes_their_own_password_by_keyboard(browser: Browser, ui: UIStack) -> None:
    name, old, new = "ui-own-pw", "own-old-pass-1234", "own-new-pass-5678"
    with ui.stack.admin() as admin:
        r = admin.post("/api/users", json={"username": name, "password": old, "role": "user"})
        assert r.status_code == 201, r.text

    context, page = sign_in(browser, ui, name, old)
    try:
        # The user menu opens from the keyboard, and so does its "Change password" entry.
        page.get_by_test_id("user-menu").focus()
        page.keyboard.press("Enter")
        expect(page.get_by_test_id("menu-password")).to_be_visible()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        dialog = page.get_by_test_id("password-dialog")
        expect(dialog).to_be_visible()

        # Every field is found by its label, and Tab goes from one to the next.
        current = dialog.get_by_label("Current password", exact=True)
        fresh = dialog.get_by_label("New password", exact=True)
        repeat = dialog.get_by_label("Repeat the new password", exact=True)
        current.focus()
        current.press_sequentially("not-my-password")
        page.keyboard.press("Tab")
        expect(fresh).to_be_focused()
        page.keyboard.type(new)
        page.keyboard.press("Tab")
        expect(repeat).to_be_focused()
        page.keyboard.type(new)
        page.keyboard.press("Enter")

        # The API's 403 is shown on the current password's field.
        current_item = dialog.locator("[data-field=current_password]")
        expect(current_item).to_contain_text("The current password is wrong")
        expect(dialog.locator("[data-field=new_password]")).not_to_contain_text("wrong")
        shot(page, "38-own-password-wrong", full=False)

        # A repeat that differs is caught here, on the repeat's field.
        current.fill(old)
        expect(current_item).not_to_contain_text("The current password is wrong")
        repeat.fill(new + "!")
        save = dialog.get_by_role("button", name="Change password")
        save.focus()
        page.keyboard.press("Enter")
        expect(dialog.locator("[data-field=confirm]")).to_contain_text("The passwords differ")

        repeat.fill(new)
        save.focus()
        page.keyboard.press("Enter")
        toast(page, "Password changed")
        expect(dialog).to_be_hidden()
        expect(page.get_by_test_id("current-user")).to_have_text(name)
    finally:
        context.close()

    with httpx.Client(base_url=ui.url, timeout=30) as client:
        r = client.post("/api/auth/login", json={"username": name, "password": new})
        assert r.status_code == 200, r.text
        assert r.json()["user"]["role"] == "user"
    with httpx.Client(base_url=ui.url, timeout=30) as client:
        r = client.post("/api/auth/login", json={"username": name, "password": old})
        assert r.status_code == 401, r.text
