"""A provider fake that speaks OpenAI's wire format (JSON and SSE), for the demo and the tests.

It answers deterministically, reports usage the way OpenAI does (cached tokens included), logs
every usage it reported (GET /_fake/log), and can be told to fail, stall or break mid-stream
(POST /_fake/script)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web

ANSWER = [
    "Tallygate",
    "metered",
    "this",
    "answer",
    "from",
    "its",
    "built-in",
    "demo",
    "upstream:",
    "every",
    "token",
    "you",
    "see",
    "here",
    "is",
    "counted",
    "once,",
    "priced,",
    "and",
    "shown",
    "in",
    "the",
    "dashboards",
    "within",
    "a",
    "second.",
]


@dataclass
class Script:
    """What the next `times` requests do: ok, error (status), stall (delay) or break."""

    mode: str = "ok"
    times: int = 0
    status: int = 500
    delay: float = 0.0
    retry_after: int | None = None


@dataclass
class FakeState:
    scripts: list[Script] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)

    def next_script(self) -> Script:
        while self.scripts:
            script = self.scripts[0]
            if script.times > 0:
                script.times -= 1
                if script.times == 0:
                    self.scripts.pop(0)
                return script
            self.scripts.pop(0)
        return Script()


def usage_for(body: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The words of the answer and the usage OpenAI would report for it."""
    messages = body.get("messages") or []
    words = sum(len(str(m.get("content", "")).split()) for m in messages if isinstance(m, dict))
    prompt = 3 * len(messages) + words + 1
    limit = body.get("max_completion_tokens") or body.get("max_tokens") or len(ANSWER)
    answer = ANSWER[: max(int(limit), 1)]
    completion = len(answer)
    reasoning = completion // 4 if str(body.get("model", "")).startswith(("o1", "o3", "o4")) else 0
    usage = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": prompt // 3, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": reasoning, "audio_tokens": 0},
    }
    return answer, usage


def _chunk(cid: str, model: str, created: int, delta: dict[str, Any], finish: str | None,
           with_usage: bool) -> bytes:  # fmt: skip
    doc: dict[str, Any] = {
        "id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
        "system_fingerprint": "fp_tallygate", "choices": [{"index": 0, "delta": delta,
        "logprobs": None, "finish_reason": finish}],
    }  # fmt: skip
    if with_usage:
        doc["usage"] = None
    return b"data: " + orjson.dumps(doc) + b"\n\n"


class FakeUpstream:
    def __init__(self) -> None:
        self.state = FakeState()
        self.app = web.Application(client_max_size=64 * 1024 * 1024)
        self.app.add_routes([
            web.post("/v1/chat/completions", self.chat),
            web.get("/v1/models", self.models),
            web.post("/_fake/script", self.script),
            web.get("/_fake/log", self.get_log),
            web.delete("/_fake/log", self.clear_log),
        ])  # fmt: skip
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def chat(self, request: web.Request) -> web.StreamResponse:
        try:
            body = orjson.loads(await request.read())
        except orjson.JSONDecodeError:
            return _error(400, "We could not parse the JSON body of your request.")
        if not isinstance(body, dict) or "messages" not in body or "model" not in body:
            return _error(400, "you must provide a model parameter and messages")
        script = self.state.next_script()
        if script.mode == "error":
            headers = {"Retry-After": str(script.retry_after)} if script.retry_after else None
            return _error(script.status, f"scripted failure {script.status}", headers)
        if script.mode == "stall":
            await asyncio.sleep(script.delay)
        model = body["model"]
        answer, usage = usage_for(body)
        cid = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        if body.get("stream") is not True:
            self.state.log.append({"model": model, "stream": False, "usage": usage})
            return web.json_response({
                "id": cid, "object": "chat.completion", "created": created, "model": model,
                "system_fingerprint": "fp_tallygate",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": " ".join(answer),
                             "refusal": None, "annotations": []}, "logprobs": None,
                             "finish_reason": "stop"}],
                "usage": usage, "service_tier": "default",
            }, dumps=lambda d: orjson.dumps(d).decode())  # fmt: skip
        include_usage = (body.get("stream_options") or {}).get("include_usage") is True
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8"})
        await resp.prepare(request)
        await resp.write(
            _chunk(cid, model, created, {"role": "assistant", "content": ""}, None, include_usage)
        )
        for i, word in enumerate(answer):
            if script.mode == "break" and i == len(answer) // 2:
                self.state.log.append({"model": model, "stream": True, "usage": None, "broken": True})
                assert request.transport is not None
                request.transport.close()
                return resp
            await resp.write(_chunk(cid, model, created, {"content": word + " "}, None, include_usage))
        await resp.write(_chunk(cid, model, created, {}, "stop", include_usage))
        if include_usage:
            doc = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                   "system_fingerprint": "fp_tallygate", "choices": [], "usage": usage}  # fmt: skip
            await resp.write(b"data: " + orjson.dumps(doc) + b"\n\n")
        await resp.write(b"data: [DONE]\n\n")
        self.state.log.append({"model": model, "stream": True, "usage": usage if include_usage else None})
        await resp.write_eof()
        return resp

    async def models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [
            {"id": "tallygate-demo", "object": "model", "created": 0, "owned_by": "tallygate"}]})  # fmt: skip

    async def script(self, request: web.Request) -> web.Response:
        self.state.scripts.append(Script(**await request.json()))
        return web.json_response({"queued": len(self.state.scripts)})

    async def get_log(self, request: web.Request) -> web.Response:
        return web.json_response({"requests": self.state.log})

    async def clear_log(self, request: web.Request) -> web.Response:
        self.state.log.clear()
        self.state.scripts.clear()
        return web.json_response({"cleared": True})

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def start_in_thread(self) -> int:
        """Serve from a thread of its own (tests with sync SDK clients); returns the port."""
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.start())
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, name="fake-upstream", daemon=True).start()
        ready.wait(10)
        return self.port

    def stop_thread(self) -> None:
        if self._loop is not None:
            asyncio.run_coroutine_threadsafe(self.stop(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    kind = {400: "invalid_request_error", 401: "invalid_request_error", 429: "rate_limit_error"}
    return web.json_response(
        {
            "error": {
                "message": message,
                "type": kind.get(status, "server_error"),
                "param": None,
                "code": None,
            }
        },
        status=status,
        headers=headers,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Tallygate's fake OpenAI-compatible upstream")
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


if __name__ == "__main__":
    main()
