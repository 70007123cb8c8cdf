"""The secretariat's services on one laptop store, built when the prepare mode first opens."""

from __future__ import annotations

from dataclasses import dataclass

from meetings_app.app.prepare.agenda import AgendaPlanner
from meetings_app.app.prepare.meetings import MeetingEditor
from meetings_app.app.services import ClientServices


@dataclass
class PrepareServices:
    """What the prepare workspace asks for; every write goes through the one local writer."""

    client: ClientServices
    meetings: MeetingEditor
    agenda: AgendaPlanner

    @classmethod
    def build(cls, client: ClientServices) -> PrepareServices:
        engine, writer = client.engine, client.writer
        return cls(
            client=client,
            meetings=MeetingEditor(engine, writer),
            agenda=AgendaPlanner(engine, writer),
        )
