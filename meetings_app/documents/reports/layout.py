"""Page templates and styles shared by every PDF we produce (reports and demo documents).

One place decides how a Vietnamese administrative page looks: the heading block with the
issuer and the national title, the running header, the "Trang X/Y" footer and the
classification banner. Every font comes from :mod:`meetings_app.documents.fonts`, because
reportlab's built-in fonts have no glyphs for Vietnamese diacritics.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from meetings_app.documents.fonts import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)
from meetings_app.documents.reports.model import Classification, DocumentHeader

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
BANNERS: dict[str, str] = {
    "internal": "LƯU HÀNH NỘI BỘ",
    "confidential": "MẬT",
}
CONFIDENTIAL_NOTICE = "Tài liệu mật - không sao chụp, không chuyển giao khi chưa được phép"

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#7a7a7a")
HEAD_FILL = colors.HexColor("#e4e9f0")
ZEBRA_FILL = colors.HexColor("#f6f7f9")
ACCENT = colors.HexColor("#1f4e79")
SECRET_RED = colors.HexColor("#b00020")


# --------------------------------------------------------------------------- text


def esc(text: str) -> str:
    """Escape plain text for a Paragraph, which otherwise parses ``<`` and ``&`` as markup.

    Runs of spaces stay (drafts leave blanks such as "Số:      /2026/NĐ-CP"), and the
    few symbols DejaVu Serif lacks (ballot boxes, check marks) fall back to DejaVu Sans
    rather than showing as empty boxes.
    """
    text = escape(text).replace("\n", "<br/>")
    text = _SPACE_RUN.sub(lambda m: "&nbsp;" * len(m.group()), text)
    return _SYMBOL.sub(lambda m: f'<font name="{SANS}">{m.group()}</font>', text)


_SPACE_RUN = re.compile(r" {2,}")
_SYMBOL = re.compile("[☐☑☒✓✔✗✘]+")


def vn_date(value: date | None, place: str = "") -> str:
    """``Hà Nội, ngày 03 tháng 12 năm 2026``; a missing date leaves the blanks of a draft."""
    prefix = f"{place}, " if place else ""
    if value is None:
        return f"{prefix}ngày      tháng      năm 20   "
    return f"{prefix}ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"


def vn_datetime(value: datetime) -> str:
    """``08 giờ 30, Thứ Năm, ngày 03 tháng 12 năm 2026`` as Vietnamese invitations write it."""
    weekday = WEEKDAYS[value.weekday()]
    return f"{value.hour:02d} giờ {value.minute:02d}, {weekday}, {vn_date(value)}"


def vn_number(value: float, decimals: int = 0) -> str:
    """Vietnamese grouping: ``1.234.567,8`` (dot for thousands, comma for decimals)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def vn_percent(part: int, whole: int) -> str:
    return "0%" if whole <= 0 else f"{vn_number(100 * part / whole, 1)}%"


# --------------------------------------------------------------------------- styles


_CENTERED_HEAD: dict[str, Any] = {
    "fontSize": 10,
    "leading": 13,
    "alignment": TA_CENTER,
    "firstLineIndent": 0,
    "spaceAfter": 0,
}
_HEADING: dict[str, Any] = {"fontName": SERIF_BOLD, "keepWithNext": 1}

_FROM_BODY: dict[str, dict[str, Any]] = {
    "body_left": {"alignment": TA_LEFT, "firstLineIndent": 0},
    "clause": {"firstLineIndent": 8 * mm},
    "point": {"leftIndent": 8 * mm, "firstLineIndent": 0},
    "quote": {"fontName": SERIF_ITALIC, "firstLineIndent": 0},
    "kind": {
        "fontName": SERIF_BOLD,
        "fontSize": 14,
        "leading": 18,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceBefore": 8,
        "spaceAfter": 2,
    },
    "title": {
        "fontName": SERIF_BOLD,
        "fontSize": 12,
        "leading": 16,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceAfter": 10,
    },
    "subtitle": {
        "fontName": SERIF_ITALIC,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceAfter": 8,
    },
    "chapter": {
        **_HEADING,
        "fontSize": 11.5,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceBefore": 10,
        "spaceAfter": 0,
    },
    "h1": {
        **_HEADING,
        "fontSize": 11.5,
        "alignment": TA_LEFT,
        "firstLineIndent": 0,
        "spaceBefore": 8,
        "spaceAfter": 4,
    },
    "h2": {
        **_HEADING,
        "alignment": TA_JUSTIFY,
        "firstLineIndent": 8 * mm,
        "spaceBefore": 6,
        "spaceAfter": 3,
    },
    "h3": {
        **_HEADING,
        "fontName": SERIF_ITALIC,
        "alignment": TA_LEFT,
        "firstLineIndent": 8 * mm,
        "spaceBefore": 4,
    },
    "head_issuer": {**_CENTERED_HEAD, "fontName": SERIF_BOLD},
    "head_plain": _CENTERED_HEAD,
    "head_date": {**_CENTERED_HEAD, "fontName": SERIF_ITALIC},
    "sign": {"fontName": SERIF_BOLD, "alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 0},
    "sign_note": {
        "fontName": SERIF_ITALIC,
        "fontSize": 9.5,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceAfter": 0,
    },
    "recipient": {
        "fontSize": 8,
        "leading": 10,
        "alignment": TA_LEFT,
        "firstLineIndent": 0,
        "spaceAfter": 0,
    },
    "small": {
        "fontName": SERIF_ITALIC,
        "fontSize": 9,
        "leading": 12,
        "alignment": TA_LEFT,
        "firstLineIndent": 0,
    },
}
"""The text styles, each as what it changes from ``body``."""

_FROM_CELL: dict[str, dict[str, Any]] = {
    "cell_bold": {"fontName": SANS_BOLD},
    "cell_italic": {"fontName": SANS_ITALIC, "textColor": MUTED},
    "cell_head": {"fontName": SANS_BOLD, "alignment": TA_CENTER},
    "cell_center": {"alignment": TA_CENTER},
    "cell_right": {"alignment": TA_RIGHT},
    "toc": {"fontName": SERIF, "fontSize": 10.5, "leading": 14},
    "toc_bold": {"fontName": SERIF_BOLD, "fontSize": 10.5, "leading": 14},
}
"""The table and contents styles, each as what it changes from ``cell``."""


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, built once after the fonts are registered."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SERIF,
        fontSize=11.5,
        leading=16.5,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
        firstLineIndent=8 * mm,
        textColor=INK,
    )
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=11, textColor=INK)
    table = {"body": body}
    table.update({name: ParagraphStyle(name, parent=body, **kw) for name, kw in _FROM_BODY.items()})
    table["cell"] = cell
    table.update({name: ParagraphStyle(name, parent=cell, **kw) for name, kw in _FROM_CELL.items()})
    return table


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain (escaped) text in one of the shared styles."""
    return Paragraph(esc(text), styles()[style])


def rich(markup: str, style: str = "body") -> Paragraph:
    """A paragraph whose caller already escaped the text and added ``<b>``/``<i>`` tags."""
    return Paragraph(markup, styles()[style])


def mark(flowable: Flowable, *, anchor: str = "", outline: str = "", level: int = 0) -> Flowable:
    """Tag a flowable so layout records its page (``anchor``) and/or bookmarks it."""
    flowable.anchor = anchor
    flowable.outline_title = outline
    flowable.outline_level = level
    return flowable


class Rule(Flowable):  # type: ignore[misc]
    """A short centred rule, as drawn under the issuer and the national motto."""

    def __init__(self, width: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, 4.0

    def draw(self) -> None:
        left = (self._avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(left, 2.5, left + self.rule_width, 2.5)


# --------------------------------------------------------------------------- blocks


def header_block(header: DocumentHeader, width: float) -> Table:
    """Issuer and number on the left, national title, motto and date on the right."""
    left: list[Flowable] = []
    if header.parent_issuer:
        left.append(para(header.parent_issuer, "head_plain"))
    left += [para(header.issuer, "head_issuer"), Rule(22 * mm)]
    if header.number:
        left.append(para(header.number, "head_plain"))
    right = [
        para(NATIONAL_TITLE, "head_issuer"),
        para(NATIONAL_MOTTO, "head_issuer"),
        Rule(48 * mm),
        Spacer(1, 3),
        para(vn_date(header.date, header.place), "head_date"),
    ]
    table = Table([[left, right]], colWidths=[width * 0.4, width * 0.6])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def title_block(kind: str, title: str, subtitle: str = "") -> list[Flowable]:
    """The document kind in capitals ("NGHỊ ĐỊNH") and what it is about."""
    story: list[Flowable] = [
        para(kind, "kind"),
        para(title, "title"),
    ]
    if subtitle:
        story.append(para(subtitle, "subtitle"))
    return story


def signature_block(
    capacity: str,
    full_name: str,
    width: float,
    *,
    title: str = "",
    note: str = "",
    recipients: Sequence[str] = (),
) -> Table:
    """The foot of an official text: "Nơi nhận" on the left, the signature on the right."""
    cell: list[Flowable] = [para(capacity, "sign")]
    if title:
        cell.append(para(title, "sign"))
    if note:
        cell.append(para(note, "sign_note"))
    cell += [Spacer(1, 20 * mm), para(full_name, "sign")]
    left: list[Flowable] = []
    if recipients:
        left.append(rich("<b><i>Nơi nhận:</i></b>", "small"))
        left += [para(f"- {line}", "recipient") for line in recipients]
    table = Table([[left, cell]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    table.keepWithNext = False
    return table


def signature_row(signers: Sequence[tuple[str, str, str]], width: float) -> Table:
    """Several signatures side by side (capacity, name, title), e.g. secretary and chair."""
    cells = []
    for capacity, full_name, title in signers:
        cell: list[Flowable] = [para(capacity, "sign")]
        if title:
            cell.append(para(title, "sign_note"))
        cell += [Spacer(1, 20 * mm), para(full_name, "sign")]
        cells.append(cell)
    table = Table([cells], colWidths=[width / max(len(cells), 1)] * len(cells))
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 12)])
    )
    return table


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    ruled: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    row_heights: Sequence[float] | None = None,
) -> Table:
    """A ruled table whose heading rows repeat on every page it spans.

    ``ruled=False`` rules only the heading, for callers that draw their own lines.
    """
    rows = [
        [
            para(cell, "cell_head") if isinstance(cell, str) and n < header_rows else cell
            for cell in row
        ]
        for n, row in enumerate(rows)
    ]
    table = Table(
        rows,
        colWidths=list(col_widths),
        repeatRows=header_rows,
        rowHeights=row_heights,
        splitInRow=1,
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("GRID", (0, 0), (-1, -1 if ruled else header_rows - 1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), SANS_BOLD),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA_FILL]))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class PageSetup:
    """What the page furniture needs to know about a document."""

    title: str
    classification: Classification = "public"
    landscape: bool = False
    running_title: str = ""
    author: str = "meetings-app"
    subject: str = ""
    keywords: str = ""

    @property
    def pagesize(self) -> tuple[float, float]:
        width, height = landscape(A4) if self.landscape else A4
        return float(width), float(height)

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """left, right, top, bottom: the Vietnamese norm (wide binding edge) in portrait."""
        if self.landscape:
            return 20 * mm, 15 * mm, 20 * mm, 18 * mm
        return 30 * mm, 18 * mm, 20 * mm, 20 * mm

    @property
    def frame_width(self) -> float:
        left, right, _, _ = self.margins
        return self.pagesize[0] - left - right


def draw_page_furniture(canvas: Canvas, setup: PageSetup, page: int, total: int) -> None:
    """Running header (after page 1), footer "Trang X/Y" and the classification banner.

    Shared by the platypus documents and the canvas-drawn annex so both look the same.
    """
    width, height = setup.pagesize
    left, right, _, _ = setup.margins
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    if page > 1 and setup.running_title:
        canvas.setFont(SANS_ITALIC, 7.5)
        canvas.drawString(left, height - 12 * mm, _clip(setup.running_title, 110))
        canvas.line(left, height - 13.5 * mm, width - right, height - 13.5 * mm)
    canvas.setFont(SANS, 8)
    canvas.drawCentredString(width / 2, 10 * mm, f"Trang {page}/{total}")
    canvas.restoreState()
    _draw_banner(canvas, setup)


def _draw_banner(canvas: Canvas, setup: PageSetup) -> None:
    banner = BANNERS.get(setup.classification)
    if banner is None:
        return
    width, height = setup.pagesize
    _, right, _, _ = setup.margins
    canvas.saveState()
    if setup.classification == "confidential":
        canvas.setStrokeColor(SECRET_RED)
        canvas.setFillColor(SECRET_RED)
        canvas.setLineWidth(1.2)
        canvas.rect(width - right - 22 * mm, height - 11 * mm, 22 * mm, 7 * mm)
        canvas.setFont(SANS_BOLD, 11)
        canvas.drawCentredString(width - right - 11 * mm, height - 9 * mm, banner)
        canvas.setFont(SANS_ITALIC, 7)
        canvas.drawCentredString(width / 2, 6 * mm, CONFIDENTIAL_NOTICE)
    else:
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.drawRightString(width - right, height - 8 * mm, banner)
    canvas.restoreState()


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so the footer can say "Trang X/Y".

    A bookmark binds to the page the PDF document is on when it is made, and no held
    page has reached the document yet; so bookmarks are noted with their held page and
    made when that page is finally emitted, or every one would open the first page.
    """

    def __init__(self, *args: Any, setup: PageSetup, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._setup = setup
        self._held: list[dict[str, Any]] = []
        self._bookmarks: dict[int, list[tuple[str, dict[str, Any]]]] = {}

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        self._bookmarks.setdefault(len(self._held), []).append((key, kwargs))

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        held, bookmarks = self._held, self._bookmarks
        for index, state in enumerate(held):
            self.__dict__.update(state)
            for key, kwargs in bookmarks.get(index, ()):
                super().bookmarkPage(key, **kwargs)
            draw_page_furniture(self, self._setup, self._pageNumber, len(held))
            super().showPage()
        super().save()


def numbered_canvas(buffer: io.BytesIO, setup: PageSetup) -> Canvas:
    """A bare canvas with the shared furniture, for documents drawn without platypus."""
    register_fonts()
    canvas = _NumberedCanvas(buffer, pagesize=setup.pagesize, setup=setup, invariant=1)
    _set_metadata(canvas, setup)
    return canvas


def _set_metadata(canvas: Canvas, setup: PageSetup) -> None:
    canvas.setTitle(setup.title)
    canvas.setAuthor(setup.author)
    canvas.setSubject(setup.subject or setup.title)
    canvas.setKeywords(setup.keywords)
    canvas.setCreator("meetings-app")


class _Template(BaseDocTemplate):  # type: ignore[misc]
    """Records bookmarks and anchor pages as flowables are laid out."""

    def __init__(self, buffer: io.BytesIO, setup: PageSetup) -> None:
        left, right, top, bottom = setup.margins
        super().__init__(
            buffer,
            pagesize=setup.pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=setup.title,
            author=setup.author,
            subject=setup.subject or setup.title,
            keywords=setup.keywords,
            creator="meetings-app",
            invariant=1,
        )
        frame = Frame(
            left,
            bottom,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.anchors: dict[str, int] = {}
        self._outline_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        anchor = getattr(flowable, "anchor", "")
        if anchor:
            self.anchors.setdefault(anchor, self.page)
        title = getattr(flowable, "outline_title", "")
        if title:
            self._outline_count += 1
            key = f"o{self._outline_count}"
            self.canv.bookmarkPage(key)
            level = flowable.outline_level
            self.canv.addOutlineEntry(title, key, level, closed=level > 0)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    anchors: dict[str, int] = field(default_factory=dict)


def render(story: list[Flowable], setup: PageSetup) -> Rendered:
    """Lay out ``story`` on the shared page template and return the PDF bytes.

    ``anchors`` maps each :func:`mark` anchor to the 1-based page it landed on, which
    the meeting pack uses to point its table of contents into the booklet.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = _Template(buffer, setup)
    doc.build(story, canvasmaker=partial(_NumberedCanvas, setup=setup))
    return Rendered(buffer.getvalue(), doc.page, dict(doc.anchors))


def render_pdf(story: list[Flowable], setup: PageSetup) -> bytes:
    """:func:`render` when only the bytes matter."""
    return render(story, setup).pdf
