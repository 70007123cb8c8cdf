"""Typed errors with a stable code.

Lower layers raise :class:`AppError` subclasses carrying an upper-case ``code`` that
never changes (clients and the UI key translations on it), an English ``message``
for logs and API answers, and ``params`` for the sentence the UI builds.
"""

from __future__ import annotations

from typing import Any

from meetings_app.domain.codes import Code


class AppError(Exception):
    """An error a person must be told about, with a stable code."""

    code: str = Code.ERROR

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        return self.message


class Forbidden(AppError):
    code = Code.FORBIDDEN


class NotFound(AppError):
    code = Code.NOT_FOUND


class Invalid(AppError):
    code = Code.INVALID


class Conflict(AppError):
    code = Code.CONFLICT


class PollClosed(AppError):
    code = Code.POLL_CLOSED


class StoreError(AppError):
    """The local or central database cannot be opened or written."""

    code = Code.STORE_ERROR
