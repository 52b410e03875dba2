"""The fake's Anthropic face: /v1/messages (plain and SSE with the real event sequence) and
/v1/messages/count_tokens, with prompt caching that writes on first sight and reads afterwards."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import orjson
from aiohttp import web

from tallygate.fake_upstream.state import (
    FakeState,
    answer_for,
    apply_script,
    cut_connection,
    json_response,
    read_json,
    sse_event,
    words,
)

DIALECT = "anthropic"
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}


_DELTA_FIELDS = ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")


def _newer(request: web.Request) -> bool:
    return request.headers.get("anthropic-version", "") > "2023-06-01"


def error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    kind = ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    doc = {"type": "error", "error": {"type": kind, "message": message}, "request_id": _request_id()}
    return json_response(doc, status, headers)


def _request_id() -> str:
    return f"req_{uuid.uuid4().hex[:24]}"


def _blocks(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return [b for b in content if isinstance(b, dict)] if isinstance(content, list) else []


def _block_words(block: dict[str, Any]) -> int:
    inner = block.get("content")  # tool_result blocks hold text or blocks of their own
    return words(block.get("text")) + (sum(map(_block_words, _blocks(inner))) if inner else 0)


def prompt_for(body: dict[str, Any]) -> tuple[int, int, str]:
    """Prompt tokens in cache order (tools, system, messages), the tokens up to the last
    cache_control breakpoint, and a key naming that cached prefix."""
    tokens, prefix, seen = 1, 0, hashlib.sha256(str(body.get("model")).encode())
    key = ""
    segments: list[tuple[int, dict[str, Any]]] = [
        (10 + words(t.get("description")), t) for t in body.get("tools") or [] if isinstance(t, dict)
    ]
    segments += [(_block_words(b), b) for b in _blocks(body.get("system"))]
    for message in body.get("messages") or []:
        if isinstance(message, dict):
            segments += [(3, {})] + [(_block_words(b), b) for b in _blocks(message.get("content"))]
    for size, block in segments:
        tokens += size
        seen.update(orjson.dumps(block, option=orjson.OPT_SORT_KEYS))
        if block.get("cache_control"):
            prefix, key = tokens, seen.hexdigest()
    return tokens, prefix, key


def usage_for(body: dict[str, Any], warm: bool) -> tuple[list[str], bool, dict[str, Any]]:
    """The answer, whether max_tokens cut it, and the usage Anthropic reports: a cached prefix is
    written (cache_creation) when cold and read when `warm`; input_tokens is the rest."""
    tokens, prefix, _ = prompt_for(body)
    answer, cut = answer_for(body.get("max_tokens"))
    written, read = (0, prefix) if warm else (prefix, 0)
    usage = {
        "input_tokens": tokens - prefix,
        "cache_creation_input_tokens": written,
        "cache_read_input_tokens": read,
        "cache_creation": {"ephemeral_5m_input_tokens": written, "ephemeral_1h_input_tokens": 0},
        "output_tokens": len(answer),
        "service_tier": "standard",
    }
    return answer, cut, usage


class AnthropicFake:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/v1/messages", self.messages),
            web.post("/v1/messages/count_tokens", self.count_tokens),
        ]

    async def _validated(self, request: web.Request) -> dict[str, Any] | web.Response:
        # Anthropic takes the key as x-api-key; its newer SDKs send `Authorization: Bearer` instead.
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if not request.headers.get("x-api-key") and not bearer:
            return error(401, "x-api-key header is required")
        if not request.headers.get("anthropic-version"):
            return error(400, "anthropic-version: header is required")
        body = await read_json(request)
        if body is None:
            return error(400, "There was an error parsing the body of your request.")
        for name in ("model", "messages"):
            if name not in body:
                return error(400, f"{name}: Field required")
        return body

    async def count_tokens(self, request: web.Request) -> web.Response:
        body = await self._validated(request)
        if isinstance(body, web.Response):
            return body
        _, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        tokens, _, _ = prompt_for(body)
        self.state.record(DIALECT, request.path, str(body["model"]), False, None, input_tokens=tokens)
        return json_response({"input_tokens": tokens})

    async def messages(self, request: web.Request) -> web.StreamResponse:
        body = await self._validated(request)
        if isinstance(body, web.Response):
            return body
        if "max_tokens" not in body:
            return error(400, "max_tokens: Field required")
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        model, stream = str(body["model"]), body.get("stream") is True
        if script.mode == "break" and not stream:
            self.state.record(DIALECT, request.path, model, False, None, broken=True)
            cut_connection(request)
            return web.Response()
        _, prefix, key = prompt_for(body)
        answer, cut, usage = usage_for(body, warm=key in self.state.prompt_cache)
        if prefix:
            self.state.prompt_cache.add(key)
        headers = {"request-id": _request_id()}
        message: dict[str, Any] = {
            "id": f"msg_{uuid.uuid4().hex[:24]}", "type": "message", "role": "assistant", "model": model,
            "content": [], "stop_reason": None, "stop_sequence": None,
        }  # fmt: skip
        stop_reason = "max_tokens" if cut else "end_turn"
        if not stream:
            self.state.record(DIALECT, request.path, model, False, usage)
            content = [{"type": "text", "text": " ".join(answer)}]
            final = {**message, "content": content, "stop_reason": stop_reason, "usage": usage}
            return json_response(final, headers=headers)
        resp = web.StreamResponse(headers={**headers, "Content-Type": "text/event-stream; charset=utf-8"})
        await resp.prepare(request)
        start = {**message, "usage": {**usage, "output_tokens": 1}}
        await resp.write(sse_event("message_start", {"type": "message_start", "message": start}))
        block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
        await resp.write(sse_event("content_block_start", block))
        await resp.write(sse_event("ping", {"type": "ping"}))
        for i, word in enumerate(answer):
            if script.mode == "break" and i == len(answer) // 2:
                self.state.record(DIALECT, request.path, model, True, None, broken=True)
                cut_connection(request)
                return resp
            delta = {"type": "text_delta", "text": word if i == 0 else " " + word}
            await resp.write(sse_event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                               "delta": delta}))  # fmt: skip
        await resp.write(sse_event("content_block_stop", {"type": "content_block_stop", "index": 0}))
        # API versions after 2023-06-01 repeat the cumulative input and cache counts here.
        final = {k: usage[k] for k in _DELTA_FIELDS} if _newer(request) else {}
        ending = {"type": "message_delta", "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                  "usage": {**final, "output_tokens": usage["output_tokens"]}}  # fmt: skip
        await resp.write(sse_event("message_delta", ending))
        self.state.record(DIALECT, request.path, model, True, usage)  # before the last bytes go out
        await resp.write(sse_event("message_stop", {"type": "message_stop"}))
        await resp.write_eof()
        return resp
