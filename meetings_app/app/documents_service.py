"""Opening a document version: its bytes from the laptop's blob cache, decrypted in memory.

A cached copy that fails to decrypt or to match its sha256 raises ``BLOB_DAMAGED``
(:class:`~meetings_app.store.sealed_blobs.BlobDamaged`): the copy is removed and marked
not downloaded, so the next sync fetches it again.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, NotFound
from meetings_app.domain.models import Document, DocumentVersion, LocalBlob
from meetings_app.store.engine import writer
from meetings_app.store.sealed_blobs import BlobDamaged


class BlobReader(Protocol):
    """Whatever hands back a blob's plain bytes (the blob store, or its encrypting wrapper)."""

    def read_bytes(self, sha256: str) -> bytes: ...


class DocumentNotDownloaded(AppError):
    code = Code.NOT_DOWNLOADED


class DocumentsService:
    """Reads versions and their bytes; never touches the network."""

    def __init__(self, engine: Engine, blobs: BlobReader) -> None:
        self._engine = engine
        self._blobs = blobs

    def version(self, version_id: str) -> DocumentVersion:
        with Session(self._engine, expire_on_commit=False) as session:
            version = session.get(DocumentVersion, version_id)
            if version is None or version.deleted:
                raise NotFound("This document version is not on this laptop.", id=version_id)
            session.expunge(version)
            return version

    def document(self, document_id: str) -> Document:
        with Session(self._engine, expire_on_commit=False) as session:
            doc = session.get(Document, document_id)
            if doc is None or doc.deleted:
                raise NotFound("This document is not on this laptop.", id=document_id)
            session.expunge(doc)
            return doc

    def is_downloaded(self, version_id: str) -> bool:
        """True when the version's file is complete in this laptop's cache."""
        with Session(self._engine) as session:
            version = session.get(DocumentVersion, version_id)
            if version is None or version.deleted:
                return False
            record = session.get(LocalBlob, version.blob_sha256)
            return record is not None and bool(record.complete)

    def read_pdf(self, version_id: str) -> bytes:
        """The PDF bytes of a version; ``NOT_DOWNLOADED`` when its blob is not complete yet.

        Call from a worker: the blob may be large and decryption costs time.
        """
        version = self.version(version_id)
        with Session(self._engine) as session:
            record = session.get(LocalBlob, version.blob_sha256)
            complete = record is not None and record.complete
        if not complete and not _has(self._blobs, version.blob_sha256):
            raise DocumentNotDownloaded(
                "The document has not been downloaded to this laptop yet.",
                sha256=version.blob_sha256,
            )
        try:
            return self._blobs.read_bytes(version.blob_sha256)
        except BlobDamaged:
            # The cache removed the bad copy; forget it here too, so the next sync
            # downloads it again and the list shows it as not downloaded meanwhile.
            self._forget(version.blob_sha256)
            raise
        except NotFound:
            raise DocumentNotDownloaded(
                "The document has not been downloaded to this laptop yet.",
                sha256=version.blob_sha256,
            ) from None

    def _forget(self, sha256: str) -> None:
        with Session(writer(self._engine)) as session, session.begin():
            record = session.get(LocalBlob, sha256)
            if record is not None:
                record.complete = False


def _has(blobs: BlobReader, sha256: str) -> bool:
    has = getattr(blobs, "has", None)
    return bool(has(sha256)) if callable(has) else False
