"""Account and device management shared by ``meetings-app admin`` and the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.domain.errors import Invalid, NotFound
from meetings_app.domain.models import Credential, Device, Person, Token
from meetings_app.domain.rules import GlobalRole
from meetings_app.domain.usernames import check_password, check_username, normalize_username
from meetings_app.security.audit import append_event
from meetings_app.security.passwords import hash_password
from meetings_app.store.feed import record_server_change, write_session


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _person(s: Session, username: str) -> Person:
    person = s.execute(
        select(Person).where(Person.username == normalize_username(username))
    ).scalar()
    if person is None:
        raise NotFound(f"There is no person with the username {username!r}.")
    return person


def add_person(
    engine: Engine,
    username: str,
    full_name: str,
    password: str | None,
    *,
    title: str = "",
    role: str = "user",
    person_id: str | None = None,
) -> str:
    """Create a person (and their password); returns the new id.

    The username is stored in its canonical form (:func:`normalize_username`) and the
    password must pass :func:`check_password`.
    """
    if role not in {r.value for r in GlobalRole}:
        raise Invalid(f"The role must be admin, secretariat or user, not {role!r}.")
    username = check_username(username)
    if password is not None:
        check_password(password, username)
    hashed = hash_password(password) if password else None
    with write_session(engine) as s:
        if s.execute(select(Person.id).where(Person.username == username)).first():
            raise Invalid(f"The username {username!r} is already taken.")
        person = Person(username=username, full_name=full_name, title=title, role=role)
        if person_id:
            person.id = person_id
        record_server_change(s, person)
        if hashed:
            s.add(Credential(person_id=person.id, password_hash=hashed, changed_at=_now()))
        append_event(
            s,
            "person.add",
            entity="person",
            entity_id=person.id,
            details={"username": username, "role": role},
        )
        return person.id


def set_password(engine: Engine, username: str, password: str) -> None:
    """Replace a person's password hash (argon2id, today's parameters), end their tokens
    and audit it."""
    check_password(password, username)
    hashed = hash_password(password)
    with write_session(engine) as s:
        person = _person(s, username)
        cred = s.get(Credential, person.id)
        if cred is None:
            s.add(Credential(person_id=person.id, password_hash=hashed, changed_at=_now()))
        else:
            cred.password_hash, cred.changed_at = hashed, _now()
        for token in s.execute(select(Token).where(Token.person_id == person.id)).scalars():
            token.revoked = True
        append_event(s, "person.password", entity="person", entity_id=person.id)


def disable_person(engine: Engine, username: str, disabled: bool = True) -> None:
    """Disable (or, with ``disabled=False``, enable) an account: its tokens stop working at
    their next use; nothing it wrote is lost."""
    with write_session(engine) as s:
        person = _person(s, username)
        person.disabled = disabled
        record_server_change(s, person)
        append_event(
            s,
            "person.disable" if disabled else "person.enable",
            entity="person",
            entity_id=person.id,
        )


@dataclass(frozen=True)
class DeviceInfo:
    """One device as ``admin list-devices`` shows it."""

    id: str
    username: str
    name: str
    revoked: bool
    last_seen: dt.datetime | None


def list_devices(engine: Engine, username: str | None = None) -> list[DeviceInfo]:
    """Every registered device (of one person, or of everyone), by user name and device name."""
    with Session(engine) as s:
        query = select(Device, Person.username).join(Person, Person.id == Device.person_id)
        if username:
            query = query.where(Person.username == normalize_username(username))
        return [
            DeviceInfo(d.id, u, d.name, d.revoked, d.last_seen)
            for d, u in s.execute(query.order_by(Person.username, Device.name)).all()
        ]


def revoke_device(engine: Engine, device_id: str) -> None:
    """Revoke a device: its tokens stop working and it purges its copies at next contact."""
    with write_session(engine) as s:
        device = s.get(Device, device_id)
        if device is None:
            raise NotFound(f"There is no device {device_id}.")
        device.revoked = True
        record_server_change(s, device)
        for token in s.execute(select(Token).where(Token.device_id == device_id)).scalars():
            token.revoked = True
        append_event(
            s,
            "device.revoke",
            entity="device",
            entity_id=device_id,
            details={"person_id": device.person_id},
        )
