"""The secretariat's services on one laptop store, built when the prepare mode first opens."""

from __future__ import annotations

from dataclasses import dataclass

from meetings_app.app.prepare.agenda import AgendaPlanner
from meetings_app.app.prepare.conflicts import ConflictsService
from meetings_app.app.prepare.documents import DocumentDesk
from meetings_app.app.prepare.meetings import MeetingEditor
from meetings_app.app.prepare.outputs import OutputsService
from meetings_app.app.prepare.people import ParticipantsDesk
from meetings_app.app.prepare.publication import Publication
from meetings_app.app.prepare.requests import RequestsDesk
from meetings_app.app.publishing import PublishingService
from meetings_app.app.reports import ReportsService
from meetings_app.app.services import ClientServices, blob_cache


@dataclass
class PrepareServices:
    """What the prepare workspace asks for; every write goes through the one local writer."""

    client: ClientServices
    meetings: MeetingEditor
    agenda: AgendaPlanner
    documents: DocumentDesk
    publication: Publication
    people: ParticipantsDesk
    requests: RequestsDesk
    outputs: OutputsService
    conflicts: ConflictsService

    @classmethod
    def build(
        cls, client: ClientServices, publishing: PublishingService | None = None
    ) -> PrepareServices:
        """``publishing``: the member services' one (it holds the store's uploader);
        without it (no account yet) files are kept here and uploaded after sign-in."""
        engine, writer = client.engine, client.writer
        if publishing is None:
            publishing = PublishingService(engine, writer, blob_cache(client.folder, client.cipher))
        return cls(
            client=client,
            meetings=MeetingEditor(engine, writer),
            agenda=AgendaPlanner(engine, writer),
            documents=DocumentDesk(engine, writer, publishing),
            publication=Publication(engine, writer),
            people=ParticipantsDesk(engine, writer),
            requests=RequestsDesk(engine, writer),
            conflicts=ConflictsService(engine, writer),
            outputs=OutputsService(
                engine,
                ReportsService(engine, client.documents.read_pdf, writer.person_id, writer=writer),
            ),
        )
