"""What every meeting-mode service holds, written once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine

from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.clock import utc_now


class RunService:
    """The laptop's store, its one write path (row and outbox together), the person
    running the meeting, and the store's time as best known (the window hands in the sync
    service's, so deadlines and running times follow the store's clock)."""

    def __init__(
        self,
        engine: Engine,
        writer: LocalWriter,
        person_id: str,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._engine = engine
        self._writer = writer
        self.person_id = person_id
        self.now = now
