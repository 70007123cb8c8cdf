"""The secretariat prepares a meeting on its own laptop, against a real store; the chair and
members receive what they may; versions, a written-opinion request and two secretaries.

Everything goes through the prepare services (the same the workspace calls) and the
ordinary sync client: no row is written into the store behind the protocol's back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.documents_service import DocumentsService
from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.agenda import AgendaPlanner, PlannedItem
from meetings_app.app.prepare.conflicts import ConflictsService
from meetings_app.app.prepare.documents import Description, DocumentDesk
from meetings_app.app.prepare.meetings import MeetingEditor, MeetingForm
from meetings_app.app.prepare.outputs import OutputsService
from meetings_app.app.prepare.people import ParticipantsDesk
from meetings_app.app.prepare.publication import Publication
from meetings_app.app.prepare.requests import RequestForm, RequestsDesk
from meetings_app.app.publishing import HttpBlobUploader, PublishingService
from meetings_app.app.reanchoring import ReanchoringService
from meetings_app.app.reports import ReportsService
from meetings_app.documents.pdf_info import ImportRefused
from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Ballot,
    Document,
    DocumentVersion,
    Meeting,
)
from meetings_app.sync.local import ballot_id, record_change
from tests.support.factories import Laptop, World
from tests.support.local_store import decree_pdf

MEMBERS = ("alice", "bob", "carol")
QUOTE = "Phạm vi điều chỉnh"


class Desk:
    """A secretariat laptop with the prepare services on it."""

    def __init__(self, world: World, username: str) -> None:
        self.laptop: Laptop = world.client(username)
        self.laptop.client.sync()  # the directory (people) and roles arrive
        engine = self.laptop.engine
        writer = LocalWriter(engine, self.laptop.person_id)
        uploader = HttpBlobUploader("http://testserver", lambda: self.laptop.token, http=world.http)
        publishing = PublishingService(engine, writer, self.laptop.client.blobs, uploader)
        self.meetings = MeetingEditor(engine, writer)
        self.agenda = AgendaPlanner(engine, writer)
        self.documents = DocumentDesk(engine, writer, publishing)
        self.people = ParticipantsDesk(engine, writer)
        self.publication = Publication(engine, writer)
        self.requests = RequestsDesk(engine, writer)
        self.conflicts = ConflictsService(engine, writer)
        reader = DocumentsService(engine, self.laptop.client.blobs)
        self.outputs = OutputsService(
            engine, ReportsService(engine, reader.read_pdf, self.laptop.person_id)
        )

    def sync(self) -> None:
        report = self.laptop.client.sync()
        assert report.rejected == 0, [(r.code, r.message) for r in self.laptop.client.rejections()]

    def invite(self, meeting_id: str, roles: dict[str, str]) -> None:
        by_username = {p.username: p.id for p in self.people.directory()}
        for username, role in roles.items():
            self.people.add(meeting_id, by_username[username], role)


@pytest.fixture
def people(world: World) -> World:
    world.person("vpcp", role="secretariat", full_name="Nguyễn Thị Lan")
    world.person("vpcp2", role="secretariat", full_name="Trần Văn Bình")
    world.person("chair", full_name="Lê Minh Quân")
    for name in MEMBERS:
        world.person(name, full_name=name.title())
    return world


def rows(laptop: Laptop, model: type) -> list:  # type: ignore[type-arg]
    with Session(laptop.engine) as session:
        return list(session.scalars(select(model).where(model.deleted.is_(False))))


def test_a_meeting_prepared_offline_first_reaches_each_person_as_they_may_see_it(
    people: World, tmp_path: Path
) -> None:
    desk = Desk(people, "vpcp")
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    meeting_id = desk.meetings.create(
        MeetingForm(
            title="Phiên họp thường kỳ", starts_at=start, ends_at=start + dt.timedelta(hours=3)
        )
    )
    desk.invite(meeting_id, {"chair": "chair", **{m: "member" for m in MEMBERS}})
    desk.agenda.save(
        meeting_id,
        [
            PlannedItem("01a2bcd0-0000-7000-8000-000000000001", None, 0, "Khai mạc", "", 10),
            PlannedItem(
                "01a2bcd0-0000-7000-8000-000000000002",
                None,
                1,
                "Dự thảo Nghị định",
                "Bộ Tư pháp",
                45,
            ),
        ],
    )
    decree_item = "01a2bcd0-0000-7000-8000-000000000002"
    desk.sync()  # the meeting, people and agenda reach the store before the files

    files = {}
    for name, title in (("nghi-dinh.pdf", "DỰ THẢO NGHỊ ĐỊNH"), ("bao-cao.pdf", "BÁO CÁO MẬT")):
        files[name] = tmp_path / name
        files[name].write_bytes(decree_pdf(title, 2))
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(decree_pdf("HỎNG", 2)[:700])
    decree = desk.documents.upload(meeting_id, decree_item, files["nghi-dinh.pdf"])
    secret = desk.documents.upload(meeting_id, decree_item, files["bao-cao.pdf"])
    with pytest.raises(ImportRefused):
        desk.documents.upload(meeting_id, decree_item, broken)
    assert decree.uploaded and secret.uploaded
    chair_id, alice_id = people.ids["chair"], people.ids["alice"]
    desk.documents.describe(
        secret.document_id,
        Description("Báo cáo mật", "confidential", (chair_id, alice_id), {"export": False}),
    )
    desk.publication.move_to(meeting_id, "published")
    desk.sync()

    bob, alice = people.client("bob"), people.client("alice")
    for laptop in (bob, alice):
        laptop.client.sync()
    assert {d.title for d in rows(bob, Document)} == {"DỰ THẢO NGHỊ ĐỊNH"}
    assert {d.title for d in rows(alice, Document)} == {"DỰ THẢO NGHỊ ĐỊNH", "Báo cáo mật"}
    assert [m.status for m in rows(bob, Meeting)] == ["published"]
    assert len(rows(bob, AgendaItem)) == 2

    # alice marks the decree; the secretariat publishes a new version with a change note
    reader = DocumentsService(alice.engine, alice.client.blobs)
    with Session(alice.engine) as session, session.begin():
        record_change(
            session,
            Annotation(
                document_version_id=decree.version_id,
                page=0,
                kind="highlight",
                geometry={"rects": [[72, 700, 300, 712]]},
                quote=QUOTE,
                text="Cần làm rõ",
            ),
        )
    alice.client.sync()
    second = tmp_path / "nghi-dinh-v2.pdf"
    second.write_bytes(decree_pdf("DỰ THẢO NGHỊ ĐỊNH (LẦN 2)", 2))
    desk.documents.replace(decree.document_id, second, "Sửa Điều 3")
    desk.sync()
    alice.client.sync()
    assert all(v.number == 1 for v in rows(alice, DocumentVersion))  # an amendment: pending
    pending = {(a.change, a.title) for a in desk.publication.amendments(meeting_id)}
    assert ("document_replaced", "DỰ THẢO NGHỊ ĐỊNH") in pending
    desk.publication.release_amendments(meeting_id, "publish")
    desk.sync()
    alice.client.sync()
    [new_version] = [v for v in rows(alice, DocumentVersion) if v.number == 2]
    assert new_version.change_note == "Sửa Điều 3"
    outcomes = ReanchoringService(
        alice.engine, LocalWriter(alice.engine, alice.person_id), reader.read_pdf
    ).reanchor_new_versions()
    assert any(o.version_id == new_version.id and not o.unplaced for o in outcomes)
    assert any(a.document_version_id == new_version.id for a in rows(alice, Annotation))

    # the booklet and the pack are built from the secretariat's own laptop
    assert desk.outputs.build("agenda", meeting_id).startswith(b"%PDF")
    assert desk.outputs.build("pack", desk.outputs.resolve("next")).startswith(b"%PDF")


def test_a_written_opinion_request_answered_offline_on_time_and_late(people: World) -> None:
    desk = Desk(people, "vpcp")
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    meeting_id = desk.meetings.create(
        MeetingForm(title="Lấy ý kiến dự thảo", kind="written_opinion", ends_at=deadline)
    )
    desk.invite(meeting_id, {m: "member" for m in MEMBERS})
    desk.requests.save(meeting_id, RequestForm("Đồng ý thông qua?", ("Đồng ý", "Không đồng ý")))
    desk.sync()
    desk.requests.open(meeting_id)
    desk.sync()

    laptops = {name: people.client(name) for name in MEMBERS}
    for laptop in laptops.values():
        laptop.client.sync()
    poll_id = desk.requests.progress(meeting_id).poll_id  # type: ignore[union-attr]

    def cast(name: str, option: str) -> None:
        laptop = laptops[name]
        with Session(laptop.engine) as session, session.begin():
            record_change(
                session,
                Ballot(
                    id=ballot_id(poll_id, laptop.person_id),
                    poll_id=poll_id,
                    option_id=option,
                    cast_at=dt.datetime.now(dt.UTC),
                ),
            )

    cast("alice", "o1")  # offline: kept on her laptop for now
    cast("bob", "o2")
    assert laptops["bob"].client.sync().rejected == 0  # on time
    assert laptops["alice"].client.sync().rejected == 0  # back online before the close
    desk.sync()
    live = desk.requests.progress(meeting_id)  # while open: who has answered, not how
    assert live is not None and live.state == "open"
    assert {p.name: p.answered for p in live.people} == {
        "Alice": True,
        "Bob": True,
        "Carol": False,
    }
    desk.requests.remind(meeting_id)
    desk.requests.close(meeting_id)
    desk.sync()
    cast("carol", "o1")  # she never synced after the close
    laptops["carol"].client.sync()
    [refused] = laptops["carol"].client.rejections()
    assert refused.code == "POLL_CLOSED"  # refused, visibly, never dropped

    desk.sync()
    progress = desk.requests.progress(meeting_id)
    assert progress is not None and progress.state == "closed"
    assert {p.name: p.answered for p in progress.people} == {
        "Alice": True,
        "Bob": True,
        "Carol": False,
    }
    assert progress.counts == {"Đồng ý": 1, "Không đồng ý": 1}
    assert desk.outputs.build("ballots", meeting_id).startswith(b"%PDF")


def test_two_secretaries_editing_one_agenda_item_never_overwrite_silently(
    people: World,
) -> None:
    first, second = Desk(people, "vpcp"), Desk(people, "vpcp2")
    meeting_id = first.meetings.create(MeetingForm(title="Họp chuyên đề"))
    item = PlannedItem("01a2bcd0-0000-7000-8000-0000000000aa", None, 0, "Khai mạc", "", 10)
    first.agenda.save(meeting_id, [item])
    first.sync()
    second.sync()
    first.agenda.save(meeting_id, [PlannedItem(item.id, None, 0, "Khai mạc (Lan)", "", 10)])
    second.agenda.save(meeting_id, [PlannedItem(item.id, None, 0, "Khai mạc (Bình)", "", 15)])
    first.sync()
    second.laptop.client.sync()
    [conflict] = second.conflicts.conflicts()
    assert {d.field: (d.mine, d.theirs) for d in conflict.differences} == {
        "title": ("Khai mạc (Bình)", "Khai mạc (Lan)"),
        "duration_min": (15, 10),
    }
    second.conflicts.keep_mine(conflict.change_id)
    second.sync()
    first.sync()
    [stored] = rows(first.laptop, AgendaItem)
    assert (stored.title, stored.duration_min) == ("Khai mạc (Bình)", 15)


def test_amendments_to_a_published_meeting_reach_members_when_published_with_one_notice(
    people: World, tmp_path: Path
) -> None:
    from meetings_app.app.sync_service import _diff, snapshot

    desk = Desk(people, "vpcp")
    start = dt.datetime(2026, 12, 3, 1, 30, tzinfo=dt.UTC)
    meeting_id = desk.meetings.create(MeetingForm(title="Phiên họp tháng 12", starts_at=start))
    desk.invite(meeting_id, {"chair": "chair", "bob": "member"})
    opening = PlannedItem("01a2bcd0-0000-7000-8000-0000000000a1", None, 0, "Khai mạc", "", 10)
    desk.agenda.save(meeting_id, [opening])
    desk.sync()
    pdf = tmp_path / "to-trinh.pdf"
    pdf.write_bytes(decree_pdf("TỜ TRÌNH", 1))
    report = desk.documents.upload(meeting_id, opening.id, pdf)
    desk.publication.move_to(meeting_id, "published")
    desk.sync()
    bob = people.client("bob")
    bob.client.sync()
    seen = snapshot(bob.engine)

    # the secretariat amends: an item added, the document replaced, the time moved
    added = PlannedItem("01a2bcd0-0000-7000-8000-0000000000a2", None, 1, "Bế mạc", "", 5)
    desk.agenda.save(meeting_id, [opening, added])
    second = tmp_path / "to-trinh-2.pdf"
    second.write_bytes(decree_pdf("TỜ TRÌNH (LẦN 2)", 1))
    desk.documents.replace(report.document_id, second, "Bổ sung số liệu")
    later = replace(desk.meetings.form(meeting_id), starts_at=start + dt.timedelta(hours=1))
    desk.meetings.update(meeting_id, later)
    desk.sync()
    bob.client.sync()
    assert [i.title for i in rows(bob, AgendaItem)] == ["Khai mạc"]
    assert [v.number for v in rows(bob, DocumentVersion)] == [1]
    [meeting] = rows(bob, Meeting)
    assert meeting.starts_at == start
    assert _diff(seen, snapshot(bob.engine)) == []  # nothing new until published
    changes = {a.change for a in desk.publication.amendments(meeting_id)}
    assert changes == {"item_added", "version_added", "document_replaced", "time_changed"}

    desk.publication.release_amendments(meeting_id, "publish")
    desk.sync()
    bob.client.sync()
    assert sorted(i.title for i in rows(bob, AgendaItem)) == ["Bế mạc", "Khai mạc"]
    assert sorted(v.number for v in rows(bob, DocumentVersion)) == [1, 2]
    [meeting] = rows(bob, Meeting)
    assert meeting.starts_at == start + dt.timedelta(hours=1)
    [notice] = _diff(seen, snapshot(bob.engine))
    assert notice.kind == "amended" and notice.meeting_id == meeting_id
    assert set(notice.changes) == {
        ("item_added", "Bế mạc", ""),
        ("document_replaced", "TỜ TRÌNH", "Bổ sung số liệu"),
        ("time_changed", "Phiên họp tháng 12", ""),
    }
    assert desk.publication.amendments(meeting_id) == []
