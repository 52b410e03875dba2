"""Error answers of the admin API: `detail` for people, `code` for programs (docs/api.md)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

ErrorCode = Literal[
    "bad_request",
    "invalid",
    "unauthorized",
    "forbidden",
    "not_found",
    "method_not_allowed",
    "conflict",
    "name_taken",
    "stale_revision",
    "too_large",
    "rate_limited",
    "query_refused",
    "internal",
]

# The code of an error raised without one.
BY_STATUS: dict[int, ErrorCode] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid",
    429: "rate_limited",
}


class ApiError(HTTPException):
    """An HTTPException with its machine-readable code."""

    def __init__(
        self, status_code: int, code: ErrorCode, detail: Any, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status_code, detail, headers)
        self.code: ErrorCode = code


def invalid(exc: ValidationError) -> ApiError:
    """A 422 for a record that does not validate, in the shape FastAPI gives request bodies."""
    return ApiError(422, "invalid", exc.errors(include_url=False, include_context=False))


class ErrorBody(BaseModel):
    """Every error answer: `detail` says what went wrong, `code` which kind of error it is."""

    detail: str
    code: ErrorCode


class ValidationIssue(BaseModel):
    loc: list[str | int]
    msg: str
    type: str
    input: Any = None


class ValidationErrorBody(BaseModel):
    """A request that does not match its schema (422): FastAPI's list of issues, code `invalid`."""

    detail: list[ValidationIssue]
    code: Literal["invalid"]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorBody, "description": "An error; `code` tells which (docs/api.md)"},
    422: {"model": ValidationErrorBody, "description": "The request does not match its schema"},
}


def code_of(exc: StarletteHTTPException) -> ErrorCode:
    code: ErrorCode | None = getattr(exc, "code", None)
    if code is not None:
        return code
    return BY_STATUS.get(exc.status_code, "internal" if exc.status_code >= 500 else "bad_request")


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    body = {"detail": jsonable_encoder(exc.detail), "code": code_of(exc)}
    return JSONResponse(body, exc.status_code, headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"detail": jsonable_encoder(exc.errors()), "code": "invalid"}, 422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
