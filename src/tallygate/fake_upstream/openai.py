"""The fake's OpenAI face: chat and legacy completions, embeddings, Responses, images and models,
with OpenAI's usage shapes and SSE framing (include_usage chunk, Responses events)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import struct
import time
import uuid
from typing import Any

import orjson
from aiohttp import web

from tallygate.fake_upstream.state import (
    ANSWER,
    FakeState,
    answer_for,
    apply_script,
    cut_connection,
    json_response,
    read_json,
    sse_event,
    words,
)

DIALECT = "openai"
# A 1×1 transparent PNG: what every generated image looks like here.
TINY_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
# gpt-image-1 output tokens per image, by quality, square or not (OpenAI's published table).
_IMAGE_TOKENS = {
    "low": (272, 408),
    "medium": (1056, 1584),
    "high": (4160, 6240),
}
_SSE_HEADERS = {"Content-Type": "text/event-stream; charset=utf-8"}


def _reasoning(model: str, completion: int) -> int:
    return completion // 4 if model.startswith(("o1", "o3", "o4")) else 0


def usage_for(body: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The words of the answer and the usage OpenAI would report for it."""
    messages = body.get("messages") or []
    words = sum(len(str(m.get("content", "")).split()) for m in messages if isinstance(m, dict))
    prompt = 3 * len(messages) + words + 1
    limit = body.get("max_completion_tokens") or body.get("max_tokens") or len(ANSWER)
    answer = ANSWER[: max(int(limit), 1)]
    completion = len(answer)
    reasoning = _reasoning(str(body.get("model", "")), completion)
    usage = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": prompt // 3, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": reasoning, "audio_tokens": 0},
    }
    return answer, usage


def completion_usage_for(body: dict[str, Any]) -> tuple[list[str], bool, dict[str, Any]]:
    """Legacy /v1/completions: the answer (max_tokens defaults to 16 there), whether it was cut, and
    the usage, which has no details on this endpoint."""
    prompt_field = body.get("prompt")
    texts = prompt_field if isinstance(prompt_field, list) else [prompt_field]
    prompt = sum(words(t) if isinstance(t, str) else 1 for t in texts) + 1
    answer, cut = answer_for(body.get("max_tokens") or 16)
    usage = {"prompt_tokens": prompt, "completion_tokens": len(answer), "total_tokens": prompt + len(answer)}
    return answer, cut, usage


def embedding_inputs(value: Any) -> list[int]:
    """Tokens of each input: a text, a list of texts, a token array, or a list of token arrays."""
    if isinstance(value, str):
        return [max(words(value), 1)]
    if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        return [len(value)]
    if isinstance(value, list) and value:
        return [max(words(v), 1) if isinstance(v, str) else len(v) if isinstance(v, list) else 1
                for v in value]  # fmt: skip
    return []


def responses_usage_for(body: dict[str, Any], context: int) -> tuple[list[str], bool, dict[str, Any]]:
    """Responses API: input counts instructions, every input item and the earlier turns (`context`)
    of the conversation named by previous_response_id."""
    items = body.get("input")
    items = [{"role": "user", "content": items}] if isinstance(items, str) else items or []
    text = 0
    for item in items:
        content = item.get("content") if isinstance(item, dict) else None
        parts = content if isinstance(content, list) else [{"text": content}]
        text += sum(words(p.get("text")) for p in parts if isinstance(p, dict))
    prompt = 3 * len(items) + text + words(body.get("instructions")) + 1 + context
    answer, cut = answer_for(body.get("max_output_tokens"))
    usage = {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": prompt // 3},
        "output_tokens": len(answer),
        "output_tokens_details": {"reasoning_tokens": _reasoning(str(body.get("model", "")), len(answer))},
        "total_tokens": prompt + len(answer),
    }
    return answer, cut, usage


def image_usage_for(body: dict[str, Any]) -> dict[str, Any] | None:
    """GPT image models report token usage; DALL·E models report none (they are priced per image)."""
    if not str(body.get("model", "")).startswith("gpt-image"):
        return None
    size = str(body.get("size") or "1024x1024")
    quality = str(body.get("quality"))
    per_image = _IMAGE_TOKENS.get(quality, _IMAGE_TOKENS["medium"])[0 if size in ("1024x1024", "auto") else 1]
    text = words(body.get("prompt")) + 1
    output = per_image * int(body.get("n") or 1)
    return {
        "input_tokens": text,
        "input_tokens_details": {"text_tokens": text, "image_tokens": 0},
        "output_tokens": output,
        "total_tokens": text + output,
    }


def error(
    status: int,
    message: str,
    headers: dict[str, str] | None = None,
    param: str | None = None,
    code: str | None = None,
) -> web.Response:
    kind = {400: "invalid_request_error", 401: "invalid_request_error", 429: "rate_limit_error"}
    doc = {"message": message, "type": kind.get(status, "server_error"), "param": param, "code": code}
    return json_response({"error": doc}, status, headers)


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


class OpenAIFake:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/v1/chat/completions", self.chat),
            web.post("/v1/completions", self.completions),
            web.post("/v1/embeddings", self.embeddings),
            web.post("/v1/responses", self.responses),
            web.post("/v1/images/generations", self.images),
            web.get("/v1/models", self.models),
        ]

    def _log(self, request: web.Request, model: str, stream: bool, usage: Any, **extra: Any) -> None:
        self.state.record(DIALECT, request.path, model, stream, usage, **extra)

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await read_json(request)
        if body is None:
            return error(400, "We could not parse the JSON body of your request.")
        if "messages" not in body or "model" not in body:
            return error(400, "you must provide a model parameter and messages")
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        model = body["model"]
        usage: dict[str, Any] | None
        answer, usage = usage_for(body)
        cid = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        if script.mode == "garbage":
            self._log(request, model, False, None, garbage=True)
            return web.Response(
                status=200, text="<html>upstream proxy error</html>", content_type="text/html"
            )
        if script.mode == "no_usage":
            usage = None
        if body.get("stream") is not True:
            self._log(request, model, False, usage)
            return json_response({
                "id": cid, "object": "chat.completion", "created": created, "model": model,
                "system_fingerprint": "fp_tallygate",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": " ".join(answer),
                             "refusal": None, "annotations": []}, "logprobs": None,
                             "finish_reason": "stop"}],
                "usage": usage, "service_tier": "default",
            })  # fmt: skip
        include_usage = (body.get("stream_options") or {}).get("include_usage") is True
        resp = web.StreamResponse(headers=_SSE_HEADERS)
        await resp.prepare(request)
        await resp.write(
            _chunk(cid, model, created, {"role": "assistant", "content": ""}, None, include_usage)
        )
        for i, word in enumerate(answer):
            if script.mode == "break" and i == len(answer) // 2:
                self._log(request, model, True, None, broken=True)
                cut_connection(request)
                return resp
            if script.mode == "slow":
                await asyncio.sleep(script.delay)
            await resp.write(_chunk(cid, model, created, {"content": word + " "}, None, include_usage))
        await resp.write(_chunk(cid, model, created, {}, "stop", include_usage))
        if include_usage and usage is not None:
            doc = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                   "system_fingerprint": "fp_tallygate", "choices": [], "usage": usage}  # fmt: skip
            await resp.write(b"data: " + orjson.dumps(doc) + b"\n\n")
        # Logged before the last bytes go out: a client that has its answer finds the log written.
        self._log(request, model, True, usage if include_usage else None)
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp

    async def completions(self, request: web.Request) -> web.StreamResponse:
        body = await read_json(request)
        if body is None or "model" not in body or "prompt" not in body:
            return error(400, "you must provide a model parameter and a prompt")
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        model = str(body["model"])
        answer, cut, usage = completion_usage_for(body)
        finish = "length" if cut else "stop"
        base = {"id": f"cmpl-{uuid.uuid4().hex[:24]}", "object": "text_completion",
                "created": int(time.time()), "model": model}  # fmt: skip
        if body.get("stream") is not True:
            if script.mode == "break":
                self._log(request, model, False, None, broken=True)
                cut_connection(request)
                return web.Response()
            self._log(request, model, False, usage)
            choice = {"text": " " + " ".join(answer), "index": 0, "logprobs": None, "finish_reason": finish}
            return json_response({**base, "choices": [choice], "usage": usage})
        include_usage = (body.get("stream_options") or {}).get("include_usage") is True
        resp = web.StreamResponse(headers=_SSE_HEADERS)
        await resp.prepare(request)
        for i, word in enumerate(answer):
            if script.mode == "break" and i == len(answer) // 2:
                self._log(request, model, True, None, broken=True)
                cut_connection(request)
                return resp
            last = i == len(answer) - 1
            choice = {"text": " " + word, "index": 0, "logprobs": None,
                      "finish_reason": finish if last else None}  # fmt: skip
            chunk = {**base, "choices": [choice], **({"usage": None} if include_usage else {})}
            await resp.write(b"data: " + orjson.dumps(chunk) + b"\n\n")
        if include_usage:
            await resp.write(b"data: " + orjson.dumps({**base, "choices": [], "usage": usage}) + b"\n\n")
        # Logged before the last bytes go out: a client that has its answer finds the log written.
        self._log(request, model, True, usage if include_usage else None)
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp

    async def embeddings(self, request: web.Request) -> web.Response:
        body = await read_json(request)
        counts = embedding_inputs(body.get("input")) if body else []
        if body is None or "model" not in body or not counts:
            return error(400, "'$.input' is invalid. Please check the API reference.")
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        model = str(body["model"])
        if script.mode == "break":
            self._log(request, model, False, None, broken=True)
            cut_connection(request)
            return web.Response()
        dims = min(max(body["dimensions"], 1), 4096) if isinstance(body.get("dimensions"), int) else 16
        data = []
        for index in range(len(counts)):
            seed = hashlib.sha256(f"{model}:{index}:{body.get('input')}".encode()).digest()
            vector = [(seed[i % len(seed)] - 128) / 128 for i in range(dims)]
            if body.get("encoding_format") == "base64":
                value: Any = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
            else:
                value = vector
            data.append({"object": "embedding", "index": index, "embedding": value})
        usage = {"prompt_tokens": sum(counts), "total_tokens": sum(counts)}
        self._log(request, model, False, usage)
        return json_response({"object": "list", "data": data, "model": model, "usage": usage})

    async def responses(self, request: web.Request) -> web.StreamResponse:
        body = await read_json(request)
        if body is None or "model" not in body:
            return error(400, "Missing required parameter: 'model'.", param="model")
        previous = body.get("previous_response_id")
        if previous is not None and previous not in self.state.responses:
            return error(400, f"Previous response with id '{previous}' not found.",
                         param="previous_response_id", code="previous_response_not_found")  # fmt: skip
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        model = str(body["model"])
        answer, cut, usage = responses_usage_for(body, self.state.responses.get(str(previous), 0))
        rid, mid = f"resp_{uuid.uuid4().hex}", f"msg_{uuid.uuid4().hex}"
        if body.get("store", True) is not False:
            self.state.responses[rid] = usage["total_tokens"]
        text = " ".join(answer)
        part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
        item = {"id": mid, "type": "message", "status": "completed", "role": "assistant", "content": [part]}
        final = {
            "id": rid, "object": "response", "created_at": int(time.time()), "model": model,
            "status": "incomplete" if cut else "completed",
            "incomplete_details": {"reason": "max_output_tokens"} if cut else None, "error": None,
            "instructions": body.get("instructions"), "max_output_tokens": body.get("max_output_tokens"),
            "previous_response_id": previous, "output": [item], "parallel_tool_calls": True,
            "reasoning": {"effort": None, "summary": None}, "store": body.get("store", True),
            "temperature": 1.0, "text": {"format": {"type": "text"}}, "tool_choice": "auto", "tools": [],
            "top_p": 1.0, "truncation": "disabled", "metadata": body.get("metadata") or {}, "usage": usage,
        }  # fmt: skip
        if body.get("stream") is not True:
            if script.mode == "break":
                self._log(request, model, False, None, broken=True)
                cut_connection(request)
                return web.Response()
            self._log(request, model, False, usage)
            return json_response(final)
        resp = web.StreamResponse(headers=_SSE_HEADERS)
        await resp.prepare(request)
        seq = iter(range(1_000_000))
        started = {**final, "status": "in_progress", "incomplete_details": None, "output": [], "usage": None}
        pending_item = {**item, "status": "in_progress", "content": []}
        where = {"item_id": mid, "output_index": 0, "content_index": 0}
        opening: list[tuple[str, dict[str, Any]]] = [
            ("response.created", {"response": started}),
            ("response.in_progress", {"response": started}),
            ("response.output_item.added", {"output_index": 0, "item": pending_item}),
            ("response.content_part.added", {**where, "part": {**part, "text": ""}}),
        ]
        for name, doc in opening:
            await resp.write(sse_event(name, {"type": name, "sequence_number": next(seq), **doc}))
        for i, word in enumerate(answer):
            if script.mode == "break" and i == len(answer) // 2:
                self._log(request, model, True, None, broken=True)
                cut_connection(request)
                return resp
            delta = {"type": "response.output_text.delta", "sequence_number": next(seq), **where,
                     "delta": word if i == 0 else " " + word, "logprobs": []}  # fmt: skip
            await resp.write(sse_event("response.output_text.delta", delta))
        end = "response.incomplete" if cut else "response.completed"
        closing: list[tuple[str, dict[str, Any]]] = [
            ("response.output_text.done", {**where, "text": text, "logprobs": []}),
            ("response.content_part.done", {**where, "part": part}),
            ("response.output_item.done", {"output_index": 0, "item": item}),
            (end, {"response": final}),
        ]
        self._log(request, model, True, usage)  # before the last bytes go out
        for name, doc in closing:
            await resp.write(sse_event(name, {"type": name, "sequence_number": next(seq), **doc}))
        await resp.write_eof()
        return resp

    async def images(self, request: web.Request) -> web.Response:
        body = await read_json(request)
        if body is None or not isinstance(body.get("prompt"), str):
            return error(400, "Missing required parameter: 'prompt'.", param="prompt")
        n = body.get("n") or 1
        if not isinstance(n, int) or not 1 <= n <= 10:
            return error(400, f"Invalid 'n': integer between 1 and 10 expected, got {n!r}.", param="n")
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        model = str(body.get("model") or "dall-e-2")
        if script.mode == "break":
            self._log(request, model, False, None, broken=True, units=0)
            cut_connection(request)
            return web.Response()
        usage = image_usage_for({**body, "model": model})
        item: dict[str, Any] = {"b64_json": TINY_PNG}
        if model == "dall-e-3":
            item["revised_prompt"] = body["prompt"]
        doc: dict[str, Any] = {"created": int(time.time()), "data": [dict(item) for _ in range(n)]}
        if usage is not None:
            quality = body.get("quality") if body.get("quality") in _IMAGE_TOKENS else "medium"
            size = body.get("size") or "1024x1024"
            doc.update(usage=usage, size=size, output_format="png", quality=quality)
        self._log(request, model, False, usage, units=n)
        return json_response(doc)

    async def models(self, request: web.Request) -> web.Response:
        return json_response({"object": "list", "data": [
            {"id": "tallygate-demo", "object": "model", "created": 0, "owned_by": "tallygate"}]})  # fmt: skip
