"""Bearer-token authentication: who is calling, from which device, still allowed?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import Engine, Row, Select, bindparam, select
from sqlalchemy.orm import Session

from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Device, Person, Token
from meetings_app.security.tokens import hash_token
from meetings_app.sync.errors import (
    AccountDisabled,
    DeviceRevoked,
    TokenExpired,
    Unauthenticated,
)


@dataclass(frozen=True)
class Caller:
    """Who is calling: the person, the device the token was issued to, and the token's hash."""

    person: Person
    device: Device
    token_hash: str


def bearer(request: Request) -> str:
    """The bearer token of a request's ``Authorization`` header; ``UNAUTHENTICATED`` if none.

    Only the header: a token in the URL would end up in access logs and browser history.
    """
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    raise Unauthenticated("Sign in first: this call needs a token (Authorization: Bearer …).")


#: token → its device and person in one statement (built once: its SQL compiles once)
_LOOKUP: Select[Token, Device, Person] = (
    select(Token, Device, Person)
    .outerjoin(Device, Device.id == Token.device_id)
    .outerjoin(Person, Person.id == Token.person_id)
    .where(Token.token_hash == bindparam("digest"))
)
_LOOKUP_MANY: Select[Token, Device, Person] = (
    select(Token, Device, Person)
    .outerjoin(Device, Device.id == Token.device_id)
    .outerjoin(Person, Person.id == Token.person_id)
    .where(Token.token_hash.in_(bindparam("digests", expanding=True)))
)


def authenticate_in(session: Session, token: str, now: dt.datetime) -> Caller:
    """The caller behind a token, read in one statement on ``session``'s connection.

    Raises a 401-class error saying exactly why not.
    """
    digest = hash_token(token)
    found = session.execute(_LOOKUP, {"digest": digest}).first()
    return _checked(digest, found, now)


def authenticate_many(
    session: Session, digests: set[str], now: dt.datetime
) -> dict[str, Caller | AppError]:
    """The callers behind several token hashes in one statement (a batch of pushes), each
    with the 401-class error that refuses it instead when it is no longer valid.

    Read inside the batch's write transaction, so a sign-out or revocation committed
    before it (in any store process) is seen: a cached sign-in never outlives it.
    """
    rows = session.execute(_LOOKUP_MANY, {"digests": list(digests)}).all()
    found = {row[0].token_hash: row for row in rows}
    out: dict[str, Caller | AppError] = {}
    for digest in digests:
        try:
            out[digest] = _checked(digest, found.get(digest), now)
        except AppError as exc:
            out[digest] = exc
    return out


def _checked(digest: str, found: Row[Token, Device, Person] | None, now: dt.datetime) -> Caller:
    if found is None:
        raise Unauthenticated("Your sign-in is not valid any more; sign in again.")
    row: Token = found[0]
    device: Device | None = found[1]  # outer joins: None when the row is gone
    person: Person | None = found[2]
    if device is None or device.revoked or device.deleted:
        raise DeviceRevoked(
            "This device has been revoked by the administrators; its copies are removed."
        )
    if row.revoked:
        raise Unauthenticated("Your sign-in is not valid any more; sign in again.")
    if row.expires_at <= now:
        raise TokenExpired("Your sign-in has expired; sign in again to keep syncing.")
    if person is None or person.disabled or person.deleted:
        raise AccountDisabled("This account is disabled; ask the administrators.")
    return Caller(person=person, device=device, token_hash=digest)


def authenticate(engine: Engine, token: str, now: dt.datetime) -> Caller:
    """The caller behind a token, or a 401-class error saying exactly why not."""
    with Session(engine, expire_on_commit=False) as s:
        return authenticate_in(s, token, now)
