"""The store's OpenAPI document, kept true to what the routes do (issue 12, probe 5).

Routes declare their answers with :func:`answers` (the ``ErrorBody`` model and, for each
status, the registry codes it carries, from :data:`~meetings_app.server.errors.STATUS`);
:func:`install` then finishes the generated document: the bearer scheme, and no 422
(the store answers a malformed request with 400 ``INVALID``, never 422).
``schemathesis`` checks the result against a live store in CI (``.ci/run``).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from meetings_app.domain.codes import MEANING, Code
from meetings_app.server.errors import STATUS
from meetings_app.sync.wire import ErrorBody

BEARER_SCHEME = "bearer"
#: ``openapi_extra`` of a route that needs ``Authorization: Bearer <token>``
SIGNED_IN: dict[str, Any] = {"security": [{BEARER_SCHEME: []}]}

BINARY: dict[str, Any] = {"type": "string", "format": "binary"}

_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"schema": {"type": "string"}, "description": "`Bearer`"}},
    429: {
        "Retry-After": {
            "schema": {"type": "integer", "minimum": 1},
            "description": "Seconds to wait before trying again.",
        }
    },
}


def codes_with(status: int) -> list[str]:
    """The registry codes the store answers with ``status``."""
    return sorted(code for code, s in STATUS.items() if s == status)


def answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses: the one ``ErrorBody`` shape, the codes
    each status carries and what they mean, and the headers that come with them.
    Every route also answers 500 ``INTERNAL`` and 503 ``STORE_ERROR``."""
    result: dict[int | str, dict[str, Any]] = {}
    for status in (*statuses, 500, 503):
        codes = codes_with(status)
        lines = [f"`{code}`: {MEANING[Code(code)]}" for code in codes]
        entry: dict[str, Any] = {"model": ErrorBody, "description": " ".join(lines) or "Error."}
        if status in _HEADERS:
            entry["headers"] = _HEADERS[status]
        result[status] = entry
    return result


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` return the finished document (built once, then cached)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _finish(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _finish(spec: dict[str, Any]) -> dict[str, Any]:
    components = spec.setdefault("components", {})
    components.setdefault("securitySchemes", {})[BEARER_SCHEME] = {
        "type": "http",
        "scheme": "bearer",
        "description": "The token from `POST /auth/login`, in the Authorization header only.",
    }
    for operations in spec["paths"].values():
        for operation in operations.values():
            operation.get("responses", {}).pop("422", None)
    schemas = components.get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return spec
