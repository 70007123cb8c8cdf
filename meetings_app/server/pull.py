"""Pull: "changes after cursor N that this person may see", in seq order, in pages.

The feed holds pointers (entity, id, version); a page carries each row's current state,
once, at the entry matching its current version (older entries of the same row are
skipped: a newer one follows). Purge entries go only to the person who lost access.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import ENTITIES, FeedEntry, Person, Synced
from meetings_app.server.visibility import Viewer, wire_data
from meetings_app.sync.wire import Change, PullResponse


def pull(
    session: Session, person: Person, cursor: int, limit: int, now: dt.datetime
) -> PullResponse:
    """The changes after ``cursor`` this person may see, at most ``limit``, in feed order.

    Rows are sent in their current state, filtered by :class:`Viewer` (drafts, classification,
    invitations); purge entries addressed to this person are included. When nothing visible
    is left, the cursor moves to the feed's head so an idle client never rescans.
    """
    viewer = Viewer(session, person, now)
    scope = FeedEntry.purge_person_id.is_(None)
    if viewer.sees_all_meetings:
        base = or_(FeedEntry.purge_person_id.is_(None), FeedEntry.purge_person_id == person.id)
    else:
        meetings = viewer.meeting_ids()
        visible = or_(FeedEntry.meeting_id.is_(None), FeedEntry.meeting_id.in_(meetings))
        base = or_(
            FeedEntry.purge_person_id == person.id,
            scope & visible,
        )
    changes: list[Change] = []
    position = cursor
    window = max(limit * 2, 200)
    full = False
    while not full:
        entries = list(
            session.execute(
                select(FeedEntry)
                .where(FeedEntry.seq > position, base)
                .order_by(FeedEntry.seq)
                .limit(window)
            ).scalars()
        )
        if not entries:
            break
        rows = _load(session, entries)
        for entry in entries:
            if len(changes) >= limit:
                full = True
                break
            position = entry.seq
            if entry.purge_person_id is not None:
                changes.append(
                    Change(
                        seq=entry.seq,
                        entity=entry.entity,
                        id=entry.entity_id,
                        version=0,
                        deleted=True,
                        purge=True,
                        data={"meeting_id": entry.meeting_id},
                    )
                )
                continue
            row = rows.get((entry.entity, entry.entity_id))
            if row is None or row.version != entry.version or not viewer.sees(row):
                continue
            changes.append(
                Change(
                    seq=entry.seq,
                    entity=entry.entity,
                    id=row.id,
                    version=row.version,
                    deleted=row.deleted,
                    data=wire_data(row, viewer),
                )
            )
        if len(entries) < window:
            break
    more = (
        session.execute(
            select(FeedEntry.seq).where(FeedEntry.seq > position, base).limit(1)
        ).first()
        is not None
    )
    if not more:
        # Nothing visible after ``position`` in this snapshot: move to the head, so an idle
        # client does not rescan other meetings' entries next time, and a cursor from past
        # the head (a store restored from an older backup) comes back to it instead of
        # waiting for the feed to catch up with a number it may never reach.
        head = session.execute(
            select(FeedEntry.seq).order_by(FeedEntry.seq.desc()).limit(1)
        ).scalar()
        position = int(head or 0)
    return PullResponse(changes=changes, cursor=position, more=more)


def _load(session: Session, entries: list[FeedEntry]) -> dict[tuple[str, str], Synced]:
    wanted: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry.purge_person_id is None and entry.entity in ENTITIES:
            wanted[entry.entity].add(entry.entity_id)
    out: dict[tuple[str, str], Synced] = {}
    for entity, ids in wanted.items():
        model = ENTITIES[entity]
        for row in session.execute(select(model).where(model.id.in_(ids))).scalars():
            out[(entity, row.id)] = row
    return out
