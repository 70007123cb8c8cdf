"""The client's services on one local store, wired together once at start-up.

At rest (DESIGN.md, "Security model"): :meth:`ClientServices.open` is handed the laptop's
at-rest cipher (``SessionService.data_cipher``) by the program's wiring; it encrypts the
private columns of the local database (notes, marks, ballot comments, the outbox) and
the blob cache (:class:`~meetings_app.store.sealed_blobs.SealedBlobStore`). Without a
cipher (tests of unrelated behaviour only) both stay plain.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from meetings_app.app.agenda_service import AgendaService
from meetings_app.app.annotations_service import AnnotationsService
from meetings_app.app.documents_service import BlobReader, DocumentsService
from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.meetings_service import MeetingsService
from meetings_app.domain.models import SyncState
from meetings_app.security.cipher import AesGcmCipher
from meetings_app.store import migrate
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import make_engine, set_field_cipher, sqlite_url
from meetings_app.store.sealed_blobs import SealedBlobStore

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
