"""The secretariat's services on one laptop store, built when the prepare mode first opens."""

from __future__ import annotations

from dataclasses import dataclass

from meetings_app.app.prepare.meetings import MeetingEditor
from meetings_app.app.services import ClientServices


@dataclass
class PrepareServices:
    """What the prepare workspace asks for; every write goes through the one local writer."""

    client: ClientServices
    meetings: MeetingEditor

    @classmethod
    def build(cls, client: ClientServices) -> PrepareServices:
        return cls(client=client, meetings=MeetingEditor(client.engine, client.writer))
