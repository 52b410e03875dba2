"""The fake's OpenAI-compatible providers: chat completions as DeepSeek, Qwen (DashScope compatible
mode), Moonshot (Kimi), OpenRouter, vLLM, Ollama and Azure OpenAI answer them, each with its own
usage shape and stream framing as its public docs give them (docs/operators.md, "Provider
flavours"), under a prefix of its own: `POST /{flavour}/chat/completions`, and for Azure
`POST /azure/openai/deployments/{deployment}/chat/completions?api-version=…` (key in `api-key`) and
`POST /azure/openai/v1/chat/completions` (the v1 API).

The numbers are the OpenAI face's (`usage_for`), recast in each provider's fields. Scripts act as
on the OpenAI face, plus `error_in_200` (a 200 whose body is an error envelope with the script's
status as its code; in a stream, an error event halfway) and `usage_after_done` (the usage chunk
after `data: [DONE]`). Every answer is logged with the usage exactly as reported."""

from __future__ import annotations

import time
import uuid
from typing import Any

import orjson
from aiohttp import web

from tallygate.fake_upstream.openai import error, usage_for
from tallygate.fake_upstream.state import FakeState, Script, apply_script, json_response, read_json

DIALECT = "openai"
FLAVOURS = ("deepseek", "qwen", "moonshot", "openrouter", "vllm", "ollama")
_SSE_HEADERS = {"Content-Type": "text/event-stream; charset=utf-8"}
# What OpenRouter charges here per token, for its `usage.cost` (credits, i.e. USD).
_OPENROUTER_PRICE = (0.15e-6, 0.60e-6)


def _reasons(body: dict[str, Any]) -> bool:
    """Whether the request asks a reasoning model or thinking (deepseek-reasoner, Qwen's
    enable_thinking, OpenRouter's reasoning)."""
    model = str(body.get("model", ""))
    asked = body.get("enable_thinking") or body.get("reasoning")
    return "reason" in model or "thinking" in model or bool(asked)


def _marks_cache(body: dict[str, Any]) -> bool:
    """Whether a message part carries cache_control (DashScope's explicit cache, OpenRouter's)."""
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, list) and any(isinstance(p, dict) and "cache_control" in p for p in content):
            return True
    return False


def flavour_usage(flavour: str, body: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """The answer's words and its usage in the provider's own shape."""
    answer, openai_usage = usage_for(body)
    prompt, completion = openai_usage["prompt_tokens"], openai_usage["completion_tokens"]
    cached = prompt // 3
    reasoning = completion // 4 if _reasons(body) else 0
    usage: dict[str, Any] = {
        "prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion
    }  # fmt: skip
    if flavour == "deepseek":  # hit + miss = prompt_tokens (DeepSeek, "Context Caching")
        usage |= {"prompt_cache_hit_tokens": cached, "prompt_cache_miss_tokens": prompt - cached}
        if reasoning:
            usage["completion_tokens_details"] = {"reasoning_tokens": reasoning}
    elif flavour == "qwen":
        if _marks_cache(body):  # explicit cache: this request creates it
            written = prompt // 2
            usage["prompt_tokens_details"] = {
                "text_tokens": prompt, "cached_tokens": 0, "cache_creation_input_tokens": written,
                "cache_creation": {"ephemeral_5m_input_tokens": written}, "cache_type": "ephemeral",
            }  # fmt: skip
        else:  # implicit cache
            usage["prompt_tokens_details"] = {"cached_tokens": cached}
        if reasoning:
            text = completion - reasoning
            usage["completion_tokens_details"] = {"reasoning_tokens": reasoning, "text_tokens": text}
    elif flavour == "moonshot":  # context caching's count, at the top of usage
        usage["cached_tokens"] = cached
    elif flavour == "openrouter":
        written = prompt // 6 if _marks_cache(body) else 0
        cost = (prompt - cached - written) * _OPENROUTER_PRICE[0] + completion * _OPENROUTER_PRICE[1]
        usage |= {
            "cost": round(cost, 9), "is_byok": False,
            "prompt_tokens_details": {
                "cached_tokens": cached, "cache_write_tokens": written, "audio_tokens": 0
            },
            "cost_details": {"upstream_inference_cost": None},
            "completion_tokens_details": {"reasoning_tokens": reasoning, "image_tokens": 0},
        }  # fmt: skip
    elif flavour == "vllm":
        usage["prompt_tokens_details"] = None
    elif flavour == "azure":
        usage = openai_usage
    return answer, usage


def _error_body(flavour: str, status: int) -> dict[str, Any]:
    """An error envelope as the provider writes it: OpenRouter's code is the HTTP status."""
    message = f"scripted failure {status}"
    if flavour == "openrouter":
        return {"error": {"code": status, "message": message, "metadata": {"provider_name": "Fake"}}}
    kind = "invalid_request_error" if status < 500 else "server_error"
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


class FlavoursFake:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    def routes(self) -> list[web.RouteDef]:
        plain = [web.post(f"/{name}/chat/completions", self.chat) for name in FLAVOURS]
        return [
            *plain,
            web.post("/azure/openai/deployments/{deployment}/chat/completions", self.azure_chat),
            web.post("/azure/openai/v1/chat/completions", self.azure_v1_chat),
        ]

    async def chat(self, request: web.Request) -> web.StreamResponse:
        return await self._answer(request, request.path.split("/")[1], None)

    async def azure_chat(self, request: web.Request) -> web.StreamResponse:
        """Azure checks the key (`api-key`, not a bearer) and the api-version before anything."""
        if not request.headers.get("api-key"):
            return error(401, "Access denied due to invalid subscription key or wrong API endpoint.")
        if not request.query.get("api-version"):
            return error(404, "Resource not found")
        return await self._answer(request, "azure", request.match_info["deployment"])

    async def azure_v1_chat(self, request: web.Request) -> web.StreamResponse:
        if not request.headers.get("api-key") and not request.headers.get("Authorization"):
            return error(401, "Access denied due to invalid subscription key or wrong API endpoint.")
        return await self._answer(request, "azure", None)

    async def _answer(self, request: web.Request, flavour: str, deployment: str | None) -> web.StreamResponse:
        body = await read_json(request)
        if body is None or "messages" not in body or ("model" not in body and deployment is None):
            return error(400, "you must provide a model parameter and messages")
        script, failure = await apply_script(self.state, error)
        if failure is not None:
            return failure
        model = deployment or str(body["model"])
        answer, usage = flavour_usage(flavour, body)
        extra = {"flavour": flavour, "api_version": request.query.get("api-version", "")}
        if body.get("stream") is True:
            return await self._stream(request, flavour, model, body, answer, usage, script, extra)
        if script.mode == "error_in_200":
            self.state.record(DIALECT, request.path, model, False, None, error=script.status, **extra)
            return json_response(_error_body(flavour, script.status))
        self.state.record(DIALECT, request.path, model, False, usage, **extra)
        message = {"role": "assistant", "content": " ".join(answer)}
        if flavour == "deepseek" and _reasons(body):
            message["reasoning_content"] = "thinking it over"
        doc: dict[str, Any] = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion",
            "created": int(time.time()), "model": model, "usage": usage,
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        }  # fmt: skip
        if flavour == "openrouter":
            doc["provider"] = "Fake"
        if flavour == "azure":
            doc["prompt_filter_results"] = [{"prompt_index": 0, "content_filter_results": {}}]
        raw = orjson.dumps(doc)
        if flavour == "deepseek":  # the empty lines DeepSeek sends while a busy server works
            raw = b"\n\n" + raw
        return web.Response(body=raw, content_type="application/json")

    async def _stream(
        self,
        request: web.Request,
        flavour: str,
        model: str,
        body: dict[str, Any],
        answer: list[str],
        usage: dict[str, Any],
        script: Script,
        extra: dict[str, Any],
    ) -> web.StreamResponse:
        """The provider's framing: OpenRouter's processing comment and usage always at the end;
        DeepSeek's keep-alive comment; Moonshot's usage in the last chunk's choice; vLLM's usage on
        every chunk with continuous_usage_stats; Azure's prompt_filter_results chunk first; usage
        only when asked for elsewhere (Ollama, DeepSeek, Qwen, Azure)."""
        options = body.get("stream_options") or {}
        asked = options.get("include_usage") is True
        continuous = flavour == "vllm" and asked and options.get("continuous_usage_stats") is True
        final_usage = flavour == "openrouter" or (asked and flavour != "moonshot")
        cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
        base = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model}
        if flavour == "openrouter":
            base["provider"] = "Fake"
        resp = web.StreamResponse(headers=_SSE_HEADERS)
        await resp.prepare(request)
        if flavour == "openrouter":
            await resp.write(b": OPENROUTER PROCESSING\n\n")
        elif flavour == "deepseek":
            await resp.write(b": keep-alive\n\n")
        elif flavour == "azure":
            filters = [{"prompt_index": 0, "content_filter_results": {}}]
            first = {"choices": [], "created": 0, "id": "", "model": "", "object": ""}
            await resp.write(_event({**first, "prompt_filter_results": filters}))

        def chunk(delta: dict[str, Any], finish: str | None, done: int) -> bytes:
            doc: dict[str, Any] = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            if continuous:
                doc["usage"] = {"prompt_tokens": usage["prompt_tokens"], "completion_tokens": done,
                                "total_tokens": usage["prompt_tokens"] + done}  # fmt: skip
            if flavour == "moonshot" and finish is not None:
                doc["choices"][0]["usage"] = usage
            return _event(doc)

        await resp.write(chunk({"role": "assistant", "content": ""}, None, 0))
        for i, word in enumerate(answer):
            if script.mode == "error_in_200" and i == len(answer) // 2:
                return await self._break_with_error(request, resp, flavour, model, base, script, extra)
            await resp.write(chunk({"content": word + " "}, None, i + 1))
        await resp.write(chunk({}, "stop", len(answer)))
        usage_chunk = _event({**base, "choices": [], "usage": usage}) if final_usage else b""
        reported = usage if final_usage or continuous or flavour == "moonshot" else None
        # Logged before the last bytes go out: a client that has its answer finds the log written.
        self.state.record(DIALECT, request.path, model, True, reported, **extra)
        if script.mode == "usage_after_done":
            await resp.write(b"data: [DONE]\n\n" + usage_chunk)
        else:
            await resp.write(usage_chunk + b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp

    async def _break_with_error(
        self,
        request: web.Request,
        resp: web.StreamResponse,
        flavour: str,
        model: str,
        base: dict[str, Any],
        script: Script,
        extra: dict[str, Any],
    ) -> web.StreamResponse:
        """An error during generation, as a data event: OpenRouter's is a chunk whose choice
        finishes with "error", and the stream ends there; vLLM's is the error alone, then [DONE]."""
        self.state.record(DIALECT, request.path, model, True, None, error=script.status, **extra)
        envelope = _error_body(flavour, script.status)
        if flavour == "openrouter":
            choice = {"index": 0, "delta": {"content": ""}, "finish_reason": "error"}
            await resp.write(_event({**base, **envelope, "choices": [choice]}))
        else:
            await resp.write(_event(envelope) + b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp


def _event(doc: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(doc) + b"\n\n"
