"""Apply pushed changes: at most once each, all-or-nothing each, decided by the domain rules.

One push request is one write transaction (holding the store's write lock); each change
runs in its own savepoint, so a refused change leaves no trace but its receipt, and the
receipt (keyed by ``change_id``) makes a repeated change answer ``duplicate`` with the
same version and sequence as the first time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, and_, bindparam, func, literal_column, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, aliased

from meetings_app.domain.ballots import (
    PollState,
    check_ballot,
    check_transition,
    effective_state,
    tally,
)
from meetings_app.domain.clock import Stamp
from meetings_app.domain.errors import AppError, Conflict, Forbidden, Invalid, NotFound, PollClosed
from meetings_app.domain.ids import is_uuid
from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Ballot,
    BlobRecord,
    ChangeReceipt,
    Device,
    Document,
    DocumentVersion,
    FeedEntry,
    Meeting,
    Minutes,
    Note,
    Participant,
    Person,
    Poll,
    SpeakerRequest,
    Synced,
)
from meetings_app.domain.rules import Action, Classification, GlobalRole, MeetingRole
from meetings_app.security import signing
from meetings_app.security.audit import append_event
from meetings_app.security.audit import head_query as audit_head_query
from meetings_app.security.audit import seed_head as seed_audit_head
from meetings_app.server import live_votes, meeting_run, speakers
from meetings_app.server.visibility import Viewer, wire_data
from meetings_app.store.feed import append_feed, meeting_of, reemit, server_clock
from meetings_app.store.feed import seed_head as seed_feed_head
from meetings_app.sync.wire import ENVELOPE, PushChange, PushResult, from_data, model_for

SECRETARIAT_OWNED = frozenset(
    {"meeting", "participant", "agenda_item", "document", "document_version", "poll", "minutes"}
)
OWNER_FIELD = {
    "annotation": "owner_id",
    "note": "owner_id",
    "ballot": "voter_id",
    "speaker_request": "person_id",
}
#: fields only the store decides; whatever a client sends for them is ignored
SERVER_FIELDS: dict[str, frozenset[str]] = {
    "meeting": meeting_run.SERVER_FIELDS,
    "poll": frozenset({"results"}),
    "ballot": frozenset({"device_id"}),
    "speaker_request": speakers.SERVER_FIELDS,
}
_ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("meeting", "kind"): frozenset({"meeting", "written_opinion"}),
    ("meeting", "status"): frozenset({"draft", "published", "in_progress", "closed"}),
    ("meeting", "classification"): frozenset(c.value for c in Classification),
    ("document", "classification"): frozenset(c.value for c in Classification),
    ("participant", "role"): frozenset(r.value for r in MeetingRole),
    ("poll", "state"): frozenset(s.value for s in PollState),
    ("annotation", "kind"): frozenset({"highlight", "underline", "strike", "ink", "note"}),
    ("speaker_request", "state"): frozenset({"waiting", "speaking", "done", "withdrawn"}),
}
_POLL_FROZEN_WHEN_OPEN = frozenset(
    {"question", "options", "secret", "meeting_id", "agenda_item_id"}
)


@dataclass
class _Prefetched:
    """What :meth:`PushService._prefetch` read for one ballot change (None: no such row)."""

    change_id: str
    row_id: str
    poll_id: str | None
    receipt: ChangeReceipt | None
    ballot: Ballot | None
    other_ballot_id: str | None
    held: tuple[Any, ...]


class Superseded(Exception):
    """An owner-private change older (by hybrid clock) than the stored row: nothing to do."""

    def __init__(self, row: Synced) -> None:
        self.row = row


def envelope(row: Synced, viewer: Viewer) -> dict[str, Any]:
    return {
        "id": row.id,
        "version": row.version,
        "deleted": row.deleted,
        "data": wire_data(row, viewer),
    }


def _prefetch_statement(first: bool) -> Select[Any]:
    """The one read of :meth:`PushService._prefetch`, built once (its SQL compiles once)."""
    other = aliased(Ballot)
    columns: list[Any] = [ChangeReceipt, Ballot, Poll, Participant, other.id]
    if first:
        due = (
            select(Poll.id)
            .where(
                Poll.state == PollState.OPEN.value,
                Poll.closes_at.is_not(None),
                Poll.closes_at <= bindparam("now", type_=Poll.closes_at.type),
            )
            .exists()
        )
        feed_max = select(func.coalesce(func.max(FeedEntry.seq), 0)).scalar_subquery()
        head = audit_head_query().subquery()
        columns += [
            due.label("due"),
            feed_max.label("feed_head"),
            select(head.c.seq).scalar_subquery().label("audit_seq"),
            select(head.c.hash).scalar_subquery().label("audit_hash"),
        ]
    me = bindparam("me", type_=String())
    one = select(literal_column("1").label("x")).subquery("one")
    return (
        select(*columns)
        .select_from(one)
        .outerjoin(ChangeReceipt, ChangeReceipt.change_id == bindparam("change_id"))
        .outerjoin(Ballot, Ballot.id == bindparam("ballot_id"))
        .outerjoin(Poll, Poll.id == bindparam("poll_id"))
        .outerjoin(
            Participant,
            and_(
                Participant.meeting_id == Poll.meeting_id,
                Participant.person_id == me,
                Participant.deleted.is_(False),
            ),
        )
        .outerjoin(other, and_(other.poll_id == Poll.id, other.voter_id == me))
    )


_PREFETCH_FIRST = _prefetch_statement(True)
_PREFETCH = _prefetch_statement(False)


class PushService:
    """Applies one request's changes inside the caller's write transaction."""

    def __init__(
        self, session: Session, person: Person, device: Device | None, now: dt.datetime
    ) -> None:
        self.s = session
        self.person = person
        self.device = device
        self.now = now
        self.viewer = Viewer(session, person, now)
        self.seqs: list[int] = []
        self._pre: _Prefetched | None = None

    # --- entry point ---------------------------------------------------------------------

    def push(self, changes: list[PushChange]) -> list[PushResult]:
        due = self._prefetch(changes[0], first=True) if changes else None
        if due is None or due:  # not known yet, or some poll is past its deadline
            close_due_polls(self.s, self.now, self.seqs)
        results: list[PushResult] = []
        for i, change in enumerate(changes):
            if i:
                self._prefetch(change, first=False)
            try:
                results.append(self._one(change))
            finally:
                self._pre = None
        return results

    def _prefetch(self, ch: PushChange, *, first: bool) -> bool | None:
        """Read in one statement what a ballot change needs (and, first, the store's heads).

        Loads the change's receipt, the ballot, its poll, the caller's participation in the
        poll's meeting and the caller's other ballot on that poll into the session (held
        here, since the identity map keeps only referenced rows), and remembers which of
        them do not exist. With ``first``, also reads the feed and audit-chain heads (kept
        for this transaction) and whether any poll is past its deadline; returns that flag,
        or None when the change is not a ballot (the caller then checks deadlines itself).
        Runs under the write lock, right before the change is applied.
        """
        poll_id = ch.data.get("poll_id") if isinstance(ch.data, dict) else None
        if ch.entity != "ballot" or not isinstance(poll_id, str):
            return None
        if not is_uuid(ch.id) or not is_uuid(poll_id):
            return None
        params: dict[str, Any] = {"change_id": ch.change_id, "ballot_id": ch.id}
        params.update(poll_id=poll_id, me=self.person.id)
        if first:
            params["now"] = self.now
        stmt = _PREFETCH_FIRST if first else _PREFETCH
        row = self.s.execute(stmt, params).one()
        receipt, ballot, poll, part, other_id = row[0], row[1], row[2], row[3], row[4]
        if poll is not None:
            self.viewer.prime(poll.meeting_id, part)
        self._pre = _Prefetched(
            change_id=ch.change_id,
            row_id=ch.id,
            poll_id=poll.id if poll is not None else None,
            receipt=receipt,
            ballot=ballot,
            other_ballot_id=other_id,
            held=(receipt, ballot, poll, part),
        )
        if not first:
            return None
        seed_feed_head(self.s, int(row.feed_head))
        audit = (int(row.audit_seq), str(row.audit_hash)) if row.audit_seq is not None else None
        seed_audit_head(self.s, audit)
        return bool(row.due)

    def _receipt(self, ch: PushChange) -> ChangeReceipt | None:
        pre = self._pre
        if pre is not None and pre.change_id == ch.change_id:
            return pre.receipt
        return self.s.get(ChangeReceipt, ch.change_id)

    def _one(self, ch: PushChange) -> PushResult:
        receipt = self._receipt(ch)
        if receipt is not None:
            if receipt.person_id != self.person.id:
                return PushResult(
                    change_id=ch.change_id,
                    status="rejected",
                    code="INVALID",
                    message="This change id was already used by someone else; make a new change.",
                )
            answer = dict(receipt.result)
            answer["status"] = "duplicate" if answer.get("status") != "rejected" else "rejected"
            if answer["status"] == "rejected" or answer.get("code") == "SUPERSEDED":
                answer["current"] = self._current(ch)
            return PushResult.model_validate(answer)
        try:
            with self.s.begin_nested():
                result = self._apply(ch)
                # written with the change (one flush, at the savepoint's release)
                self._add_receipt(ch, result)
            return result
        except Superseded as sup:
            result = PushResult(
                change_id=ch.change_id,
                status="applied",
                version=sup.row.version,
                code="SUPERSEDED",
                message="A newer change to this record from another device was kept.",
                current=self._current(ch),
            )
        except AppError as exc:
            # A conflict may concern another record than the one sent (a second ballot for
            # the same poll): the answer then carries that record, so the client can adopt it.
            result = PushResult(
                change_id=ch.change_id,
                status="rejected",
                code=exc.code,
                message=exc.message,
                current=self._current(ch, exc.params.get("current_id")),
            )
        except IntegrityError:
            result = PushResult(
                change_id=ch.change_id,
                status="rejected",
                code="INVALID",
                message="The change contradicts a stored record (a duplicate or a missing field).",
                current=self._current(ch),
            )
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            result = PushResult(
                change_id=ch.change_id,
                status="rejected",
                code="INVALID",
                message="The store could not accept a value of this change (too long or malformed).",
                current=self._current(ch),
            )
        self._add_receipt(ch, result)
        return result

    def _add_receipt(self, ch: PushChange, result: PushResult) -> None:
        self.s.add(
            ChangeReceipt(
                change_id=ch.change_id,
                person_id=self.person.id,
                result=result.model_dump(mode="json", exclude={"current"}),
                received_at=self.now,
            )
        )

    def _current(self, ch: PushChange, row_id: str | None = None) -> dict[str, Any] | None:
        """The store's copy of the row a change concerns, when the person may see it."""
        try:
            model = model_for(ch.entity)
        except AppError:
            return None
        wanted = row_id or ch.id
        if not is_uuid(wanted):
            return None
        self._pre = None
        self.s.expire_all()
        row = self.s.get(model, wanted)
        self.viewer.refresh()
        if row is None or not self.viewer.sees(row):
            return None
        return envelope(row, self.viewer)

    # --- applying --------------------------------------------------------------------------

    def _apply(self, ch: PushChange) -> PushResult:
        model = model_for(ch.entity)
        if not is_uuid(ch.id):
            raise Invalid(f"{ch.id!r} is not a record id (a UUID).")
        if ch.entity in ("person", "device"):
            raise Forbidden("People and devices are managed by the administrators, not by sync.")
        values = from_data(model, ch.data)
        for key in ("updated_by", *SERVER_FIELDS.get(ch.entity, ())):
            values.pop(key, None)
        self._check_enums(ch.entity, values)
        pre = self._pre
        if pre is not None and pre.change_id == ch.change_id and pre.row_id == ch.id:
            existing: Synced | None = pre.ballot
        else:
            existing = self.s.get(model, ch.id)
        if existing is not None and existing.deleted and ch.deleted:
            raise Superseded(existing)
        if ch.entity in SECRETARIAT_OWNED:
            row = self._apply_owned(ch, model, values, existing)
        else:
            row = self._apply_private(ch, model, values, existing)
        seq = append_feed(self.s, ch.entity, row.id, row.version, meeting_of(self.s, row))
        self.seqs.append(seq)
        return PushResult(change_id=ch.change_id, status="applied", version=row.version, seq=seq)

    def _check_enums(self, entity: str, values: dict[str, Any]) -> None:
        for (ent, key), allowed in _ENUMS.items():
            if ent == entity and key in values and values[key] not in allowed:
                raise Invalid(
                    f"{key} must be one of {', '.join(sorted(allowed))}, not {values[key]!r}.",
                    field=key,
                )
        for key in ("recipients", "items"):
            if key in values and not (
                isinstance(values[key], list) and all(isinstance(x, str) for x in values[key])
            ):
                raise Invalid(f"{key} must be a list of ids.", field=key)
        if entity == "poll" and "options" in values:
            opts = values["options"]
            if not isinstance(opts, list) or not all(
                isinstance(o, dict)
                and isinstance(o.get("id"), str)
                and isinstance(o.get("label"), str)
                for o in opts
            ):
                raise Invalid("options must be a list of {id, label}.", field="options")
            if len({o["id"] for o in opts}) != len(opts):
                raise Invalid("Two poll options have the same id.", field="options")
        for key in ("geometry", "policy"):
            if key in values and not isinstance(values[key], dict):
                raise Invalid(f"{key} must be a JSON object.", field=key)

    def _new_row(self, model: type[Synced], row_id: str, values: dict[str, Any]) -> Synced:
        for column in sa_inspect(model).columns:
            key = column.key
            if key in ENVELOPE or key in ("updated_at", "updated_by") or key in values:
                continue
            if not column.nullable and column.default is None and column.server_default is None:
                raise Invalid(f"{key} is required to create this record.", field=key)
        row: Any = model()
        row.id, row.version, row.deleted = row_id, 0, False
        for key, value in values.items():
            setattr(row, key, value)
        self.s.add(row)
        return row  # type: ignore[no-any-return]

    # secretariat-owned: optimistic concurrency on base_version --------------------------

    def _meeting_for(self, entity: str, values: dict[str, Any], existing: Synced | None) -> str:
        if entity == "meeting":
            if existing is None:
                return ""
            return existing.id
        if entity == "document_version":
            doc_id = values.get("document_id") or getattr(existing, "document_id", None)
            old_doc: Any = getattr(existing, "document_id", None)
            if existing is not None and values.get("document_id", old_doc) != old_doc:
                raise Invalid("A document version cannot move to another document.")
            doc = self.s.get(Document, doc_id) if doc_id else None
            if doc is None or doc.deleted:
                raise NotFound("The document of this version does not exist.")
            return doc.meeting_id
        meeting_id = values.get("meeting_id") or getattr(existing, "meeting_id", None)
        old_meeting: Any = getattr(existing, "meeting_id", None)
        if existing is not None and values.get("meeting_id", old_meeting) != old_meeting:
            raise Invalid("A record cannot move to another meeting.")
        meeting = self.s.get(Meeting, meeting_id) if meeting_id else None
        if meeting is None or meeting.deleted:
            raise NotFound("The meeting of this record does not exist.")
        return str(meeting_id)

    def _apply_owned(
        self, ch: PushChange, model: type[Synced], values: dict[str, Any], existing: Synced | None
    ) -> Synced:
        values.pop("updated_at", None)
        meeting_id = self._meeting_for(ch.entity, values, existing)
        actor = self.viewer.actor(meeting_id or None)
        if ch.entity == "meeting" and existing is None:
            allowed = self.viewer.role is GlobalRole.SECRETARIAT
        elif ch.entity == "meeting" and not self.viewer.may(meeting_id, Action.EDIT_MEETING):
            allowed = meeting_run.runner_may_change(self.viewer, existing, values, ch.deleted)
        elif ch.entity == "participant" and not self.viewer.may(meeting_id, Action.EDIT_MEETING):
            allowed = meeting_run.attendance_may_change(
                self.viewer, meeting_id, existing, values, ch.deleted
            )
        elif ch.entity == "minutes":
            allowed = self.viewer.may(meeting_id, Action.PUBLISH_MINUTES)
        elif ch.entity == "poll" and not self.viewer.may(meeting_id, Action.EDIT_MEETING):
            allowed = live_votes.runner_may_change(
                self.viewer, meeting_id, existing, values, ch.deleted
            )
        else:
            allowed = self.viewer.may(meeting_id, Action.EDIT_MEETING)
        if not allowed:
            if existing is None or not self.viewer.sees(existing):
                raise Forbidden("You may not change this meeting's records.")
            raise Forbidden(
                "Only the secretariat (or the chair, for votes) may change this record."
            )
        del actor
        if existing is None:
            if ch.deleted:
                raise NotFound("There is no such record to delete.")
            if ch.base_version:
                raise NotFound("This record no longer exists on the store.")
            before: dict[str, Any] = {}
            if ch.entity == "document_version":
                self._check_blob(values)
            row = self._new_row(model, ch.id, values)
        else:
            if ch.base_version != existing.version and not live_votes.state_move_only(
                existing, values
            ):
                raise Conflict(
                    "Someone changed this record since you last synced; your change was not applied.",
                    server_version=existing.version,
                )
            before = {k: getattr(existing, k) for k in values}
            before["deleted"] = existing.deleted
            if (
                isinstance(existing, DocumentVersion)
                and values.get("blob_sha256", existing.blob_sha256) != existing.blob_sha256
            ):
                self._check_blob(values)
            row = existing
            if isinstance(row, Poll):
                self._check_poll_edit(row, values)
            for key, value in values.items():
                setattr(row, key, value)
        row.deleted = ch.deleted
        row.version = (row.version or 0) + 1
        row.updated_at = str(server_clock().now())
        row.updated_by = self.person.id
        self.s.flush()
        self._after_owned(ch, row, before, existing is None)
        append_event(
            self.s,
            "push",
            actor_id=self.person.id,
            entity=ch.entity,
            entity_id=row.id,
            details={"version": row.version, "deleted": row.deleted, "change_id": ch.change_id},
            at=self.now,
        )
        return row

    def _check_blob(self, values: dict[str, Any]) -> None:
        sha = str(values.get("blob_sha256") or "")
        if not blob_known(self.s, sha):
            raise Invalid(
                "The file of this document version has not been uploaded yet; upload it first.",
                code="BLOB_MISSING",
            )

    def _check_poll_edit(self, poll: Poll, values: dict[str, Any]) -> None:
        current = effective_state(poll.state, poll.closes_at, self.now)
        if current is not PollState.DRAFT:
            frozen = {
                k for k in _POLL_FROZEN_WHEN_OPEN if k in values and values[k] != getattr(poll, k)
            }
            if frozen:
                raise Invalid(
                    "A poll's question and options cannot change once it is open.",
                    fields=sorted(frozen),
                )
        target = PollState(values.get("state", poll.state))
        if current is PollState.CLOSED and target is not PollState.CLOSED:
            raise PollClosed("The poll has closed; it cannot be changed or reopened.")
        check_transition(current, target)

    def _after_owned(
        self, ch: PushChange, row: Synced, before: dict[str, Any], created: bool
    ) -> None:
        if isinstance(row, Poll):
            old_state = before.get("state", "draft" if created else row.state)
            if row.state == PollState.OPEN.value and (created or old_state != row.state):
                if row.opens_at is None:
                    row.opens_at = self.now
                row.results = live_votes.live_count(self.s, row)
                append_event(
                    self.s,
                    "poll.open",
                    actor_id=self.person.id,
                    entity="poll",
                    entity_id=row.id,
                    at=self.now,
                )
            if row.state == PollState.CLOSED.value and (created or old_state != row.state):
                finish_poll(self.s, row, self.now, self.seqs, actor_id=self.person.id)
        elif isinstance(row, Meeting):
            meeting_run.after_meeting_change(self.s, row, before, self.now)
        elif isinstance(row, Participant):
            self._participant_changed(row, before, created)
        elif (
            isinstance(row, Document)
            and not created
            and (
                any(
                    k in before and before[k] != getattr(row, k)
                    for k in ("recipients", "classification", "agenda_item_id")
                )
                or row.deleted
            )
        ):
            self._document_audience_changed(row, before)

    def _participant_changed(self, row: Participant, before: dict[str, Any], created: bool) -> None:
        if not self.s.get(Person, row.person_id):
            raise NotFound("There is no such person.")
        lost = row.deleted or (
            not created
            and any(k in before and before[k] != getattr(row, k) for k in ("role", "items"))
        )
        if lost:
            self.seqs.append(
                append_feed(
                    self.s,
                    "meeting",
                    row.meeting_id,
                    0,
                    row.meeting_id,
                    purge_person_id=row.person_id,
                )
            )
        if not row.deleted and (created or lost or before.get("deleted")):
            self.seqs.extend(reemit_meeting(self.s, row.meeting_id))
        self.viewer.refresh()

    def _document_audience_changed(self, doc: Document, before: dict[str, Any]) -> None:
        old = Document(
            id=doc.id,
            meeting_id=doc.meeting_id,
            title=doc.title,
            classification=before.get("classification", doc.classification),
            recipients=before.get("recipients", doc.recipients),
            agenda_item_id=before.get("agenda_item_id", doc.agenda_item_id),
        )
        parts = (
            self.s.execute(
                select(Participant).where(
                    Participant.meeting_id == doc.meeting_id, Participant.deleted.is_(False)
                )
            )
            .scalars()
            .all()
        )
        gained = False
        for part in parts:
            person = self.s.get(Person, part.person_id)
            if person is None:
                continue
            v = Viewer(self.s, person, self.now)
            saw, sees = v.sees_document(old), (not doc.deleted and v.sees_document(doc))
            if saw and not sees:
                self.seqs.append(
                    append_feed(
                        self.s,
                        "document",
                        doc.id,
                        0,
                        doc.meeting_id,
                        purge_person_id=part.person_id,
                    )
                )
            gained = gained or (sees and not saw)
        if gained:
            for version in self.s.execute(
                select(DocumentVersion).where(DocumentVersion.document_id == doc.id)
            ).scalars():
                self.seqs.append(reemit(self.s, version, doc.meeting_id))
            for ann in annotations_of_document(self.s, doc.id):
                self.seqs.append(reemit(self.s, ann, doc.meeting_id))

    # owner-private: latest hybrid-clock write wins ---------------------------------------

    def _apply_private(
        self, ch: PushChange, model: type[Synced], values: dict[str, Any], existing: Synced | None
    ) -> Synced:
        owner_field = OWNER_FIELD[ch.entity]
        values.pop(owner_field, None)
        stamp_text = values.pop("updated_at", None) or ""
        if stamp_text:
            try:
                stamp = Stamp.parse(stamp_text)
            except ValueError:
                raise Invalid(
                    "updated_at is not a hybrid clock stamp.", field="updated_at"
                ) from None
            server_clock().observe(stamp)
        else:
            stamp = server_clock().now()
        owner = getattr(existing, owner_field) if existing is not None else self.person.id
        merged = {
            **({} if existing is None else {k: getattr(existing, k) for k in values}),
            **values,
        }
        target: Any = existing if existing is not None else model()
        view = {c.key: getattr(target, c.key, None) for c in sa_inspect(model).columns}
        view.update(merged)
        view[owner_field] = owner
        floor_giver = False
        if owner != self.person.id:
            floor_giver = (
                ch.entity == "speaker_request"
                and self.viewer.may(view["meeting_id"], Action.GIVE_FLOOR)
                and set(k for k, v in values.items() if getattr(existing, k) != v)
                <= speakers.FLOOR_FIELDS
                and not ch.deleted
            )
            if not floor_giver:
                raise Forbidden("Only its owner may change this record.")
        getattr(self, f"_check_{ch.entity}")(view, existing, ch)
        if existing is not None and stamp_text and existing.updated_at:
            try:
                if Stamp.parse(existing.updated_at) >= stamp:
                    raise Superseded(existing)
            except ValueError:
                pass
        if existing is None:
            if ch.deleted:
                raise NotFound("There is no such record to delete.")
            values[owner_field] = self.person.id
            row = self._new_row(model, ch.id, values)
        else:
            previous = speakers.before_change(existing)
            row = existing
            for key, value in values.items():
                setattr(row, key, value)
        row.deleted = ch.deleted
        row.version = (row.version or 0) + 1
        row.updated_at = str(stamp)
        row.updated_by = self.person.id
        if isinstance(row, SpeakerRequest):
            may_order = self.viewer.may(row.meeting_id, Action.GIVE_FLOOR)
            speakers.after_change(
                row, previous if existing is not None else {}, may_order=may_order, now=self.now
            )
        if isinstance(row, Ballot):
            row.device_id = self.device.id if self.device else None
            if row.cast_at is None:
                row.cast_at = self.now
            poll = self.s.get(Poll, row.poll_id)
            secret = bool(poll and poll.secret)
            details: dict[str, Any] = {
                "poll_id": row.poll_id,
                "deleted": row.deleted,
                "signed": bool(row.signature),
            }
            if not secret:
                details["option_id"] = row.option_id
            live_votes.ballot_counted(self.s, row.poll_id, self.seqs)
            append_event(
                self.s,
                "ballot",
                actor_id=self.person.id,
                entity="ballot",
                entity_id=row.id,
                details=details,
                at=self.now,
            )
        return row

    def _check_annotation(
        self, view: dict[str, Any], existing: Synced | None, ch: PushChange
    ) -> None:
        version = self.s.get(DocumentVersion, view["document_version_id"] or "")
        if version is None or not self.viewer.sees_version(version):
            raise NotFound("The document this mark belongs to is not available to you.")
        doc = self.s.get(Document, version.document_id)
        assert doc is not None
        if not self.viewer.may(doc.meeting_id, Action.ANNOTATE):
            raise Forbidden("You may not annotate this meeting's documents.")

    def _check_note(self, view: dict[str, Any], existing: Synced | None, ch: PushChange) -> None:
        meeting_id = view["meeting_id"]
        if existing is not None and meeting_id != existing.meeting_id:  # type: ignore[attr-defined]
            raise Invalid("A note cannot move to another meeting.")
        if not self.viewer.sees_meeting(meeting_id) or not self.viewer.may(
            meeting_id, Action.WRITE_NOTE
        ):
            raise Forbidden("You are not a participant of this meeting.")
        if view.get("agenda_item_id") and not self.viewer.sees_item(
            meeting_id, view["agenda_item_id"]
        ):
            raise Forbidden("You are not invited to this agenda item.")

    def _check_speaker_request(
        self, view: dict[str, Any], existing: Synced | None, ch: PushChange
    ) -> None:
        meeting_id = view["meeting_id"]
        if existing is not None and meeting_id != existing.meeting_id:  # type: ignore[attr-defined]
            raise Invalid("A request to speak cannot move to another meeting.")
        if not self.viewer.sees_meeting(meeting_id):
            raise Forbidden("You are not a participant of this meeting.")
        if view["person_id"] == self.person.id and not self.viewer.may(
            meeting_id, Action.REQUEST_FLOOR
        ):
            raise Forbidden("Your role in this meeting does not include asking to speak.")

    def _check_ballot(self, view: dict[str, Any], existing: Synced | None, ch: PushChange) -> None:
        poll = self.s.get(Poll, view["poll_id"] or "")
        if existing is not None and view["poll_id"] != existing.poll_id:  # type: ignore[attr-defined]
            raise Invalid("A ballot cannot move to another poll.")
        if poll is None or poll.deleted or not self.viewer.sees_poll(poll):
            raise NotFound("This poll is not available to you.")
        if not self.viewer.may(poll.meeting_id, Action.CAST_BALLOT):
            raise Forbidden("Your role in this meeting does not include voting.")
        options = [str(o.get("id")) for o in (poll.options or []) if isinstance(o, dict)]
        if ch.deleted:
            if effective_state(poll.state, poll.closes_at, self.now) is PollState.CLOSED:
                raise PollClosed("The poll has closed; a ballot can no longer be withdrawn.")
        else:
            check_ballot(poll.state, poll.closes_at, self.now, str(view["option_id"]), options)
        if existing is None:
            pre = self._pre
            if pre is not None and pre.change_id == ch.change_id and pre.poll_id == poll.id:
                other_id = pre.other_ballot_id
            else:
                other_id = self.s.execute(
                    select(Ballot.id).where(
                        Ballot.poll_id == poll.id, Ballot.voter_id == self.person.id
                    )
                ).scalar_one_or_none()
            if other_id is not None:
                raise Conflict(
                    "You already voted on this poll from another device; change that ballot "
                    "instead (it comes back with this answer).",
                    current_id=other_id,
                )
        if self.device is not None and self.device.public_key and not ch.deleted:
            signature = view.get("signature")
            if not signature:
                raise Invalid(
                    "This ballot is not signed by your device.", code="SIGNATURE_REQUIRED"
                )
            message = signing.ballot_message(ch.id, view)
            if not signing.verify(self.device.public_key, message, str(signature)):
                raise Invalid(
                    "The ballot's signature does not match your device.", code="BAD_SIGNATURE"
                )


# --- server decisions ----------------------------------------------------------------------


def annotations_of_document(session: Session, document_id: str) -> list[Annotation]:
    versions = select(DocumentVersion.id).where(DocumentVersion.document_id == document_id)
    return list(
        session.execute(
            select(Annotation).where(Annotation.document_version_id.in_(versions))
        ).scalars()
    )


def reemit_meeting(session: Session, meeting_id: str) -> list[int]:
    """Announce every row of a meeting again (someone gained access; pull filters per person)."""
    seqs: list[int] = []
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return seqs
    seqs.append(reemit(session, meeting, meeting_id))
    models: tuple[Any, ...] = (
        Participant,
        AgendaItem,
        Document,
        Poll,
        Minutes,
        Note,
        SpeakerRequest,
    )
    for model in models:
        for row in session.execute(select(model).where(model.meeting_id == meeting_id)).scalars():
            seqs.append(reemit(session, row, meeting_id))
    docs = select(Document.id).where(Document.meeting_id == meeting_id)
    versions = list(
        session.execute(
            select(DocumentVersion).where(DocumentVersion.document_id.in_(docs))
        ).scalars()
    )
    for version in versions:
        seqs.append(reemit(session, version, meeting_id))
    if versions:
        for ann in session.execute(
            select(Annotation).where(Annotation.document_version_id.in_([v.id for v in versions]))
        ).scalars():
            seqs.append(reemit(session, ann, meeting_id))
    polls = select(Poll.id).where(Poll.meeting_id == meeting_id)
    for ballot in session.execute(select(Ballot).where(Ballot.poll_id.in_(polls))).scalars():
        seqs.append(reemit(session, ballot, meeting_id))
    return seqs


def eligible_voters(session: Session, meeting_id: str) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(Participant)
            .where(
                Participant.meeting_id == meeting_id,
                Participant.deleted.is_(False),
                Participant.role.in_([MeetingRole.CHAIR.value, MeetingRole.MEMBER.value]),
            )
        ).scalar_one()
    )


def finish_poll(
    session: Session, poll: Poll, now: dt.datetime, seqs: list[int], *, actor_id: str | None
) -> None:
    """Close a poll: compute the tally (counts only), announce the ballots that became visible."""
    poll.state = PollState.CLOSED.value
    ballots = list(
        session.execute(
            select(Ballot).where(Ballot.poll_id == poll.id, Ballot.deleted.is_(False))
        ).scalars()
    )
    options = [str(o.get("id")) for o in (poll.options or []) if isinstance(o, dict)]
    choices = [b.option_id for b in ballots if b.option_id in options]
    result = tally(options, choices, eligible_voters(session, poll.meeting_id))
    poll.results = {
        "counts": result.counts,
        "cast": result.cast,
        "eligible": result.eligible,
        "leader": result.leader(),
        "closed_at": now.isoformat(),
        **live_votes.decision(session, poll, result),
    }
    session.flush()
    if not poll.secret:
        for ballot in ballots:
            seqs.append(reemit(session, ballot, poll.meeting_id))
    append_event(
        session,
        "poll.close",
        actor_id=actor_id,
        entity="poll",
        entity_id=poll.id,
        details={"counts": result.counts, "cast": result.cast, "by_deadline": actor_id is None},
        at=now,
    )


def due_polls_exist(session: Session, now: dt.datetime) -> bool:
    return (
        session.execute(
            select(Poll.id)
            .where(
                Poll.state == PollState.OPEN.value,
                Poll.closes_at.is_not(None),
                Poll.closes_at <= now,
            )
            .limit(1)
        ).first()
        is not None
    )


def close_due_polls(session: Session, now: dt.datetime, seqs: list[int]) -> int:
    """Close every open poll past its deadline (the store's clock decides). Returns how many."""
    polls = list(
        session.execute(
            select(Poll).where(
                Poll.state == PollState.OPEN.value,
                Poll.closes_at.is_not(None),
                Poll.closes_at <= now,
            )
        ).scalars()
    )
    for poll in polls:
        finish_poll(session, poll, now, seqs, actor_id=None)
        poll.version += 1
        poll.updated_at = str(server_clock().now())
        session.flush()
        seqs.append(append_feed(session, "poll", poll.id, poll.version, poll.meeting_id))
    return len(polls)


def blob_known(session: Session, sha256: str) -> bool:
    return session.get(BlobRecord, sha256) is not None
