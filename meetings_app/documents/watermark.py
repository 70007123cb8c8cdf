"""The recipient watermark: drawn once with reportlab, stamped on every page by pypdf.

The watermark is a Form XObject made from a one-page reportlab drawing the size of the
page *as shown*. Each page gets a few bytes of content that draw it through the inverse of
the page's display matrix, so it is upright on rotated pages and centred on the crop box;
the page's own content is wrapped in ``q … Q`` first so its graphics state cannot leak
into the watermark. Pages of the same shape share one XObject, which keeps an export of a
300-page pack nearly as fast as a plain copy.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)
from reportlab.pdfgen.canvas import Canvas

from meetings_app.documents.fonts import SANS, SANS_BOLD, register_fonts
from meetings_app.documents.geometry import PageGeometry

DIAGONAL_ALPHA = 0.16
FOOTER_ALPHA = 0.75
FOOTER_SIZE = 7.0


@dataclass(frozen=True)
class WatermarkInfo:
    """Who a copy is for; printed on every page of it."""

    recipient: str
    meeting: str
    time: datetime
    classification: str

    def footer(self) -> str:
        when = self.time.strftime("%d/%m/%Y %H:%M")
        return f"{self.recipient} · {self.meeting} · {when} · {self.classification}"


def _drawing(info: WatermarkInfo, width: float, height: float) -> bytes:
    """A one-page PDF of the watermark for a shown page of ``width`` × ``height``."""
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(width, height), pageCompression=1)
    canvas.setFillGray(0.3)
    canvas.setFillAlpha(DIAGONAL_ALPHA)
    size = max(min(width, height) / 12, 8.0)
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(0, size / 2, info.recipient)
    canvas.setFont(SANS, size / 2)
    canvas.drawCentredString(0, -size / 2, info.classification.upper())
    canvas.restoreState()
    canvas.setFillAlpha(FOOTER_ALPHA)
    canvas.setFont(SANS, FOOTER_SIZE)
    canvas.drawCentredString(width / 2, FOOTER_SIZE, info.footer())
    canvas.save()
    return buf.getvalue()


class FormStamper:
    """Draws Form XObjects over pages of one writer, upright whatever the page's rotation."""

    def __init__(self, writer: PdfWriter) -> None:
        self._writer = writer
        self._streams: dict[bytes, IndirectObject] = {}
        self._open = self._stream(b"q\n")

    def stamp_form(
        self, page: PageObject, geometry: PageGeometry, name: str, form: IndirectObject
    ) -> None:
        """Draw ``form`` (made for the page's shown size) over ``page`` as ``/name``."""
        key = NameObject(f"/{name}")
        resources = _own_resources(page)
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else DictionaryObject()
        xobjects[key] = form
        resources[NameObject("/XObject")] = xobjects
        matrix = " ".join(f"{v:.6f}" for v in geometry.display_matrix().inverse().as_tuple())
        close = self._stream(f"Q q {matrix} cm {key} Do Q\n".encode())
        page[NameObject("/Contents")] = ArrayObject([self._open, *_contents(page), close])

    def form_from(self, drawing: PageObject) -> IndirectObject:
        """A Form XObject holding what ``drawing`` (a reportlab page) draws."""
        form = DecodedStreamObject()
        form.set_data(drawing.get_contents().get_data())  # type: ignore[union-attr]
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(drawing.mediabox),
                NameObject("/Resources"): drawing[NameObject("/Resources")].clone(self._writer),
            }
        )
        return self._writer._add_object(form.flate_encode())

    def _stream(self, data: bytes) -> IndirectObject:
        """A small content stream, shared by every page that needs the same bytes."""
        if data not in self._streams:
            stream = DecodedStreamObject()
            stream.set_data(data)
            self._streams[data] = self._writer._add_object(stream)
        return self._streams[data]


class Stamper(FormStamper):
    """Adds the watermark to pages of one writer, reusing one XObject per page shape."""

    def __init__(self, writer: PdfWriter, info: WatermarkInfo) -> None:
        super().__init__(writer)
        self._info = info
        self._forms: dict[tuple[float, float], IndirectObject] = {}

    def stamp(self, page: PageObject, geometry: PageGeometry) -> None:
        width, height = geometry.display_size
        name = f"MeetingsWatermark{round(width)}x{round(height)}"
        self.stamp_form(page, geometry, name, self._form(width, height))

    def _form(self, width: float, height: float) -> IndirectObject:
        key = (round(width, 2), round(height, 2))
        if key not in self._forms:
            drawing = PdfReader(io.BytesIO(_drawing(self._info, width, height))).pages[0]
            self._forms[key] = self.form_from(drawing)
        return self._forms[key]


def _own_resources(page: PageObject) -> DictionaryObject:
    """The page's resources as a dictionary of its own (inherited ones are copied in)."""
    resources = page.get_inherited("/Resources", DictionaryObject())
    resources = DictionaryObject(resources.get_object())
    page[NameObject("/Resources")] = resources
    return resources


def _contents(page: PageObject) -> list[IndirectObject | StreamObject]:
    """The page's content streams, left as they are (never decoded)."""
    contents = page.get("/Contents")
    if contents is None:
        return []
    resolved = contents.get_object()
    return list(resolved) if isinstance(resolved, ArrayObject) else [contents]
