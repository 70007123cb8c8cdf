"""The secretariat publishes documents: safe import, local blob, rows via the outbox, upload.

What must hold true:

* a file is read only through the safe importer (:func:`inspect_pdf`, a child process under
  time and memory limits); a refused file raises the importer's ``ImportRefused`` with its
  code (``NOT_PDF``, ``TRUNCATED``, ``ENCRYPTED`` …) and changes nothing stored: no blob,
  no row, no outbox entry;
* the local copy is encrypted at rest like every cached blob (the cache is handed in) and
  is uploaded decrypted on the fly, never written out in clear;
* what is stored is the importer's ``data`` (the sanitised copy when active content was
  stripped), named by its sha256;
* the Document and DocumentVersion rows are written with their outbox entries in one
  transaction (:class:`LocalWriter`); a new version gets the next number and becomes the
  document's ``current_version_id``;
* the store accepts a ``document_version`` only once its file has been uploaded (it
  answers ``BLOB_MISSING`` otherwise, and the sync client then takes the local row back).
  So the file is uploaded *before* the rows are committed, closing the window in which a
  background sync could push the rows first. Offline, the rows are still saved and the
  upload waits: :meth:`PublishingService.upload_pending` must run before the next push.

Calls block (the import takes seconds on a large annex); the UI runs them on its worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import actor_in_meeting
from meetings_app.app.local_writes import LocalWriter
from meetings_app.documents.pdf_info import ImportLimits, PdfInfo
from meetings_app.documents.policy import DocumentPolicy
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, Forbidden, Invalid, NotFound
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import (
    Document,
    DocumentVersion,
    LocalBlob,
    Meeting,
)
from meetings_app.domain.rules import Action, may
from meetings_app.sync.errors import Unreachable, error_for
from meetings_app.sync.local import record_change
from meetings_app.sync.tls import http_client
from meetings_app.sync.wire import API_PREFIX

UPLOAD_TIMEOUT = 300.0
#: Codes meaning "not now" rather than "no": the rows are saved and the upload waits.
RETRY_LATER = frozenset(
    {Code.UNREACHABLE, Code.UNAUTHENTICATED, Code.TOKEN_EXPIRED, Code.SERVER_ERROR}
)


class BlobWriter(Protocol):
    """The laptop's content-addressed blob cache (``store.sealed_blobs.SealedBlobStore``:
    encrypted at rest, plaintext handed out in memory only)."""

    def put_bytes(self, data: bytes, expected_sha256: str | None = None) -> tuple[str, int]: ...

    def has(self, sha256: str) -> bool: ...

    def iter_bytes(self, sha256: str) -> Iterator[bytes]: ...


BlobUploader = Callable[[str, Iterable[bytes]], object]
"""Sends a blob's plaintext ``chunks`` to the store as ``sha256`` (see :func:`upload_blob`);
the chunks are decrypted from the cache on the fly, never written out in clear."""


@dataclass(frozen=True)
class Published:
    """What a publication produced, shown to the secretariat."""

    document_id: str
    version_id: str
    number: int
    sha256: str
    pages: int
    size: int
    uploaded: bool
    """False when the store could not be reached: :meth:`upload_pending` sends it later."""
    upload_problem: str = ""
    stripped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def upload_blob(
    sha256: str,
    body: Path | Iterable[bytes],
    *,
    base_url: str,
    token: str | None,
    http: httpx.Client | None = None,
    timeout: float = UPLOAD_TIMEOUT,
) -> int:
    """PUT one blob to ``/api/v1/blobs/{sha256}`` (Sync API v1); returns the stored size.

    ``body`` (a file, or plaintext chunks) is streamed, not read whole. Raises ``UNAUTHENTICATED`` without a token,
    ``UNREACHABLE`` when the store does not answer, and the store's own code otherwise
    (``FORBIDDEN``, ``HASH_MISMATCH``, ``TOO_LARGE`` …).
    """
    if not token:
        raise error_for(Code.UNAUTHENTICATED, "Sign in to the store before publishing files.")
    url = f"{base_url.rstrip('/')}{API_PREFIX}/blobs/{sha256}"
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"}
    client = http or http_client(base_url, timeout=httpx.Timeout(timeout, connect=10.0))
    sent = 0

    def counted(chunks: Iterable[bytes]) -> Iterator[bytes]:
        nonlocal sent
        for chunk in chunks:
            sent += len(chunk)
            yield chunk

    try:
        if isinstance(body, Path):
            with body.open("rb") as fh:
                response = client.put(url, content=fh, headers=headers)
            sent = body.stat().st_size
        else:
            response = client.put(url, content=counted(body), headers=headers)
    except httpx.TransportError as exc:
        raise Unreachable(
            f"The store at {base_url} does not answer ({exc.__class__.__name__}); the file "
            "will be sent at the next sync."
        ) from exc
    finally:
        if http is None:
            client.close()
    if response.status_code >= 400:
        raise _upload_error(response)
    try:
        size = response.json().get("size")
    except (ValueError, AttributeError):
        size = None
    return int(size) if isinstance(size, int) else sent


def _upload_error(response: httpx.Response) -> AppError:
    try:
        body = response.json()
        if isinstance(body, dict) and isinstance(body.get("detail"), dict):
            body = body["detail"]
        return error_for(str(body["code"]), str(body["message"]))
    except (ValueError, KeyError, TypeError):
        return error_for(Code.SERVER_ERROR, f"The store answered {response.status_code}.")


class HttpBlobUploader:
    """An uploader bound to one store and the signed-in person's token."""

    def __init__(
        self,
        base_url: str,
        token_provider: Callable[[], str | None],
        http: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url
        self.token_provider = token_provider
        self.http = http

    def __call__(self, sha256: str, chunks: Iterable[bytes]) -> int:
        return upload_blob(
            sha256, chunks, base_url=self.base_url, token=self.token_provider(), http=self.http
        )


class PublishingService:
    """The secretariat's document publication on its own laptop store."""

    def __init__(
        self,
        engine: Engine,
        writer: LocalWriter,
        blobs: BlobWriter,
        uploader: BlobUploader | None = None,
        limits: ImportLimits | None = None,
    ) -> None:
        self._engine = engine
        self._writer = writer
        self._blobs = blobs
        self.uploader = uploader
        self._limits = limits

    # --- publishing --------------------------------------------------------------------

    def publish_document(
        self,
        meeting_id: str,
        source: Path,
        *,
        title: str | None = None,
        agenda_item_id: str | None = None,
        classification: str = "internal",
        recipients: Iterable[str] = (),
        policy: Mapping[str, bool] | None = None,
        password: str | None = None,
    ) -> Published:
        """Publish a new document (version 1) under a meeting and, optionally, an agenda item."""
        flags = dict(policy or {})
        DocumentPolicy.from_mapping(classification, flags)  # CLASSIFICATION_UNKNOWN early
        self._require_organiser(meeting_id)
        info = self._import(source, password)
        document = Document(
            id=new_id(),
            meeting_id=meeting_id,
            agenda_item_id=agenda_item_id,
            title=(title or info.title or Path(source).stem).strip(),
            classification=classification,
            recipients=list(recipients),
            policy=flags,
        )
        version = self._version_row(document.id, 1, info, Path(source))
        document.current_version_id = version.id
        # the document first: the store checks a version's document exists
        return self._store(info, [document, version], version)

    def publish_version(
        self, document_id: str, source: Path, *, password: str | None = None, note: str = ""
    ) -> Published:
        """Publish a new version of a document; it becomes the current one. ``note`` says
        what changed (members see it with the notice of the new version).

        Raises ``SAME_VERSION`` when the file is identical to the current version.
        """
        document = self._document(document_id)
        self._require_organiser(document.meeting_id)
        info = self._import(source, password)
        self._refuse_same_file(document, info.sha256)
        version = self._version_row(document.id, self._next_number(document.id), info, source)
        version.change_note = note.strip()
        document.current_version_id = version.id
        # the version first, so the store never sees a current version it does not hold
        return self._store(info, [version, document], version)

    # --- uploads -----------------------------------------------------------------------

    def pending_uploads(self) -> list[str]:
        """Blobs of versions published here that the store has not accepted yet.

        A version row keeps ``version == 0`` until the store applies it, and the store
        applies it only once its file is there: these are the files to send first.
        """
        with Session(self._engine) as session:
            shas = session.scalars(
                select(DocumentVersion.blob_sha256)
                .where(DocumentVersion.version == 0, DocumentVersion.deleted.is_(False))
                .distinct()
            ).all()
        return sorted(sha for sha in shas if self._blobs.has(sha))

    def upload_pending(self) -> list[str]:
        """Upload every pending blob (idempotent: the store keeps one copy per sha256).

        Run it before each push. Raises the first error that is not "try later".
        """
        sent: list[str] = []
        for sha in self.pending_uploads():
            if self._upload(sha) is None:
                sent.append(sha)
        return sent

    # --- helpers -----------------------------------------------------------------------

    def _import(self, source: Path, password: str | None) -> PdfInfo:
        """Raises ``ImportRefused`` (nothing stored yet) for any file it will not accept."""
        from meetings_app.documents.safe_import import inspect_pdf  # pypdf: not at start-up

        return inspect_pdf(Path(source), self._limits, password)

    def _store(
        self, info: PdfInfo, rows: list[Document | DocumentVersion], version: DocumentVersion
    ) -> Published:
        """Blob, upload, then rows. A store that says no (``FORBIDDEN``, ``TOO_LARGE`` …)
        stops here with no row written: publishing would only be refused at the push."""
        sha, size = self._blobs.put_bytes(info.data, info.sha256)
        problem = self._upload(sha)
        encrypted = bool(getattr(self._blobs, "encrypted", False))
        self._writer.run(lambda session: _write_rows(session, rows, sha, size, encrypted))
        return Published(
            document_id=version.document_id,
            version_id=version.id,
            number=version.number,
            sha256=sha,
            pages=info.page_count,
            size=size,
            uploaded=problem is None,
            upload_problem=problem or "",
            stripped=info.stripped,
            warnings=info.warnings,
        )

    def _upload(self, sha: str) -> str | None:
        """None when uploaded; the reason when the store cannot take it *now* (offline)."""
        if self.uploader is None:
            return "Not connected to a store; the file will be sent at the next sync."
        try:
            self.uploader(sha, self._blobs.iter_bytes(sha))
        except AppError as exc:
            if exc.code not in RETRY_LATER:
                raise
            return exc.message
        return None

    def _require_organiser(self, meeting_id: str) -> None:
        """Refuse early what the store would refuse anyway (``FORBIDDEN``), before any work."""
        person_id = self._writer.person_id
        if person_id is None:
            raise Invalid("Sign in before publishing documents.", code=Code.NOT_SIGNED_IN)
        with Session(self._engine) as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None or meeting.deleted:
                raise NotFound("This meeting is not on this computer.", meeting_id=meeting_id)
            actor = actor_in_meeting(session, person_id, meeting_id)
        if not may(actor, Action.EDIT_MEETING):
            raise Forbidden("Only the secretariat may publish documents for this meeting.")

    def _document(self, document_id: str) -> Document:
        with Session(self._engine, expire_on_commit=False) as session:
            document = session.get(Document, document_id)
            if document is None or document.deleted:
                raise NotFound("This document is not on this computer.", id=document_id)
            session.expunge(document)
            return document

    def _refuse_same_file(self, document: Document, sha: str) -> None:
        with Session(self._engine) as session:
            current = session.get(DocumentVersion, document.current_version_id or "")
        if current is not None and current.blob_sha256 == sha:
            raise Invalid(
                "This file is identical to the current version; nothing was published.",
                code=Code.SAME_VERSION,
                version=current.number,
            )

    def _next_number(self, document_id: str) -> int:
        with Session(self._engine) as session:
            highest = session.scalar(
                select(func.max(DocumentVersion.number)).where(
                    DocumentVersion.document_id == document_id
                )
            )
        return int(highest or 0) + 1

    @staticmethod
    def _version_row(document_id: str, number: int, info: PdfInfo, source: Path) -> DocumentVersion:
        return DocumentVersion(
            id=new_id(),
            document_id=document_id,
            number=number,
            blob_sha256=info.sha256,
            size=len(info.data),
            pages=info.page_count,
            filename=Path(source).name,
        )


def _write_rows(
    session: Session,
    rows: list[Document | DocumentVersion],
    sha: str,
    size: int,
    encrypted: bool,
) -> None:
    """The rows with their outbox entries, and the blob marked complete in the local cache
    (so the sync client does not download what this laptop already holds)."""
    for row in rows:
        record_change(session, session.merge(row))
    session.merge(LocalBlob(sha256=sha, size=size, complete=True, encrypted=encrypted))
