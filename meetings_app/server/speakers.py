"""The speakers' queue on the store: its order and the times of each turn, on its clock.

A request's owner asks and withdraws; the chair (who may give the floor) changes its
state and its place (``queue_key``). The store stamps when a request arrived (which is
its first place in the queue, whatever the laptop's clock said), when the floor was
given and when the turn ended, so every screen shows the same order and times.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from meetings_app.domain.models import SpeakerRequest

#: What the chair may change on someone else's request.
FLOOR_FIELDS = frozenset({"state", "queue_key"})


def before_change(existing: Any) -> dict[str, Any]:
    """What :func:`after_change` compares with (read before the change is applied)."""
    if not isinstance(existing, SpeakerRequest):
        return {}
    return {"state": existing.state, "queue_key": existing.queue_key}


def after_change(
    row: SpeakerRequest, before: dict[str, Any], *, may_order: bool, now: dt.datetime
) -> None:
    """Stamp arrival, floor and end times; keep the store's order unless the person may
    set it (a member cannot move themselves up)."""
    if not before:
        row.requested_at = now
        row.queue_key = now.timestamp()
        return
    if not may_order:
        row.queue_key = before["queue_key"]
    if row.state != before["state"]:
        if row.state == "speaking":
            row.floor_at, row.ended_at = now, None
        elif before["state"] == "speaking":
            row.ended_at = now
