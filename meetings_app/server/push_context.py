"""What applying one push request holds: the caller, their view of the store, the feed
entries written so far and the rows read ahead for the ballot fast path."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import Device, Person, Synced
from meetings_app.server.push_prefetch import Prefetched
from meetings_app.server.visibility import Viewer
from meetings_app.store.deferred import add_row
from meetings_app.sync.wire import ENVELOPE


class Superseded(Exception):
    """A change the stored row wins over: an owner-private change older (by hybrid clock)
    than the stored row, or a request for a register line already given. Nothing to do."""

    def __init__(self, row: Synced, message: str = "") -> None:
        self.row = row
        self.message = message


class PushContext:
    """The state one push request's changes are applied in (one write transaction)."""

    def __init__(
        self, session: Session, person: Person, device: Device | None, now: dt.datetime
    ) -> None:
        self.s = session
        self.person = person
        self.device = device
        self.now = now
        self.viewer = Viewer(session, person, now)
        self.seqs: list[int] = []
        """Feed sequence numbers written so far (the route announces the highest)."""
        self._pre: Prefetched | None = None
        self.ready: Prefetched | None = None
        """The rows a batch read ahead for this push's one ballot change
        (:func:`~meetings_app.server.push_prefetch.prefetch_many`); deadlines were
        checked then too."""

    def _new_row(self, model: type[Synced], row_id: str, values: dict[str, Any]) -> Synced:
        """A new row with the pushed values; refused when a required field is missing."""
        for column in sa_inspect(model).columns:
            key = column.key
            if key in ENVELOPE or key in ("updated_at", "updated_by") or key in values:
                continue
            if not column.nullable and column.default is None and column.server_default is None:
                raise Invalid(f"{key} is required to create this record.", field=key)
        row: Any = model()
        row.id, row.version, row.deleted = row_id, 0, False
        for key, value in values.items():
            setattr(row, key, value)
        add_row(self.s, row)
        return row  # type: ignore[no-any-return]
