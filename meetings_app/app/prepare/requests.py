"""Written-opinion requests (phiếu lấy ý kiến): the question, the options, the deadline.

A request is a meeting of kind ``written_opinion`` holding one poll; its draft documents
are the meeting's documents. What must hold true:

* the question and options can change only while the request is a draft (the store
  freezes them once it is open);
* opening it publishes the meeting and opens the poll in one local transaction;
* who has answered is shown, never how, for a secret request (the store sends nobody
  a secret ballot but its voter; for an open request ballots reach the organisers only
  once it is closed);
* a reminder is the poll's ``reminded_at``: laptops of those who have not answered show
  a notice when it arrives;
* the deadline is the store's to enforce; closing by hand is a state change the store
  validates like any other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.access import organised_meeting
from meetings_app.domain.ballots import PollState, effective_state
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid, NotFound
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Ballot, Meeting, Participant, Person, Poll

VOTERS = ("chair", "member")


@dataclass(frozen=True)
class RequestForm:
    question: str
    options: tuple[str, ...] = ("Đồng ý", "Không đồng ý", "Ý kiến khác")
    secret: bool = False
    closes_at: dt.datetime | None = None

    def checked(self) -> RequestForm:
        options = tuple(o.strip() for o in self.options if o.strip())
        if not self.question.strip():
            raise Invalid("A request needs a question.", code=Code.QUESTION_REQUIRED)
        if len(options) < 2 or len(set(options)) != len(options):
            raise Invalid(
                "A request needs two or more different options.", code=Code.OPTIONS_INVALID
            )
        return RequestForm(self.question.strip(), options, self.secret, self.closes_at)


@dataclass(frozen=True)
class Answerer:
    person_id: str
    name: str
    answered: bool


@dataclass(frozen=True)
class Progress:
    """Who has answered (never how, for a secret request) and where the request stands."""

    poll_id: str
    state: str
    secret: bool
    closes_at: dt.datetime | None
    people: tuple[Answerer, ...]
    counts: dict[str, int] | None
    """Option label → votes, once the store has closed it (the tally it computed)."""

    @property
    def answered(self) -> int:
        return sum(p.answered for p in self.people)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class RequestsDesk:
    """The request of a written-opinion meeting, on the laptop store."""

    def __init__(
        self, engine: Engine, writer: LocalWriter, now: Callable[[], dt.datetime] = _now
    ) -> None:
        self._engine = engine
        self._writer = writer
        self._now = now

    def _require(self, session: Session, meeting_id: str) -> Meeting:
        return organised_meeting(
            session,
            self._writer.person_id,
            meeting_id,
            "Only the secretariat may change this request.",
        )

    def _poll(self, session: Session, meeting_id: str) -> Poll | None:
        return session.scalar(
            select(Poll)
            .where(Poll.meeting_id == meeting_id, Poll.deleted.is_(False))
            .order_by(Poll.id)
        )

    def time_zone(self, meeting_id: str) -> str:
        with Session(self._engine) as session:
            return self._require(session, meeting_id).time_zone

    def form(self, meeting_id: str) -> RequestForm | None:
        with Session(self._engine) as session:
            self._require(session, meeting_id)
            poll = self._poll(session, meeting_id)
            if poll is None:
                return None
            labels = tuple(str(o.get("label", "")) for o in poll.options or [])
            return RequestForm(poll.question, labels, poll.secret, poll.closes_at)

    def save(self, meeting_id: str, form: RequestForm) -> str:
        """Create or change the draft request; returns the poll id."""
        checked = form.checked()
        with Session(self._engine) as session:
            meeting = self._require(session, meeting_id)
            poll = self._poll(session, meeting_id)
        if poll is not None and poll.state != PollState.DRAFT.value:
            raise Invalid("An open request cannot be changed.", code=Code.REQUEST_NOT_DRAFT)
        poll = poll or Poll(id=new_id(), meeting_id=meeting_id, state="draft")
        poll.question = checked.question
        poll.options = [
            {"id": f"o{i + 1}", "label": label} for i, label in enumerate(checked.options)
        ]
        poll.secret = checked.secret
        poll.closes_at = checked.closes_at or meeting.ends_at
        self._writer.save(poll)
        return poll.id

    def open(self, meeting_id: str) -> None:
        """Publish the request's meeting and open its poll, together."""
        with Session(self._engine) as session:
            meeting = self._require(session, meeting_id)
            poll = self._poll(session, meeting_id)
        if poll is None:
            raise NotFound("Write the request's question first.", code=Code.NO_REQUEST)
        if poll.closes_at is not None and poll.closes_at <= self._now():
            raise Invalid("The deadline has already passed.", code=Code.DEADLINE_PASSED)
        meeting.status = "published"
        poll.state = PollState.OPEN.value
        poll.opens_at = self._now()
        self._writer.save_many([meeting, poll])

    def remind(self, meeting_id: str) -> None:
        """A notice on the laptops of those who have not answered yet."""
        poll = self._open_poll(meeting_id)
        poll.reminded_at = self._now()
        self._writer.save(poll)

    def close(self, meeting_id: str) -> None:
        """Close the request now (the store computes the results)."""
        poll = self._open_poll(meeting_id)
        poll.state = PollState.CLOSED.value
        self._writer.save(poll)

    def _open_poll(self, meeting_id: str) -> Poll:
        with Session(self._engine) as session:
            self._require(session, meeting_id)
            poll = self._poll(session, meeting_id)
        if (
            poll is None
            or effective_state(poll.state, poll.closes_at, self._now()) != PollState.OPEN
        ):
            raise Invalid("The request is not open.", code=Code.POLL_NOT_OPEN)
        return poll

    def progress(self, meeting_id: str) -> Progress | None:
        """Who of the members has answered, from what the store lets this laptop know:
        ``results["answered"]`` (voter ids, sent while open) and the ballots it holds."""
        with Session(self._engine) as session:
            self._require(session, meeting_id)
            poll = self._poll(session, meeting_id)
            if poll is None:
                return None
            voters = session.execute(
                select(Person.id, Person.full_name)
                .join(Participant, Participant.person_id == Person.id)
                .where(
                    Participant.meeting_id == meeting_id,
                    Participant.deleted.is_(False),
                    Participant.role.in_(VOTERS),
                )
                .order_by(Person.full_name)
            ).all()
            answered = set((poll.results or {}).get("answered") or [])
            answered |= set(
                session.scalars(
                    select(Ballot.voter_id).where(
                        Ballot.poll_id == poll.id, Ballot.deleted.is_(False)
                    )
                )
            )
            state = effective_state(poll.state, poll.closes_at, self._now()).value
            return Progress(
                poll.id,
                state,
                poll.secret,
                poll.closes_at,
                tuple(Answerer(pid, name, pid in answered) for pid, name in voters),
                _counts(poll),
            )


def _counts(poll: Poll) -> dict[str, int] | None:
    counts = (poll.results or {}).get("counts")
    if not isinstance(counts, dict):
        return None
    labels = {str(o.get("id")): str(o.get("label")) for o in poll.options or []}
    return {labels.get(str(k), str(k)): int(v) for k, v in counts.items()}
