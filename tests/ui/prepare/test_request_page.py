"""Written-opinion requests: write, open, follow who answered (never how), remind, close."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.prepare.meetings import MeetingEditor, MeetingForm
from meetings_app.app.prepare.people import ParticipantsDesk
from meetings_app.app.prepare.requests import RequestForm, RequestsDesk
from meetings_app.app.services import ClientServices
from meetings_app.domain.errors import Invalid
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Ballot, Meeting, OutboxEntry, Poll
from meetings_app.ui.prepare.answer_progress_model import AnswerProgressModel
from meetings_app.ui.prepare.request_page import RequestPage
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def request_meeting(secretariat: ClientServices, store: ReaderStore) -> str:
    """A written-opinion meeting with the fixture's two members as voters."""
    meeting_id = MeetingEditor(secretariat.engine, secretariat.writer).create(
        MeetingForm(
            title="Lấy ý kiến về dự thảo Nghị định",
            kind="written_opinion",
            ends_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=5),
        )
    )
    people = ParticipantsDesk(secretariat.engine, secretariat.writer)
    for row in people.directory():
        if row.username in ("bt.tuphap", "thutuong"):
            people.add(meeting_id, row.id, "member")
    return meeting_id


def test_a_request_is_written_opened_and_followed(  # type: ignore[no-untyped-def]
    qtbot, secretariat: ClientServices, store: ReaderStore, request_meeting: str
) -> None:
    page = RequestPage(RequestsDesk(secretariat.engine, secretariat.writer))
    qtbot.addWidget(page)
    page.load(request_meeting)
    qtbot.waitUntil(lambda: page.save_button.isEnabled())
    assert not page.open_button.isEnabled()  # nothing to open yet
    page.question.setPlainText("Đồng ý thông qua dự thảo Nghị định?")
    page.secret.setChecked(True)
    with qtbot.waitSignal(page.sig_saved):
        page.save_button.click()
    qtbot.waitUntil(lambda: page.open_button.isEnabled())
    with qtbot.waitSignal(page.sig_saved):
        page.open_button.click()
    qtbot.waitUntil(lambda: page.remind_button.isEnabled())
    with Session(secretariat.engine) as session:
        meeting = session.get(Meeting, request_meeting)
        poll = session.scalar(select(Poll).where(Poll.meeting_id == request_meeting))
        assert meeting is not None and poll is not None
        assert (meeting.status, poll.state, poll.secret) == ("published", "open", True)
        poll_id = poll.id
        # what the store would send after one member answered: who, not how
        poll.results = {"answered": [store.me]}
        session.commit()
    page.load(request_meeting)
    qtbot.waitUntil(lambda: page.progress is not None and page.progress.answered == 1)
    assert "1" in page.summary.text()
    model: AnswerProgressModel = page.model
    assert [r.answered for r in model.rows] == [False, True]  # who has not answered, first
    assert model.index(1, 0).data() == "Nguyễn Văn Tư"
    assert model.columnCount() == 2  # no column could ever say how someone answered
    with qtbot.waitSignal(page.sig_saved):
        page.remind_button.click()
    with qtbot.waitSignal(page.sig_saved):
        page.close_button.click()
    with Session(secretariat.engine) as session:
        entries = [(e.entity, e.data.get("state")) for e in session.scalars(select(OutboxEntry))]
        poll = session.get(Poll, poll_id)
        assert poll is not None and poll.reminded_at is not None
    assert entries[-1] == ("poll", "closed")


def test_an_open_request_cannot_be_rewritten(
    secretariat: ClientServices, request_meeting: str
) -> None:
    desk = RequestsDesk(secretariat.engine, secretariat.writer)
    desk.save(request_meeting, RequestForm("Đồng ý?"))
    desk.open(request_meeting)
    with pytest.raises(Invalid) as refused:
        desk.save(request_meeting, RequestForm("Câu hỏi khác?"))
    assert refused.value.code == "REQUEST_NOT_DRAFT"
    with pytest.raises(Invalid) as refused:
        desk.save(request_meeting, RequestForm("Đồng ý?", ("Có", "Có")))
    assert refused.value.code == "OPTIONS_INVALID"


def test_ballots_held_here_count_as_answered(
    secretariat: ClientServices, store: ReaderStore, request_meeting: str
) -> None:
    desk = RequestsDesk(secretariat.engine, secretariat.writer)
    poll_id = desk.save(request_meeting, RequestForm("Đồng ý?"))
    with Session(secretariat.engine) as session, session.begin():
        session.add(Ballot(id=new_id(), poll_id=poll_id, voter_id=store.me, option_id="o1"))
    progress = desk.progress(request_meeting)
    assert progress is not None
    assert [(p.name, p.answered) for p in progress.people if p.answered] == [
        ("Nguyễn Văn Tư", True)
    ]


def test_a_member_who_has_not_answered_gets_the_reminder_as_a_notice() -> None:
    from meetings_app.app.sync_service import _diff, _Snapshot

    polls = {"p": ("Đồng ý?", "m")}
    before = _Snapshot({"d": ("Doc", "m")}, {}, polls, {}, {"p": ""})
    after = _Snapshot({"d": ("Doc", "m")}, {}, polls, {}, {"p": "2026-12-01T01:00:00+00:00"})
    [notice] = _diff(before, after)
    assert (notice.kind, notice.ref_id) == ("reminder", "p")
    answered = _Snapshot({"d": ("Doc", "m")}, {}, polls, {}, {})
    assert _diff(before, answered) == []
