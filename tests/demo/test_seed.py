"""The seeded demo store tells one story, and every report can be made from it.

The past session is complete (signed ballots counted valid, a winner announced, comments
on clauses, approved minutes whose figures agree with the ballot report); the upcoming
session is published and ready to be run live.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from meetings_app.app.reports import ReportsService
from meetings_app.demo import story
from meetings_app.demo.accounts import accounts_text
from meetings_app.demo.ballots import DEVICE_NAME
from meetings_app.demo.content import DEFAULT_ACCOUNT, DEMO_ACCOUNTS, DEMO_SECRETARIAT, VOTERS
from meetings_app.demo.report_inputs import demo_ballot
from meetings_app.demo.seed import seed_demo
from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Ballot,
    Device,
    Document,
    DocumentVersion,
    Meeting,
    Minutes,
    Participant,
    Person,
    Poll,
    RegisterEntry,
)
from meetings_app.domain.register import entry_id, subject_of
from meetings_app.security import signing
from meetings_app.security.ballot_board import check_board
from meetings_app.server.app import create_app
from meetings_app.server.board import poll_board
from meetings_app.server.settings import ServerSettings
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import make_engine, sqlite_url
from meetings_app.store.feed import record_server_change, write_session
from meetings_app.store.migrate import upgrade

PASSWORD = "mật-khẩu"
VIETNAM = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, BlobStore]]:
    """One seeded store for the module (the 500-page annex takes seconds to generate)."""
    root = tmp_path_factory.mktemp("demo-store")
    engine = make_engine(sqlite_url(root / "central.db"))
    upgrade(engine, "central")
    blobs = BlobStore(root / "blobs")
    assert seed_demo(engine, blobs, PASSWORD, pdf_dir=root / "pdfs").created
    yield engine, blobs
    engine.dispose()


def _pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _reports(engine: Engine, blobs: BlobStore, username: str) -> ReportsService:
    def read_pdf(version_id: str) -> bytes:
        with Session(engine) as s:
            version = s.get(DocumentVersion, version_id)
            assert version is not None
            return blobs.read_bytes(version.blob_sha256)

    with Session(engine) as s:
        person_id = s.scalar(select(Person.id).where(Person.username == username))
    return ReportsService(engine, read_pdf, person_id, now=lambda: ISSUED_AT)


def _past(s: Session) -> tuple[Meeting, Poll]:
    meeting = s.scalars(select(Meeting).where(Meeting.title == story.PAST_MEETING.title)).one()
    poll = s.scalars(select(Poll).where(Poll.meeting_id == meeting.id)).one()
    return meeting, poll


def test_upcoming_meeting_is_published_and_ready_to_run_live(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.kind == "meeting", Meeting.status == "published")
        ).one()
        assert meeting.title.startswith("Phiên họp Chính phủ thường kỳ tháng 11")
        assert meeting.starts_at is not None and meeting.starts_at > dt.datetime.now(dt.UTC)
        roles = set(s.scalars(select(Participant.role).where(Participant.meeting_id == meeting.id)))
        assert {"chair", "secretary", "member"} <= roles
        items = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).all()
        top = [i for i in items if i.parent_id is None]
        assert 7 <= len(top) <= 9 and len(items) > len(top)
        docs = s.scalars(select(Document).where(Document.meeting_id == meeting.id)).all()
        assert len(docs) == 10
        pages = {v.pages for v in s.scalars(select(DocumentVersion))}
        assert 500 in pages and any(15 <= p <= 25 for p in pages)
        for version in s.scalars(select(DocumentVersion)):
            assert blobs.size(version.blob_sha256) == version.size
        polls = s.scalars(select(Poll).where(Poll.meeting_id == meeting.id)).all()
        assert [(p.state, p.secret) for p in polls] == [("draft", False)]
        assert polls[0].agenda_item_id in {i.id for i in items}


def _assert_signed_by_their_devices(s: Session, poll: Poll) -> list[Ballot]:
    """Exactly the check the store makes when a ballot is pushed (server/push.py)."""
    ballots = list(s.scalars(select(Ballot).where(Ballot.poll_id == poll.id)))
    for ballot in ballots:
        device = s.get(Device, ballot.device_id or "")
        assert device is not None and device.person_id == ballot.voter_id
        assert device.public_key and ballot.signature
        signed = {
            "poll_id": ballot.poll_id,
            "option_id": ballot.option_id,
            "comment": ballot.comment,
            "cast_at": ballot.cast_at,
        }
        message = signing.ballot_message(ballot.id, signed)
        assert signing.verify(device.public_key, message, ballot.signature)
    return ballots


def _usernames(s: Session, person_ids: list[str]) -> set[str]:
    return set(s.scalars(select(Person.username).where(Person.id.in_(person_ids))))


def test_written_opinion_request_is_open_and_partly_answered(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, _ = seeded
    with Session(engine) as s:
        written = s.scalars(select(Meeting).where(Meeting.kind == "written_opinion")).one()
        assert written.status == "published"
        poll = s.scalars(select(Poll).where(Poll.meeting_id == written.id)).one()
        assert poll.state == "open"
        assert poll.closes_at is not None and poll.closes_at > dt.datetime.now(dt.UTC)
        ballots = _assert_signed_by_their_devices(s, poll)
        answered = _usernames(s, [b.voter_id for b in ballots])
    assert answered == {a.username for a in story.WRITTEN_ANSWERS}
    assert DEFAULT_ACCOUNT not in answered, "the newcomer can still answer it"


def test_past_ballots_are_signed_by_registered_device_keys(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, _ = seeded
    with Session(engine) as s:
        _meeting, poll = _past(s)
        ballots = _assert_signed_by_their_devices(s, poll)
        assert len(ballots) == len(VOTERS)
        assert _usernames(s, [b.voter_id for b in ballots]) == {v.username for v in VOTERS}
        # one registered device per voter, whichever polls they answered
        devices = s.scalars(select(Device).where(Device.name == DEVICE_NAME)).all()
        assert len({d.person_id for d in devices}) == len(devices) == len(VOTERS)


def test_past_ballot_report_counts_every_ballot_valid_and_names_the_adopted_option(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        _meeting, poll = _past(s)
        poll_id, results = poll.id, poll.results
    assert poll.state == "closed"
    assert results["counts"] == {"o1": 5, "o2": 1, "o3": 1} and results["leader"] == "o1"
    got = _pdf_text(_reports(engine, blobs, "vpcp.chuyenvien").ballot_results(poll_id))
    assert got.count("✓ hợp lệ") == len(VOTERS) and "✗" not in got
    assert "Phiếu không hợp lệ (chữ ký số không xác minh được) 0" in got
    assert "Tán thành 5 71,4%" in got
    assert "Phương án «Tán thành» nhiều phiếu nhất, được thông qua." in got


def test_the_past_polls_ballot_board_verifies_and_its_head_is_in_the_report(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        _meeting, poll = _past(s)
        board = poll_board(s, poll.id, signing.new_private_key())
        head = poll.results["board_head"]
    assert check_board(board).ok and board["head"] == head
    assert len(board["entries"]) == len(VOTERS)
    got = _pdf_text(_reports(engine, blobs, "vpcp.chuyenvien").ballot_results(poll.id))
    assert head in got.replace(" ", "")


def test_minutes_are_approved_after_the_meeting_and_agree_with_the_ballot_report(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        meeting, poll = _past(s)
        minutes = s.scalars(select(Minutes).where(Minutes.meeting_id == meeting.id)).one()
        counts, eligible = poll.results["counts"], poll.results["eligible"]
    approved = re.search(r"thông qua ngày (\d+) tháng (\d+) năm (\d+)", minutes.text)
    assert approved is not None
    day, month, year = (int(g) for g in approved.groups())
    assert meeting.ends_at is not None
    assert dt.date(year, month, day) > meeting.ends_at.astimezone(VIETNAM).date()
    got = _pdf_text(_reports(engine, blobs, "vpcp.chuyenvien").minutes(meeting.id))
    assert f"{counts['o1']}/{eligible} thành viên Chính phủ tán thành" in got
    assert f"{counts['o2']} không tán thành, {counts['o3']} không biểu quyết" in got
    assert "Nghị quyết được thông qua" in got


def test_opinion_table_has_a_row_for_each_commented_clause(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        meeting, _poll = _past(s)
        draft = s.scalars(
            select(Document).where(
                Document.meeting_id == meeting.id, Document.title.startswith("Dự thảo Nghị định")
            )
        ).one()
        shared = s.scalar(select(func.count()).where(Annotation.shared.is_(True)))
    assert shared == len(story.DRAFT_COMMENTS)
    table = _reports(engine, blobs, "vpcp.chuyenvien").opinions(draft.id)
    wanted: dict[str, list[str]] = {}
    for c in story.DRAFT_COMMENTS:
        wanted.setdefault(c.clause, []).append(c.text)
    assert {row.clause: [c.text for c in row.comments] for row in table.rows} == wanted
    assert table.drafting_agency == "Bộ Thông tin và Truyền thông"


def test_every_report_can_be_made_from_the_past_meeting(seeded: tuple[Engine, BlobStore]) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        meeting, _poll = _past(s)
    reports = _reports(engine, blobs, "vpcp.chuyenvien")
    booklet = _pdf_text(reports.agenda_booklet(meeting.id))
    assert story.PAST_AGENDA[2].title in booklet
    pack = reports.meeting_pack(meeting.id)
    assert len(PdfReader(io.BytesIO(pack.pdf)).pages) > 19


ISSUED_AT = dt.datetime(2026, 11, 3, 20, 30, tzinfo=dt.UTC)
"""20:30 UTC is already 4 November in Hà Nội: the issue date is Vietnam's."""


def test_issued_reports_take_numbers_and_dates_from_the_register(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        meeting, poll = _past(s)
    reports = _reports(engine, blobs, "vpcp.chuyenvien")
    draft = _pdf_text(reports.minutes(meeting.id))
    assert "/BB-VPCP" in draft and "ngày 04 tháng 11" not in draft
    # the lines as the store gives them (tests/sync/test_register.py)
    with write_session(engine) as s:
        for number, kind, record in ((1, "minutes", meeting.id), (2, "ballot", poll.id)):
            subject = subject_of(kind, record)
            line = RegisterEntry(
                id=entry_id("VPCP", subject),
                meeting_id=meeting.id,
                kind=kind,
                subject=subject,
                issuer="VPCP",
                number=number,
                year=2026,
                issued_at=ISSUED_AT,
            )
            record_server_change(s, line)
    minutes = _pdf_text(reports.minutes(meeting.id, issue=True))
    assert "Số: 01/BB-VPCP" in minutes
    assert "Hà Nội, ngày 04 tháng 11 năm 2026" in minutes
    assert "Số: 02/KQBQ-VPCP" in _pdf_text(reports.ballot_results(poll.id))  # a reprint


def test_database_free_report_inputs_agree_with_the_store(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, _ = seeded
    with Session(engine) as s:
        _meeting, poll = _past(s)
        labels = {o["id"]: o["label"] for o in poll.options}
        counts = {labels[k]: v for k, v in poll.results["counts"].items()}
    ballot = demo_ballot()
    assert {label: [v.choice for v in ballot.votes].count(label) for label in labels.values()} == (
        counts
    )
    assert "được thông qua" in ballot.outcome and ballot.eligible == poll.results["eligible"]


def test_seed_is_idempotent(seeded: tuple[Engine, BlobStore], tmp_path: Path) -> None:
    engine, blobs = seeded
    with Session(engine) as s:
        before = s.scalar(select(func.count()).select_from(Meeting))
    assert not seed_demo(engine, blobs, "other", pdf_dir=tmp_path).created
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == before


def test_every_demo_account_signs_in_and_members_see_only_published_meetings(
    seeded: tuple[Engine, BlobStore],
) -> None:
    engine, blobs = seeded
    settings = ServerSettings(db_url=str(engine.url), blob_dir=blobs.root)
    documents: dict[str, int] = {}
    statuses: set[str] = set()
    with TestClient(create_app(settings)) as client:
        for person in DEMO_ACCOUNTS:
            answer = client.post(
                "/api/v1/auth/login",
                json={"username": person.username, "password": PASSWORD, "device_name": "t"},
            )
            assert answer.status_code == 200, answer.text
            token = answer.json()["token"]
            pulled = client.get(
                "/api/v1/sync/pull",
                params={"cursor": 0, "limit": 5000},
                headers={"Authorization": f"Bearer {token}"},
            ).json()
            documents[person.username] = sum(c["entity"] == "document" for c in pulled["changes"])
            if person.role == "member":
                statuses |= {
                    c["data"]["status"] for c in pulled["changes"] if c["entity"] == "meeting"
                }
        wrong = client.post(
            "/api/v1/auth/login",
            json={"username": "bt.tuphap", "password": "demo", "device_name": "t"},
        )
        assert wrong.status_code == 401 and wrong.json()["message"]
    assert statuses == {"published", "closed"}
    # The budget report is confidential: the finance minister and the chair receive it.
    assert documents["bt.taichinh"] == documents["bt.tuphap"] + 1
    assert documents["thutuong"] == documents["bt.taichinh"]
    assert documents["quansat"] < documents["bt.tuphap"]
    assert documents[DEMO_SECRETARIAT.username] >= documents["thutuong"]


def test_accounts_text_lists_every_demo_account() -> None:
    text = accounts_text("bí-mật")
    assert "bí-mật" in text
    for person in DEMO_ACCOUNTS:
        assert person.username in text and person.full_name in text
    assert DEMO_SECRETARIAT.username in text
