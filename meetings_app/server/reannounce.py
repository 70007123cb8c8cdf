"""Re-announcing rows when someone gains access, and purge entries when someone loses it.

The pull filter decides per person from rows' current state, so a person who newly may see
a meeting or a document must be told about rows written long before: those rows are
appended to the feed again. A person who no longer may see them gets a purge entry,
addressed to them alone, and their laptop drops its copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Ballot,
    Document,
    DocumentVersion,
    Meeting,
    Minutes,
    Note,
    Participant,
    Person,
    Poll,
    RegisterEntry,
    SpeakerRequest,
)
from meetings_app.domain.rules import may_see_meeting
from meetings_app.server.visibility import Viewer
from meetings_app.store.feed import append_feed, reemit


def purge(session: Session, entity: str, row_id: str, meeting_id: str, person_id: str) -> int:
    """A feed entry telling one person's devices to drop a row (and, for a meeting, all of it)."""
    return append_feed(session, entity, row_id, 0, meeting_id, purge_person_id=person_id)


def annotations_of_document(session: Session, document_id: str) -> list[Annotation]:
    """Every mark on any version of the document (their visibility follows the document)."""
    versions = select(DocumentVersion.id).where(DocumentVersion.document_id == document_id)
    return list(
        session.execute(
            select(Annotation).where(Annotation.document_version_id.in_(versions))
        ).scalars()
    )


def reemit_meeting(session: Session, meeting_id: str) -> list[int]:
    """Announce every row of a meeting again (someone gained access; pull filters per person)."""
    seqs: list[int] = []
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return seqs
    seqs.append(reemit(session, meeting, meeting_id))
    models: tuple[Any, ...] = (
        Participant,
        AgendaItem,
        Document,
        Poll,
        Minutes,
        Note,
        SpeakerRequest,
        RegisterEntry,
    )
    for model in models:
        for row in session.execute(select(model).where(model.meeting_id == meeting_id)).scalars():
            seqs.append(reemit(session, row, meeting_id))
    docs = select(Document.id).where(Document.meeting_id == meeting_id)
    versions = list(
        session.execute(
            select(DocumentVersion).where(DocumentVersion.document_id.in_(docs))
        ).scalars()
    )
    for version in versions:
        seqs.append(reemit(session, version, meeting_id))
    if versions:
        for ann in session.execute(
            select(Annotation).where(Annotation.document_version_id.in_([v.id for v in versions]))
        ).scalars():
            seqs.append(reemit(session, ann, meeting_id))
    polls = select(Poll.id).where(Poll.meeting_id == meeting_id)
    for ballot in session.execute(select(Ballot).where(Ballot.poll_id.in_(polls))).scalars():
        seqs.append(reemit(session, ballot, meeting_id))
    return seqs


def _viewers(session: Session, meeting_id: str, now: dt.datetime) -> list[tuple[str, Viewer]]:
    """(person id, their viewer) for every current participant of the meeting."""
    parts = session.execute(
        select(Participant).where(
            Participant.meeting_id == meeting_id, Participant.deleted.is_(False)
        )
    ).scalars()
    out: list[tuple[str, Viewer]] = []
    for part in list(parts):
        person = session.get(Person, part.person_id)
        if person is not None:
            out.append((part.person_id, Viewer(session, person, now)))
    return out


def _regrant(
    session: Session,
    meeting_id: str,
    now: dt.datetime,
    saw: Callable[[Viewer], bool],
    sees: Callable[[Viewer], bool],
    purge_row: tuple[str, str],
) -> tuple[list[int], bool]:
    """Purge entries for participants who lost sight of something; whether anyone gained it."""
    seqs: list[int] = []
    gained = False
    for person_id, viewer in _viewers(session, meeting_id, now):
        before, after = saw(viewer), sees(viewer)
        if before and not after:
            seqs.append(purge(session, *purge_row, meeting_id, person_id))
        gained = gained or (after and not before)
    return seqs, gained


def meeting_status_changed(
    session: Session, meeting: Meeting, old_status: str, now: dt.datetime
) -> list[int]:
    """A meeting moved (draft → review → published, or back, or was cancelled).

    Whoever newly may see it receives all its rows again; whoever no longer may gets a
    purge entry for the meeting, as when a participation ends.
    """
    seqs, gained = _regrant(
        session,
        meeting.id,
        now,
        lambda v: may_see_meeting(v.actor(meeting.id), old_status),
        lambda v: not meeting.deleted and may_see_meeting(v.actor(meeting.id), meeting.status),
        ("meeting", meeting.id),
    )
    if gained:
        seqs.extend(reemit_meeting(session, meeting.id))
    return seqs


def document_audience_changed(
    session: Session, doc: Document, before: dict[str, Any], now: dt.datetime
) -> list[int]:
    """A document's recipients, classification or agenda item changed (or it was deleted).

    Participants who lost it get a purge entry; if anyone gained it, its versions and the
    marks on them are announced again.
    """
    old = Document(
        id=doc.id,
        meeting_id=doc.meeting_id,
        title=doc.title,
        classification=before.get("classification", doc.classification),
        recipients=before.get("recipients", doc.recipients),
        agenda_item_id=before.get("agenda_item_id", doc.agenda_item_id),
    )
    seqs, gained = _regrant(
        session,
        doc.meeting_id,
        now,
        lambda v: v.sees_document(old),
        lambda v: not doc.deleted and v.sees_document(doc),
        ("document", doc.id),
    )
    if gained:
        for version in session.execute(
            select(DocumentVersion).where(DocumentVersion.document_id == doc.id)
        ).scalars():
            seqs.append(reemit(session, version, doc.meeting_id))
        for ann in annotations_of_document(session, doc.id):
            seqs.append(reemit(session, ann, doc.meeting_id))
    return seqs


def participation_changed(
    session: Session, row: Participant, before: dict[str, Any], created: bool
) -> list[int]:
    """A participation was added, changed (role, invited items) or removed.

    A removal or a narrowing purges the person's copy of the meeting; whenever the person
    (still) takes part, the meeting's rows are announced again so what they now may see
    reaches them.
    """
    seqs: list[int] = []
    lost = row.deleted or (
        not created and any(k in before and before[k] != getattr(row, k) for k in ("role", "items"))
    )
    if lost:
        seqs.append(purge(session, "meeting", row.meeting_id, row.meeting_id, row.person_id))
    if not row.deleted and (created or lost or before.get("deleted")):
        seqs.extend(reemit_meeting(session, row.meeting_id))
    return seqs
