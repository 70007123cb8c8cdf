"""What the pulls at one feed head share, computed once per process instead of once per pull.

After one event, every connected laptop pulls from the same cursor to the same head, in
the same second: 300 laptops asked the database the same questions 300 times (the feed
entries after the cursor, their rows, each meeting's status and agenda tree, whether a
poll is due). A :class:`Snapshot` answers those once per head: the feed below a head
never changes (sequence numbers commit in order, with no gaps, and every change to a
synced row appends an entry), so what was read at head H in one transaction is what
any later transaction reads at head H. What depends on the person (participation,
visibility, purges) is still decided per pull, by the same :class:`Viewer` rules.

A snapshot is filled by the first pull that needs a part of it while the others wait
(one query instead of a stampede), and the cache keeps the few newest heads only.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetings_app.domain.ballots import PollState
from meetings_app.domain.models import AgendaItem, FeedEntry, Poll, Synced
from meetings_app.store.feed import feed_head

#: the longest span (head - cursor) answered from a snapshot; a laptop further behind
#: pulls through the ordinary paged path
SHARED_SPAN = 200

Rows = dict[tuple[str, str], Synced]

_UNKNOWN: Any = object()


class Snapshot:
    """The shared reads of the store at one feed head."""

    def __init__(self, head: int) -> None:
        self.head = head
        self.statuses: dict[str, str | None] = {}
        """Meeting id → status (``Viewer`` fills it)."""
        self.items: dict[str, dict[str, AgendaItem]] = {}
        """Meeting id → its agenda items (``Viewer`` fills it)."""
        self._spans: dict[int, tuple[list[FeedEntry], Rows]] = {}
        self._next_due: dt.datetime | None = _UNKNOWN
        self._lock = threading.Lock()

    def polls_due(self, session: Session, now: dt.datetime) -> bool:
        """Whether some open poll is past its deadline at ``now`` (read once per head)."""
        if self._next_due is _UNKNOWN:
            with self._lock:
                if self._next_due is _UNKNOWN:
                    self._next_due = session.execute(
                        select(func.min(Poll.closes_at)).where(
                            Poll.state == PollState.OPEN.value, Poll.closes_at.is_not(None)
                        )
                    ).scalar()
        return self._next_due is not None and self._next_due <= now

    def span(
        self, session: Session, cursor: int, load: Callable[[Session, list[FeedEntry]], Rows]
    ) -> tuple[list[FeedEntry], Rows]:
        """Every feed entry after ``cursor`` up to the head, and the rows they point to."""
        found = self._spans.get(cursor)
        if found is None:
            with self._lock:
                found = self._spans.get(cursor)
                if found is None:
                    entries = list(
                        session.execute(
                            select(FeedEntry).where(FeedEntry.seq > cursor).order_by(FeedEntry.seq)
                        ).scalars()
                    )
                    found = self._spans[cursor] = (entries, load(session, entries))
        return found


class PullCache:
    """The snapshots of the newest few heads of one store process."""

    def __init__(self, keep: int = 4) -> None:
        self._keep = keep
        self._snapshots: OrderedDict[int, Snapshot] = OrderedDict()
        self._lock = threading.Lock()

    def at(self, session: Session) -> Snapshot:
        """The snapshot of the head ``session`` sees (its first read fixes its snapshot)."""
        head = feed_head(session)
        with self._lock:
            snap = self._snapshots.get(head)
            if snap is None:
                snap = self._snapshots[head] = Snapshot(head)
                while len(self._snapshots) > self._keep:
                    self._snapshots.popitem(last=False)
            return snap
