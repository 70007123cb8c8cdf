from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.polls import Delivery, PollsService
from meetings_app.domain.ballots import PollState
from meetings_app.domain.errors import AppError, Forbidden, PollClosed
from meetings_app.domain.models import Ballot, OutboxEntry, Rejection
from meetings_app.security import signing
from tests.support.member_meeting import NOW, MemberStore


def service(store: MemberStore, key: str | None = None, person: str | None = None) -> PollsService:
    signer = (lambda message: signing.sign(key, message)) if key else None
    return PollsService(
        store.engine, store.writer, person or store.me, store.device, signer, now=store.now
    )


def test_lists_open_meeting_polls_and_written_requests_not_drafts(store: MemberStore) -> None:
    views = service(store).polls(store.meeting)
    ids = [v.id for v in views]
    assert ids[:2] == [store.open_poll, store.written_poll]  # open ones first, soonest deadline
    assert store.draft_poll not in ids
    written = next(v for v in views if v.id == store.written_poll)
    assert written.written_opinion and written.closes_at is not None


def test_cast_offline_is_saved_signed_and_queued(store: MemberStore) -> None:
    key = signing.new_private_key()
    view = service(store, key).cast(store.open_poll, "yes", " Đồng ý ")
    assert view.my_option == "yes" and view.my_comment == "Đồng ý"
    assert view.delivery is Delivery.SAVED
    with Session(store.engine) as session:
        ballot = session.scalars(select(Ballot).where(Ballot.poll_id == store.open_poll)).one()
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == ballot.id)).one()
    assert ballot.device_id == store.device
    message = signing.ballot_message(ballot.id, entry.data)
    assert signing.verify(signing.public_key_of(key), message, entry.data["signature"])


def test_change_while_open_keeps_one_ballot(store: MemberStore) -> None:
    polls = service(store)
    polls.cast(store.open_poll, "yes")
    view = polls.cast(store.open_poll, "no", "Đổi ý")
    assert view.my_option == "no"
    with Session(store.engine) as session:
        ballots = session.scalars(select(Ballot).where(Ballot.poll_id == store.open_poll)).all()
        entries = session.scalars(select(OutboxEntry)).all()
    assert len(ballots) == 1 and len(entries) == 2


def test_closed_poll_refuses_a_ballot(store: MemberStore) -> None:
    with pytest.raises(PollClosed):
        service(store).cast(store.secret_poll, "yes")
    late = PollsService(
        store.engine, store.writer, store.me, now=lambda: NOW + dt.timedelta(hours=3)
    )
    with pytest.raises(PollClosed):  # past the deadline by this laptop's clock
        late.cast(store.open_poll, "yes")


def test_unknown_option_and_non_voter_refused(store: MemberStore) -> None:
    with pytest.raises(AppError) as bad:
        service(store).cast(store.open_poll, "maybe")
    assert bad.value.code == "INVALID"
    with pytest.raises(Forbidden):
        service(store, person=store.observer).cast(store.open_poll, "yes")


def test_delivered_then_refused_states(store: MemberStore) -> None:
    polls = service(store)
    polls.cast(store.open_poll, "yes")
    with Session(store.engine) as session, session.begin():
        entry = session.scalars(select(OutboxEntry)).one()
        data = dict(entry.data)
        session.delete(entry)  # the sync client pushed it and the server applied it
    assert polls.poll(store.open_poll).delivery is Delivery.DELIVERED
    with Session(store.engine) as session, session.begin():
        session.add(
            Rejection(
                change_id="c-1",
                entity="ballot",
                entity_id=entry.entity_id,
                code="POLL_CLOSED",
                message="The poll closed before this ballot arrived; it was not counted.",
                data=data,
                at=NOW,
            )
        )
    view = polls.poll(store.open_poll)
    assert view.delivery is Delivery.REFUSED
    assert view.refusal_code == "POLL_CLOSED" and "not counted" in view.refusal


def test_results_tally_only_for_secret_polls(store: MemberStore) -> None:
    views = {v.id: v for v in service(store).polls(store.meeting)}
    secret = views[store.secret_poll]
    assert secret.state is PollState.CLOSED
    assert secret.results is not None
    assert secret.results.counts == (("Tán thành", 17), ("Không tán thành", 3))
    assert secret.results.votes == ()
    public = views[store.public_closed]
    assert public.results is not None
    assert {v.voter for v in public.results.votes} == {"Nguyễn Văn Minh", "Trần Thị Lan"}
    assert dict(public.results.counts) == {"Tán thành": 1, "Không tán thành": 1}
