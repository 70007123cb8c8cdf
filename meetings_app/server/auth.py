"""Bearer-token authentication: who is calling, from which device, still allowed?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session

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
    person: Person
    device: Device
    token_hash: str


def bearer(request: Request, *, allow_query: bool = False) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if allow_query and request.query_params.get("token"):
        return request.query_params["token"]
    raise Unauthenticated("Sign in first: this call needs a token (Authorization: Bearer …).")


def authenticate(engine: Engine, token: str, now: dt.datetime) -> Caller:
    """The caller behind a token, or a 401-class error saying exactly why not."""
    digest = hash_token(token)
    with Session(engine, expire_on_commit=False) as s:
        row = s.get(Token, digest)
        if row is None:
            raise Unauthenticated("Your sign-in is not valid any more; sign in again.")
        device = s.get(Device, row.device_id)
        person = s.get(Person, row.person_id)
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
