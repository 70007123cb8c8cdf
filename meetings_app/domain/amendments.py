"""Amendments to a published meeting: what the store holds back from participants until the
secretariat publishes it, and the one notice that then tells them what changed.

Why this shape: a participant's laptop already holds the published meeting, so an edit
must not simply vanish from the feed (a new laptop would never receive the row); instead
the store keeps, on the meeting row itself, one entry per held row with the values
participants still see (``Meeting.amendments``, sent to the organisers only). The pull
filter hides held new rows from participants and lays the held ``before`` values over
changed ones, so the store, not the client, keeps amendments pending (as it keeps drafts).
Publishing them announces every held row again and writes ``Meeting.amendment_notice``;
discarding them puts the ``before`` values back and withdraws the new rows.

Deletions and changes of who may read (classification, recipients, policy, invitations)
are never held: taking access away must not wait for a publication.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

#: meeting statuses in which changes are held (before publication the whole meeting is a draft)
AMENDABLE = frozenset({"published", "in_progress"})

#: entity → the fields whose changes are held (participants see the published values)
HELD_FIELDS: Mapping[str, tuple[str, ...]] = {
    "meeting": ("title", "starts_at", "ends_at", "location", "time_zone"),
    "agenda_item": ("title", "presenter", "duration_min", "position", "parent_id"),
    "document": ("title", "current_version_id"),
    "document_version": (),
}

#: what a ``release_amendments`` instruction on a meeting push may say
RELEASES = ("publish", "discard")

_TIME_FIELDS = frozenset({"starts_at", "ends_at", "time_zone"})


class Change(StrEnum):
    """What one amendment does, as the notice and the secretariat's list name it."""

    ITEM_ADDED = "item_added"
    ITEM_CHANGED = "item_changed"
    DOCUMENT_ADDED = "document_added"
    DOCUMENT_REPLACED = "document_replaced"
    DOCUMENT_CHANGED = "document_changed"
    VERSION_ADDED = "version_added"
    TIME_CHANGED = "time_changed"
    MEETING_CHANGED = "meeting_changed"


_ADDED = {
    "agenda_item": Change.ITEM_ADDED,
    "document": Change.DOCUMENT_ADDED,
    "document_version": Change.VERSION_ADDED,
}


def _kind(entity: str, fields: set[str]) -> Change:
    if entity == "meeting":
        return Change.TIME_CHANGED if fields & _TIME_FIELDS else Change.MEETING_CHANGED
    if entity == "document":
        if "current_version_id" in fields:
            return Change.DOCUMENT_REPLACED
        return Change.DOCUMENT_CHANGED
    return Change.ITEM_CHANGED


def note_change(
    entries: list[dict[str, Any]],
    entity: str,
    row_id: str,
    title: str,
    *,
    created: bool,
    before: dict[str, Any],
    after: dict[str, Any],
) -> list[dict[str, Any]]:
    """The meeting's held entries after one write of a row (a new list; ``entries`` is kept).

    ``before``/``after``: the row's held fields (wire values) around the write, for an
    existing row. The first ``before`` of a field is kept across later edits; a field edited
    back to it is no longer held, and a row with nothing left held leaves the list.
    """
    out = [dict(e) for e in entries]
    found = next((e for e in out if e["entity"] == entity and e["id"] == row_id), None)
    if created:
        if found is None and entity in _ADDED:
            out.append(_entry(entity, row_id, title, _ADDED[entity], new=True, before={}))
        return out
    if found is not None and found.get("new"):
        found["title"] = title
        return out
    held = dict(found["before"]) if found else {}
    for key, value in before.items():
        held.setdefault(key, value)
    held = {k: v for k, v in held.items() if k not in after or after[k] != v}
    if found is not None:
        out.remove(found)
    if held:
        out.append(_entry(entity, row_id, title, _kind(entity, set(held)), new=False, before=held))
    return out


def _entry(
    entity: str, row_id: str, title: str, change: Change, *, new: bool, before: dict[str, Any]
) -> dict[str, Any]:
    return {
        "entity": entity,
        "id": row_id,
        "title": title,
        "change": change.value,
        "new": new,
        "before": before,
    }


def forget(entries: list[dict[str, Any]], entity: str, row_id: str) -> list[dict[str, Any]]:
    """The entries without the row's (it was deleted: deletions take effect at once)."""
    return [dict(e) for e in entries if not (e["entity"] == entity and e["id"] == row_id)]


def notice_changes(entries: list[dict[str, Any]], notes: Mapping[str, str]) -> list[dict[str, Any]]:
    """The lines of the participants' notice: one per amendment a person would name
    (a new version is told as its document replaced, with the version's change note:
    ``notes`` maps a document id to it)."""
    lines: list[dict[str, Any]] = []
    for e in entries:
        if e["change"] == Change.VERSION_ADDED.value:
            continue
        line = {"change": e["change"], "title": e["title"], "id": e["id"]}
        if e["change"] == Change.DOCUMENT_REPLACED.value and notes.get(e["id"]):
            line["note"] = notes[e["id"]]
        lines.append(line)
    return lines
