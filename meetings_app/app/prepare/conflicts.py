"""Two secretaries, one record: a stale edit refused with ``CONFLICT``, and the choice.

When the store refuses a change because someone else changed the record first, the sync
client keeps the refused change (``rejection.data``, encrypted at rest) and takes the
store's copy into the local row. Nothing is overwritten silently: this service shows the
two side by side, field by field, and lets the person choose —

* **keep mine**: the refused values are written again on top of the store's version (a
  new local change with the store's version as its base), so the next push applies them
  unless someone changed the record yet again (then the choice comes back);
* **take theirs**: the store's copy, already on this laptop, stays; nothing is sent.

Either way the refusal is marked seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import NotFound
from meetings_app.domain.models import ENTITIES, Rejection, Synced
from meetings_app.sync.local import record_change
from meetings_app.sync.wire import data_columns, from_data, to_data

OWNED = frozenset(
    {"meeting", "participant", "agenda_item", "document", "document_version", "poll", "minutes"}
)
#: Fields no person edits: who and when, and what the store decides.
_NOT_COMPARED = frozenset({"updated_at", "updated_by", "results"})


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Conflict:
    """A refused change of mine next to the store's copy of the same record."""

    change_id: str
    entity: str
    entity_id: str
    title: str
    differences: tuple[FieldDifference, ...]
    theirs_deleted: bool


class ConflictsService:
    """Reads and resolves conflicts on the laptop store (no network)."""

    def __init__(self, engine: Engine, writer: LocalWriter) -> None:
        self._engine = engine
        self._writer = writer

    def conflicts(self) -> list[Conflict]:
        """Unresolved conflicts on records the secretariat owns, oldest first."""
        with Session(self._engine) as session:
            rows = session.scalars(
                select(Rejection)
                .where(Rejection.code == Code.CONFLICT, Rejection.seen.is_(False))
                .order_by(Rejection.at)
            ).all()
            return [c for c in (_conflict(session, r) for r in rows) if c is not None]

    def keep_mine(self, change_id: str) -> None:
        """Write my refused values again, on top of the store's version."""

        def body(session: Session) -> None:
            rejection, row = _pair(session, change_id)
            mine = from_data(type(row), dict(rejection.data or {}))
            for key, value in mine.items():
                if key not in _NOT_COMPARED:
                    setattr(row, key, value)
            row.deleted = False
            record_change(session, row)
            rejection.seen = True

        self._writer.run(body)

    def take_theirs(self, change_id: str) -> None:
        """Keep the store's copy (already here); my refused change is set aside."""

        def body(session: Session) -> None:
            rejection, _row = _pair(session, change_id)
            rejection.seen = True

        self._writer.run(body)


def _pair(session: Session, change_id: str) -> tuple[Rejection, Synced]:
    rejection = session.get(Rejection, change_id)
    model = ENTITIES.get(rejection.entity) if rejection is not None else None
    row = session.get(model, rejection.entity_id) if rejection and model else None
    if rejection is None or row is None:
        raise NotFound("This conflict is no longer on this computer.", id=change_id)
    return rejection, row


def _conflict(session: Session, rejection: Rejection) -> Conflict | None:
    model = ENTITIES.get(rejection.entity)
    if model is None or rejection.entity not in OWNED:
        return None
    row = session.get(model, rejection.entity_id)
    if row is None:
        return None
    theirs = to_data(row)
    mine = dict(rejection.data or {})
    differences = tuple(
        FieldDifference(key, mine.get(key), theirs.get(key))
        for key in data_columns(model)
        if key not in _NOT_COMPARED and key in mine and mine.get(key) != theirs.get(key)
    )
    title = str(theirs.get("title") or theirs.get("question") or mine.get("title") or "")
    return Conflict(
        rejection.change_id,
        rejection.entity,
        rejection.entity_id,
        title,
        differences,
        bool(row.deleted),
    )
