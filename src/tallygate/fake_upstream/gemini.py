"""The fake's Gemini face: models/{model}:generateContent, :streamGenerateContent (SSE with
alt=sse, else the incrementally written JSON array) and :countTokens, under /v1beta and /v1."""

from __future__ import annotations

import base64
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
    words,
)

DIALECT = "gemini"
METHODS = frozenset({"generateContent", "streamGenerateContent", "countTokens"})
STATUSES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
CACHE_THRESHOLD = 32  # prompts this long are (implicitly) half served from Google's cache
WORDS_PER_CHUNK = 4
_UNREGISTERED = (
    "Method doesn't allow unregistered callers (callers without established identity). "
    "Please use API Key or other form of API consumer identity to call this API."
)


def error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    kind = STATUSES.get(status, "INTERNAL" if status >= 500 else "INVALID_ARGUMENT")
    return json_response({"error": {"code": status, "message": message, "status": kind}}, status, headers)


def _field(doc: dict[str, Any], camel: str, snake: str) -> Any:
    """Google's JSON accepts both spellings of every field."""
    return doc.get(camel, doc.get(snake))


def _content_words(content: Any) -> int:
    parts = content.get("parts") if isinstance(content, dict) else None
    return sum(words(p.get("text")) for p in parts or [] if isinstance(p, dict))


def prompt_for(body: dict[str, Any]) -> int:
    contents = body.get("contents") or []
    contents = [contents] if isinstance(contents, dict) else contents
    system = _content_words(_field(body, "systemInstruction", "system_instruction"))
    return 3 * len(contents) + sum(map(_content_words, contents)) + system + 1


def usage_for(model: str, body: dict[str, Any]) -> tuple[list[str], bool, dict[str, Any]]:
    """The answer, whether maxOutputTokens cut it, and the usageMetadata Google reports. Zero
    counts are left out, as proto3 JSON does; thoughts come with thinking models or a budget."""
    config = _field(body, "generationConfig", "generation_config") or {}
    thinking = _field(config, "thinkingConfig", "thinking_config") or {}
    budget = _field(thinking, "thinkingBudget", "thinking_budget")
    budget = budget if isinstance(budget, int) else -1
    answer, cut = answer_for(_field(config, "maxOutputTokens", "max_output_tokens"))
    prompt = prompt_for(body)
    cached = prompt // 2 if prompt >= CACHE_THRESHOLD else 0
    thoughts = 0
    if "thinking" in model or "2.5-pro" in model or budget > 0:
        thoughts = 3 * len(answer) + 7
        thoughts = min(thoughts, budget) if budget > 0 else thoughts
    meta: dict[str, Any] = {
        "promptTokenCount": prompt,
        "candidatesTokenCount": len(answer),
        "totalTokenCount": prompt + len(answer) + thoughts,
    }
    if cached:
        meta["cachedContentTokenCount"] = cached
    meta["promptTokensDetails"] = [{"modality": "TEXT", "tokenCount": prompt}]
    if cached:
        meta["cacheTokensDetails"] = [{"modality": "TEXT", "tokenCount": cached}]
    if thoughts:
        meta["thoughtsTokenCount"] = thoughts
    return answer, cut, meta


def _response_id() -> str:
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


class GeminiFake:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/v1beta/models/{target}", self.models),
            web.post("/v1/models/{target}", self.models),
        ]

    async def models(self, request: web.Request) -> web.StreamResponse:
        model, _, method = request.match_info["target"].rpartition(":")
        if not model or method not in METHODS:
            return error(404, f"Method not found: {request.match_info['target']}")
        if not (request.headers.get("x-goog-api-key") or request.query.get("key")):
            return error(403, _UNREGISTERED)
        body = await read_json(request)
        if body is None:
            return error(400, "Invalid JSON payload received.")
        if not body.get("contents"):
            return error(400, "* GenerateContentRequest.contents: contents is not specified")
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        if method == "countTokens":
            tokens = prompt_for(body)
            self.state.record(DIALECT, request.path, model, False, None, total_tokens=tokens)
            details = [{"modality": "TEXT", "tokenCount": tokens}]
            return json_response({"totalTokens": tokens, "promptTokensDetails": details})
        stream = method == "streamGenerateContent"
        sse = stream and request.query.get("alt") == "sse"
        if script.mode == "break" and not stream:
            self.state.record(DIALECT, request.path, model, False, None, broken=True)
            cut_connection(request)
            return web.Response()
        answer, cut, meta = usage_for(model, body)
        finish = "MAX_TOKENS" if cut else "STOP"
        response_id = _response_id()

        def answer_doc(text: str, finish_reason: str | None, usage: dict[str, Any]) -> dict[str, Any]:
            candidate: dict[str, Any] = {"content": {"parts": [{"text": text}], "role": "model"}}
            if finish_reason:
                candidate["finishReason"] = finish_reason
            candidate["index"] = 0
            return {"candidates": [candidate], "usageMetadata": usage, "modelVersion": model,
                    "responseId": response_id}  # fmt: skip

        if not stream:
            self.state.record(DIALECT, request.path, model, False, meta)
            return json_response(answer_doc(" ".join(answer), finish, meta))
        # Until the last chunk, usageMetadata holds only the prompt (and thoughts, spent first).
        partial = {k: v for k, v in meta.items() if k not in ("candidatesTokenCount", "totalTokenCount")}
        partial["totalTokenCount"] = meta["totalTokenCount"] - meta["candidatesTokenCount"]
        pieces = [" ".join(answer[i : i + WORDS_PER_CHUNK]) for i in range(0, len(answer), WORDS_PER_CHUNK)]
        content_type = "text/event-stream" if sse else "application/json; charset=UTF-8"
        resp = web.StreamResponse(headers={"Content-Type": content_type})
        await resp.prepare(request)
        for i, piece in enumerate(pieces):
            if script.mode == "break" and i == len(pieces) // 2:
                self.state.record(DIALECT, request.path, model, True, None, broken=True, sse=sse)
                cut_connection(request)
                return resp
            last = i == len(pieces) - 1
            if last:  # logged before the last bytes go out
                self.state.record(DIALECT, request.path, model, True, meta, sse=sse)
            text = piece if i == 0 else " " + piece
            doc = answer_doc(text, finish if last else None, meta if last else partial)
            if sse:
                await resp.write(b"data: " + orjson.dumps(doc) + b"\r\n\r\n")
            else:  # Google's array: pretty-printed objects, each after "[" or "\n,\r\n"
                opening = b"[" if i == 0 else b"\n,\r\n"
                await resp.write(opening + orjson.dumps(doc, option=orjson.OPT_INDENT_2))
        if not sse:
            await resp.write(b"\n]")
        await resp.write_eof()
        return resp
