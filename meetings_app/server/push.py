"""Apply pushed changes: at most once each, all-or-nothing each, decided by the domain rules.

One push request is one write transaction (holding the store's write lock); each change
runs in its own savepoint, so a refused change leaves no trace but its receipt, and the
receipt (keyed by ``change_id``) makes a repeated change answer ``duplicate`` with the
same version and sequence as the first time. What each kind of row allows lives in
:mod:`~meetings_app.server.push_owned` and :mod:`~meetings_app.server.push_private`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError

from meetings_app.domain.codes import Code
from meetings_app.domain.entities import ENUM_FIELDS, SECRETARIAT_OWNED, SERVER_FIELDS
from meetings_app.domain.errors import AppError, Forbidden, Invalid
from meetings_app.domain.ids import is_uuid
from meetings_app.domain.models import Ballot, ChangeReceipt, Person, Synced
from meetings_app.server.polls import close_due_polls
from meetings_app.server.push_context import Superseded
from meetings_app.server.push_owned import OwnedWrites
from meetings_app.server.push_people import PeopleWrites
from meetings_app.server.push_prefetch import prefetch
from meetings_app.server.push_private import PrivateWrites
from meetings_app.server.push_register import RegisterWrites
from meetings_app.server.visibility import Viewer, wire_data
from meetings_app.store.deferred import add_row, atomic
from meetings_app.store.feed import append_feed, meeting_of
from meetings_app.sync.wire import PushChange, PushResult, from_data, model_for


def envelope(row: Synced, viewer: Viewer) -> dict[str, Any]:
    """A row as a pull change's envelope, as this viewer may receive it."""
    return {
        "id": row.id,
        "version": row.version,
        "deleted": row.deleted,
        "data": wire_data(row, viewer),
    }


class PushService(OwnedWrites, PrivateWrites, PeopleWrites, RegisterWrites):
    """Applies one request's changes inside the caller's write transaction."""

    # --- entry point ---------------------------------------------------------------------

    def push(self, changes: list[PushChange]) -> list[PushResult]:
        """Apply each change at most once, in order, and answer each (DESIGN.md, push).

        Polls past their deadline are closed first (the store's clock). Every change runs
        in its own savepoint: a refused change leaves nothing but its receipt, so sending
        the same ``change_id`` again gets the same answer (``duplicate``).
        """
        due = None
        if self.ready is not None:
            self._pre, due = self.ready, False
        elif changes:
            self._pre, due = prefetch(self.s, self.viewer, changes[0], self.now, first=True)
        if due is None or due:  # not known yet, or some poll is past its deadline
            close_due_polls(self.s, self.now, self.seqs)
        results: list[PushResult] = []
        for i, change in enumerate(changes):
            if i:
                self._pre, _ = prefetch(self.s, self.viewer, change, self.now, first=False)
            try:
                results.append(self._one(change))
            finally:
                self._pre = None
        return results

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
                    code=Code.INVALID,
                    message="This change id was already used by someone else; make a new change.",
                )
            answer = dict(receipt.result)
            answer["status"] = "duplicate" if answer.get("status") != "rejected" else "rejected"
            if answer["status"] == "rejected" or answer.get("code") == Code.SUPERSEDED:
                answer["current"] = self._current(ch)
            return PushResult.model_validate(answer)
        try:
            with atomic(self.s):
                result = self._apply(ch)
                # written with the change (one flush at the savepoint's release, or with
                # the batch's rows: store.deferred)
                self._add_receipt(ch, result)
            return result
        except Superseded as sup:
            result = PushResult(
                change_id=ch.change_id,
                status="applied",
                version=sup.row.version,
                code=Code.SUPERSEDED,
                message=sup.message
                or "A newer change to this record from another device was kept.",
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
                code=Code.INVALID,
                message="The change contradicts a stored record (a duplicate or a missing field).",
                current=self._current(ch),
            )
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            result = PushResult(
                change_id=ch.change_id,
                status="rejected",
                code=Code.INVALID,
                message="The store could not accept a value of this change (too long or malformed).",
                current=self._current(ch),
            )
        self._add_receipt(ch, result)
        return result

    def _add_receipt(self, ch: PushChange, result: PushResult) -> None:
        add_row(
            self.s,
            ChangeReceipt(
                change_id=ch.change_id,
                person_id=self.person.id,
                # never the receipt: it would tie a person to a line of a secret poll's board
                result=result.model_dump(mode="json", exclude={"current", "receipt"}),
                received_at=self.now,
            ),
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
        if ch.entity == "device":
            raise Forbidden("Devices are managed by the administrators, not by sync.")
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
        if ch.entity == "person":
            person = existing if isinstance(existing, Person) else None
            row: Synced = self._apply_person(ch, values, person)
        elif ch.entity in SECRETARIAT_OWNED:
            row = self._apply_owned(ch, model, values, existing)
        elif ch.entity == "register_entry":
            row = self._apply_register(ch, values, existing)
        else:
            row = self._apply_private(ch, model, values, existing)
        seq = append_feed(self.s, ch.entity, row.id, row.version, meeting_of(self.s, row))
        self.seqs.append(seq)
        receipt = row.receipt if isinstance(row, Ballot) else None
        return PushResult(
            change_id=ch.change_id, status="applied", version=row.version, seq=seq, receipt=receipt
        )

    def _check_enums(self, entity: str, values: dict[str, Any]) -> None:
        for (ent, key), kind in ENUM_FIELDS.items():
            allowed = frozenset(kind)
            if ent == entity and key in values and values[key] not in allowed:
                raise Invalid(
                    f"{key} must be one of {', '.join(sorted(allowed))}, not {values[key]!r}.",
                    field=key,
                )
        for key in ("recipients", "items"):
            if key in values and not (
                isinstance(values[key], list)
                and all(isinstance(x, str) and is_uuid(x) for x in values[key])
            ):
                raise Invalid(f"{key} must be a list of record ids (UUIDs).", field=key)
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
