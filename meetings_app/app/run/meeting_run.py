"""Running a meeting from the laptop: start, end, move the current item, see the clocks.

Each action writes the meeting row through the same local write path and outbox as a
member's marks (so it works offline and syncs like everything else); the store checks
it (``server.meeting_run``) and keeps the item clock on its own time. Times shown here
are computed against ``now()``, which the window sets to the store's clock as the
event stream reports it, so a laptop whose clock is wrong still shows true durations.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.actors import person_may
from meetings_app.app.run.base import RunService
from meetings_app.domain.enums import MeetingStatus
from meetings_app.domain.errors import Forbidden, NotFound
from meetings_app.domain.meeting_run import check_run_move
from meetings_app.domain.models import AgendaItem, Meeting
from meetings_app.domain.rules import Action
from meetings_app.sync.local import pending_for


@dataclass(frozen=True)
class ItemClock:
    """One agenda item in meeting order, with the time planned and the time spent."""

    id: str
    number: str
    title: str
    presenter: str
    planned_s: int
    spent_s: float
    """Seconds spent so far, the running item's current stretch included."""
    current: bool

    @property
    def over(self) -> bool:
        return self.planned_s > 0 and self.spent_s > self.planned_s


@dataclass(frozen=True)
class RunState:
    """A meeting as the person running it sees it."""

    meeting_id: str
    title: str
    status: str
    quorum: str
    current_item_id: str | None
    items: tuple[ItemClock, ...]
    may_run: bool
    pending: bool
    """A change made here has not reached the store yet."""
    chairs: bool = False
    """This person chairs the meeting (approves and signs its minutes)."""

    @property
    def running(self) -> bool:
        return self.status == MeetingStatus.IN_PROGRESS

    def current(self) -> ItemClock | None:
        return next((i for i in self.items if i.current), None)

    def next_item(self) -> ItemClock | None:
        """The item after the current one in meeting order (the first when none is)."""
        ids = [i.id for i in self.items]
        if self.current_item_id not in ids:
            return self.items[0] if self.items else None
        at = ids.index(self.current_item_id)
        return self.items[at + 1] if at + 1 < len(self.items) else None


class MeetingRunService(RunService):
    """Reads and writes of the person running one meeting, on the laptop's store."""

    def state(self, meeting_id: str) -> RunState:
        """The meeting, its items in order and their clocks (raises ``NOT_FOUND``)."""
        with Session(self._engine) as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None or meeting.deleted:
                raise NotFound("This meeting is not on this computer.")
            items = session.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False)
                )
            ).all()
            may_run = person_may(session, self.person_id, meeting_id, Action.RUN_MEETING)
            chairs = person_may(session, self.person_id, meeting_id, Action.APPROVE_MINUTES)
            pending = pending_for(session, meeting_id)
        return RunState(
            meeting_id,
            meeting.title,
            meeting.status,
            meeting.quorum,
            meeting.current_item_id,
            tuple(self._clocks(meeting, list(items))),
            may_run,
            pending,
            chairs,
        )

    def _clocks(self, meeting: Meeting, items: list[AgendaItem]) -> list[ItemClock]:
        spent = dict(meeting.item_times or {})
        running = meeting.status == MeetingStatus.IN_PROGRESS and meeting.item_started_at
        clocks = []
        for number, item in enumerate(_in_order(items), 1):
            seconds = float(spent.get(item.id, 0.0))
            current = item.id == meeting.current_item_id
            if current and running and meeting.item_started_at is not None:
                seconds += max(0.0, (self.now() - meeting.item_started_at).total_seconds())
            clocks.append(
                ItemClock(
                    item.id,
                    str(number),
                    item.title,
                    item.presenter,
                    item.duration_min * 60,
                    seconds,
                    current,
                )
            )
        return clocks

    def start(self, meeting_id: str) -> RunState:
        """Open the meeting on its first item (or the one already current)."""
        state = self.state(meeting_id)
        first = state.current_item_id or (state.items[0].id if state.items else None)
        return self._write(
            meeting_id, status=MeetingStatus.IN_PROGRESS.value, current_item_id=first
        )

    def end(self, meeting_id: str) -> RunState:
        return self._write(meeting_id, status=MeetingStatus.CLOSED.value)

    def move_to(self, meeting_id: str, item_id: str) -> RunState:
        """Make ``item_id`` the item under discussion for everyone."""
        return self._write(meeting_id, current_item_id=item_id)

    def set_quorum(self, meeting_id: str, rule: str) -> RunState:
        return self._write(meeting_id, quorum=rule)

    def _write(self, meeting_id: str, **values: str | None) -> RunState:
        with Session(self._engine) as session:
            if not person_may(session, self.person_id, meeting_id, Action.RUN_MEETING):
                raise Forbidden("Only the chair or the secretary runs this meeting.")
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("This meeting is not on this computer.")
            session.expunge(meeting)
        if "status" in values:
            check_run_move(meeting.status, str(values["status"]))
        for key, value in values.items():
            setattr(meeting, key, value)
        self._writer.save(meeting)
        return self.state(meeting_id)


def _in_order(items: list[AgendaItem]) -> list[AgendaItem]:
    """Top-level items by position, each followed by its sub-items (meeting order)."""
    children: dict[str | None, list[AgendaItem]] = {}
    ids = {i.id for i in items}
    for item in items:
        parent = item.parent_id if item.parent_id in ids else None
        children.setdefault(parent, []).append(item)
    ordered: list[AgendaItem] = []

    def walk(parent: str | None) -> None:
        for item in sorted(children.get(parent, []), key=lambda i: (i.position, i.title)):
            ordered.append(item)
            walk(item.id)

    walk(None)
    return ordered
