"""Typed errors of the sync protocol, shared by the store (which raises them) and the client.

Each carries a stable code (the same word the store answers with) and a plain English
sentence; the UI keys its translated text on the code.
"""

from __future__ import annotations

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError


class SyncError(AppError):
    """A sync failure the person must be told about (code from the registry)."""

    code = Code.SYNC_ERROR


class Unreachable(SyncError):
    """The store did not answer (no network, wrong address, store down)."""

    code = Code.UNREACHABLE


class AuthFailed(SyncError):
    """Sign-in refused: the user name or password is wrong."""

    code = Code.WRONG_PASSWORD


class Unauthenticated(SyncError):
    """The store does not know this token (or none was sent): sign in again."""

    code = Code.UNAUTHENTICATED


class TokenExpired(SyncError):
    """The token has expired: sign in again; nothing local is lost."""

    code = Code.TOKEN_EXPIRED


class DeviceRevoked(SyncError):
    """This device was revoked: its local copy is purged at this contact."""

    code = Code.DEVICE_REVOKED


class AccountDisabled(SyncError):
    """The account is disabled by the administrators."""

    code = Code.ACCOUNT_DISABLED


class ClientTooOld(SyncError):
    """The store requires a newer client: pull and push are refused until this program is
    updated (``required`` and ``download_url`` in the params); nothing local is lost."""

    code = Code.CLIENT_TOO_OLD


class ServerError(SyncError):
    """The store answered, but with an error this client cannot fix by retrying as is."""

    code = Code.SERVER_ERROR


class BlobCorrupt(SyncError):
    """A downloaded file does not match its sha256; it is not kept."""

    code = Code.HASH_MISMATCH


_BY_CODE: dict[str, type[SyncError]] = {
    cls.code: cls
    for cls in (
        Unreachable,
        AuthFailed,
        Unauthenticated,
        TokenExpired,
        DeviceRevoked,
        AccountDisabled,
        BlobCorrupt,
        ClientTooOld,
    )
}


#: the ``detail`` fields of an answer kept as the error's params (the UI's sentence uses them)
DETAIL_PARAMS: dict[str, tuple[str, ...]] = {Code.CLIENT_TOO_OLD: ("required", "download_url")}


def error_for(code: str, message: str, detail: object = None) -> AppError:
    """The typed error for a code the store answered with (and the answer's ``detail``)."""
    names = DETAIL_PARAMS.get(code, ())
    params = {n: detail.get(n) for n in names} if isinstance(detail, dict) else {}
    cls = _BY_CODE.get(code)
    if cls is not None:
        return cls(message, **params)
    return ServerError(message, code=code)
