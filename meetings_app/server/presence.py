"""Who is connected: laptops with an open event stream, kept in the database.

Each open stream writes its device's row when it opens and on every heartbeat, and
deletes it when it closes; a row not refreshed for :data:`STALE_AFTER` heartbeats belongs
to a laptop that vanished without closing (its network went away). Because the rows
live in the database, every store process behind a load balancer answers alike.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Presence
from meetings_app.store.engine import writer

#: A laptop is connected while its last heartbeat is younger than this many heartbeats.
STALE_AFTER = 3


def seen(engine: Engine, device_id: str, person_id: str, now: dt.datetime) -> None:
    """Record that ``device_id``'s stream is open now (insert or refresh)."""
    with Session(writer(engine)) as session, session.begin():
        row = session.get(Presence, device_id)
        if row is None:
            session.add(Presence(device_id=device_id, person_id=person_id, last_seen=now))
        else:
            row.person_id, row.last_seen = person_id, now


def gone(engine: Engine, device_id: str) -> None:
    """The stream of ``device_id`` closed."""
    with Session(writer(engine)) as session, session.begin():
        session.execute(delete(Presence).where(Presence.device_id == device_id))


def connected_people(
    session: Session, person_ids: set[str], now: dt.datetime, heartbeat_s: float
) -> set[str]:
    """Which of ``person_ids`` have at least one laptop connected now."""
    since = now - dt.timedelta(seconds=heartbeat_s * STALE_AFTER)
    return set(
        session.execute(
            select(Presence.person_id).where(
                Presence.person_id.in_(person_ids), Presence.last_seen >= since
            )
        ).scalars()
    )
