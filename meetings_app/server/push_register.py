"""The document register on the store: a laptop asks for a line, the store gives the number.

A ``register_entry`` change is a request, "issue this report": the store fills in the
number (one past the highest it ever gave the issuer that year), the year and the time of
issue, all by its own clock and under the push's write lock, so numbers are consecutive
and never given twice whichever laptop asks (the unique key on issuer, year and number
guards the rule in the database too). The line's id is derived from the issuer and the
subject (:func:`~meetings_app.domain.register.entry_id`): a second request for the same
report, from any laptop, is answered with the line already given (status ``applied``,
code ``SUPERSEDED``, the store's copy in ``current``), so a reprint keeps its number.
A line is never changed or withdrawn once given.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from meetings_app.domain.errors import Forbidden, Invalid, NotFound
from meetings_app.domain.models import Meeting, RegisterEntry, Synced
from meetings_app.domain.register import entry_id, issue_day, next_number, subject_of
from meetings_app.domain.rules import Action
from meetings_app.security.audit import append_event
from meetings_app.server.push_context import PushContext, Superseded
from meetings_app.store.feed import server_clock
from meetings_app.sync.wire import PushChange

_ISSUED = "This report already has its number in the register; the store's line is kept."


class RegisterWrites(PushContext):
    """Applying a request for a register line (part of :class:`PushService`)."""

    def _apply_register(
        self, ch: PushChange, values: dict[str, Any], existing: Synced | None
    ) -> Synced:
        if existing is not None:
            raise Superseded(existing, _ISSUED)
        if ch.deleted:
            raise Invalid("A line of the register is never withdrawn.")
        meeting_id = str(values.get("meeting_id") or "")
        meeting = self.s.get(Meeting, meeting_id) if meeting_id else None
        if meeting is None or meeting.deleted or not self.viewer.sees_meeting(meeting_id):
            raise NotFound("The meeting of this report does not exist.")
        if not self.viewer.may(meeting_id, Action.PUBLISH_MINUTES):
            raise Forbidden("Only the secretariat issues the meeting's documents.")
        self._check_request(ch, values)
        issued_at = self.now
        year = issue_day(issued_at).year
        given = self.s.scalars(
            select(RegisterEntry.number).where(
                RegisterEntry.issuer == values["issuer"], RegisterEntry.year == year
            )
        )
        values.update(number=next_number(given), year=year, issued_at=issued_at)
        row = self._new_row(RegisterEntry, ch.id, values)
        row.version = 1
        row.updated_at = str(server_clock().now())
        row.updated_by = self.person.id
        self.s.flush()
        append_event(
            self.s,
            "register.issue",
            actor_id=self.person.id,
            entity="register_entry",
            entity_id=row.id,
            details={"subject": values["subject"], "number": values["number"], "year": year},
            at=self.now,
        )
        return row

    def _check_request(self, ch: PushChange, values: dict[str, Any]) -> None:
        """The request names a known kind, its subject is ``kind:id`` and its id is the
        one every laptop derives for that issuer and subject."""
        kind, subject, issuer = (str(values.get(k) or "") for k in ("kind", "subject", "issuer"))
        try:
            expected = subject_of(kind, subject.partition(":")[2])
        except KeyError:
            raise Invalid(f"No report kind {kind!r} is issued.", field="kind") from None
        if subject != expected or not issuer:
            raise Invalid("A register line names its subject as kind:id and its issuer.")
        if ch.id != entry_id(issuer, subject):
            raise Invalid("A register line's id is derived from its issuer and subject.")
