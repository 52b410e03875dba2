"""The admin web UI: the built single-page app in `static/` (made by `make ui`), served with
security headers. Include this router last: its catch-all must not shadow /api routes."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, status
from fastapi.responses import FileResponse, PlainTextResponse, Response

from tallygate_admin.errors import ApiError

router = APIRouter(include_in_schema=False)

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "connect-src 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
# Vite puts a content hash in every asset's name, so an asset never changes under its URL.
ASSET_CACHE = "public, max-age=31536000, immutable"
# index.html names the current assets: always revalidate it.
PAGE_CACHE = "no-cache"
# Paths that are never the SPA: an unknown API path answers a JSON 404, not index.html.
NOT_UI_PREFIXES = ("api/", "v1/", "v1beta/")
NOT_UI_PATHS = {"api", "healthz", "metrics", "docs", "redoc", "openapi.json"}


def _inside(base: Path, relative: str) -> Path | None:
    """The file under `base` named by `relative`, or None (missing, a directory, or outside)."""
    try:
        base = base.resolve()
        path = (base / relative).resolve()
    except (OSError, ValueError):
        return None
    if not path.is_relative_to(base) or not path.is_file():
        return None
    return path


def _file(path: Path, cache: str) -> FileResponse:
    return FileResponse(path, headers={**SECURITY_HEADERS, "Cache-Control": cache})


def _index() -> Response:
    index = STATIC_DIR / "index.html"
    if not index.is_file():
        return PlainTextResponse(
            "The admin UI is not built: run `make ui`.",
            status.HTTP_503_SERVICE_UNAVAILABLE,
            headers=SECURITY_HEADERS,
        )
    return _file(index, PAGE_CACHE)


@router.api_route("/assets/{path:path}", methods=["GET", "HEAD"])
async def asset(path: str) -> Response:
    found = _inside(STATIC_DIR / "assets", path)
    if found is None:
        return PlainTextResponse("Not Found", status.HTTP_404_NOT_FOUND, headers=SECURITY_HEADERS)
    return _file(found, ASSET_CACHE)


@router.api_route("/{path:path}", methods=["GET", "HEAD"])
async def page(path: str) -> Response:
    if path in NOT_UI_PATHS or path.startswith(NOT_UI_PREFIXES):
        raise ApiError(status.HTTP_404_NOT_FOUND, "not_found", "Not Found")
    # Top-level files of the build (favicon.svg, …); everything else is a client-side route.
    if path and "/" not in path and (found := _inside(STATIC_DIR, path)) is not None:
        return _file(found, PAGE_CACHE if found.name == "index.html" else "public, max-age=3600")
    return _index()
