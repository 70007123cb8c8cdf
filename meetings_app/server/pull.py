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
from meetings_app.server.pull_cache import SHARED_SPAN, Snapshot
from meetings_app.server.visibility import Viewer, wire_data
from meetings_app.sync.wire import Change, PullResponse


def pull(
    session: Session,
    person: Person,
    cursor: int,
    limit: int,
    now: dt.datetime,
    snap: Snapshot | None = None,
) -> PullResponse:
    """The changes after ``cursor`` this person may see, at most ``limit``, in feed order.

    Rows are sent in their current state, filtered by :class:`Viewer` (drafts, classification,
    invitations); purge entries addressed to this person are included. When nothing visible
    is left, the cursor moves to the feed's head so an idle client never rescans.
    With ``snap`` (the shared reads at the head this session sees), a laptop at most
    :data:`SHARED_SPAN` entries behind is answered from it: the same changes, filtered by
    the same rules, without reading the feed again.
    """
    viewer = Viewer(session, person, now, snap)
    if snap is not None and snap.head - cursor <= min(limit, SHARED_SPAN):
        return _pull_shared(session, viewer, cursor, snap)
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
                changes.append(_purge(entry))
                continue
            change = _visible(entry, rows, viewer)
            if change is not None:
                changes.append(change)
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


def _pull_shared(session: Session, viewer: Viewer, cursor: int, snap: Snapshot) -> PullResponse:
    """Everything after ``cursor`` up to the snapshot's head, for this viewer: at most
    :data:`SHARED_SPAN` entries (no gaps in the feed), so one page holds them all."""
    if cursor >= snap.head:
        return PullResponse(changes=[], cursor=snap.head, more=False)
    entries, rows = snap.span(session, cursor, _load)
    meetings = None if viewer.sees_all_meetings else viewer.meeting_ids()
    changes = []
    for entry in entries:
        if entry.purge_person_id is not None:
            if entry.purge_person_id == viewer.person_id:
                changes.append(_purge(entry))
            continue
        if meetings is not None and entry.meeting_id not in (None, *meetings):
            continue
        change = _visible(entry, rows, viewer)
        if change is not None:
            changes.append(change)
    return PullResponse(changes=changes, cursor=snap.head, more=False)


def _purge(entry: FeedEntry) -> Change:
    return Change(
        seq=entry.seq,
        entity=entry.entity,
        id=entry.entity_id,
        version=0,
        deleted=True,
        purge=True,
        data={"meeting_id": entry.meeting_id},
    )


def _visible(
    entry: FeedEntry, rows: dict[tuple[str, str], Synced], viewer: Viewer
) -> Change | None:
    """The entry's row as a change for this viewer, if it is current and they see it."""
    row = rows.get((entry.entity, entry.entity_id))
    if row is None or row.version != entry.version or not viewer.sees(row):
        return None
    return Change(
        seq=entry.seq,
        entity=entry.entity,
        id=row.id,
        version=row.version,
        deleted=row.deleted,
        data=wire_data(row, viewer),
    )


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
