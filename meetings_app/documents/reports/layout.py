"""The one style of every PDF we produce (reports and demo documents): Nghị định 30/2020/NĐ-CP.

The decree on administrative documents (công tác văn thư, Phụ lục I) fixes how a page of
the State looks, and this module is the one place that applies it:

* A4, margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm;
* a Times New Roman-metric serif (bundled Liberation Serif, every Vietnamese letter);
* body 13-14 pt, first-line indent 1-1.27 cm, at least 6 pt between paragraphs;
* the header block: issuing body (parent in capitals, issuer in bold capitals, a rule under
  it) and "Số: …" on the left; Quốc hiệu (bold capitals) and tiêu ngữ (bold, a rule under
  it as long as the text) on the right, then place and date in italics;
* the kind of document in bold capitals with the subject in bold under it;
* page numbers in Arabic figures at the top centre, 13-14 pt, none on the first page;
* the signature: authority and position in bold capitals (quyền hạn, chức vụ), the name in
  bold; "Nơi nhận:" in bold italics at 12 pt, its lines at 11 pt.

Every font comes from :mod:`meetings_app.documents.fonts`, because reportlab's built-in
fonts have no glyphs for Vietnamese diacritics.
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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from meetings_app.documents.fonts import (
    SANS,
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
)
from meetings_app.documents.reports.model import Classification, DocumentHeader
from meetings_app.documents.reports.tagging import TaggingFrame, TagLog, add_structure

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


BODY_SIZE = 13
"""Body text, Nghị định 30/2020: 13-14 pt."""
CELL_SIZE = 11
"""Table text: the decree sets no size for tables; 11 pt Times reads well and keeps
the agenda's four columns on a portrait page."""
INDENT = 10 * mm
"""First-line indent of a paragraph (the decree: 1-1.27 cm)."""

_CENTERED_HEAD: dict[str, Any] = {
    "fontSize": 12.5,
    "leading": 15,
    "alignment": TA_CENTER,
    "firstLineIndent": 0,
    "spaceAfter": 0,
}
_HEADING: dict[str, Any] = {"fontName": SERIF_BOLD, "keepWithNext": 1}

_FROM_BODY: dict[str, dict[str, Any]] = {
    "body_left": {"alignment": TA_LEFT, "firstLineIndent": 0},
    "clause": {"firstLineIndent": INDENT},
    "point": {"leftIndent": INDENT, "firstLineIndent": 0},
    "quote": {"fontName": SERIF_ITALIC, "firstLineIndent": 0},
    "kind": {
        "fontName": SERIF_BOLD,
        "fontSize": 14,
        "leading": 18,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceBefore": 12,
        "spaceAfter": 0,
    },
    "title": {
        "fontName": SERIF_BOLD,
        "fontSize": 14,
        "leading": 18,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceAfter": 2,
    },
    "subtitle": {
        "fontName": SERIF_ITALIC,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceAfter": 6,
    },
    "chapter": {
        **_HEADING,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceBefore": 10,
        "spaceAfter": 0,
    },
    "h1": {
        **_HEADING,
        "alignment": TA_LEFT,
        "firstLineIndent": 0,
        "spaceBefore": 8,
        "spaceAfter": 4,
    },
    "h2": {
        **_HEADING,
        "alignment": TA_JUSTIFY,
        "firstLineIndent": INDENT,
        "spaceBefore": 6,
        "spaceAfter": 3,
    },
    "h3": {
        **_HEADING,
        "fontName": SERIF_BOLD_ITALIC,
        "alignment": TA_LEFT,
        "firstLineIndent": INDENT,
        "spaceBefore": 4,
    },
    "head_parent": _CENTERED_HEAD,
    "head_issuer": {**_CENTERED_HEAD, "fontName": SERIF_BOLD},
    "head_number": {**_CENTERED_HEAD, "fontSize": 13, "leading": 16},
    "head_motto": {**_CENTERED_HEAD, "fontName": SERIF_BOLD, "fontSize": 13, "leading": 16},
    "head_date": {**_CENTERED_HEAD, "fontName": SERIF_ITALIC, "fontSize": 13, "leading": 16},
    "sign": {"fontName": SERIF_BOLD, "alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 0},
    "sign_note": {
        "fontName": SERIF_ITALIC,
        "fontSize": 11,
        "alignment": TA_CENTER,
        "firstLineIndent": 0,
        "spaceAfter": 0,
    },
    "recipients_head": {
        "fontName": SERIF_BOLD_ITALIC,
        "fontSize": 12,
        "leading": 14,
        "alignment": TA_LEFT,
        "firstLineIndent": 0,
        "spaceAfter": 0,
    },
    "recipient": {
        "fontSize": 11,
        "leading": 13,
        "alignment": TA_LEFT,
        "firstLineIndent": 0,
        "spaceAfter": 0,
    },
    "small": {
        "fontName": SERIF_ITALIC,
        "fontSize": 11,
        "leading": 14,
        "alignment": TA_LEFT,
        "firstLineIndent": 0,
    },
}
"""The text styles, each as what it changes from ``body``."""

_FROM_CELL: dict[str, dict[str, Any]] = {
    "cell_bold": {"fontName": SERIF_BOLD},
    "cell_italic": {"fontName": SERIF_ITALIC, "textColor": MUTED},
    "cell_head": {"fontName": SERIF_BOLD, "alignment": TA_CENTER},
    "cell_center": {"alignment": TA_CENTER},
    "cell_right": {"alignment": TA_RIGHT},
    "toc": {"fontSize": 12, "leading": 15},
    "toc_bold": {"fontName": SERIF_BOLD, "fontSize": 12, "leading": 15},
}
"""The table and contents styles, each as what it changes from ``cell``."""


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, built once after the fonts are registered."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SERIF,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.3,
        alignment=TA_JUSTIFY,
        spaceAfter=6,
        firstLineIndent=INDENT,
        textColor=INK,
    )
    cell = ParagraphStyle(
        "cell", fontName=SERIF, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.2, textColor=INK
    )
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


def indented(markup: str, style: str, level: int, step: float = 5 * mm) -> Paragraph:
    """A paragraph set in from the left by ``level`` steps, every line of it (a wrapped
    contents or agenda line keeps its indent, which leading spaces would not)."""
    base = styles()[style]
    if level <= 0:
        return Paragraph(markup, base)
    shifted = ParagraphStyle(f"{base.name}+{level}", parent=base, leftIndent=level * step)
    return Paragraph(markup, shifted)


class Anchor(Flowable):  # type: ignore[misc]
    """An invisible mark that records the page it is drawn on, also inside a table cell
    (where :func:`mark` cannot see it), so a table row's page can be known."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv.anchors.setdefault(self.name, self.canv.getPageNumber())


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
        return avail_width, 6.0

    def draw(self) -> None:
        """The line sits clear of the descenders of the text above it."""
        left = (self._avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(left, 2.0, left + self.rule_width, 2.0)


# --------------------------------------------------------------------------- blocks


def header_block(header: DocumentHeader, width: float) -> Table:
    """The decree's heading: issuing body and number left, Quốc hiệu, tiêu ngữ and date right.

    The rule under the issuer runs a third of its name; the rule under the motto is as
    long as the motto, as Phụ lục I draws them.
    """
    issuer_style, motto_style = styles()["head_issuer"], styles()["head_motto"]
    issuer_rule = _text_width(header.issuer.upper(), issuer_style) / 3
    left: list[Flowable] = []
    if header.parent_issuer:
        left.append(para(header.parent_issuer.upper(), "head_parent"))
    left += [para(header.issuer.upper(), "head_issuer"), Rule(max(issuer_rule, 18 * mm))]
    if header.number:
        left += [Spacer(1, 3), para(header.number, "head_number")]
    right = [
        para(NATIONAL_TITLE, "head_issuer"),
        para(NATIONAL_MOTTO, "head_motto"),
        Rule(_text_width(NATIONAL_MOTTO, motto_style)),
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


def _text_width(text: str, style: ParagraphStyle) -> float:
    return float(stringWidth(text, style.fontName, style.fontSize))


def title_block(kind: str, title: str, subtitle: str = "") -> list[Flowable]:
    """The document kind in capitals ("NGHỊ ĐỊNH") and what it is about."""
    story: list[Flowable] = [
        para(kind, "kind"),
        para(title, "title"),
    ]
    if subtitle:
        story.append(para(subtitle, "subtitle"))
    return story


def signer_cell(capacity: str, full_name: str, title: str = "", note: str = "") -> list[Flowable]:
    """One signature as the decree sets it: authority and position in bold capitals
    ("TM. CHÍNH PHỦ" / "THỦ TƯỚNG"), room for the signature and seal, the name in bold."""
    cell: list[Flowable] = [para(capacity.upper(), "sign")]
    if title:
        cell.append(para(title.upper(), "sign"))
    if note:
        cell.append(para(note, "sign_note"))
    cell += [Spacer(1, 24 * mm), para(full_name, "sign")]
    return cell


def recipients_cell(recipients: Sequence[str]) -> list[Flowable]:
    """ "Nơi nhận:" in bold italics (12 pt), then one line per recipient (11 pt)."""
    if not recipients:
        return []
    cell: list[Flowable] = [para("Nơi nhận:", "recipients_head")]
    last = len(recipients) - 1
    cell += [
        para(f"- {line}{'.' if n == last else ';'}", "recipient")
        for n, line in enumerate(recipients)
    ]
    return cell


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
    cell = signer_cell(capacity, full_name, title, note)
    return _foot([[recipients_cell(recipients), cell]], [width * 0.45, width * 0.55])


def signature_row(
    signers: Sequence[tuple[str, str, str]], width: float, recipients: Sequence[str] = ()
) -> Table:
    """Several signatures side by side (capacity, name, position), e.g. secretary and chair,
    with "Nơi nhận" under them on the left when there are recipients."""
    cells = [signer_cell(capacity, name, title) for capacity, name, title in signers]
    columns = max(len(cells), 1)
    rows: list[list[Any]] = [cells]
    if recipients:
        rows.append([recipients_cell(recipients)] + [""] * (columns - 1))
    return _foot(rows, [width / columns] * columns)


def _foot(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    table.keepWithNext = False
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
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.2),
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
            ("FONTNAME", (0, 0), (-1, header_rows - 1), SERIF_BOLD),
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
    """What the page furniture needs to know about a document.

    ``numbered=False`` leaves page numbers off, for pages another document will number
    (the meeting pack numbers its own pages).
    """

    title: str
    classification: Classification = "public"
    landscape: bool = False
    author: str = "meetings-app"
    subject: str = ""
    keywords: str = ""
    numbered: bool = True

    @property
    def pagesize(self) -> tuple[float, float]:
        width, height = landscape(A4) if self.landscape else A4
        return float(width), float(height)

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """left, right, top, bottom: the decree's margins (30/15-20/20-25/20-25 mm)."""
        if self.landscape:
            return 20 * mm, 15 * mm, 25 * mm, 20 * mm
        return 30 * mm, 18 * mm, 25 * mm, 20 * mm

    @property
    def frame_width(self) -> float:
        left, right, _, _ = self.margins
        return self.pagesize[0] - left - right


PAGE_NUMBER_SIZE = 13


def draw_page_furniture(canvas: Canvas, setup: PageSetup, page: int) -> None:
    """The page number at the top centre from page 2 on (none on page 1), and the banner.

    Shared by the platypus documents and the canvas-drawn annex so both look the same.
    """
    width, height = setup.pagesize
    if setup.numbered and page > 1:
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(SERIF, PAGE_NUMBER_SIZE)
        canvas.drawCentredString(width / 2, height - 15 * mm, str(page))
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
        canvas.setFont(SERIF_BOLD, 12)
        canvas.drawCentredString(width - right - 11 * mm, height - 9 * mm, banner)
        canvas.setFont(SERIF_ITALIC, 9)
        canvas.drawCentredString(width / 2, 8 * mm, CONFIDENTIAL_NOTICE)
    else:
        canvas.setFillColor(MUTED)
        canvas.setFont(SERIF_BOLD, 10)
        canvas.drawRightString(width - right, height - 9 * mm, banner)
    canvas.restoreState()


class _FurnishedCanvas(Canvas, TagLog):  # type: ignore[misc]
    """Draws the page number and banner at the start of each page.

    Drawn first, they come first in the page's text, as they stand at its top: text
    copied out (or read aloud) follows the reading order; they are marked as pagination
    artifacts, which readers skip. Pages are emitted as they end (none is held back: the
    decree's page number needs no total), so a bookmark binds to the page its heading is
    on. Each page's marked content is recorded in ``tags`` (:mod:`.tagging`).
    """

    _code: list[str]
    """reportlab's operators of the page being drawn."""

    def __init__(
        self,
        *args: Any,
        setup: PageSetup,
        anchors: dict[str, int] | None = None,
        tags: list[list[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs["lang"] = "vi"
        super().__init__(*args, **kwargs)
        self._setup = setup
        self.anchors: dict[str, int] = {} if anchors is None else anchors
        self.tags = [] if tags is None else tags
        self._begin_page()

    def _begin_page(self) -> None:
        self.tags.append([])
        self.begin_artifact()
        draw_page_furniture(self, self._setup, self.getPageNumber())
        self.end_artifact()
        self._furniture_only = len(self._code)

    def showPage(self) -> None:
        super().showPage()
        self._begin_page()

    def save(self) -> None:
        """Save, dropping the page begun after the last one if nothing but furniture is on it."""
        if len(self._code) == self._furniture_only:
            self._code = []
        super().save()


def numbered_canvas(buffer: io.BytesIO, setup: PageSetup) -> Canvas:
    """A bare canvas with the shared furniture, for documents drawn without platypus."""
    register_fonts()
    canvas = _FurnishedCanvas(buffer, pagesize=setup.pagesize, setup=setup, invariant=1)
    _set_metadata(canvas, setup)
    return canvas


def _set_metadata(canvas: Canvas, setup: PageSetup) -> None:
    canvas.setTitle(setup.title)
    canvas.setAuthor(setup.author)
    canvas.setSubject(setup.subject or setup.title)
    canvas.setKeywords(setup.keywords)
    canvas.setCreator("meetings-app")
    canvas.setViewerPreference("DisplayDocTitle", "true")


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
            lang="vi",
            displayDocTitle=1,
        )
        frame = TaggingFrame(
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
    cells: dict[str, int] = {}
    tags: list[list[str]] = []
    canvas = partial(_FurnishedCanvas, setup=setup, anchors=cells, tags=tags)
    doc.build(story, canvasmaker=canvas)
    pdf = add_structure(buffer.getvalue(), tags)
    return Rendered(pdf, doc.page, {**cells, **doc.anchors})


def render_pdf(story: list[Flowable], setup: PageSetup) -> bytes:
    """:func:`render` when only the bytes matter."""
    return render(story, setup).pdf
