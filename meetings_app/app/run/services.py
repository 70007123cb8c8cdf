"""The services of meeting mode, built together on one laptop store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.run.attendance import AttendanceService
from meetings_app.app.run.live_votes import LiveVotesService
from meetings_app.app.run.meeting_run import MeetingRunService
from meetings_app.app.run.minutes import MinutesService
from meetings_app.app.run.speakers import SpeakerQueueService


@dataclass
class RunServices:
    meeting: MeetingRunService
    votes: LiveVotesService
    speakers: SpeakerQueueService
    attendance: AttendanceService
    minutes: MinutesService

    @classmethod
    def build(
        cls,
        engine: Engine,
        writer: LocalWriter,
        person_id: str,
        now: Callable[[], dt.datetime],
        connected: Callable[[str], set[str]] | None = None,
    ) -> RunServices:
        """``now`` is the store's time as best known (``SyncService.store_now``);
        ``connected(meeting_id)`` asks the store who is connected (``SyncClient.presence``)."""
        votes = LiveVotesService(engine, writer, person_id, now=now)
        speakers = SpeakerQueueService(engine, writer, person_id, now=now)
        attendance = AttendanceService(engine, writer, person_id, connected)
        return cls(
            meeting=MeetingRunService(engine, writer, person_id, now=now),
            votes=votes,
            speakers=speakers,
            attendance=attendance,
            minutes=MinutesService(engine, writer, person_id, attendance, speakers, votes),
        )
