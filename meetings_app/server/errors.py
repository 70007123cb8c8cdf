"""One error shape for every refusal: ``ErrorBody{code, message, detail}`` with a stable code."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from meetings_app.domain.errors import AppError, StoreError
from meetings_app.sync.wire import ErrorBody

log = logging.getLogger(__name__)

STATUS = {
    "INVALID": 400,
    "HASH_MISMATCH": 400,
    "BAD_RANGE": 400,
    "UNAUTHENTICATED": 401,
    "TOKEN_EXPIRED": 401,
    "DEVICE_REVOKED": 401,
    "WRONG_PASSWORD": 401,
    "ACCOUNT_DISABLED": 401,
    "FORBIDDEN": 403,
    "NOT_FOUND": 404,
    "METHOD_NOT_ALLOWED": 405,
    "CONFLICT": 409,
    "TOO_LARGE": 413,
    "RANGE_NOT_SATISFIABLE": 416,
    "POLL_CLOSED": 409,
}


class ApiError(AppError):
    """An HTTP-level refusal raised by the routes."""


def error_response(
    status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(code=code, message=message, detail=jsonable_encoder(detail))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _app_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc.message)
        return error_response(503, exc.code, exc.message)
    status = STATUS.get(exc.code, 400)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    extra = exc.params.pop("headers", None) if isinstance(exc.params, dict) else None
    if extra:
        headers = {**(headers or {}), **extra}
    return error_response(status, exc.code, exc.message, exc.params or None, headers)


def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        problems.append({"field": where, "problem": str(err.get("msg", ""))})
    first = problems[0] if problems else {"field": "", "problem": "malformed"}
    if any(e.get("type") == "json_invalid" for e in exc.errors()):
        message = "The request body is not valid JSON."
    else:
        message = f"The request is not valid: {first['field'] or 'body'}: {first['problem']}."
    return error_response(400, "INVALID", message, problems)


def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return error_response(404, "NOT_FOUND", "There is no such address in this store's API.")
    if exc.status_code == 405:
        return error_response(
            405, "METHOD_NOT_ALLOWED", "This address does not accept that method."
        )
    if exc.status_code == 401:
        return error_response(401, "UNAUTHENTICATED", "Sign in first.")
    code = "TOO_LARGE" if exc.status_code == 413 else "INVALID"
    return error_response(exc.status_code, code, str(exc.detail))


def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(
        500,
        "INTERNAL",
        "The store hit an unexpected problem; nothing was changed. Try again later.",
    )


def install(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
