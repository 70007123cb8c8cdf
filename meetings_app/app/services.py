"""The client's services on one local store, wired together once at start-up.

At rest (DESIGN.md, "Security model"): :meth:`ClientServices.open` is handed the laptop's
at-rest cipher (``SessionService.data_cipher``) by the program's wiring; it encrypts the
private columns of the local database (notes, marks, ballot comments, the outbox) and
the blob cache (:class:`~meetings_app.store.sealed_blobs.SealedBlobStore`). Without a
cipher (tests of unrelated behaviour only) both stay plain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from meetings_app.app.agenda_service import AgendaService
from meetings_app.app.annotations_service import AnnotationsService
from meetings_app.app.documents_service import BlobReader, DocumentsService
from meetings_app.app.export import ExportService
from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.meetings_service import MeetingsService
from meetings_app.app.notes import NotesService
from meetings_app.app.polls import PollsService
from meetings_app.app.publishing import HttpBlobUploader, PublishingService
from meetings_app.app.reanchoring import ReanchoringService
from meetings_app.app.refused import RefusedChangesService
from meetings_app.app.search import SearchService, pdf_page_texts
from meetings_app.app.speaking import SpeakingService
from meetings_app.app.sync_service import SyncSteps
from meetings_app.domain.models import SyncState
from meetings_app.security.cipher import AesGcmCipher
from meetings_app.store import migrate
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import make_engine, set_field_cipher, sqlite_url
from meetings_app.store.sealed_blobs import SealedBlobStore
from meetings_app.sync.boards import fetch_board

DB_NAME = "client.db"
BLOB_DIR = "blobs"


@dataclass
class ClientServices:
    """Everything the window asks for, on one laptop store (no widgets, no network)."""

    folder: Path
    engine: Engine
    blobs: BlobReader
    writer: LocalWriter
    meetings: MeetingsService
    agenda: AgendaService
    documents: DocumentsService
    annotations: AnnotationsService
    cipher: AesGcmCipher | None = None
    """The at-rest cipher (None only in tests that do not care about encryption)."""

    @classmethod
    def open(
        cls,
        folder: Path,
        person_id: str | None = None,
        blobs: BlobReader | None = None,
        cipher: AesGcmCipher | None = None,
    ) -> ClientServices:
        """Open (creating and migrating if needed) the store in ``folder``.

        With ``cipher`` the private columns and the blob cache are encrypted at rest.
        Raises ``StoreError`` (codes ``DB_CORRUPT``, ``DATA_DIR_NOT_WRITABLE`` …) with a
        plain sentence; nothing is changed when it does.
        """
        engine = make_engine(sqlite_url(folder / DB_NAME))
        set_field_cipher(engine, cipher)
        migrate.upgrade(engine, "local")
        person_id = person_id or stored_value(engine, "person_id")
        reader = blobs if blobs is not None else blob_cache(folder, cipher)
        writer = LocalWriter(engine, person_id)
        return cls(
            folder=folder,
            engine=engine,
            blobs=reader,
            writer=writer,
            meetings=MeetingsService(engine),
            agenda=AgendaService(engine),
            documents=DocumentsService(engine, reader),
            annotations=AnnotationsService(engine, writer),
            cipher=cipher,
        )

    @property
    def person_id(self) -> str | None:
        return self.writer.person_id

    def set_person(self, person_id: str | None) -> None:
        self.writer.person_id = person_id

    def close(self) -> None:
        self.engine.dispose()


def blob_cache(folder: Path, cipher: AesGcmCipher | None) -> BlobStore | SealedBlobStore:
    """The laptop's blob cache in ``folder``: encrypted with ``cipher`` (plain without)."""
    if cipher is None:
        return BlobStore(folder / BLOB_DIR)
    return SealedBlobStore(folder / BLOB_DIR, cipher)


def stored_value(engine: Engine, key: str) -> str | None:
    """A value the sync client keeps in ``sync_state`` (person id, device id, …)."""
    with Session(engine) as session:
        row = session.get(SyncState, key)
        return row.value if row is not None else None


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
