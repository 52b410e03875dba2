"""What every dialect of the fake shares: the answer it gives, the scripts that make it misbehave,
and the log of the usage it reported."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
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

ErrorResponder = Callable[[int, str, dict[str, str] | None], web.Response]


@dataclass
class Script:
    """What the next `times` requests do: ok, error (status), stall (delay before answering),
    break (cut the connection mid-answer), slow (delay between stream chunks), no_usage (answer
    without any usage, as some OpenAI-compatible upstreams do) or garbage (200, not JSON). The
    provider flavours (flavours.py) also take error_in_200 (a 200 carrying an error whose code is
    `status`; in a stream, an error event halfway) and usage_after_done (usage after [DONE])."""

    mode: str = "ok"
    times: int = 0
    status: int = 500
    delay: float = 0.0
    retry_after: int | None = None


@dataclass
class FakeState:
    scripts: list[Script] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    # Anthropic prompt-cache prefixes already written: the first request writes, later ones read.
    prompt_cache: set[str] = field(default_factory=set)
    # Responses API ids it made (store=true), with the tokens of their conversation so far.
    responses: dict[str, int] = field(default_factory=dict)
    # The credential each request presented (Authorization bearer, x-api-key, x-goog-api-key).
    credentials: list[str] = field(default_factory=list)
    # Long-running jobs (jobs.py) by id, running or ended; how long one runs unless its request says
    # otherwise, and how long the synchronous video route takes (wall-clock seconds).
    jobs: dict[str, Any] = field(default_factory=dict)
    job_seconds: float = 2.0
    sync_job_seconds: float = 0.2

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

    def record(self, dialect: str, path: str, model: str, stream: bool, usage: Any, **extra: Any) -> None:
        """One log entry per answered request; `usage` exactly as reported, in the provider's shape."""
        self.log.append(
            {"model": model, "stream": stream, "usage": usage, "dialect": dialect, "path": path, **extra}
        )

    def clear(self) -> None:
        self.log.clear()
        self.scripts.clear()
        self.prompt_cache.clear()
        self.responses.clear()
        self.credentials.clear()
        self.jobs.clear()


async def apply_script(state: FakeState, error: ErrorResponder) -> tuple[Script, web.Response | None]:
    """Take the next script: an error answers at once, a stall waits, ok and break carry on."""
    script = state.next_script()
    if script.mode == "error":
        headers = {"Retry-After": str(script.retry_after)} if script.retry_after else None
        return script, error(script.status, f"scripted failure {script.status}", headers)
    if script.mode == "stall":
        await asyncio.sleep(script.delay)
    return script, None


def cut_connection(request: web.Request) -> None:
    """Drop the connection the way a crashed upstream does: no status, no end of stream."""
    assert request.transport is not None
    request.transport.close()


def json_response(doc: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    body = orjson.dumps(doc)
    return web.Response(body=body, status=status, headers=headers, content_type="application/json")


async def read_json(request: web.Request) -> dict[str, Any] | None:
    """The request body as a JSON object, or None when it is not one."""
    try:
        body = orjson.loads(await request.read())
    except orjson.JSONDecodeError:
        return None
    return body if isinstance(body, dict) else None


def words(value: Any) -> int:
    """Whitespace-separated words of a text, the fake's stand-in for a tokenizer."""
    return len(value.split()) if isinstance(value, str) else 0


def sse_event(name: str | None, doc: Any) -> bytes:
    head = f"event: {name}\n".encode() if name else b""
    return head + b"data: " + orjson.dumps(doc) + b"\n\n"


def answer_for(limit: Any) -> tuple[list[str], bool]:
    """The answer cut to `limit` tokens (one word is one token), and whether it was cut."""
    try:
        n = max(int(limit), 1) if limit is not None else len(ANSWER)
    except (TypeError, ValueError):
        n = len(ANSWER)
    return ANSWER[:n], n < len(ANSWER)
