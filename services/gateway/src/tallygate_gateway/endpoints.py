"""Which client routes the gateway serves, and how each maps onto an upstream account:
the dialect (errors, auth, usage), the upstream path, and what the request is metered as."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote

from tallygate_shared.config import Account
from tallygate_shared.pricing import TokenCounts

from .dialects import anthropic, gemini, openai


class StreamScanner(Protocol):
    counts: TokenCounts | None
    saw_done: bool
    error: str  # the error_type an error event in the stream is recorded with; "" without one

    def feed(self, chunk: bytes) -> bytes: ...
    def flush(self) -> bytes: ...


def _answers_only(body: bytes) -> int | None:
    return None


@dataclass(frozen=True, slots=True)
class Dialect:
    """A provider API as clients speak it; requests in one dialect go only to accounts of its
    providers, unchanged (no lossy translation)."""

    name: str
    providers: frozenset[str]
    error_body: Callable[..., bytes]
    auth_headers: Callable[[Account, Callable[[bytes], bytes | None]], dict[str, str]]
    # The last event of a stream that broke after its first byte, so the client's SDK raises
    # instead of taking a cut answer for a whole one.
    stream_error: Callable[[str, str], bytes]
    # The status a plain 200 without usage stands for when its body is an error, or None: asked
    # only of answers that carried no usage (docs/operators.md, "Provider flavours").
    answer_error: Callable[[bytes], int | None] = _answers_only


@dataclass(frozen=True, slots=True)
class Endpoint:
    dialect: Dialect
    task_type: str
    upstream_path: str  # appended to the account's base_url
    usage_from_body: Callable[[bytes], TokenCounts | None]
    scanner: Callable[[bool], StreamScanner] | None = None  # None: never streams
    ask_stream_usage: bool = False  # add stream_options.include_usage (docs/architecture.md)
    metered_tokens: bool = True  # False: the answer's numbers are not usage (count_tokens)
    units: Callable[[bytes], int] | None = None
    # A synchronous task (one request that waits for a whole video): it shows as a pending job
    # from its send to its answer, and waits for the answer as long as its task type allows.
    sync_job: bool = False


def _openai_auth(account: Account, header: Callable[[bytes], bytes | None]) -> dict[str, str]:
    if account.flavour == "azure":  # Azure OpenAI takes its key as `api-key`
        headers = {"api-key": account.api_key}
    else:
        headers = {"Authorization": f"Bearer {account.api_key}"}
    beta = header(b"openai-beta")
    if beta:
        headers["OpenAI-Beta"] = beta.decode("latin-1")
    return headers


# The newest generally available version of Azure OpenAI's dated data-plane API; stream_options
# (the usage chunk the gateway asks for) needs 2024-09-01-preview or later.
AZURE_API_VERSION = "2024-10-21"


def azure_url(base_url: str, path: str, deployment: str) -> str:
    """An Azure OpenAI account's URL for `path` (docs/operators.md, "Provider flavours").

    base_url is the resource (`https://{resource}.openai.azure.com`); the deployment is the
    upstream model (model_map maps the client's model to it), so the URL is
    /openai/deployments/{deployment}{path}?api-version=…, the version AZURE_API_VERSION unless
    base_url's query gives one. A base_url ending in /openai/v1 is Azure's v1 API: model in the
    body, no deployment in the path, no api-version."""
    base, _, query = base_url.partition("?")
    base = base.rstrip("/")
    if base.endswith("/openai/v1"):
        return base + path + ("?" + query if query else "")
    base = base.removesuffix("/openai")
    if "api-version=" not in query:
        query = "&".join(p for p in (query, f"api-version={AZURE_API_VERSION}") if p)
    return f"{base}/openai/deployments/{quote(deployment, safe='')}{path}?{query}"


def _openai_stream_error(message: str, code: str) -> bytes:
    return b"data: " + openai.error_body(502, message, code) + b"\n\n"


OPENAI = Dialect(
    "openai", openai.PROVIDERS, openai.error_body, _openai_auth, _openai_stream_error, openai.answer_error
)


def _anthropic_auth(account: Account, header: Callable[[bytes], bytes | None]) -> dict[str, str]:
    headers = {
        "x-api-key": account.api_key,
        "anthropic-version": (header(b"anthropic-version") or b"2023-06-01").decode("latin-1"),
    }
    beta = header(b"anthropic-beta")
    if beta:
        headers["anthropic-beta"] = beta.decode("latin-1")
    return headers


def _anthropic_stream_error(message: str, code: str) -> bytes:
    return b"event: error\ndata: " + anthropic.error_body(502, message, code) + b"\n\n"


def _gemini_auth(account: Account, header: Callable[[bytes], bytes | None]) -> dict[str, str]:
    return {"x-goog-api-key": account.api_key}


def _gemini_stream_error(message: str, code: str) -> bytes:
    return b"data: " + gemini.error_body(502, message, code) + b"\r\n\r\n"


ANTHROPIC = Dialect(
    "anthropic", anthropic.PROVIDERS, anthropic.error_body, _anthropic_auth, _anthropic_stream_error
)
GEMINI = Dialect("gemini", gemini.PROVIDERS, gemini.error_body, _gemini_auth, _gemini_stream_error)


def _chat_scanner(forward_usage: bool) -> StreamScanner:
    return openai.StreamScanner(forward_usage)


def _no_usage(body: bytes) -> TokenCounts | None:
    return None


STATIC: dict[str, Endpoint] = {
    "/v1/chat/completions": Endpoint(
        OPENAI, "chat", "/chat/completions", openai.usage_from_body, _chat_scanner, ask_stream_usage=True
    ),
    "/v1/completions": Endpoint(
        OPENAI, "completion", "/completions", openai.usage_from_body, _chat_scanner, ask_stream_usage=True
    ),
    "/v1/embeddings": Endpoint(OPENAI, "embedding", "/embeddings", openai.usage_from_body),
    "/v1/responses": Endpoint(
        OPENAI, "response", "/responses", openai.usage_from_body, lambda _: openai.ResponsesStreamScanner()
    ),
    "/v1/images/generations": Endpoint(
        OPENAI, "image", "/images/generations", openai.usage_from_body, units=openai.image_units
    ),
    "/v1/videos/generations": Endpoint(
        OPENAI, "video", "/videos/generations", _no_usage, units=openai.video_seconds, sync_job=True
    ),
    "/v1/lipsync/generations": Endpoint(
        OPENAI, "lipsync", "/lipsync/generations", _no_usage, units=openai.video_seconds, sync_job=True
    ),
    "/v1/messages": Endpoint(
        ANTHROPIC, "chat", "/v1/messages", anthropic.usage_from_body, lambda _: anthropic.StreamScanner()
    ),
    # The count is not usage: a row with zero tokens (docs/architecture.md).
    "/v1/messages/count_tokens": Endpoint(
        ANTHROPIC, "count_tokens", "/v1/messages/count_tokens", _no_usage, metered_tokens=False
    ),
}

# Gemini puts the model and the method in the path: /v1beta/models/{model}:{method}.
GEMINI_METHODS: dict[str, tuple[Endpoint, bool]] = {
    "generateContent": (
        Endpoint(GEMINI, "chat", "/{version}/models/{model}:generateContent", gemini.usage_from_body),
        False,
    ),
    "streamGenerateContent": (
        Endpoint(
            GEMINI,
            "chat",
            "/{version}/models/{model}:streamGenerateContent",
            gemini.usage_from_body,
            lambda _: gemini.StreamScanner(),
        ),
        True,
    ),
    "countTokens": (
        Endpoint(
            GEMINI, "count_tokens", "/{version}/models/{model}:countTokens", _no_usage, metered_tokens=False
        ),
        False,
    ),
}


def body_model(doc: Any) -> str | None:
    model = doc.get("model") if isinstance(doc, dict) else None
    return model if isinstance(model, str) and model else None
