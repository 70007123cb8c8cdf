"""The member's meeting: one Cabinet meeting in progress, a member, polls in every state, a
written-opinion request and a document with a mark — for the member's client tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from meetings_app.domain.models import (
    AgendaItem,
    Annotation,
    Ballot,
    Document,
    DocumentVersion,
    Meeting,
    Participant,
    Person,
    Poll,
    SpeakerRequest,
)
from tests.support.local_store import LocalStore

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@dataclass
class MemberStore(LocalStore):
    me: str = "p-me"
    other: str = "p-other"
    observer: str = "p-observer"
    meeting: str = "m-cabinet"
    written: str = "m-written"
    item1: str = "i-1"
    item2: str = "i-2"
    open_poll: str = "poll-open"
    secret_poll: str = "poll-secret"
    public_closed: str = "poll-public-closed"
    written_poll: str = "poll-written"
    draft_poll: str = "poll-draft"
    doc: str = "d-1"
    version: str = "v-1"

    def now(self) -> dt.datetime:
        return NOW


def member_meeting(folder: Path) -> MemberStore:
    """The store in `folder`, signed in as the member ``p-me``, at the fixed time `NOW`."""
    s = MemberStore(folder, sealed=False)
    s.create()
    yes_no = [{"id": "yes", "label": "Tán thành"}, {"id": "no", "label": "Không tán thành"}]
    s.add(
        *[
            Person(id=s.me, username="minh", full_name="Nguyễn Văn Minh", version=1),
            Person(id=s.other, username="lan", full_name="Trần Thị Lan", version=1),
            Person(id=s.observer, username="obs", full_name="Lê Quan Sát", version=1),
            Meeting(
                id=s.meeting,
                title="Phiên họp Chính phủ thường kỳ tháng 3",
                status="in_progress",
                starts_at=NOW,
                lease_days=14,
                version=1,
            ),
            Meeting(
                id=s.written,
                title="Lấy ý kiến về dự thảo Nghị định",
                kind="written_opinion",
                status="published",
                version=1,
            ),
            Participant(id="pa-1", meeting_id=s.meeting, person_id=s.me, role="member", version=1),
            Participant(
                id="pa-2", meeting_id=s.meeting, person_id=s.other, role="member", version=1
            ),
            Participant(id="pa-3", meeting_id=s.written, person_id=s.me, role="member", version=1),
            AgendaItem(
                id=s.item1,
                meeting_id=s.meeting,
                position=1,
                title="Tình hình kinh tế - xã hội",
                version=1,
            ),
            AgendaItem(
                id=s.item2,
                meeting_id=s.meeting,
                position=2,
                title="Dự án Luật Đất đai (sửa đổi)",
                version=1,
            ),
            Poll(
                id=s.open_poll,
                meeting_id=s.meeting,
                agenda_item_id=s.item2,
                question="Thông qua dự án Luật?",
                options=yes_no,
                state="open",
                closes_at=NOW + dt.timedelta(hours=2),
                version=1,
            ),
            Poll(
                id=s.secret_poll,
                meeting_id=s.meeting,
                question="Bầu phó chủ tịch hội đồng",
                options=yes_no,
                secret=True,
                state="closed",
                closes_at=NOW - dt.timedelta(hours=1),
                results={"counts": {"yes": 17, "no": 3}, "cast": 20, "eligible": 27},
                version=2,
            ),
            Poll(
                id=s.public_closed,
                meeting_id=s.meeting,
                question="Thông qua chương trình",
                options=yes_no,
                state="closed",
                closes_at=NOW - dt.timedelta(hours=3),
                version=2,
            ),
            Poll(
                id=s.written_poll,
                meeting_id=s.written,
                question="Ý kiến về dự thảo Nghị định",
                options=yes_no,
                state="open",
                closes_at=NOW + dt.timedelta(days=1),
                version=1,
            ),
            Poll(
                id=s.draft_poll,
                meeting_id=s.meeting,
                question="Chưa mở",
                options=yes_no,
                state="draft",
                version=1,
            ),
            Ballot(
                id="b-other",
                poll_id=s.public_closed,
                voter_id=s.other,
                option_id="no",
                comment="Cần thêm thời gian",
                version=1,
            ),
            Ballot(id="b-me", poll_id=s.public_closed, voter_id=s.me, option_id="yes", version=1),
            SpeakerRequest(
                id="sr-other",
                person_id=s.other,
                meeting_id=s.meeting,
                agenda_item_id=s.item2,
                state="waiting",
                requested_at=NOW - dt.timedelta(minutes=5),
                version=1,
            ),
            Document(
                id=s.doc,
                meeting_id=s.meeting,
                agenda_item_id=s.item2,
                title="Tờ trình dự án Luật",
                classification="internal",
                current_version_id=s.version,
                version=1,
            ),
            DocumentVersion(
                id=s.version,
                document_id=s.doc,
                blob_sha256="0" * 64,
                pages=2,
                filename="to-trinh.pdf",
                version=1,
            ),
            Document(
                id="d-secret",
                meeting_id=s.meeting,
                title="Báo cáo mật",
                classification="secret",
                current_version_id="v-secret",
                version=1,
            ),
            DocumentVersion(
                id="v-secret",
                document_id="d-secret",
                blob_sha256="1" * 64,
                pages=1,
                filename="mat.pdf",
                version=1,
            ),
            Annotation(
                id="a-1",
                owner_id=s.me,
                document_version_id=s.version,
                page=0,
                kind="highlight",
                geometry={"rects": [[72, 700, 300, 715]]},
                color="#ffd400",
                version=1,
            ),
        ]
    )
    return s
