""" "Save annotated copy" and "Print": a watermarked copy made by the documents engine.

What must hold true: the document's classification policy is checked *before* any work
(``EXPORT_FORBIDDEN`` with a plain sentence, nothing written); every copy, printed or
saved, carries the recipient watermark (name, meeting, time, classification); a saved
copy appears at its destination whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import actor_in_meeting
from meetings_app.app.reanchoring import to_mark
from meetings_app.documents.marks import InvalidMark, Mark
from meetings_app.documents.policy import DocumentPolicy, export_forbidden
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, NotFound
from meetings_app.domain.models import Annotation, Document, DocumentVersion, Meeting, Person
from meetings_app.domain.rules import DocumentUse, may_use_document

EXPORT = "export"
PRINT = "print"
ProgressFn = Callable[[int, int], None]
PdfReader = Callable[[str], bytes]
"""Returns a version's decrypted PDF bytes (``DocumentsService.read_pdf``)."""


@dataclass(frozen=True)
class ExportJob:
    """What a copy will be: shown to the person before the work starts."""

    version_id: str
    action: str
    title: str
    classification: str
    suggested_name: str
    marks: int


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ExportService:
    def __init__(
        self,
        engine: Engine,
        read_pdf: PdfReader,
        person_id: str,
        now: Callable[[], dt.datetime] = _now,
    ) -> None:
        self._engine = engine
        self._read_pdf = read_pdf
        self.person_id = person_id
        self._now = now

    def prepare(self, version_id: str, action: str = EXPORT) -> ExportJob:
        """Check the policy and describe the job; raises ``EXPORT_FORBIDDEN`` at once."""
        with Session(self._engine) as session:
            version, doc, _meeting = self._load(session, version_id)
            self._check(session, doc, action)
            marks = len(self._rows(session, version_id))
        stem = Path(version.filename or doc.title or "document").stem
        return ExportJob(
            version_id,
            action,
            doc.title,
            doc.classification,
            f"{stem} (annotated).pdf",
            marks,
        )

    def render(
        self, version_id: str, action: str = EXPORT, progress: ProgressFn | None = None
    ) -> bytes:
        """The watermarked copy with this person's marks (call from a worker)."""
        step = progress or (lambda _d, _t: None)
        step(0, 4)
        with Session(self._engine) as session:
            _version, doc, meeting = self._load(session, version_id)
            policy = self._check(session, doc, action)
            rows = self._rows(session, version_id)
            person = session.get(Person, self.person_id)
            recipient = person.full_name if person else self.person_id
            meeting_title = meeting.title if meeting else ""
            classification = doc.classification
        step(1, 4)
        src = self._read_pdf(version_id)
        step(2, 4)
        marks = list(_marks(rows))
        # pypdf and reportlab only for an actual export, not at start-up
        from meetings_app.documents.export import export_annotated
        from meetings_app.documents.watermark import WatermarkInfo

        info = WatermarkInfo(recipient, meeting_title, self._now(), classification)
        data = export_annotated(src, marks, info, policy, action=action)
        step(4, 4)
        return data

    def save_copy(
        self, version_id: str, destination: Path, progress: ProgressFn | None = None
    ) -> Path:
        """Write the annotated copy to ``destination`` atomically; returns the path."""
        data = self.render(version_id, EXPORT, progress)
        destination = Path(destination)
        tmp = destination.with_name(destination.name + ".part")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, destination)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise AppError(
                f"The copy could not be written to {destination} ({exc.strerror}). "
                "Choose another folder.",
                code=Code.EXPORT_WRITE_FAILED,
                path=str(destination),
            ) from exc
        return destination

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _load(
        session: Session, version_id: str
    ) -> tuple[DocumentVersion, Document, Meeting | None]:
        version = session.get(DocumentVersion, version_id)
        doc = session.get(Document, version.document_id) if version else None
        if version is None or doc is None or version.deleted or doc.deleted:
            raise NotFound("This document is not on this laptop.", id=version_id)
        return version, doc, session.get(Meeting, doc.meeting_id)

    def _check(self, session: Session, doc: Document, action: str) -> DocumentPolicy:
        """The one rule (:func:`~meetings_app.domain.rules.may_use_document`) for this
        person in the document's meeting; ``EXPORT_FORBIDDEN`` before any work."""
        actor = actor_in_meeting(session, self.person_id, doc.meeting_id)
        use = DocumentUse.PRINT if action == PRINT else DocumentUse.EXPORT
        if not may_use_document(actor, use, doc.classification, doc.policy or {}):
            raise export_forbidden(action, doc.classification)
        return DocumentPolicy.from_mapping(doc.classification, doc.policy or {})

    def _rows(self, session: Session, version_id: str) -> list[Annotation]:
        return list(
            session.scalars(
                select(Annotation).where(
                    Annotation.document_version_id == version_id,
                    Annotation.owner_id == self.person_id,
                    Annotation.deleted.is_(False),
                )
            )
        )


def _marks(rows: Iterable[Annotation]) -> Iterable[Mark]:
    """Stored annotations as the documents engine's marks; a malformed one is skipped."""
    for row in rows:
        try:
            yield to_mark(row)
        except InvalidMark:
            continue
