"""The reader's meetings: an upcoming Cabinet meeting with a nested agenda and real PDFs, a
past meeting and a written-opinion request — for the UI tests, screenshots and benchmarks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from meetings_app.domain.ids import new_id
from meetings_app.domain.models import AgendaItem, Meeting, Participant, Person, Poll
from tests.support.local_store import LocalStore, decree_pdf

AGENDA = (  # key, parent key, position, title, presenter, minutes
    ("open", None, 1, "Khai mạc phiên họp", "Thủ tướng Chính phủ", 10),
    ("decree", None, 2, "Dự thảo Nghị định về Chính phủ điện tử", "Bộ trưởng Bộ Tư pháp", 45),
    ("decree.a", "decree", 1, "Tờ trình và báo cáo thẩm định", "Bộ Tư pháp", 15),
    ("decree.b", "decree", 2, "Bảng tổng hợp ý kiến", "Văn phòng Chính phủ", 15),
    ("econ", None, 3, "Tình hình kinh tế - xã hội tháng 10", "Bộ trưởng Bộ Kế hoạch và Đầu tư", 60),
    ("close", None, 4, "Bế mạc", "Thủ tướng Chính phủ", 5),
)


@dataclass
class ReaderStore(LocalStore):
    """Ids are fresh per build; the tests find rows through these maps."""

    me: str = field(default_factory=new_id)
    device: str = field(default_factory=new_id)
    meeting: str = field(default_factory=new_id)
    past_meeting: str = field(default_factory=new_id)
    opinion_meeting: str = field(default_factory=new_id)
    item_ids: dict[str, str] = field(default_factory=dict)
    document_ids: dict[str, str] = field(default_factory=dict)
    version_ids: dict[str, str] = field(default_factory=dict)


def reader_meeting(folder: Path, *, pages: int = 3, big_pages: int = 0) -> ReaderStore:
    """The store in `folder` (plain, not sealed), dated around now; `pages` pages in the draft
    decree, and an annex of `big_pages` pages when asked for. Closed afterwards, so the folder
    can be copied."""
    store = ReaderStore(folder)
    store.create()
    _people_and_meetings(store, dt.datetime.now(dt.UTC))
    for key, parent, position, title, presenter, minutes in AGENDA:
        store.item_ids[key] = new_id()
        store.add(
            AgendaItem(
                id=store.item_ids[key],
                meeting_id=store.meeting,
                parent_id=store.item_ids[parent] if parent else None,
                position=position,
                title=title,
                presenter=presenter,
                duration_min=minutes,
            )
        )
    docs = [
        ("decree", "decree", "Dự thảo Nghị định về Chính phủ điện tử", "internal", pages, 2),
        ("report", "decree.a", "Báo cáo thẩm định của Bộ Tư pháp", "confidential", 2, 1),
        ("econ", "econ", "Báo cáo tình hình kinh tế - xã hội", "public", 2, 1),
    ]
    if big_pages:
        docs.append(("annex", "econ", "Phụ lục số liệu thống kê", "internal", big_pages, 1))
    for key, item_key, title, classification, n_pages, versions in docs:
        store.document_ids[key] = f"d-{key}"
        pdfs = [
            decree_pdf(title.upper() if number == versions else title, n_pages)
            for number in range(1, versions + 1)
        ]
        store.version_ids[key] = store.document(
            f"d-{key}",
            title,
            pdfs,
            item=store.item_ids[item_key],
            classification=classification,
            policy={"view": True, "print": classification != "confidential", "export": True},
        )[-1]
    store.close()
    return store


def _people_and_meetings(store: ReaderStore, now: dt.datetime) -> None:
    me = Person(
        id=store.me, username="bt.tuphap", full_name="Nguyễn Văn Tư", title="Bộ trưởng Bộ Tư pháp"
    )
    chair = Person(
        id=new_id(), username="thutuong", full_name="Phạm Minh Chính", title="Thủ tướng Chính phủ"
    )
    meetings = [
        Meeting(
            id=store.meeting,
            title="Phiên họp Chính phủ thường kỳ tháng 11",
            kind="meeting",
            starts_at=now + dt.timedelta(days=2),
            ends_at=now + dt.timedelta(days=2, hours=4),
            location="Phòng họp Chính phủ, Hà Nội",
            status="published",
            classification="internal",
        ),
        Meeting(
            id=store.past_meeting,
            title="Phiên họp Chính phủ thường kỳ tháng 10",
            kind="meeting",
            starts_at=now - dt.timedelta(days=30),
            ends_at=now - dt.timedelta(days=30, hours=-4),
            location="Phòng họp Chính phủ, Hà Nội",
            status="closed",
        ),
        Meeting(
            id=store.opinion_meeting,
            title="Lấy ý kiến thành viên Chính phủ về dự thảo Nghị quyết",
            kind="written_opinion",
            starts_at=now - dt.timedelta(days=1),
            ends_at=now + dt.timedelta(days=1),
            status="published",
        ),
    ]
    participants = [
        Participant(id=new_id(), meeting_id=m.id, person_id=p.id, role=role)
        for m in meetings
        for p, role in ((me, "member"), (chair, "chair"))
    ]
    poll = Poll(
        id=new_id(),
        meeting_id=store.opinion_meeting,
        question="Thông qua dự thảo Nghị quyết?",
        options=[{"id": "yes", "label": "Đồng ý"}, {"id": "no", "label": "Không đồng ý"}],
        closes_at=now + dt.timedelta(hours=20),
        state="open",
    )
    store.add(me, chair, *meetings, *participants, poll)
