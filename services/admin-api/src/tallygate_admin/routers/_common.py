"""Shared route helpers: revision headers and store errors as HTTP answers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request, status

from tallygate_admin.errors import ApiError
from tallygate_admin.store import NotFound, StaleRevision


def parse_if_match(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip().strip('"').removeprefix("W/").strip('"'))
    except ValueError as exc:
        raise ApiError(status.HTTP_400_BAD_REQUEST, "invalid", "If-Match must be a revision number") from exc


@contextmanager
def store_errors(what: str) -> Iterator[None]:
    try:
        yield
    except NotFound as exc:
        raise ApiError(status.HTTP_404_NOT_FOUND, "not_found", f"{what} not found") from exc
    except StaleRevision as exc:
        raise ApiError(
            status.HTTP_409_CONFLICT, "stale_revision", f"{what} was changed meanwhile (stale revision)"
        ) from exc


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""
