"""Adding a person to the directory from the secretariat's laptop.

The person is written here and sent with the next sync, like any other change; the store
accepts people from the secretariat only, takes their name, title, unit and username, and
never a password: the person can sign in once an administrator has set one
(``meetings-app admin set-password USERNAME``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.codes import Code
from meetings_app.domain.directory import person_values
from meetings_app.domain.errors import Forbidden, Invalid
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Person
from meetings_app.domain.rules import GlobalRole


@dataclass(frozen=True)
class PersonForm:
    full_name: str
    username: str
    title: str = ""
    unit: str = ""


class PeopleEditor:
    """Adds people to the directory (the secretariat only, as the store decides too)."""

    def __init__(self, engine: Engine, writer: LocalWriter) -> None:
        self._engine = engine
        self._writer = writer

    def may_add(self) -> bool:
        with Session(self._engine) as session:
            me = session.get(Person, self._writer.person_id or "")
            return me is not None and me.role == GlobalRole.SECRETARIAT.value

    def add(self, form: PersonForm) -> str:
        """The new person's id; ``NAME_REQUIRED``, ``USERNAME_INVALID`` or ``USERNAME_TAKEN``
        (another person of the directory on this laptop has it) and nothing saved otherwise."""
        if not self.may_add():
            raise Forbidden("Only the secretariat adds people to the directory.")
        values = person_values(
            {
                "full_name": form.full_name,
                "username": form.username,
                "title": form.title,
                "unit": form.unit,
            }
        )
        with Session(self._engine) as session:
            taken = session.scalar(select(Person.id).where(Person.username == values["username"]))
        if taken is not None:
            raise Invalid(
                "Another person already has this username.",
                field="username",
                code=Code.USERNAME_TAKEN,
            )
        person = Person(id=new_id(), role="user", disabled=False, **values)
        return self._writer.save(person).id
