"""A person's marks follow a document to its new version; what cannot follow is listed.

When a new DocumentVersion reaches this laptop, the signed-in person's marks on the
previous version are re-anchored by the text they cover (:func:`documents.reanchor`):

* each placed mark becomes a new Annotation on the new version, written with its outbox
  entry (:class:`LocalWriter`), so it syncs like any mark the person makes;
* each mark that cannot be placed stays where it was (the old annotation is never touched)
  and is listed, with the reason, by :meth:`ReanchoringService.unplaced` until its owner
  dismisses it: nothing is ever dropped.

The new annotation's id is derived from the old mark's id and the new version's id, so two
laptops of the same person re-anchoring the same version write the *same* row (latest
write wins) instead of doubling every mark, and running it twice is harmless.

Bookkeeping lives in the local ``sync_state`` table (the laptop's only key/value table,
never synced): ``reanchor:<version id>`` holds a JSON map ``{old mark id: reason}`` of the
marks left behind on that version; its presence means the version was processed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.documents.geometry import Point, Rect
from meetings_app.documents.marks import INK, InvalidMark, Mark
from meetings_app.documents.reanchor import ReanchorResult, reanchor
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, Invalid, NotFound
from meetings_app.domain.models import Annotation, DocumentVersion, SyncState
from meetings_app.sync.local import get_state, record_change, set_state

PdfReader = Callable[[str], bytes]
"""A version's decrypted PDF bytes (``DocumentsService.read_pdf``); ``NOT_DOWNLOADED``
when its file has not arrived yet."""

STATE_PREFIX = "reanchor:"
_NS = uuid.UUID("4f0c7a52-2d7e-4a53-a8c3-6e7d1b0f9e21")
MALFORMED = "The mark's stored shape cannot be read; review it by hand."


@dataclass(frozen=True)
class UnplacedMark:
    """A mark left on an earlier version, with why it could not follow."""

    annotation_id: str
    document_id: str
    from_version_id: str
    from_number: int
    to_version_id: str
    to_number: int
    page: int
    kind: str
    quote: str
    text: str
    reason: str


@dataclass(frozen=True)
class ReanchorOutcome:
    version_id: str
    placed: tuple[str, ...]
    """Ids of the new annotations on the new version."""
    unplaced: tuple[str, ...]
    """Ids of the old annotations that stayed behind (see :meth:`ReanchoringService.unplaced`)."""


def carried_id(annotation_id: str, version_id: str) -> str:
    """The id of a mark carried onto a version: the same on every device of its owner."""
    return str(uuid.uuid5(_NS, f"{annotation_id}:{version_id}"))


def to_mark(row: Annotation) -> Mark:
    """A stored annotation as the documents engine's mark.

    Raises ``MARK_INVALID`` (``InvalidMark``) when its geometry cannot be read.
    """
    geometry: dict[str, Any] = row.geometry or {}
    try:
        rects = tuple(
            Rect.from_corners(*(float(v) for v in r[:4])) for r in geometry.get("rects", [])
        )
        paths = tuple(
            tuple(Point(float(p[0]), float(p[1])) for p in path)
            for path in geometry.get("paths", [])
        )
    except (TypeError, ValueError, IndexError) as exc:
        raise InvalidMark(f"The mark {row.id!r} has an unreadable shape.", mark_id=row.id) from exc
    return Mark(
        id=row.id,
        page=row.page,
        kind=row.kind,
        rects=rects,
        paths=paths,
        color=(row.color or "#ffd400")[:7],
        text=row.text,
        quote=row.quote,
        context=row.context,
    )


def moved_geometry(old: dict[str, Any], before: Mark, after: Mark) -> dict[str, Any]:
    """The stored geometry of a moved mark; keys the engine does not know (ink ``width``,
    point pressure) are kept as they were."""
    if after.kind != INK:
        return {**old, "rects": [[r.x0, r.y0, r.x1, r.y1] for r in after.rects]}
    dx = after.paths[0][0].x - before.paths[0][0].x
    dy = after.paths[0][0].y - before.paths[0][0].y
    paths = [[[p[0] + dx, p[1] + dy, *p[2:]] for p in path] for path in old.get("paths", [])]
    return {**old, "paths": paths}


class ReanchoringService:
    """Carries the signed-in person's marks to new versions of documents on this laptop."""

    def __init__(self, engine: Engine, writer: LocalWriter, read_pdf: PdfReader) -> None:
        self._engine = engine
        self._writer = writer
        self._read_pdf = read_pdf

    @property
    def person_id(self) -> str:
        if self._writer.person_id is None:
            raise Invalid("Sign in before marks can follow new versions.", code=Code.NOT_SIGNED_IN)
        return self._writer.person_id

    # --- running -----------------------------------------------------------------------

    def reanchor_version(self, version_id: str) -> ReanchorOutcome:
        """Carry my marks from the version before ``version_id`` onto it (call from a worker).

        Raises ``NOT_FOUND`` for an unknown version and ``NOT_DOWNLOADED`` when its file is
        not here yet; nothing is written then. Running it again only retries marks not yet
        carried, so a mark made on the old version after the first run follows too.
        """
        person = self.person_id
        with Session(self._engine, expire_on_commit=False) as session:
            new = _live_version(session, version_id)
            previous = _previous_version(session, new)
            rows = [] if previous is None else _marks_to_carry(session, person, previous.id, new.id)
        result = self._place(rows, new.id)
        placed = [self._carried_row(row, new.id, result) for row in rows]
        carried = [row for row in placed if row is not None]
        seen = _ids(result)
        left = {row.id: MALFORMED for row in rows if row.id not in seen}
        left.update({u.mark.id: u.reason for u in result.unplaced})
        self._writer.run(lambda session: self._record(session, new.id, carried, left))
        return ReanchorOutcome(new.id, tuple(r.id for r in carried), tuple(left))

    def reanchor_new_versions(self) -> list[ReanchorOutcome]:
        """Process every version (oldest first) not processed yet; skip those not downloaded.

        The sync service calls this after each sync, so marks follow without anyone asking.
        A version whose predecessor holds none of my marks is recorded as processed
        without reading its file; marks made on another device are carried by that device.
        """
        outcomes: list[ReanchorOutcome] = []
        for version_id in self._unprocessed():
            try:
                outcomes.append(self.reanchor_version(version_id))
            except AppError as exc:
                if exc.code != Code.NOT_DOWNLOADED:
                    raise
        return outcomes

    # --- the list for the owner --------------------------------------------------------

    def unplaced(self, document_id: str | None = None) -> list[UnplacedMark]:
        """My marks that could not follow a new version, with the reason, oldest first.

        A mark the owner has since erased, or dismissed, is no longer listed.
        """
        person = self.person_id
        with Session(self._engine) as session:
            return [
                item
                for item in _listed(session, person)
                if document_id is None or item.document_id == document_id
            ]

    def dismiss(self, version_id: str, annotation_id: str) -> None:
        """The owner has dealt with a listed mark (placed it by hand, or let it be)."""

        def body(session: Session) -> None:
            left = _left_behind(session, version_id)
            left.pop(annotation_id, None)
            set_state(session, STATE_PREFIX + version_id, json.dumps(left, ensure_ascii=False))

        self._writer.run(body)

    # --- helpers -----------------------------------------------------------------------

    def _place(self, rows: Sequence[Annotation], version_id: str) -> ReanchorResult:
        marks = list(_readable(rows))
        if not marks:
            return ReanchorResult([], [])
        return reanchor(marks, self._read_pdf(version_id))

    def _carried_row(
        self, row: Annotation, version_id: str, result: ReanchorResult
    ) -> Annotation | None:
        moved = next((m for m in result.placed if m.id == row.id), None)
        if moved is None:
            return None
        return Annotation(
            id=carried_id(row.id, version_id),
            owner_id=row.owner_id,
            document_version_id=version_id,
            page=moved.page,
            kind=row.kind,
            geometry=moved_geometry(dict(row.geometry or {}), to_mark(row), moved),
            color=row.color,
            text=row.text,
            shared=row.shared,
            quote=moved.quote,
            context=moved.context,
        )

    @staticmethod
    def _record(
        session: Session, version_id: str, carried: list[Annotation], left: dict[str, str]
    ) -> None:
        """The carried marks with their outbox entries, and the list of those left behind."""
        for row in carried:
            record_change(session, session.merge(row))
        known = _left_behind(session, version_id)
        known.update(left)
        set_state(session, STATE_PREFIX + version_id, json.dumps(known, ensure_ascii=False))

    def _unprocessed(self) -> list[str]:
        with Session(self._engine) as session:
            done = {
                key[len(STATE_PREFIX) :]
                for key in session.scalars(
                    select(SyncState.key).where(SyncState.key.startswith(STATE_PREFIX))
                )
            }
            versions = session.execute(
                select(DocumentVersion.id)
                .where(DocumentVersion.number > 1, DocumentVersion.deleted.is_(False))
                .order_by(DocumentVersion.document_id, DocumentVersion.number)
            ).scalars()
            return [v for v in versions if v not in done]


def _ids(result: ReanchorResult) -> set[str]:
    return {m.id for m in result.placed} | {u.mark.id for u in result.unplaced}


def _readable(rows: Sequence[Annotation]) -> Iterator[Mark]:
    """The rows the engine can read; the others are listed as unplaced by the caller."""
    for row in rows:
        try:
            yield to_mark(row)
        except InvalidMark:
            continue


def _live_version(session: Session, version_id: str) -> DocumentVersion:
    version = session.get(DocumentVersion, version_id)
    if version is None or version.deleted:
        raise NotFound("This document version is not on this laptop.", id=version_id)
    return version


def _previous_version(session: Session, version: DocumentVersion) -> DocumentVersion | None:
    return session.scalar(
        select(DocumentVersion)
        .where(
            DocumentVersion.document_id == version.document_id,
            DocumentVersion.number < version.number,
            DocumentVersion.deleted.is_(False),
        )
        .order_by(DocumentVersion.number.desc())
        .limit(1)
    )


def _marks_to_carry(
    session: Session, person_id: str, from_version: str, to_version: str
) -> list[Annotation]:
    """My live marks on the old version not yet carried to the new one."""
    rows = session.scalars(
        select(Annotation)
        .where(
            Annotation.document_version_id == from_version,
            Annotation.owner_id == person_id,
            Annotation.deleted.is_(False),
        )
        .order_by(Annotation.updated_at, Annotation.id)
    ).all()
    return [r for r in rows if session.get(Annotation, carried_id(r.id, to_version)) is None]


def _left_behind(session: Session, version_id: str) -> dict[str, str]:
    raw = get_state(session, STATE_PREFIX + version_id)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _listed(session: Session, person_id: str) -> Iterator[UnplacedMark]:
    keys = session.scalars(
        select(SyncState.key).where(SyncState.key.startswith(STATE_PREFIX)).order_by(SyncState.key)
    ).all()
    for key in keys:
        version_id = key[len(STATE_PREFIX) :]
        target = session.get(DocumentVersion, version_id)
        if target is None:
            continue
        for annotation_id, reason in _left_behind(session, version_id).items():
            item = _unplaced_item(session, person_id, annotation_id, target, reason)
            if item is not None:
                yield item


def _unplaced_item(
    session: Session, person_id: str, annotation_id: str, target: DocumentVersion, reason: str
) -> UnplacedMark | None:
    row = session.get(Annotation, annotation_id)
    if row is None or row.deleted or row.owner_id != person_id:
        return None
    if session.get(Annotation, carried_id(annotation_id, target.id)) is not None:
        return None  # carried after all (on another device, or by a later run)
    source = session.get(DocumentVersion, row.document_version_id)
    return UnplacedMark(
        annotation_id=row.id,
        document_id=target.document_id,
        from_version_id=row.document_version_id,
        from_number=source.number if source else 0,
        to_version_id=target.id,
        to_number=target.number,
        page=row.page,
        kind=row.kind,
        quote=row.quote,
        text=row.text,
        reason=reason,
    )
