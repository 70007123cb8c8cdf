"""The member's services beside the window's (:class:`MemberServices`), built once the
store is open and the meeting list is filled: they bring in the PDF, report and HTTP
libraries, which start-up does not wait for (:mod:`meetings_app.app.services`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from meetings_app.app.documents_service import DocumentsService
from meetings_app.app.export import ExportService
from meetings_app.app.notes import NotesService
from meetings_app.app.polls import PollsService
from meetings_app.app.publishing import HttpBlobUploader, PublishingService
from meetings_app.app.reanchoring import ReanchoringService
from meetings_app.app.refused import RefusedChangesService
from meetings_app.app.search import SearchService, pdf_page_texts
from meetings_app.app.services import ClientServices, blob_cache
from meetings_app.app.speaking import SpeakingService
from meetings_app.app.sync_service import SyncSteps
from meetings_app.sync.boards import fetch_board


@dataclass
class MemberServices:
    """The member's services beside the window's: ballots, notes, speaking, search,
    export, marks following new versions, and uploads of files published here.

    Built once the signed-in person is known (``person_id`` may be empty before the
    first sign-in: the panels then show nothing of anyone's).
    """

    polls: PollsService
    notes: NotesService
    speaking: SpeakingService
    search: SearchService
    export: ExportService
    reanchoring: ReanchoringService
    publishing: PublishingService
    documents: DocumentsService
    refused: RefusedChangesService

    @classmethod
    def build(
        cls,
        services: ClientServices,
        person_id: str | None,
        device_id: str | None = None,
        server_url: str | None = None,
        token: Callable[[], str | None] | None = None,
    ) -> MemberServices:
        person = person_id or services.person_id or ""
        # No signer here: the sync client signs each ballot at push time with the device
        # key it shares with the session (same secret store, same key name).
        notes = NotesService(services.engine, services.writer, person)
        search = SearchService(services.engine, person)
        notes.listeners.append(search.index_note)
        uploader = HttpBlobUploader(server_url, token) if server_url and token is not None else None
        return cls(
            polls=PollsService(
                services.engine,
                services.writer,
                person,
                device_id,
                board=partial(fetch_board, server_url) if server_url else None,
            ),
            notes=notes,
            speaking=SpeakingService(services.engine, services.writer, person),
            search=search,
            export=ExportService(services.engine, services.documents.read_pdf, person),
            reanchoring=ReanchoringService(
                services.engine, services.writer, services.documents.read_pdf
            ),
            publishing=PublishingService(
                services.engine,
                services.writer,
                blob_cache(services.folder, services.cipher),
                uploader,
            ),
            documents=services.documents,
            refused=RefusedChangesService(services.engine),
        )

    def sync_steps(self) -> SyncSteps:
        """Upload before each push, carry marks after each pull, index what arrived."""
        page_texts = pdf_page_texts(self.documents.read_pdf)

        def index(progress: Callable[[int, int], None]) -> int:
            return self.search.index_missing(page_texts, self.documents.is_downloaded, progress)

        reanchor = self.reanchoring.reanchor_new_versions if self.search.person_id else None
        return SyncSteps(
            upload_pending=self.publishing.upload_pending, reanchor=reanchor, index=index
        )
