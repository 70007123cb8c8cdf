"""The store's side of running a meeting: who may change what, and the item clock.

Hooked into the push of a ``meeting`` record (``server.push``): the chair (who does not
edit the meeting) may change only :data:`~meetings_app.domain.meeting_run.RUN_FIELDS`;
for everyone the status moves forward only, the current item must be one of the
meeting's own, and the store keeps the item clock on its own clock (``item_started_at``
and the seconds spent per item, ``item_times``), so a laptop's wrong clock changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from meetings_app.domain.codes import Code
from meetings_app.domain.enums import MeetingStatus, MinutesState
from meetings_app.domain.errors import Invalid
from meetings_app.domain.meeting_run import RUN_FIELDS, check_run_move, item_times_after_move
from meetings_app.domain.minutes_flow import required
from meetings_app.domain.models import AgendaItem, Meeting
from meetings_app.domain.rules import Action
from meetings_app.server.visibility import Viewer

_RUNNING = frozenset({MeetingStatus.IN_PROGRESS.value, MeetingStatus.CLOSED.value})


def runner_may_change(viewer: Viewer, meeting: Any, values: dict[str, Any], deleted: bool) -> bool:
    """True when a person running (not editing) the meeting may make this change."""
    if meeting is None or deleted or not viewer.may(meeting.id, Action.RUN_MEETING):
        return False
    changed = {k for k, v in values.items() if getattr(meeting, k) != v}
    if "status" in changed and values["status"] not in _RUNNING:
        return False
    return changed <= RUN_FIELDS


def attendance_may_change(
    viewer: Viewer, meeting_id: str, participant: Any, values: dict[str, Any], deleted: bool
) -> bool:
    """Those who run a meeting record who is present (and nothing else of a participant)."""
    if participant is None or deleted or not viewer.may(meeting_id, Action.RUN_MEETING):
        return False
    return {k for k, v in values.items() if getattr(participant, k) != v} <= {"present"}


def after_meeting_change(
    session: Session, meeting: Meeting, before: dict[str, Any], now: dt.datetime
) -> None:
    """Check a stored meeting change and move the item clock (raises ``Invalid``)."""
    old_status = before.get("status", meeting.status)
    if old_status != meeting.status and {old_status, meeting.status} & _RUNNING:
        check_run_move(old_status, meeting.status)
    old_item = before.get("current_item_id", meeting.current_item_id)
    if meeting.current_item_id != old_item:
        _check_item(session, meeting)
    running = meeting.status == MeetingStatus.IN_PROGRESS
    was_running = old_status == MeetingStatus.IN_PROGRESS
    if was_running and (meeting.current_item_id != old_item or not running):
        started = meeting.item_started_at
        elapsed = (now - started).total_seconds() if started is not None else 0.0
        meeting.item_times = item_times_after_move(meeting.item_times or {}, old_item, elapsed)
    if running and (meeting.current_item_id != old_item or not was_running):
        meeting.item_started_at = now if meeting.current_item_id else None
    if not running:
        meeting.item_started_at = None


def _check_item(session: Session, meeting: Meeting) -> None:
    item_id = meeting.current_item_id
    if item_id is None:
        return
    item = session.get(AgendaItem, item_id)
    if item is None or item.deleted or item.meeting_id != meeting.id:
        raise Invalid(
            "The current item must be one of this meeting's agenda items.",
            code=Code.NOT_AN_ITEM,
            field="current_item_id",
        )


def minutes_may_change(
    viewer: Viewer, meeting_id: str, existing: Any, values: dict[str, Any], deleted: bool
) -> bool:
    """The secretary writes and publishes minutes; the chair approves them (state only)."""
    current = existing.state if existing is not None else MinutesState.DRAFT.value
    needs = required(current, str(values.get("state", current)))
    if needs == "approve":
        changed = {k for k, v in values.items() if getattr(existing, k) != v}
        return (
            existing is not None
            and not deleted
            and changed <= {"state"}
            and viewer.may(meeting_id, Action.APPROVE_MINUTES)
        )
    return viewer.may(meeting_id, Action.PUBLISH_MINUTES)
