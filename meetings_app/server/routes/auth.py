"""Sign-in and sign-out: ``POST /api/v1/auth/login`` and ``/auth/logout``.

A successful sign-in registers (or refreshes) the device, issues a token that is stored
hashed and expires, and upgrades the stored password hash when it was made with weaker
parameters than today's. Every sign-in, failed or not, is in the audit chain.
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import Credential, Device, Person, Token
from meetings_app.domain.usernames import normalize_username
from meetings_app.security.audit import append_event
from meetings_app.security.passwords import hash_password, needs_rehash, verify_password
from meetings_app.security.signing import valid_public_key
from meetings_app.security.tokens import new_token
from meetings_app.server.deps import Auth, StoreDep
from meetings_app.server.openapi import SIGNED_IN, answers
from meetings_app.store.feed import record_server_change, write_session
from meetings_app.sync.errors import AccountDisabled, AuthFailed, DeviceRevoked
from meetings_app.sync.wire import (
    API_PREFIX,
    LoginRequest,
    LoginResponse,
    LogoutResponse,
    PersonOut,
)

router = APIRouter(prefix=f"{API_PREFIX}/auth", tags=["auth"])


@router.post("/login", response_model=LoginResponse, responses=answers(400, 401, 408, 413, 429))
def login(req: LoginRequest, request: Request, store: StoreDep) -> LoginResponse:
    """A token for this person on this device; 401 ``AUTH_FAILED`` for a wrong password,
    ``ACCOUNT_DISABLED`` or ``DEVICE_REVOKED`` when the person or device is barred, 429
    ``SIGN_IN_THROTTLED`` (with ``Retry-After``) after repeated failures
    (:mod:`~meetings_app.server.throttle`)."""
    now = store.now()
    username = normalize_username(req.username)
    address = request.client.host if request.client else ""
    store.throttle.check(username, address)
    with Session(store.engine) as s:
        person = s.execute(select(Person).where(Person.username == username)).scalar()
        cred = s.get(Credential, person.id) if person else None
    with store.throttle.verifying:
        ok = verify_password(cred.password_hash if cred else None, req.password)
    if person is None or cred is None or not ok:
        store.throttle.failed(username, address)
        with write_session(store.engine) as s:
            append_event(s, "login.failed", details={"username": username}, at=now)
        raise AuthFailed("The username or password is wrong.")
    store.throttle.succeeded(username, address)
    if person.disabled or person.deleted:
        raise AccountDisabled("This account is disabled; ask the administrators.")
    if req.device_public_key and not valid_public_key(req.device_public_key):
        raise Invalid("device_public_key is not an Ed25519 public key (base64).")
    token, digest = new_token()
    expires = now + store.settings.token_ttl
    with write_session(store.engine) as s:
        device = _device(s, req, person.id, now)
        if needs_rehash(cred.password_hash):
            _rehash(s, person.id, req.password, now)
        s.add(
            Token(
                token_hash=digest,
                person_id=person.id,
                device_id=device.id,
                created_at=now,
                expires_at=expires,
            )
        )
        append_event(s, "login", actor_id=person.id, entity="device", entity_id=device.id, at=now)
        device_id = device.id
    return LoginResponse(
        token=token,
        expires_at=expires,
        device_id=device_id,
        person=PersonOut(
            id=person.id,
            username=person.username,
            full_name=person.full_name,
            title=person.title,
            role=person.role,
        ),
    )


def _device(s: Session, req: LoginRequest, person_id: str, now: dt.datetime) -> Device:
    """The signing-in device: the one named by ``device_id`` if it is this person's, else new."""
    device = s.get(Device, req.device_id) if req.device_id else None
    if device is not None and device.person_id != person_id:
        device = None
    if device is not None and device.revoked:
        raise DeviceRevoked("This device has been revoked; it cannot sign in again.")
    if device is None:
        device = Device(person_id=person_id, name=req.device_name or "device")
    device.name = req.device_name or device.name
    if req.device_public_key:
        device.public_key = req.device_public_key
    device.last_seen = now
    record_server_change(s, device, actor_id=person_id)
    return device


def _rehash(s: Session, person_id: str, password: str, now: dt.datetime) -> None:
    """Replace a hash made with weaker parameters by one made with today's (the password
    is known only now, at sign-in)."""
    cred = s.get(Credential, person_id)
    if cred is not None:
        cred.password_hash = hash_password(password)
        append_event(s, "password.rehash", actor_id=person_id, at=now)


@router.post("/logout", responses=answers(401), openapi_extra=SIGNED_IN)
def logout(who: Auth, store: StoreDep) -> LogoutResponse:
    """End this token (the device stays registered)."""
    with write_session(store.engine) as s:
        row = s.get(Token, who.token_hash)
        if row is not None:
            row.revoked = True
        append_event(s, "logout", actor_id=who.person.id, at=store.now())
    store.tokens.forget(who.token_hash)
    return LogoutResponse()
