"""The meeting pack's own page numbers: printed on its pages and given as page labels.

The pack's contents count pages in the pack ("page 514" is the 514th page of the file),
while each document in it keeps the numbers it was issued with ("2" at the top of a
decree's second page). So the pack prints its own number where no document of the State
prints one, in the bottom-right margin ("Trang 514/620"), from page 2 on, and gives
every page the label of that number, which is what a PDF reader shows in its page box
and what "go to page 514" finds. Contents, bookmarks, printed numbers and labels then
name the same page.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from meetings_app.documents.fonts import SERIF_ITALIC, register_fonts
from meetings_app.documents.page_boxes import page_geometry
from meetings_app.documents.watermark import FormStamper

STAMP_SIZE = 10
STAMP_MARGIN = 8 * mm


def pack_number(page: int, total: int) -> str:
    """The text printed on the pack's page ``page`` (1-based)."""
    return f"Trang {page}/{total}"


def number_pack(writer: PdfWriter) -> None:
    """Print the pack's number on every page after the first and label every page."""
    total = len(writer.pages)
    if total == 0:
        return
    sizes = [page_geometry(page).display_size for page in writer.pages]
    drawings = PdfReader(io.BytesIO(_stamps(sizes))).pages
    stamper = FormStamper(writer)
    for index in range(1, total):
        page = writer.pages[index]
        form = stamper.form_from(drawings[index - 1])
        stamper.stamp_form(page, page_geometry(page), f"MeetingsPackPage{index + 1}", form)
    writer.set_page_label(0, total - 1, style=PageLabelStyle.DECIMAL, start=1)


def _stamps(sizes: list[tuple[float, float]]) -> bytes:
    """One reportlab page per numbered pack page (2…N), each the size that page shows."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1, invariant=1)
    total = len(sizes)
    for index in range(1, total):
        width, height = sizes[index]
        canvas.setPageSize((width, height))
        canvas.setFillGray(0.25)
        canvas.setFont(SERIF_ITALIC, STAMP_SIZE)
        canvas.drawRightString(width - STAMP_MARGIN, STAMP_MARGIN, pack_number(index + 1, total))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
