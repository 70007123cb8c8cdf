"""The ballots panel's service: open polls, written-opinion requests, casting, delivery.

What must hold true:

* a ballot is cast or changed only while its poll is open by this laptop's clock; the
  server decides finally with its own clock, and its refusal is kept and shown
  (:attr:`Delivery.REFUSED` with the server's code and sentence), never dropped;
* a cast ballot is in the local store and the outbox in one transaction, signed with the
  device's Ed25519 key over :func:`meetings_app.security.signing.ballot_message` of
  exactly the data that is pushed;
* a closed secret poll shows only the tally; an open (non-secret) one also the ballots the
  store sent this person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.actors import person_may
from meetings_app.app.local_writes import LocalWriter
from meetings_app.domain.ballots import PollState, effective_state
from meetings_app.domain.codes import Code
from meetings_app.domain.enums import MeetingKind
from meetings_app.domain.errors import Forbidden, Invalid, NotFound, PollClosed
from meetings_app.domain.models import (
    Ballot,
    Meeting,
    OutboxEntry,
    Person,
    Poll,
    Rejection,
)
from meetings_app.domain.rules import Action
from meetings_app.security import signing
from meetings_app.security.ballot_board import check_board
from meetings_app.sync.local import ballot_id

Signer = Callable[[bytes], str]
BoardFetcher = Callable[[str], "dict[str, Any] | None"]
"""Poll id → its published ballot board, or None when there is none yet."""


class BoardStatus(Enum):
    """What the closed poll's board says about this voter's ballot."""

    ON_BOARD = "on_board"
    """The board holds (signature, chain) and lists this laptop's receipt."""
    MISSING = "missing"
    """The board holds but this laptop's receipt is NOT on it: a loud warning."""
    BROKEN = "broken"
    """The board does not verify: a loud warning."""
    NOT_PUBLISHED = "not_published"
    """No board yet (the poll has not closed at the store), or no way to ask for it."""
    NO_RECEIPT = "no_receipt"
    """This laptop holds no receipt for its ballot (cast before receipts existed)."""


class Delivery(Enum):
    NONE = "none"
    """No ballot cast yet."""
    SAVED = "saved"
    """Saved on this device, waiting to reach the server."""
    DELIVERED = "delivered"
    """The server accepted it."""
    REFUSED = "refused"
    """The server refused it; ``refusal`` says why."""


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Vote:
    voter: str
    option_label: str
    comment: str


@dataclass(frozen=True)
class Results:
    """The tally (per option, poll order) and, for open polls, who voted what."""

    counts: tuple[tuple[str, int], ...]
    cast: int
    eligible: int | None
    votes: tuple[Vote, ...] = ()


@dataclass(frozen=True)
class PollView:
    """One poll as the panel shows it; plain data, safe to hand to the UI thread."""

    id: str
    meeting_id: str
    meeting_title: str
    written_opinion: bool
    question: str
    options: tuple[Option, ...]
    secret: bool
    state: PollState
    closes_at: dt.datetime | None
    can_vote: bool
    my_option: str | None = None
    my_comment: str = ""
    cast_at: dt.datetime | None = None
    delivery: Delivery = Delivery.NONE
    refusal_code: str = ""
    refusal: str = ""
    results: Results | None = None

    def label_of(self, option_id: str | None) -> str:
        return next((o.label for o in self.options if o.id == option_id), option_id or "")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PollsService:
    def __init__(
        self,
        engine: Engine,
        writer: LocalWriter,
        person_id: str,
        device_id: str | None = None,
        signer: Signer | None = None,
        now: Callable[[], dt.datetime] = _now,
        board: BoardFetcher | None = None,
    ) -> None:
        self._engine = engine
        self._board = board
        self._writer = writer
        self.person_id = person_id
        self.device_id = device_id
        self._signer = signer
        self._now = now

    # --- reading -----------------------------------------------------------------------

    def polls(self, meeting_id: str | None) -> list[PollView]:
        """Polls of ``meeting_id`` (not drafts) plus every written-opinion request still open.

        Open ones come first, soonest deadline first; then closed ones, latest first.
        """
        now = self._now()
        with Session(self._engine) as session:
            meetings = {m.id: m for m in session.scalars(select(Meeting)).all()}
            written = {mid for mid, m in meetings.items() if m.kind == MeetingKind.WRITTEN_OPINION}
            rows = session.scalars(
                select(Poll).where(Poll.deleted.is_(False), Poll.state != PollState.DRAFT.value)
            ).all()
            views: list[PollView] = []
            for poll in rows:
                state = effective_state(poll.state, poll.closes_at, now)
                in_meeting = poll.meeting_id == meeting_id
                open_request = poll.meeting_id in written and state is PollState.OPEN
                if in_meeting or open_request:
                    views.append(self._view(session, poll, meetings.get(poll.meeting_id), now))
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        open_views = sorted(
            (v for v in views if v.state is PollState.OPEN), key=lambda v: v.closes_at or far
        )
        closed = sorted(
            (v for v in views if v.state is not PollState.OPEN),
            key=lambda v: v.closes_at or far,
            reverse=True,
        )
        return open_views + closed

    def poll(self, poll_id: str) -> PollView:
        with Session(self._engine) as session:
            poll = session.get(Poll, poll_id)
            if poll is None or poll.deleted:
                raise NotFound("This poll is no longer on this laptop.", poll_id=poll_id)
            return self._view(session, poll, session.get(Meeting, poll.meeting_id), self._now())

    def _view(
        self, session: Session, poll: Poll, meeting: Meeting | None, now: dt.datetime
    ) -> PollView:
        state = effective_state(poll.state, poll.closes_at, now)
        options = tuple(
            Option(str(o.get("id", "")), str(o.get("label", "")))
            for o in poll.options
            if isinstance(o, dict)
        )
        mine = self._my_ballot(session, poll.id)
        delivery, code, message = Delivery.NONE, "", ""
        if mine is not None:
            delivery, code, message = self._delivery(session, mine)
        else:
            refused = self._refused_unstored(session, poll.id)
            if refused is not None:
                # The store never accepted this ballot and the sync took the local copy
                # back: the refusal (with the choice that was refused) is what is left.
                mine = Ballot(
                    poll_id=poll.id,
                    voter_id=self.person_id,
                    option_id=str(refused.data.get("option_id") or ""),
                    comment=str(refused.data.get("comment") or ""),
                    cast_at=None,
                )
                delivery, code, message = Delivery.REFUSED, refused.code, refused.message
        view = PollView(
            id=poll.id,
            meeting_id=poll.meeting_id,
            meeting_title=meeting.title if meeting else "",
            written_opinion=bool(meeting and meeting.kind == MeetingKind.WRITTEN_OPINION),
            question=poll.question,
            options=options,
            secret=poll.secret,
            state=state,
            closes_at=poll.closes_at,
            can_vote=self._may_vote(session, poll.meeting_id),
            my_option=mine.option_id if mine else None,
            my_comment=mine.comment if mine else "",
            cast_at=mine.cast_at if mine else None,
            delivery=delivery,
            refusal_code=code,
            refusal=message,
        )
        if state is PollState.CLOSED:
            view = _with_results(view, self._results(session, poll, options))
        return view

    def board_status(self, poll_id: str) -> BoardStatus:
        """Whether this voter's ballot is on the closed poll's published board (blocking:
        asks the store; the UI runs it on its worker)."""
        with Session(self._engine) as session:
            mine = self._my_ballot(session, poll_id)
            receipt = mine.receipt if mine is not None else None
        if not receipt:
            return BoardStatus.NO_RECEIPT
        board = self._board(poll_id) if self._board is not None else None
        if board is None:
            return BoardStatus.NOT_PUBLISHED
        verdict = check_board(board, receipt=receipt)
        if not verdict.ok:
            return BoardStatus.BROKEN
        return BoardStatus.ON_BOARD if verdict.receipt_found else BoardStatus.MISSING

    def _my_ballot(self, session: Session, poll_id: str) -> Ballot | None:
        return session.scalars(
            select(Ballot).where(
                Ballot.poll_id == poll_id,
                Ballot.voter_id == self.person_id,
                Ballot.deleted.is_(False),
            )
        ).first()

    @staticmethod
    def _delivery(session: Session, ballot: Ballot) -> tuple[Delivery, str, str]:
        pending = session.scalars(
            select(OutboxEntry.seq).where(
                OutboxEntry.entity == "ballot", OutboxEntry.entity_id == ballot.id
            )
        ).first()
        if pending is not None:
            return Delivery.SAVED, "", ""
        refusal = session.scalars(
            select(Rejection)
            .where(Rejection.entity == "ballot", Rejection.entity_id == ballot.id)
            .order_by(Rejection.at.desc())
        ).first()
        if refusal is not None and str(refusal.data.get("updated_at") or "") >= ballot.updated_at:
            return Delivery.REFUSED, refusal.code, refusal.message
        return Delivery.DELIVERED, "", ""

    def _refused_unstored(self, session: Session, poll_id: str) -> Rejection | None:
        """The latest refusal of my ballot on ``poll_id`` when no ballot row is left."""
        return session.scalars(
            select(Rejection)
            .where(
                Rejection.entity == "ballot",
                Rejection.entity_id == ballot_id(poll_id, self.person_id),
            )
            .order_by(Rejection.at.desc())
        ).first()

    def _may_vote(self, session: Session, meeting_id: str) -> bool:
        return person_may(session, self.person_id, meeting_id, Action.CAST_BALLOT)

    def _results(self, session: Session, poll: Poll, options: tuple[Option, ...]) -> Results:
        counts, cast, eligible = _server_counts(poll.results, options)
        votes: tuple[Vote, ...] = ()
        if not poll.secret:
            ballots = session.scalars(
                select(Ballot).where(Ballot.poll_id == poll.id, Ballot.deleted.is_(False))
            ).all()
            people = {
                p.id: p.full_name
                for p in session.scalars(
                    select(Person).where(Person.id.in_([b.voter_id for b in ballots]))
                ).all()
            }
            labels = {o.id: o.label for o in options}
            votes = tuple(
                Vote(
                    people.get(b.voter_id, b.voter_id),
                    labels.get(b.option_id, b.option_id),
                    b.comment,
                )
                for b in sorted(ballots, key=lambda b: people.get(b.voter_id, ""))
            )
            if counts is None:  # no server tally yet: count what this laptop was sent
                local = dict.fromkeys(labels, 0)
                for b in ballots:
                    if b.option_id in local:
                        local[b.option_id] += 1
                counts = tuple((labels[k], n) for k, n in local.items())
                cast = sum(local.values())
        return Results(counts or tuple((o.label, 0) for o in options), cast, eligible, votes)

    # --- writing -----------------------------------------------------------------------

    def cast(self, poll_id: str, option_id: str, comment: str = "") -> PollView:
        """Cast or change this person's ballot (offline too); returns the poll's new view.

        Raises ``POLL_CLOSED`` when the poll has closed, ``POLL_NOT_OPEN`` before it
        opens, ``FORBIDDEN`` for a participant who does not vote, ``INVALID`` for an
        unknown option.
        """
        now = self._now()
        with Session(self._engine) as session:
            poll = session.get(Poll, poll_id)
            if poll is None or poll.deleted:
                raise NotFound("This poll is no longer on this laptop.", poll_id=poll_id)
            state = effective_state(poll.state, poll.closes_at, now)
            if state is PollState.CLOSED:
                raise PollClosed(
                    "The poll has closed; a ballot can no longer be cast or changed.",
                    poll_id=poll_id,
                    closes_at=poll.closes_at.isoformat() if poll.closes_at else "",
                )
            if state is PollState.DRAFT:
                raise Invalid("The poll is not open yet.", code=Code.POLL_NOT_OPEN)
            if option_id not in {str(o.get("id")) for o in poll.options if isinstance(o, dict)}:
                raise Invalid("Choose one of the poll's options.", option=option_id)
            if not self._may_vote(session, poll.meeting_id):
                raise Forbidden("Your role in this meeting does not include voting.")
            ballot = self._my_ballot(session, poll_id)
            session.expunge_all()
        if ballot is None:
            ballot = Ballot(
                id=ballot_id(poll_id, self.person_id),
                poll_id=poll_id,
                voter_id=self.person_id,
                version=0,
            )
        ballot.option_id = option_id
        ballot.comment = comment.strip()
        ballot.cast_at = now.astimezone(dt.UTC)
        ballot.device_id = self.device_id
        ballot.signature = None
        if self._signer is not None:
            ballot.signature = self._signer(signing.ballot_message(ballot.id, _signed_data(ballot)))
        self._writer.save(ballot)
        return self.poll(poll_id)


def _signed_data(ballot: Ballot) -> dict[str, Any]:
    """The fields :func:`signing.ballot_message` reads, exactly as they go on the wire."""
    return {
        "poll_id": ballot.poll_id,
        "option_id": ballot.option_id,
        "comment": ballot.comment,
        "cast_at": ballot.cast_at.isoformat() if ballot.cast_at else "",
    }


def _server_counts(
    results: dict[str, Any] | None, options: tuple[Option, ...]
) -> tuple[tuple[tuple[str, int], ...] | None, int, int | None]:
    """Read the server's tally: ``{"counts": {option: n}, "cast": n, "eligible": n}``
    (a bare ``{option: n}`` map is accepted too)."""
    if not isinstance(results, dict):
        return None, 0, None
    raw = results.get("counts", results)
    if not isinstance(raw, dict):
        return None, 0, None
    counts = tuple(
        (o.label, int(raw.get(o.id, 0)) if isinstance(raw.get(o.id, 0), int) else 0)
        for o in options
    )
    cast = results.get("cast")
    eligible = results.get("eligible")
    return (
        counts,
        int(cast) if isinstance(cast, int) else sum(n for _, n in counts),
        int(eligible) if isinstance(eligible, int) else None,
    )


def _with_results(view: PollView, results: Results) -> PollView:
    return replace(view, results=results)
