"""One error shape for every refusal: ``ErrorBody{code, message, detail}`` with a stable code."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from meetings_app.domain.codes import MEANING, WIRE_CODES, Code
from meetings_app.domain.errors import AppError, StoreError
from meetings_app.sync.wire import ErrorBody

log = logging.getLogger(__name__)

#: the HTTP status each code is answered with (400 for any other code)
STATUS: dict[str, int] = {
    Code.INVALID: 400,
    Code.HASH_MISMATCH: 400,
    Code.BAD_RANGE: 400,
    Code.UNAUTHENTICATED: 401,
    Code.TOKEN_EXPIRED: 401,
    Code.DEVICE_REVOKED: 401,
    Code.WRONG_PASSWORD: 401,
    Code.AUTH_FAILED: 401,
    Code.ACCOUNT_DISABLED: 401,
    Code.FORBIDDEN: 403,
    Code.NOT_FOUND: 404,
    Code.METHOD_NOT_ALLOWED: 405,
    Code.REQUEST_TIMEOUT: 408,
    Code.CONFLICT: 409,
    Code.POLL_CLOSED: 409,
    Code.TOO_LARGE: 413,
    Code.RANGE_NOT_SATISFIABLE: 416,
    Code.CLIENT_TOO_OLD: 426,
    Code.SIGN_IN_THROTTLED: 429,
    Code.TOO_MANY_UPLOADS: 429,
    Code.INTERNAL: 500,
    Code.STORE_ERROR: 503,
}

#: push answers (``PushResult.status``) and what each promises
PUSH_STATUSES: dict[str, str] = {
    "applied": "The change is stored: `version` and `seq` say where. With code SUPERSEDED "
    "a newer change to this owner-private record (by hybrid clock) was kept instead; "
    "`current` carries the store's copy.",
    "duplicate": "This change_id was applied before; the answer repeats the first one.",
    "rejected": "Nothing was stored; `code` and `message` say why and `current` carries "
    "the store's copy when the caller may see it.",
}


def _openapi_description() -> str:
    lines = [
        "The central store of meetings-app: Sync API v1 (see docs/sync-api.md).",
        "",
        "Every refusal is an `ErrorBody` `{code, message, detail}`; a rejected push change "
        "carries the same codes. Push statuses:",
        "",
    ]
    lines += [f"- `{status}`: {meaning}" for status, meaning in PUSH_STATUSES.items()]
    lines += ["", "Error codes (stable; clients key on them):", ""]
    lines += [
        f"- `{code}` (HTTP {STATUS.get(code, 400)}): {MEANING[code]}" for code in sorted(WIRE_CODES)
    ]
    return "\n".join(lines)


OPENAPI_DESCRIPTION = _openapi_description()


def error_response(
    status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The one error shape, ``ErrorBody{code, message, detail}``, with its HTTP status."""
    body = ErrorBody(code=code, message=message, detail=jsonable_encoder(detail))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _app_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc.message)
        return error_response(STATUS[Code.STORE_ERROR], exc.code, exc.message)
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
    return error_response(400, Code.INVALID, message, problems)


def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return error_response(404, Code.NOT_FOUND, "There is no such address in this store's API.")
    if exc.status_code == 405:
        # Starlette's router names the allowed methods in the exception's headers
        return error_response(
            405,
            Code.METHOD_NOT_ALLOWED,
            "This address does not accept that method.",
            headers={"Allow": (exc.headers or {}).get("Allow", "")},
        )
    if exc.status_code == 401:
        return error_response(401, Code.UNAUTHENTICATED, "Sign in first.")
    code = Code.TOO_LARGE if exc.status_code == 413 else Code.INVALID
    return error_response(exc.status_code, code, str(exc.detail))


def _gone(_request: Request, _exc: Exception) -> JSONResponse:
    """The client left (or its stalled body was cut off) before the request was complete:
    nothing was stored and nobody reads the answer; no traceback in the log."""
    return error_response(
        400, Code.INVALID, "The request ended before its body was complete; nothing was stored."
    )


def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return error_response(
        500,
        Code.INTERNAL,
        "The store hit an unexpected problem; nothing was changed. Try again later.",
    )


def install(app: FastAPI) -> None:
    """Make every refusal of the app answer with :func:`error_response` and a registered code."""
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ClientDisconnect, _gone)
    app.add_exception_handler(Exception, _unexpected)
