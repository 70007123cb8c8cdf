"""Owner-private rows (annotations, notes, ballots, speaker requests): only the owner's
devices write them, and the latest hybrid-clock write wins, per record.

The one exception: whoever gives the floor may change another person's speaker request's
state. A ballot is checked against its poll by the store's clock and, when the device
has a key, by its signature.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from meetings_app.domain.ballots import PollState, check_ballot, effective_state
from meetings_app.domain.clock import Stamp
from meetings_app.domain.codes import Code
from meetings_app.domain.entities import OWNER_FIELD
from meetings_app.domain.errors import Conflict, Forbidden, Invalid, NotFound, PollClosed
from meetings_app.domain.models import (
    Ballot,
    Document,
    DocumentVersion,
    Poll,
    SpeakerRequest,
    Synced,
)
from meetings_app.domain.rules import Action
from meetings_app.security import ballot_board, signing
from meetings_app.security.audit import append_event
from meetings_app.server import live_votes, speakers
from meetings_app.server.push_context import PushContext, Superseded
from meetings_app.store.feed import server_clock
from meetings_app.sync.wire import PushChange


class PrivateWrites(PushContext):
    """Applying a change to an owner-private row (part of :class:`PushService`)."""

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
            self._stamp_ballot(row, view)
            live_votes.ballot_counted(self.s, row.poll_id)
        else:
            append_event(
                self.s,
                f"{ch.entity}.push",
                actor_id=self.person.id,
                entity=ch.entity,
                entity_id=row.id,
                details={"deleted": row.deleted},
                at=self.now,
            )
        return row

    def _stamp_ballot(self, row: Ballot, view: dict[str, Any]) -> None:
        """Device, cast time and a fresh receipt for an accepted ballot, and its audit entry
        (a secret poll's entry never names the choice)."""
        row.device_id = self.device.id if self.device else None
        if row.cast_at is None:
            row.cast_at = self.now
        row.receipt = None if row.deleted else ballot_board.new_receipt(row.id, view)
        poll = self.s.get(Poll, row.poll_id)
        details: dict[str, Any] = {
            "poll_id": row.poll_id,
            "deleted": row.deleted,
            "signed": bool(row.signature),
        }
        if not (poll and poll.secret):
            details["option_id"] = row.option_id
        append_event(
            self.s,
            "ballot",
            actor_id=self.person.id,
            entity="ballot",
            entity_id=row.id,
            details=details,
            at=self.now,
        )

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
                    "This ballot is not signed by your device.", code=Code.SIGNATURE_REQUIRED
                )
            message = signing.ballot_message(ch.id, view)
            if not signing.verify(self.device.public_key, message, str(signature)):
                raise Invalid(
                    "The ballot's signature does not match your device.", code=Code.BAD_SIGNATURE
                )
