"""Deterministic demo PDFs for "Phiên họp Chính phủ thường kỳ tháng 11".

The same code always yields the same content (and, with reportlab's invariant mode, the
same bytes), so the seed, the search index and the benchmarks see identical documents on
every machine. The 500-page annex is drawn straight on the canvas: laying out 23,000
table rows with platypus would take far longer than the import it is meant to test.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from meetings_app.demo.content import (
    DEMO_DOCUMENTS,
    DEMO_MEETING,
    DemoDocSpec,
    person,
)
from meetings_app.demo.texts import (
    DEMO_TEXTS,
    MINISTRIES,
    PROVINCES,
    Block,
    Closing,
    DemoText,
    Grid,
    Heading,
    Para,
)
from meetings_app.documents.fonts import SANS, SANS_BOLD
from meetings_app.documents.reports.layout import (
    PageSetup,
    grid_table,
    header_block,
    mark,
    numbered_canvas,
    para,
    render_pdf,
    signature_block,
    title_block,
)
from meetings_app.documents.reports.model import (
    DocumentHeader,
)
from meetings_app.domain.errors import AppError

__all__ = ["build_demo_pdf", "demo_spec", "write_demo_pack"]

DEMO_VERSION = 2
ANNEX_KEY = "phu-luc-dich-vu-cong"


def demo_spec(key: str) -> DemoDocSpec:
    """The spec of one demo document; an unknown key is an :class:`AppError`."""
    for spec in DEMO_DOCUMENTS:
        if spec.key == key:
            return spec
    raise AppError(f"No demo document {key!r}", code="DEMO_UNKNOWN_DOCUMENT", key=key)


def _setup(spec: DemoDocSpec) -> PageSetup:
    return PageSetup(
        title=spec.title,
        classification=spec.classification,
        author="Văn phòng Chính phủ (dữ liệu minh họa)",
        keywords=f"meetings-app-demo:{spec.key}:v{DEMO_VERSION}",
    )


def build_demo_pdf(key: str) -> bytes:
    """The PDF bytes of the demo document ``key`` (see :data:`DEMO_DOCUMENTS`)."""
    spec = demo_spec(key)
    if key == ANNEX_KEY:
        return _annex_pdf(spec)
    return render_pdf(_story(DEMO_TEXTS[key](), _setup(spec).frame_width), _setup(spec))


def write_demo_pack(folder: Path) -> dict[str, Path]:
    """Write every demo PDF into ``folder``; files already there and current are kept.

    A file counts as current when pypdf opens it, it carries this generator's version in
    its keywords and has the expected page count, so an interrupted earlier run or an
    older generator's output is rewritten. Files are replaced atomically.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for spec in DEMO_DOCUMENTS:
        path = folder / spec.filename
        if not _is_current(path, spec):
            tmp = path.with_suffix(".pdf.tmp")
            tmp.write_bytes(build_demo_pdf(spec.key))
            os.replace(tmp, path)
        written[spec.key] = path
    return written


def _is_current(path: Path, spec: DemoDocSpec) -> bool:
    if not path.is_file():
        return False
    try:
        reader = PdfReader(path)
        keywords = reader.metadata.get("/Keywords") if reader.metadata else None
        return keywords == _setup(spec).keywords and len(reader.pages) == spec.pages
    except (PyPdfError, OSError, ValueError):
        return False


# --------------------------------------------------------------------------- text documents


def _story(text: DemoText, width: float) -> list[Flowable]:
    header = DocumentHeader(
        issuer=text.issuer, parent_issuer=text.parent_issuer, number=text.number, date=text.date
    )
    story: list[Flowable] = [header_block(header, width)]
    story += title_block(text.kind, text.title, text.subtitle)
    for block in text.blocks:
        story += _flowables(block, width)
    return story


def _flowables(block: Block, width: float) -> list[Flowable]:
    if isinstance(block, Heading):
        flowable = para(block.text, block.style)
        if block.outline_level is None:
            return [flowable]
        return [mark(flowable, outline=block.text, level=block.outline_level)]
    if isinstance(block, Para):
        return [para(block.text, block.style)]
    if isinstance(block, Grid):
        return _grid(block, width)
    if isinstance(block, Closing):
        return [
            signature_block(
                block.capacity,
                block.full_name,
                width,
                title=block.title,
                note=block.note,
                recipients=block.recipients,
            )
        ]
    return [PageBreak()]


def _grid(grid: Grid, width: float) -> list[Flowable]:
    widths = [width * w for w in grid.weights]
    rows: list[list[object]] = [[para(h, "cell_head") for h in grid.header]]
    for row in grid.rows:
        rows.append(
            [
                para(cell, "cell_right" if i >= grid.numeric_from else "cell")
                for i, cell in enumerate(row)
            ]
        )
    story: list[Flowable] = []
    if grid.caption:
        caption = para(grid.caption, "cell_bold")
        caption.keepWithNext = True
        story += [Spacer(1, 2 * mm), caption, Spacer(1, 1.5 * mm)]
    return [*story, grid_table(rows, widths), Spacer(1, 3 * mm)]


# --------------------------------------------------------------------------- the annex

_ANNEX_COLUMNS = (
    ("STT", 9),
    ("Mã thủ tục", 17),
    ("Tên thủ tục hành chính", 54),
    ("Cơ quan thực hiện", 35),
    ("Mức độ", 17),
    ("Hồ sơ", 13),
    ("Trực tuyến", 17),
)
_ANNEX_FONT_SIZE = 6.8
_ROW_HEIGHT = 5.2 * mm
_VERBS = (
    "Cấp",
    "Cấp lại",
    "Gia hạn",
    "Điều chỉnh",
    "Thu hồi",
    "Đăng ký",
    "Xác nhận",
    "Thẩm định",
    "Phê duyệt",
    "Công nhận",
    "Đăng ký thay đổi",
    "Cấp đổi",
)
_OBJECTS = (
    "giấy phép xây dựng nhà ở riêng lẻ",
    "giấy chứng nhận đăng ký doanh nghiệp",
    "giấy phép lái xe",
    "chứng chỉ hành nghề khám bệnh, chữa bệnh",
    "giấy phép kinh doanh vận tải bằng xe ô tô",
    "giấy chứng nhận quyền sử dụng đất",
    "đăng ký khai sinh",
    "đăng ký kết hôn",
    "giấy phép lao động cho người nước ngoài",
    "chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
    "giấy phép môi trường",
    "hồ sơ hưởng trợ cấp thất nghiệp",
    "thẻ bảo hiểm y tế",
    "giấy phép hoạt động giáo dục",
    "giấy chứng nhận đăng ký xe",
    "phiếu lý lịch tư pháp",
    "giấy phép khai thác nước mặt",
    "giấy chứng nhận đủ điều kiện kinh doanh dược",
    "giấy phép tổ chức biểu diễn nghệ thuật",
    "chứng thư số chuyên dùng công vụ",
    "giấy phép thành lập cơ sở trợ giúp xã hội",
    "quyết định công nhận trường chuẩn quốc gia",
    "giấy phép hoạt động điện lực",
)
_LEVELS = ("Toàn trình", "Một phần", "Toàn trình", "Toàn trình")


class _AnnexPage:
    """Geometry of one annex page: column edges, the table top and rows that fit."""

    def __init__(self, setup: PageSetup, top: float) -> None:
        left, _, _, bottom = setup.margins
        self.xs = [left]
        for _, width in _ANNEX_COLUMNS:
            self.xs.append(self.xs[-1] + width * mm)
        self.top = top
        self.rows = int((top - bottom) // _ROW_HEIGHT) - 1


@cache
def _clip(text: str, width: float) -> str:
    """Shorten ``text`` with an ellipsis to fit a column (cached: names repeat a lot)."""
    if stringWidth(text, SANS, _ANNEX_FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", SANS, _ANNEX_FONT_SIZE) > width:
        text = text[:-1]
    return text.rstrip(" ,") + "…"


def _annex_rows() -> Iterator[tuple[str, ...]]:
    """An endless, seeded stream of plausible catalogue rows."""
    rng = random.Random(2026)
    agencies = [*MINISTRIES, *(f"UBND tỉnh, thành phố {p}" for p in PROVINCES)]
    number = 0
    while True:
        number += 1
        filed = rng.randint(0, 48_000)
        online = rng.randint(0, 1000) / 10
        yield (
            str(number),
            f"{rng.randint(1, 3)}.{rng.randint(0, 9999):06d}",
            f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}",
            rng.choice(agencies),
            rng.choice(_LEVELS),
            f"{filed:,}".replace(",", "."),
            f"{online:.1f}%".replace(".", ","),
        )


def _annex_pdf(spec: DemoDocSpec) -> bytes:
    setup = _setup(spec)
    buffer = io.BytesIO()
    canvas = numbered_canvas(buffer, setup)
    rows = _annex_rows()
    height = setup.pagesize[1]
    _, _, top_margin, _ = setup.margins
    for page in range(1, spec.pages + 1):
        top = height - top_margin
        if page == 1:
            top = _annex_title(canvas, setup, top)
        _annex_table(canvas, _AnnexPage(setup, top), rows)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _annex_title(canvas: Canvas, setup: PageSetup, top: float) -> float:
    """Draw the heading block and title with platypus flowables; return where they end."""
    left, _, _, _ = setup.margins
    chair = person("bt.tttt")
    flowables: list[Flowable] = [
        header_block(
            DocumentHeader(
                issuer="BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
                number="Số: 512/BC-BTTTT",
                date=DEMO_MEETING.starts_at,
            ),
            setup.frame_width,
        ),
        *title_block(
            "PHỤ LỤC",
            "Danh mục dịch vụ công trực tuyến của các bộ, ngành, địa phương",
            f"(Kèm theo Báo cáo số 512/BC-BTTTT của {chair.title})",
        ),
    ]
    for flowable in flowables:
        _, h = flowable.wrapOn(canvas, setup.frame_width, top)
        top -= float(h + flowable.getSpaceBefore() + flowable.getSpaceAfter())
        flowable.drawOn(canvas, left, top + flowable.getSpaceAfter())
    return float(top - 2 * mm)


def _annex_table(canvas: Canvas, page: _AnnexPage, rows: Iterator[tuple[str, ...]]) -> None:
    ys = [page.top - i * _ROW_HEIGHT for i in range(page.rows + 2)]
    canvas.saveState()
    canvas.setFillColorRGB(0.894, 0.914, 0.941)
    canvas.rect(page.xs[0], ys[1], page.xs[-1] - page.xs[0], _ROW_HEIGHT, stroke=0, fill=1)
    canvas.setFillColorRGB(0.1, 0.1, 0.1)
    canvas.setStrokeColorRGB(0.48, 0.48, 0.48)
    canvas.setLineWidth(0.3)
    canvas.grid(page.xs, ys)
    text = canvas.beginText()
    text.setFont(SANS_BOLD, _ANNEX_FONT_SIZE)
    _annex_row(text, page, ys[0], [name for name, _ in _ANNEX_COLUMNS], bold=True)
    text.setFont(SANS, _ANNEX_FONT_SIZE)
    for y in ys[1:-1]:
        _annex_row(text, page, y, next(rows))
    canvas.drawText(text)
    canvas.restoreState()


def _annex_row(
    text: Any, page: _AnnexPage, y: float, cells: list[str] | tuple[str, ...], bold: bool = False
) -> None:
    baseline = y - _ROW_HEIGHT + 1.7 * mm
    for index, cell in enumerate(cells):
        x0, x1 = page.xs[index], page.xs[index + 1]
        fitted = _clip(cell, x1 - x0 - 3 * mm) if not bold else cell
        if index >= 5 and not bold:
            x = x1 - 1.5 * mm - stringWidth(fitted, SANS, _ANNEX_FONT_SIZE)
        else:
            x = x0 + 1.5 * mm
        text.setTextOrigin(x, baseline)
        text.textOut(fitted)
