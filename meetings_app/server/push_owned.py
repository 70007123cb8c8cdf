"""Secretariat-owned rows (meetings, agendas, documents, polls, minutes): optimistic
concurrency on ``base_version``; a stale write is a conflict carrying the store's copy.

Who may write is decided by the domain rules; what a write changes for others (a poll
closing, a participation or a document's audience or a meeting's status changing) is
announced here through :mod:`meetings_app.server.reannounce` and :mod:`meetings_app.server.polls`.
"""

from __future__ import annotations

from typing import Any

from meetings_app.domain.ballots import PollState, check_transition, effective_state
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Conflict, Forbidden, Invalid, NotFound, PollClosed
from meetings_app.domain.models import (
    Document,
    DocumentVersion,
    Meeting,
    Participant,
    Person,
    Poll,
    Synced,
)
from meetings_app.domain.rules import Action, GlobalRole
from meetings_app.security.audit import append_event
from meetings_app.server import amendments, live_votes, meeting_run
from meetings_app.server.blob_access import blob_known
from meetings_app.server.polls import finish_poll
from meetings_app.server.push_context import PushContext
from meetings_app.server.reannounce import (
    document_audience_changed,
    meeting_status_changed,
    participation_changed,
)
from meetings_app.store.feed import server_clock
from meetings_app.sync.wire import PushChange

_POLL_FROZEN_WHEN_OPEN = frozenset(
    {"question", "options", "secret", "meeting_id", "agenda_item_id"}
)


class OwnedWrites(PushContext):
    """Applying a change to a secretariat-owned row (part of :class:`PushService`)."""

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
        amendments.drop_echoes(self.viewer, existing, values)
        meeting_id = self._meeting_for(ch.entity, values, existing)
        if ch.entity == "meeting" and existing is None:
            allowed = self.viewer.role is GlobalRole.SECRETARIAT
        elif ch.entity == "minutes":
            allowed = meeting_run.minutes_may_change(
                self.viewer, meeting_id, existing, values, ch.deleted
            )
        elif self.viewer.may(meeting_id, Action.EDIT_MEETING):
            allowed = True
        elif ch.entity == "meeting":
            allowed = meeting_run.runner_may_change(self.viewer, existing, values, ch.deleted)
        elif ch.entity == "participant":
            allowed = meeting_run.attendance_may_change(
                self.viewer, meeting_id, existing, values, ch.deleted
            )
        elif ch.entity == "poll":
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
        self.seqs.extend(amendments.hold(self.s, row, before, existing is None))
        if isinstance(row, Meeting) and "release_amendments" in ch.data:
            self._release(row, ch.data["release_amendments"])
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

    def _release(self, meeting: Meeting, how: object) -> None:
        """Publish or discard the meeting's held amendments (its organisers only)."""
        if not self.viewer.may(meeting.id, Action.EDIT_MEETING):
            raise Forbidden("Only the secretariat may publish or discard amendments.")
        self.seqs.extend(amendments.release(self.s, meeting, how, self.person.id, self.now))

    def _check_blob(self, values: dict[str, Any]) -> None:
        sha = str(values.get("blob_sha256") or "")
        if not blob_known(self.s, sha):
            raise Invalid(
                "The file of this document version has not been uploaded yet; upload it first.",
                code=Code.BLOB_MISSING,
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
            old_state = before.get("state", PollState.DRAFT.value if created else row.state)
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
            self.seqs.extend(document_audience_changed(self.s, row, before, self.now))
        elif isinstance(row, Meeting) and not created:
            meeting_run.after_meeting_change(self.s, row, before, self.now)
            if before.get("status", row.status) == row.status:
                return
            old_status = str(before["status"])
            self.seqs.extend(meeting_status_changed(self.s, row, old_status, self.now))
            self.viewer.refresh()

    def _participant_changed(self, row: Participant, before: dict[str, Any], created: bool) -> None:
        if not self.s.get(Person, row.person_id):
            raise NotFound("There is no such person.")
        self.seqs.extend(participation_changed(self.s, row, before, created))
        self.viewer.refresh()
