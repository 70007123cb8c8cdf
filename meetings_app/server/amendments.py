"""Holding a published meeting's amendments on the store, and releasing them.

The rule and its data live in :mod:`meetings_app.domain.amendments`; this module applies
it to stored rows during a push: each organiser's write to a published meeting's agenda,
documents or details is noted on the meeting (announced again to the organisers only, at
the same version, so no other secretary's edit of the meeting becomes a conflict), and a
meeting push carrying ``release_amendments`` publishes or discards them all at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from meetings_app.domain import amendments as rule
from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import ENTITIES, Document, DocumentVersion, Meeting, Synced
from meetings_app.security.audit import append_event
from meetings_app.server.visibility import Viewer
from meetings_app.store.feed import append_feed, meeting_of, reemit
from meetings_app.sync.wire import entity_name, from_data


def wire_value(value: Any) -> Any:
    """A held value as the wire carries it (times in UTC, so equal instants compare equal)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    return value


def _title(session: Session, row: Synced) -> str:
    if isinstance(row, DocumentVersion):
        doc = session.get(Document, row.document_id)
        return doc.title if doc else row.filename
    return str(getattr(row, "title", ""))


def hold(session: Session, row: Synced, before: dict[str, Any], created: bool) -> list[int]:
    """Note one applied write on its meeting if the meeting is published; feed sequences.

    ``before``: the row's values before the write (empty for a new row), ``status``
    included for a meeting, so the write that publishes a meeting is not itself held.
    """
    entity = entity_name(row)
    if entity not in rule.HELD_FIELDS:
        return []
    meeting_id = meeting_of(session, row)
    meeting = session.get(Meeting, meeting_id) if meeting_id else None
    if meeting is None:
        return []
    status = before.get("status", meeting.status) if row is meeting else meeting.status
    if status not in rule.AMENDABLE:
        return []
    entries = list(meeting.amendments or [])
    if row.deleted:
        updated = rule.forget(entries, entity, row.id)
    else:
        fields = [k for k in rule.HELD_FIELDS[entity] if k in before]
        updated = rule.note_change(
            entries,
            entity,
            row.id,
            _title(session, row),
            created=created,
            before={k: wire_value(before[k]) for k in fields},
            after={k: wire_value(getattr(row, k)) for k in fields},
        )
    if updated == entries:
        return []
    meeting.amendments = updated
    if row is meeting:
        return []  # the meeting's own write announces it
    session.flush()
    return [reemit(session, meeting, meeting.id)]


def drop_echoes(viewer: Viewer, row: Synced | None, values: dict[str, Any]) -> None:
    """Forget pushed values that only echo what the caller was given for held fields.

    A participant's laptop holds the published values of a held row and sends them back
    with its own change (the chair starting the meeting pushes the whole meeting row):
    those are not changes, and must neither undo the amendment nor count as an edit.
    """
    if row is None:
        return
    meeting_id = meeting_of(viewer.session, row)
    entry = viewer.held(meeting_id, entity_name(row), row.id) if meeting_id else None
    if entry is None:
        return
    for key, published in dict(entry["before"]).items():
        if key in values and wire_value(values[key]) == published:
            del values[key]


def release(
    session: Session, meeting: Meeting, how: object, person_id: str, now: dt.datetime
) -> list[int]:
    """Publish (every held row reaches participants, with one notice) or discard (the held
    values come back, new rows are withdrawn) the meeting's amendments; feed sequences."""
    if how not in rule.RELEASES:
        raise Invalid("release_amendments must be publish or discard.", field="release_amendments")
    entries = list(meeting.amendments or [])
    seqs: list[int] = []
    notes: dict[str, str] = {}
    for entry in entries:
        row = session.get(ENTITIES[entry["entity"]], entry["id"])
        if row is None:
            continue
        if isinstance(row, DocumentVersion):
            notes[row.document_id] = row.change_note
        if how == "discard":
            _undo(row, entry)
        if row is not meeting:  # the meeting's own push announces it
            row.version = (row.version or 0) + 1
            session.flush()
            seqs.append(append_feed(session, entry["entity"], row.id, row.version, meeting.id))
    if how == "publish" and entries:
        meeting.amendment_notice = {
            "at": now.isoformat(),
            "changes": rule.notice_changes(entries, notes),
        }
    meeting.amendments = []
    append_event(
        session,
        f"amendments.{how}",
        actor_id=person_id,
        entity="meeting",
        entity_id=meeting.id,
        details={"count": len(entries)},
        at=now,
    )
    return seqs


def _undo(row: Synced, entry: dict[str, Any]) -> None:
    if entry.get("new"):
        row.deleted = True
        return
    for key, value in from_data(type(row), dict(entry["before"])).items():
        setattr(row, key, value)
