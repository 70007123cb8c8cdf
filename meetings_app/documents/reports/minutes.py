"""Minutes of a meeting: who attended, what was said, what was decided, who signs."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from meetings_app.documents.reports.agenda import ROLE_HEADINGS
from meetings_app.documents.reports.layout import (
    PageSetup,
    esc,
    grid_table,
    header_block,
    para,
    render_pdf,
    rich,
    signature_row,
    title_block,
    vn_datetime,
)
from meetings_app.documents.reports.model import Minutes, Participant
from meetings_app.domain.collation import name_key

ROLE_NAMES = dict(ROLE_HEADINGS)
ROLE_ORDER = [role for role, _ in ROLE_HEADINGS]


def meeting_minutes(minutes: Minutes) -> bytes:
    """The minutes as PDF bytes (headed like an official text, signed at the foot)."""
    meeting = minutes.meeting
    header = replace(meeting.header, number=minutes.number or meeting.header.number)
    setup = PageSetup(
        title=f"Biên bản - {meeting.title}",
        classification=meeting.classification,
    )
    width = setup.frame_width
    story: list[Flowable] = [header_block(header, width)]
    story += title_block("BIÊN BẢN", meeting.title)
    story += [
        rich(f"<b>Thời gian:</b> {esc(vn_datetime(meeting.starts_at))}", "body_left"),
        rich(f"<b>Địa điểm:</b> {esc(meeting.place)}", "body_left"),
    ]
    story += _attendance(meeting.participants, width)
    story += _sections(minutes)
    story += _decisions(minutes)
    story += _closing(minutes, width)
    return render_pdf(story, setup)


def _attendance(people: tuple[Participant, ...], width: float) -> list[Flowable]:
    """Who was summoned, by role, each role in Vietnamese name order."""
    present = sum(1 for p in people if p.present)
    people = tuple(sorted(people, key=lambda p: (ROLE_ORDER.index(p.role), name_key(p.full_name))))
    rows: list[list[object]] = [["STT", "Họ và tên", "Chức vụ", "Vai trò", "Tình hình"]]
    for n, person in enumerate(people, start=1):
        status = "Có mặt" if person.present else "Vắng mặt"
        if person.note:
            status += f" ({person.note})"
        rows.append(
            [
                str(n),
                para(person.full_name, "cell_bold"),
                para(person.title, "cell"),
                para(ROLE_NAMES[person.role], "cell"),
                para(status, "cell"),
            ]
        )
    widths = [11 * mm, 37 * mm, width - 105 * mm, 35 * mm, 22 * mm]
    return [
        para("I. THÀNH PHẦN THAM DỰ", "h1"),
        para(f"Có mặt {present}/{len(people)} người được triệu tập.", "body_left"),
        grid_table(rows, widths),
    ]


def _sections(minutes: Minutes) -> list[Flowable]:
    story: list[Flowable] = [para("II. NỘI DUNG PHIÊN HỌP", "h1")]
    for index, section in enumerate(minutes.sections, start=1):
        story.append(para(f"{index}. {section.heading}", "h2"))
        story += [para(text) for text in section.paragraphs]
    return story


def _decisions(minutes: Minutes) -> list[Flowable]:
    if not minutes.decisions:
        return []
    story: list[Flowable] = [para("III. KẾT LUẬN VÀ QUYẾT ĐỊNH CỦA PHIÊN HỌP", "h1")]
    story += [para(f"{n}. {text}") for n, text in enumerate(minutes.decisions, start=1)]
    return story


def _closing(minutes: Minutes, width: float) -> list[Flowable]:
    ends = minutes.meeting.ends_at
    closing = "Biên bản được lập trên Hệ thống và được chủ tọa, thư ký phiên họp ký xác nhận."
    if ends is not None:
        closing = f"Phiên họp kết thúc lúc {ends:%H} giờ {ends:%M} cùng ngày. " + closing
    story: list[Flowable] = [Spacer(1, 2 * mm), para(closing)]
    if minutes.signatures:
        signers = [(s.capacity, s.full_name, s.title) for s in minutes.signatures]
        story.append(signature_row(signers, width, minutes.recipients))
    return story
