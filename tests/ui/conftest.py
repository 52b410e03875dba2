"""Browser tests of the admin UI: the real stack (`tallygate up` with the demo upstream), a little
traffic through the gateway with the openai SDK, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openai import OpenAI
from openai.types.chat import ChatCompletionMessageParam
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect, sync_playwright

from tests.e2e.conftest import Stack

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class Traffic:
    """What the tests sent through the gateway."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0
        self.request_ids: list[str] = []


class UIStack:
    def __init__(self, stack: Stack, traffic: Traffic) -> None:
        self.stack = stack
        self.traffic = traffic
        self.url: str = stack.info["admin_url"]

    @property
    def admin_password(self) -> str | None:
        secrets = json.loads((self.stack.data_dir / "secrets.json").read_text())
        return secrets.get("admin_password")

    def api(self, path: str, **params: Any) -> Any:
        with self.stack.admin() as client:
            r = client.get(path, params=params)
            assert r.status_code == 200, f"{path}: {r.status_code} {r.text[:300]}"
            return r.json()

    def gateway(self) -> OpenAI:
        return OpenAI(
            base_url=self.stack.info["gateway_url"] + "/v1", api_key=self.stack.info["demo_api_key"]
        )

    def send_chat(self, model: str = "gpt-4o-mini", stream: bool = False) -> str:
        client = self.gateway()
        messages: list[ChatCompletionMessageParam] = [
            {"role": "user", "content": "Say hello to the dashboard"}
        ]
        if stream:
            with client.chat.completions.with_streaming_response.create(
                model=model,
                messages=messages,
                stream=True,  # type: ignore[arg-type]
            ) as resp:
                for _ in resp.iter_lines():
                    pass
                rid = resp.headers["x-request-id"]
        else:
            raw = client.chat.completions.with_raw_response.create(model=model, messages=messages)
            raw.parse()
            rid = raw.headers["x-request-id"]
        self.traffic.ok += 1
        self.traffic.request_ids.append(rid)
        return rid

    def seed_config(self) -> None:
        """A second key with limits and a task account with daily limits, so every view has content."""
        with self.stack.admin() as client:
            limited = {"name": "analytics team", "rpm": 60, "max_concurrency": 4,
                       "daily_limit_usd": "5", "monthly_limit_usd": "100"}  # fmt: skip
            r = client.post("/api/keys", json=limited)
            assert r.status_code == 201, r.text
            r = client.post(
                "/api/accounts",
                json={"name": "media pool 1", "provider": "openai_compatible", "base_url": "http://127.0.0.1:9/v1",
                      "api_key": "sk-ui-test", "models": ["video-gen"], "priority": 1, "weight": 1,
                      "max_concurrency": 2, "daily_limits": {"image": 50, "video": 10, "lipsync": 20},
                      "enabled": True},
            )  # fmt: skip
            assert r.status_code == 201, r.text

    def wait_for_requests(self, n: int, timeout: float = 15.0) -> dict[str, Any]:
        self.stack.wait_for_rollups(n, timeout)  # every page reads its own rollup
        return self.api("/api/dashboard/overview")  # type: ignore[no-any-return]


@pytest.fixture(scope="package")
def ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UIStack]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it: apt-get install chromium)")
    stack = Stack(tmp_path_factory.mktemp("ui") / "data", demo=True)
    stack.start()
    try:
        u = UIStack(stack, Traffic())
        u.seed_config()
        for i in range(4):
            u.send_chat("gpt-4o-mini" if i % 2 == 0 else "gpt-4o", stream=i == 3)
        # A refusal is metered too (404: no account offers the model).
        with pytest.raises(Exception):  # noqa: B017 - the SDK's NotFoundError; any error will do
            u.gateway().chat.completions.create(
                model="no-such-model", messages=[{"role": "user", "content": "x"}]
            )
        u.traffic.failed += 1
        u.wait_for_requests(u.traffic.ok + u.traffic.failed)
        yield u
    finally:
        if stack.proc is not None and stack.proc.poll() is None:
            stack.stop()


@pytest.fixture(scope="package")
def browser(ui: UIStack) -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def new_context(browser: Browser) -> BrowserContext:
    return browser.new_context(viewport={"width": 1440, "height": 900}, locale="en-US", timezone_id="UTC")


@pytest.fixture(scope="package")
def console_errors() -> list[str]:
    return []


@pytest.fixture(scope="package")
def page(browser: Browser, ui: UIStack, console_errors: list[str]) -> Iterator[Page]:
    """One signed-in page shared by the page tests (signing in once keeps the suite fast)."""
    password = ui.admin_password
    if not password:
        pytest.xfail("secrets.json has no admin_password yet: the login-dependent checks cannot run")
    context = new_context(browser)
    pg = context.new_page()
    pg.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: console_errors.append(str(e)))
    pg.goto(ui.url + "/")
    pg.wait_for_url("**/login**")
    pg.fill("#username", "admin")
    pg.fill("#password", password)
    pg.click("[data-testid=login-submit]")
    pg.wait_for_url(ui.url + "/")
    yield pg
    context.close()


def shot(page: Page, name: str, full: bool = True) -> None:
    """full=False: the viewport only (drawers and dialogs are fixed to it)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full, animations="disabled")


def admin_client(ui: UIStack) -> httpx.Client:
    return ui.stack.admin()


def sign_in(browser: Browser, ui: UIStack, username: str, password: str) -> tuple[BrowserContext, Page]:
    """A fresh browser context signed in through the login page."""
    context = new_context(browser)
    pg = context.new_page()
    pg.goto(ui.url + "/login")
    pg.fill("#username", username)
    pg.fill("#password", password)
    pg.click("[data-testid=login-submit]")
    pg.wait_for_url(ui.url + "/")
    return context, pg


def nav(page: Page, name: str) -> None:
    page.click(f"[data-nav={name}]")
    page.wait_for_url(f"**/{name}")


def box(scope: Page | Locator, testid: str) -> Locator:
    """The <input> inside a naive-ui input wrapper."""
    return scope.get_by_test_id(testid).locator("input").first


def toast(page: Page, text: str) -> None:
    expect(page.locator(".n-message", has_text=text).first).to_be_visible()


def pick(page: Page, testid: str, option: str) -> None:
    page.get_by_test_id(testid).click()
    page.locator(".n-base-select-option", has_text=option).first.click()
