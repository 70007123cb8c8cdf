"""People pushed through sync: the secretariat adds and edits the directory, nothing more.

Why so narrow: a person row names who may be invited; an account's power lies in its
global role, its disabled flag and its password, and those stay an administrator's matter
(``meetings-app admin``). So only the secretariat's pushes are accepted, only ``username``,
``full_name``, ``title`` and ``unit`` are taken, only ordinary people (not administrators or
secretariat staff) can be edited, nobody is deleted, and a change carrying anything like a
password is refused outright, so no client believes it set one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from meetings_app.domain.codes import Code
from meetings_app.domain.directory import person_values
from meetings_app.domain.errors import Conflict, Forbidden, Invalid
from meetings_app.domain.models import Person
from meetings_app.domain.rules import GlobalRole
from meetings_app.security.audit import append_event
from meetings_app.server.push_context import PushContext
from meetings_app.store.feed import server_clock
from meetings_app.sync.wire import PushChange

_CREDENTIALS = frozenset({"password", "password_hash", "credential", "token"})


class PeopleWrites(PushContext):
    """Applying a pushed person (part of :class:`~meetings_app.server.push.PushService`)."""

    def _apply_person(
        self, ch: PushChange, values: dict[str, Any], existing: Person | None
    ) -> Person:
        if self.viewer.role is not GlobalRole.SECRETARIAT:
            raise Forbidden(
                "Only the secretariat adds people; passwords are set by an administrator."
            )
        if _CREDENTIALS & set(ch.data):
            raise Invalid(
                "Passwords are set by an administrator (meetings-app admin), never through sync.",
                field="password",
            )
        if ch.deleted:
            raise Forbidden("People are disabled or removed by an administrator.")
        kept = person_values(values)
        if existing is None:
            row = Person(id=ch.id, version=0, deleted=False, role="user", disabled=False)
            for key in ("username", "full_name"):
                if key not in kept:
                    raise Invalid(f"{key} is required to add a person.", field=key)
        else:
            if existing.role != "user":
                raise Forbidden(
                    "Administrators and secretariat accounts are managed by an administrator."
                )
            if ch.base_version != existing.version:
                raise Conflict(
                    "Someone changed this person since you last synced; your change was not applied.",
                    server_version=existing.version,
                )
            row = existing
        self._check_free(kept.get("username"), ch.id)
        for key, value in kept.items():
            setattr(row, key, value)
        self.s.add(row)
        row.version = (row.version or 0) + 1
        row.updated_at = str(server_clock().now())
        row.updated_by = self.person.id
        self.s.flush()
        append_event(
            self.s,
            "person.add" if existing is None else "person.edit",
            actor_id=self.person.id,
            entity="person",
            entity_id=row.id,
            details={"username": row.username, "change_id": ch.change_id},
            at=self.now,
        )
        return row

    def _check_free(self, username: str | None, person_id: str) -> None:
        if username is None:
            return
        other = self.s.execute(
            select(Person.id).where(Person.username == username, Person.id != person_id)
        ).first()
        if other is not None:
            raise Invalid(
                "Another person already has this username.",
                field="username",
                code=Code.USERNAME_TAKEN,
            )
