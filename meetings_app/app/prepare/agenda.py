"""The agenda as the secretariat plans it: a tree of items saved as the rows that differ.

The builder edits a tree in memory (with undo) and hands the whole plan here after each
step; :meth:`AgendaPlanner.save` writes only the items whose fields, parent or position
changed, plus a tombstone for each item no longer in the plan, in one local transaction.
Each written row carries the version this laptop holds, so a plan saved on top of another
secretary's newer edit is refused by the store with ``CONFLICT`` (never a silent overwrite).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.access import organised_meeting
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import DEFAULT_TIME_ZONE, AgendaItem, Meeting
from meetings_app.sync.local import record_change

MAX_DURATION_MIN = 24 * 60


@dataclass(frozen=True)
class PlannedItem:
    """One agenda item of the plan; ``position`` is its place among its siblings."""

    id: str
    parent_id: str | None
    position: int
    title: str
    presenter: str = ""
    duration_min: int = 0


@dataclass(frozen=True)
class AgendaPlan:
    """A meeting's agenda, in tree order (a parent before its children), and when the
    meeting starts (for the running times), in its own zone."""

    meeting_id: str
    items: tuple[PlannedItem, ...]
    starts_at: dt.datetime | None
    time_zone: str


def _planned(item: AgendaItem) -> PlannedItem:
    return PlannedItem(
        id=item.id,
        parent_id=item.parent_id,
        position=item.position,
        title=item.title,
        presenter=item.presenter,
        duration_min=item.duration_min,
    )


def tree_order(items: list[PlannedItem]) -> list[PlannedItem]:
    """Parents before children, siblings by position; an item whose parent is missing is
    taken as a top-level item (never dropped)."""
    ids = {i.id for i in items}
    children: dict[str | None, list[PlannedItem]] = {}
    for item in items:
        parent = item.parent_id if item.parent_id in ids else None
        children.setdefault(parent, []).append(item)
    out: list[PlannedItem] = []

    def walk(parent: str | None) -> None:
        for child in sorted(children.get(parent, []), key=lambda i: (i.position, i.title)):
            out.append(child)
            walk(child.id)

    walk(None)
    return out


class AgendaPlanner:
    """Reads and saves agendas on the laptop store (no network)."""

    def __init__(self, engine: Engine, writer: LocalWriter) -> None:
        self._engine = engine
        self._writer = writer

    def _require(self, session: Session, meeting_id: str) -> Meeting:
        return organised_meeting(
            session,
            self._writer.person_id,
            meeting_id,
            "Only the secretariat may change this agenda.",
        )

    def plan(self, meeting_id: str) -> AgendaPlan:
        with Session(self._engine) as session:
            meeting = self._require(session, meeting_id)
            rows = session.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False)
                )
            ).all()
            return AgendaPlan(
                meeting_id,
                tuple(tree_order([_planned(r) for r in rows])),
                meeting.starts_at,
                meeting.time_zone or DEFAULT_TIME_ZONE,
            )

    def save(self, meeting_id: str, items: list[PlannedItem]) -> int:
        """Make the stored agenda equal to ``items``; returns how many rows were written."""
        for item in items:
            _check(item)
        written = 0

        def body(session: Session) -> None:
            nonlocal written
            self._require(session, meeting_id)
            stored = {
                r.id: r
                for r in session.scalars(
                    select(AgendaItem).where(
                        AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False)
                    )
                )
            }
            for item in tree_order(items):
                row = stored.pop(item.id, None)
                if row is not None and _planned(row) == item:
                    continue
                row = row or AgendaItem(id=item.id, meeting_id=meeting_id, version=0)
                _fill(row, item)
                record_change(session, row)
                written += 1
            for gone in stored.values():
                record_change(session, gone, deleted=True)
                written += 1

        self._writer.run(body)
        return written


def _check(item: PlannedItem) -> None:
    if not item.title.strip():
        raise Invalid("An agenda item needs a title.", code=Code.TITLE_REQUIRED, field="title")
    if not 0 <= item.duration_min <= MAX_DURATION_MIN:
        raise Invalid("A duration is from 0 to 1440 minutes.", field="duration_min")


def _fill(row: AgendaItem, item: PlannedItem) -> None:
    row.parent_id = item.parent_id
    row.position = item.position
    row.title = item.title.strip()
    row.presenter = item.presenter.strip()
    row.duration_min = item.duration_min
