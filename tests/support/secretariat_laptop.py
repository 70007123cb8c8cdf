"""The secretariat's laptop: one Cabinet meeting with a nested agenda, a chair, a secretary,
two members and an encrypted blob cache — for the publishing, reports and re-anchoring tests
(their documents are added with `LocalStore.document`, their PDFs drawn with `make_pdf`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from meetings_app.domain.models import AgendaItem, Meeting, Participant, Person
from tests.support.local_store import LocalStore, synced

START = dt.datetime(2026, 3, 10, 8, 30, tzinfo=dt.UTC)
MEETING_TITLE = "Phiên họp Chính phủ thường kỳ tháng 3 năm 2026"


@dataclass
class Laptop(LocalStore):
    me: str = "p-ha"
    meeting: str = "m-1"
    secretariat: str = "p-ha"
    chair: str = "p-chair"
    secretary: str = "p-secretary"
    minh: str = "p-minh"
    lan: str = "p-lan"
    item_budget: str = "i-budget"
    item_law: str = "i-law"
    item_law_annex: str = "i-law-annex"


def secretariat_laptop(folder: Path, me: str = "p-ha") -> Laptop:
    """The laptop in `folder`, signed in as `me`, encrypted at rest as a real laptop is."""
    lap = Laptop(folder, me=me, sealed=True)
    lap.create()
    people = [
        Person(
            id=lap.secretariat,
            username="ha",
            full_name="Phạm Thu Hà",
            title="Vụ trưởng Văn phòng Chính phủ",
            role="secretariat",
        ),
        Person(
            id=lap.chair, username="chair", full_name="Lê Minh Khải", title="Thủ tướng Chính phủ"
        ),
        Person(
            id=lap.secretary, username="sec", full_name="Đỗ Thị Hường", title="Thư ký phiên họp"
        ),
        Person(
            id=lap.minh,
            username="minh",
            full_name="Nguyễn Văn Minh",
            title="Bộ trưởng Bộ Tài chính",
        ),
        Person(id=lap.lan, username="lan", full_name="Trần Thị Lan", title="Bộ trưởng Bộ Tư pháp"),
    ]
    roles = {lap.chair: "chair", lap.secretary: "secretary", lap.minh: "member", lap.lan: "member"}
    lap.add(
        *[synced(p) for p in people],
        synced(
            Meeting(
                id=lap.meeting,
                title=MEETING_TITLE,
                starts_at=START,
                ends_at=START + dt.timedelta(hours=4),
                location="Trụ sở Chính phủ, Hà Nội",
                status="published",
            )
        ),
        *[
            synced(
                Participant(
                    id=f"part-{pid}", meeting_id=lap.meeting, person_id=pid, role=role, present=True
                )
            )
            for pid, role in roles.items()
        ],
        synced(
            AgendaItem(
                id=lap.item_budget,
                meeting_id=lap.meeting,
                position=1,
                title="Tình hình thực hiện dự toán ngân sách nhà nước",
                presenter="Bộ Tài chính",
                duration_min=45,
            )
        ),
        synced(
            AgendaItem(
                id=lap.item_law,
                meeting_id=lap.meeting,
                position=2,
                title="Dự án Luật Đất đai (sửa đổi)",
                presenter="Bộ Tư pháp",
                duration_min=60,
            )
        ),
        synced(
            AgendaItem(
                id=lap.item_law_annex,
                meeting_id=lap.meeting,
                parent_id=lap.item_law,
                position=1,
                title="Phụ lục bồi thường, hỗ trợ, tái định cư",
            )
        ),
    )
    return lap
