"""The agenda booklet: what is discussed, by whom, when, and with which documents."""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from meetings_app.documents.fonts import SERIF_BOLD
from meetings_app.documents.reports.layout import (
    Anchor,
    PageSetup,
    Rendered,
    esc,
    grid_table,
    header_block,
    indented,
    para,
    render,
    title_block,
    vn_datetime,
)
from meetings_app.documents.reports.model import (
    AgendaItem,
    Meeting,
    NumberedItem,
    Participant,
    Role,
    walk_agenda,
)
from meetings_app.domain.collation import name_key

ROLE_HEADINGS: tuple[tuple[Role, str], ...] = (
    ("chair", "Chủ trì phiên họp"),
    ("secretary", "Thư ký phiên họp"),
    ("member", "Thành viên"),
    ("observer", "Đại biểu mời dự, quan sát viên"),
)
CLASSIFICATION_NAMES = {"public": "Công khai", "internal": "Nội bộ", "confidential": "Mật"}


def item_anchor(key: str) -> str:
    """The anchor name the booklet records for an agenda item (used by the meeting pack)."""
    return f"agenda:{key}"


def agenda_booklet(meeting: Meeting) -> bytes:
    """The booklet handed out before the meeting, as PDF bytes."""
    return render_booklet(meeting).pdf


def render_booklet(meeting: Meeting, numbered: bool = True) -> Rendered:
    """The booklet with the page each agenda item starts on (for the pack's contents);
    ``numbered=False`` leaves page numbers to the pack that carries it."""
    setup = PageSetup(
        numbered=numbered,
        title=f"Chương trình - {meeting.title}",
        classification=meeting.classification,
        subject="Chương trình phiên họp",
    )
    width = setup.frame_width
    story: list[Flowable] = [header_block(meeting.header, width)]
    story += title_block("CHƯƠNG TRÌNH", meeting.title)
    story += _when_and_where(meeting, width)
    story += _participants(meeting.participants, width)
    story += _agenda(meeting, width)
    story += _documents(meeting, width)
    return render(story, setup)


def _when_and_where(meeting: Meeting, width: float) -> list[Flowable]:
    when = vn_datetime(meeting.starts_at)
    if meeting.ends_at is not None:
        when += f" (dự kiến kết thúc {meeting.ends_at:%H} giờ {meeting.ends_at:%M})"
    chairs = [p for p in meeting.participants if p.role == "chair"]
    rows = [["Thời gian:", para(when, "cell")], ["Địa điểm:", para(meeting.place, "cell")]]
    if chairs:
        rows.append(["Chủ trì:", para(f"{chairs[0].title} {chairs[0].full_name}", "cell")])
    table = grid_table(
        rows,
        [30 * mm, width - 30 * mm],
        header_rows=0,
        zebra=False,
        extra=[("GRID", (0, 0), (-1, -1), 0, "white"), ("FONTNAME", (0, 0), (0, -1), SERIF_BOLD)],
    )
    return [table, Spacer(1, 4 * mm)]


def _participants(people: tuple[Participant, ...], width: float) -> list[Flowable]:
    """Each role's people in Vietnamese name order (given name first, Đ after D)."""
    story: list[Flowable] = [para("I. THÀNH PHẦN THAM DỰ", "h1")]
    for role, heading in ROLE_HEADINGS:
        group = sorted((p for p in people if p.role == role), key=lambda p: name_key(p.full_name))
        if not group:
            continue
        rows: list[list[object]] = [["STT", "Họ và tên", "Chức vụ"]]
        rows += [
            [str(n), para(p.full_name, "cell_bold"), para(p.title, "cell")]
            for n, p in enumerate(group, start=1)
        ]
        story += [
            para(heading, "h3"),
            grid_table(rows, [12 * mm, 55 * mm, width - 67 * mm]),
            Spacer(1, 2 * mm),
        ]
    return story


def schedule(
    items: tuple[AgendaItem, ...], start: datetime
) -> dict[str, tuple[datetime, datetime]]:
    """Planned start and end of every item: leaves run back to back, parents span children.

    A parent with its own duration and no children counts as a leaf; a parent's own
    duration is ignored when it has children, because the children are what is timed.
    """
    plan: dict[str, tuple[datetime, datetime]] = {}

    def visit(item: AgendaItem, at: datetime) -> datetime:
        end = at
        if item.children:
            for child in item.children:
                end = visit(child, end)
        else:
            end = at + timedelta(minutes=item.duration_minutes or 0)
        plan[item.key] = (at, end)
        return end

    cursor = start
    for item in items:
        cursor = visit(item, cursor)
    return plan


def _agenda(meeting: Meeting, width: float) -> list[Flowable]:
    """One table whose header repeats on every page; each row records its page (anchor)."""
    widths = [12 * mm, width - 82 * mm, 45 * mm, 25 * mm]
    plan = schedule(meeting.agenda, meeting.starts_at)
    rows: list[list[object]] = [["Mục", "Nội dung", "Người trình bày", "Thời gian"]]
    for entry in walk_agenda(meeting.agenda):
        start, end = plan[entry.item.key]
        rows.append(
            [
                para(entry.number, "cell_bold" if entry.depth == 0 else "cell"),
                [Anchor(item_anchor(entry.item.key)), *_item_cell(entry)],
                para(entry.item.presenter, "cell"),
                para(f"{start:%H:%M}–{end:%H:%M}\n({_minutes(start, end)} phút)", "cell_center"),
            ]
        )
    heading = para("II. NỘI DUNG PHIÊN HỌP", "h1")
    heading.keepWithNext = False  # the table may split under it; no heading ends a page
    return [CondPageBreak(40 * mm), heading, grid_table(rows, widths, zebra=False)]


def _minutes(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 60)


def _item_cell(entry: NumberedItem) -> list[Flowable]:
    item = entry.item
    weight = "b" if entry.depth == 0 else "i" if item.children else ""
    title = esc(item.title)
    level = entry.depth
    cell: list[Flowable] = [
        indented(f"<{weight}>{title}</{weight}>" if weight else title, "cell", level)
    ]
    if item.description:
        cell.append(indented(esc(item.description), "cell_italic", level))
    for doc in item.documents:
        pages = f" ({doc.pages} trang)" if doc.pages else ""
        cell.append(indented(f"• Tài liệu: {esc(doc.title)}{pages}", "cell_italic", level + 1))
    return cell


def _documents(meeting: Meeting, width: float) -> list[Flowable]:
    rows: list[list[object]] = [["STT", "Tên tài liệu", "Mục", "Số trang", "Phân loại"]]
    count = 0
    for entry in walk_agenda(meeting.agenda):
        for doc in entry.item.documents:
            count += 1
            rows.append(
                [
                    str(count),
                    para(doc.title, "cell"),
                    para(entry.number, "cell_center"),
                    para(str(doc.pages) if doc.pages else "—", "cell_center"),
                    para(CLASSIFICATION_NAMES[doc.classification], "cell_center"),
                ]
            )
    if count == 0:
        return []
    widths = [12 * mm, width - 74 * mm, 15 * mm, 20 * mm, 27 * mm]
    return [Spacer(1, 4 * mm), para("III. DANH MỤC TÀI LIỆU", "h1"), grid_table(rows, widths)]
