"""A small local store for UI tests and screenshots: one Cabinet meeting with real PDFs.

Made without the sync client: the tables are written directly, as a sync would leave them
(complete blobs in the cache, versions pointed to by their documents).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy.orm import Session

from meetings_app.documents.fonts import SANS, SANS_BOLD, register_fonts
from meetings_app.domain.ids import new_id
from meetings_app.domain.models import (
    AgendaItem,
    Document,
    DocumentVersion,
    LocalBlob,
    Meeting,
    Participant,
    Person,
    Poll,
    SyncState,
)
from meetings_app.store import migrate
from meetings_app.store.blobs import BlobStore
from meetings_app.store.engine import make_engine, sqlite_url

BODY = (
    "Điều {n}. Phạm vi điều chỉnh: Nghị định này quy định về việc tổ chức phiên họp "
    "Chính phủ không giấy tờ, quản lý tài liệu điện tử và lấy ý kiến thành viên Chính phủ "
    "bằng phiếu điện tử."
)


def make_pdf(title: str, pages: int, heading: str = "CHÍNH PHỦ") -> bytes:
    """A small A4 PDF with Vietnamese text on every page (bundled DejaVu font)."""
    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(title)
    width, height = A4
    for page in range(pages):
        c.setFont(SANS_BOLD, 12)
        c.drawCentredString(width / 2, height - 60, heading)
        c.drawCentredString(width / 2, height - 80, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        c.setFont(SANS_BOLD, 15)
        c.drawCentredString(width / 2, height - 130, title)
        c.setFont(SANS, 11)
        y = height - 180
        for n in range(1, 13):
            text = BODY.format(n=page * 12 + n)
            words = text.split()
            line = ""
            for word in words:
                if c.stringWidth(line + " " + word, SANS, 11) > width - 144:
                    c.drawString(72, y, line.strip())
                    y -= 16
                    line = ""
                line += " " + word
            c.drawString(72, y, line.strip())
            y -= 24
        c.setFont(SANS, 9)
        c.drawCentredString(width / 2, 40, f"Trang {page + 1}/{pages}")
        c.showPage()
    c.save()
    return out.getvalue()


@dataclass
class FixtureStore:
    folder: Path
    person_id: str
    meeting_id: str
    past_meeting_id: str
    opinion_meeting_id: str
    item_ids: dict[str, str] = field(default_factory=dict)
    document_ids: dict[str, str] = field(default_factory=dict)
    version_ids: dict[str, str] = field(default_factory=dict)


def build_store(folder: Path, *, pages: int = 3, big_pages: int = 0) -> FixtureStore:
    """Create ``folder/client.db`` and ``folder/blobs`` with a meeting and its documents."""
    folder.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(folder / "client.db"))
    migrate.upgrade(engine, "local")
    blobs = BlobStore(folder / "blobs")
    now = dt.datetime.now(dt.UTC)
    me = Person(
        id=new_id(), username="bt.tuphap", full_name="Nguyễn Văn Tư", title="Bộ trưởng Bộ Tư pháp"
    )
    chair = Person(
        id=new_id(), username="thutuong", full_name="Phạm Minh Chính", title="Thủ tướng Chính phủ"
    )
    meeting = Meeting(
        id=new_id(),
        title="Phiên họp Chính phủ thường kỳ tháng 11",
        kind="meeting",
        starts_at=now + dt.timedelta(days=2),
        ends_at=now + dt.timedelta(days=2, hours=4),
        location="Phòng họp Chính phủ, Hà Nội",
        status="published",
        classification="internal",
    )
    past = Meeting(
        id=new_id(),
        title="Phiên họp Chính phủ thường kỳ tháng 10",
        kind="meeting",
        starts_at=now - dt.timedelta(days=30),
        ends_at=now - dt.timedelta(days=30, hours=-4),
        location="Phòng họp Chính phủ, Hà Nội",
        status="closed",
    )
    opinion = Meeting(
        id=new_id(),
        title="Lấy ý kiến thành viên Chính phủ về dự thảo Nghị quyết",
        kind="written_opinion",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=1),
        status="published",
    )
    fx = FixtureStore(folder, me.id, meeting.id, past.id, opinion.id)
    rows: list[object] = [me, chair, meeting, past, opinion]
    for m in (meeting, past, opinion):
        rows.append(Participant(meeting_id=m.id, person_id=me.id, role="member"))
        rows.append(Participant(meeting_id=m.id, person_id=chair.id, role="chair"))
    rows.append(
        Poll(
            meeting_id=opinion.id,
            question="Thông qua dự thảo Nghị quyết?",
            options=[{"id": "yes", "label": "Đồng ý"}, {"id": "no", "label": "Không đồng ý"}],
            closes_at=now + dt.timedelta(hours=20),
            state="open",
        )
    )
    items = [
        ("open", None, 1, "Khai mạc phiên họp", "Thủ tướng Chính phủ", 10),
        ("decree", None, 2, "Dự thảo Nghị định về Chính phủ điện tử", "Bộ trưởng Bộ Tư pháp", 45),
        ("decree.a", "decree", 1, "Tờ trình và báo cáo thẩm định", "Bộ Tư pháp", 15),
        ("decree.b", "decree", 2, "Bảng tổng hợp ý kiến", "Văn phòng Chính phủ", 15),
        (
            "econ",
            None,
            3,
            "Tình hình kinh tế - xã hội tháng 10",
            "Bộ trưởng Bộ Kế hoạch và Đầu tư",
            60,
        ),
        ("close", None, 4, "Bế mạc", "Thủ tướng Chính phủ", 5),
    ]
    for key, parent, position, title, presenter, minutes in items:
        item = AgendaItem(
            id=new_id(),
            meeting_id=meeting.id,
            parent_id=fx.item_ids.get(parent) if parent else None,
            position=position,
            title=title,
            presenter=presenter,
            duration_min=minutes,
        )
        fx.item_ids[key] = item.id
        rows.append(item)
    docs = [
        ("decree", "decree", "Dự thảo Nghị định về Chính phủ điện tử", "internal", pages, 2),
        ("report", "decree.a", "Báo cáo thẩm định của Bộ Tư pháp", "confidential", 2, 1),
        ("econ", "econ", "Báo cáo tình hình kinh tế - xã hội", "public", 2, 1),
    ]
    if big_pages:
        docs.append(("annex", "econ", "Phụ lục số liệu thống kê", "internal", big_pages, 1))
    for key, item_key, title, classification, n_pages, versions in docs:
        doc = Document(
            id=new_id(),
            meeting_id=meeting.id,
            agenda_item_id=fx.item_ids[item_key],
            title=title,
            classification=classification,
            policy={"view": True, "print": classification != "confidential", "export": True},
        )
        fx.document_ids[key] = doc.id
        for number in range(1, versions + 1):
            data = make_pdf(title.upper() if number == versions else title, n_pages)
            sha, size = blobs.put_bytes(data)
            version = DocumentVersion(
                id=new_id(),
                document_id=doc.id,
                number=number,
                blob_sha256=sha,
                size=size,
                pages=n_pages,
                filename=f"{key}-v{number}.pdf",
            )
            rows.append(version)
            rows.append(LocalBlob(sha256=sha, size=size, complete=True))
            doc.current_version_id = version.id
            fx.version_ids[key] = version.id
        rows.append(doc)
    rows.append(SyncState(key="person_id", value=me.id))
    rows.append(SyncState(key="device_id", value=new_id()))
    with Session(engine) as session, session.begin():
        seen: set[str] = set()
        for row in rows:
            if isinstance(row, LocalBlob):
                if row.sha256 in seen:
                    continue
                seen.add(row.sha256)
            session.add(row)
    engine.dispose()
    return fx
