"""The owner's marks on a document version: read, add, change, erase (and undo).

Every write goes through :class:`LocalWriter`, so each mark is on disk and queued for the
store the moment the pen lifts. Geometry is in PDF points of the unrotated page
(``{"rects": [[x0, y0, x1, y1], …]}`` for text marks and notes,
``{"paths": [[[x, y, pressure], …], …], "width": w}`` for ink).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.codes import Code
from meetings_app.domain.enums import AnnotationKind
from meetings_app.domain.errors import Invalid, NotFound
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Annotation

KINDS = frozenset(AnnotationKind)


@dataclass(frozen=True)
class Mark:
    """One annotation as the viewer draws it."""

    id: str
    document_version_id: str
    page: int
    kind: str
    geometry: dict[str, Any]
    color: str = "#ffd400"
    text: str = ""
    shared: bool = False
    quote: str = ""
    context: str = ""
    owner_id: str = ""
    mine: bool = True
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def _mark(row: Annotation, me: str | None) -> Mark:
    return Mark(
        id=row.id,
        document_version_id=row.document_version_id,
        page=row.page,
        kind=row.kind,
        geometry=dict(row.geometry or {}),
        color=row.color,
        text=row.text,
        shared=row.shared,
        quote=row.quote,
        context=row.context,
        owner_id=row.owner_id,
        mine=me is not None and row.owner_id == me,
    )


class AnnotationsService:
    """Marks of the signed-in person (and marks others shared) for one version at a time."""

    def __init__(self, engine: Engine, writer: LocalWriter) -> None:
        self._engine = engine
        self._writer = writer

    @property
    def owner_id(self) -> str | None:
        return self._writer.person_id

    def for_version(self, version_id: str) -> list[Mark]:
        """My marks and the shared marks of others on this version, oldest first."""
        me = self.owner_id
        with Session(self._engine) as session:
            rows = session.scalars(
                select(Annotation)
                .where(
                    Annotation.document_version_id == version_id,
                    Annotation.deleted.is_(False),
                )
                .order_by(Annotation.updated_at, Annotation.id)
            ).all()
        return [_mark(r, me) for r in rows if r.owner_id == me or r.shared]

    def add(self, mark: Mark) -> Mark:
        """Save a new mark (its id is kept if given, so undo/redo restore the same row)."""
        if mark.kind not in KINDS:
            raise Invalid(f"Unknown kind of mark {mark.kind!r}.", kind=mark.kind)
        if self.owner_id is None:
            raise Invalid("Sign in before marking up documents.", code=Code.NOT_SIGNED_IN)
        row = Annotation(
            id=mark.id or new_id(),
            version=0,
            owner_id=self.owner_id,
            document_version_id=mark.document_version_id,
            page=mark.page,
            kind=mark.kind,
            geometry=mark.geometry,
            color=mark.color,
            text=mark.text,
            shared=mark.shared,
            quote=mark.quote,
            context=mark.context,
        )
        with Session(self._engine) as session:
            existing = session.get(Annotation, row.id)
            if existing is not None:
                row.version = existing.version
        saved = self._writer.save(row)
        assert isinstance(saved, Annotation)
        return _mark(saved, self.owner_id)

    def delete(self, mark_id: str) -> None:
        """Erase one of my marks (a tombstone: other devices learn it is gone)."""
        row = self._mine(mark_id)
        self._writer.save(row, deleted=True)

    def _mine(self, mark_id: str) -> Annotation:
        with Session(self._engine, expire_on_commit=False) as session:
            row = session.get(Annotation, mark_id)
            if row is None or row.deleted:
                raise NotFound("That mark no longer exists.", id=mark_id)
            if row.owner_id != self.owner_id:
                raise Invalid("Only the owner can change a mark.", code=Code.FORBIDDEN)
            session.expunge(row)
            return row
