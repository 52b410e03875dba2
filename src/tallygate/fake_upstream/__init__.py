"""A provider fake that speaks OpenAI's, Anthropic's and Gemini's wire formats (JSON and streams),
for the demo and the tests.

It answers deterministically, reports usage in each provider's own shape (cache and reasoning
tokens included), logs every usage it reported (GET /_fake/log), and can be told to fail, stall or
break mid-stream (POST /_fake/script)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ssl
import threading
from collections.abc import Awaitable, Callable

from aiohttp import web

from tallygate.fake_upstream.anthropic import AnthropicFake
from tallygate.fake_upstream.flavours import FlavoursFake
from tallygate.fake_upstream.gemini import GeminiFake
from tallygate.fake_upstream.jobs import JobsFake
from tallygate.fake_upstream.openai import OpenAIFake, usage_for
from tallygate.fake_upstream.state import ANSWER, FakeState, Script, json_response

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

__all__ = ["ANSWER", "FakeState", "FakeUpstream", "Script", "main", "usage_for"]


class FakeUpstream:
    def __init__(self) -> None:
        self.state = FakeState()
        self.app = web.Application(client_max_size=64 * 1024 * 1024, middlewares=[self._note_credential])
        self.app.add_routes([
            *OpenAIFake(self.state).routes(),
            *FlavoursFake(self.state).routes(),
            *AnthropicFake(self.state).routes(),
            *GeminiFake(self.state).routes(),
            *JobsFake(self.state).routes(),
            web.post("/_fake/script", self.script),
            web.post("/_fake/ratelimits", self.set_rate_limits),
            web.get("/_fake/log", self.get_log),
            web.delete("/_fake/log", self.clear_log),
        ])  # fmt: skip
        # Rate-limit headers (a provider's x-ratelimit-* or anthropic-ratelimit-*) sent with every
        # answer while set, streams included: headers go out as a response is prepared.
        self.rate_headers: dict[str, str] = {}
        self.app.on_response_prepare.append(self._add_rate_headers)
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @web.middleware
    async def _note_credential(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Each provider request's credential, as the provider would see it (tests check that the
        gateway sends the account's own)."""
        if not request.path.startswith("/_fake/"):
            auth = request.headers.get("Authorization", "")
            presented = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else ""
            for name in ("x-api-key", "x-goog-api-key", "api-key"):
                presented = presented or request.headers.get(name, "")
            self.state.credentials.append(presented)
        return await handler(request)

    async def _add_rate_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        if not request.path.startswith("/_fake/"):
            response.headers.update(self.rate_headers)

    async def set_rate_limits(self, request: web.Request) -> web.Response:
        self.rate_headers = {str(k): str(v) for k, v in (await request.json()).items()}
        return json_response({"headers": self.rate_headers})

    async def script(self, request: web.Request) -> web.Response:
        self.state.scripts.append(Script(**await request.json()))
        return json_response({"queued": len(self.state.scripts)})

    async def get_log(self, request: web.Request) -> web.Response:
        return json_response({"requests": self.state.log, "credentials": self.state.credentials})

    async def clear_log(self, request: web.Request) -> web.Response:
        self.state.clear()
        return json_response({"cleared": True})

    async def start(self, host: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None) -> int:
        """Serve on host:port (0: a free one), over TLS with `tls`; returns the port."""
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, ssl_context=tls)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def start_in_thread(self, tls: ssl.SSLContext | None = None) -> int:
        """Serve from a thread of its own (tests with sync SDK clients); returns the port."""
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.start(tls=tls))
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, name="fake-upstream", daemon=True).start()
        ready.wait(10)
        return self.port

    def stop_thread(self) -> None:
        if self._loop is not None:
            asyncio.run_coroutine_threadsafe(self.stop(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)


def main() -> None:
    parser = argparse.ArgumentParser(description="Tallygate's fake OpenAI, Anthropic and Gemini upstream")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    async def serve() -> None:
        fake = FakeUpstream()
        port = await fake.start(args.host, args.port)
        print(f"fake upstream on http://{args.host}:{port}/v1", flush=True)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())
