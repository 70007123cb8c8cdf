"""The child side of the safe import: everything that touches untrusted PDF bytes.

It runs in a separate process started by :mod:`meetings_app.documents.safe_import`, under
an address-space limit it sets on itself, while the parent holds the wall clock. It parses
with pypdf (structure, encryption, metadata, active content), then renders every page once
with PDFium (thumbnails, text) so a file that would stall a viewer never reaches one.
It answers through a pipe with either a :class:`PdfInfo` or a refusal ``(code, message)``.
"""

from __future__ import annotations

import hashlib
import io
import logging
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection

import pypdfium2 as pdfium
from pypdf import PasswordType, PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from meetings_app.documents.active_content import ActiveContentScanner
from meetings_app.documents.page_boxes import page_geometry
from meetings_app.documents.pdf_info import ImportLimits, ImportRefused, PdfInfo, PdfPage
from meetings_app.domain.codes import Code

# Where a PDF must show its header and its end-of-file marker (the spec allows junk around).
HEADER_WINDOW = 1024
EOF_WINDOW = 1024


def child_main(conn: Connection, data: bytes, password: str | None, limits: ImportLimits) -> None:
    """Process entry point: limit memory, examine, send one answer, exit.

    Before drawing each page it sends ``("page", index)``, so the parent can stop a page
    that overruns the render budget without waiting for the whole file's clock.
    """
    logging.disable(logging.WARNING)  # pypdf's per-object warnings would flood stderr
    _limit_memory(limits.memory_bytes)
    try:
        conn.send(("ok", examine(data, password, limits, conn.send)))
    except ImportRefused as refused:
        conn.send(("refused", refused.code, refused.message, refused.params))
    except MemoryError:
        conn.send(("refused", Code.OUT_OF_MEMORY, _OOM, {}))
    except RecursionError:
        conn.send(("refused", Code.DAMAGED, _damaged("its structure is nested without end"), {}))
    except Exception as exc:  # any parser failure on untrusted bytes means a damaged file
        detail = _damaged(f"{type(exc).__name__}: {exc}"[:200])
        conn.send(("refused", Code.DAMAGED, detail, {}))
    finally:
        conn.close()


_OOM = "Reading the PDF needed more memory than allowed; it may be a decompression bomb."


def _damaged(detail: str) -> str:
    return f"The PDF is damaged and cannot be read ({detail}); ask the sender for a new copy."


def _limit_memory(limit: int) -> None:
    if sys.platform == "win32":  # no RLIMIT_AS on Windows; the wall clock still applies
        return
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def examine(
    data: bytes,
    password: str | None,
    limits: ImportLimits,
    progress: Callable[[tuple[str, int]], None] = lambda _step: None,
) -> PdfInfo:
    """Everything the import learns about ``data``, or :class:`ImportRefused`."""
    _check_envelope(data)
    reader, decrypted = _open(data, password)
    page_count = _page_count(reader, limits)
    geometries = [page_geometry(reader.pages[i]) for i in range(page_count)]
    stripped = ActiveContentScanner(remove=False).scan(reader.root_object, reader.pages)
    stored = _rewrite(reader) if stripped or decrypted else data
    render_password = None if stored is not data else password
    texts, thumbs = _render(stored, render_password, page_count, limits, progress)
    title, warnings = _title(reader)
    return PdfInfo(
        data=stored,
        sha256=hashlib.sha256(stored).hexdigest(),
        source_sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        pages=tuple(PdfPage(g, t, p) for g, t, p in zip(geometries, texts, thumbs, strict=True)),
        stripped=tuple(stripped),
        warnings=tuple(warnings),
    )


def _check_envelope(data: bytes) -> None:
    if b"%PDF-" not in data[:HEADER_WINDOW]:
        raise ImportRefused(
            "The file is not a PDF; export it as PDF and import it again.", code=Code.NOT_PDF
        )
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        raise ImportRefused(
            "The PDF is cut short (its end is missing); copy or download it again.",
            code=Code.TRUNCATED,
        )


def _open(data: bytes, password: str | None) -> tuple[PdfReader, bool]:
    """A reader, decrypted when needed; True when decryption took place."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except PdfReadError as exc:
        raise ImportRefused(_damaged(str(exc)[:200]), code=Code.DAMAGED) from exc
    if not reader.is_encrypted:
        return reader, False
    # An empty user password opens files that are only restricted, not secret.
    if reader.decrypt(password or "") != PasswordType.NOT_DECRYPTED:
        return reader, True
    if password:
        raise ImportRefused(
            "The password does not open this PDF; check it and try again.",
            code=Code.WRONG_PASSWORD,
        )
    raise ImportRefused(
        "The PDF is protected by a password; import it again and give the password.",
        code=Code.ENCRYPTED,
    )


def _page_count(reader: PdfReader, limits: ImportLimits) -> int:
    count = len(reader.pages)
    if count == 0:
        raise ImportRefused(_damaged("it has no pages"), code=Code.DAMAGED)
    if count > limits.max_pages:
        raise ImportRefused(
            f"The PDF has {count} pages, more than the {limits.max_pages} allowed; "
            "split it into smaller documents.",
            code=Code.TOO_MANY_PAGES,
            pages=count,
            limit=limits.max_pages,
        )
    return count


def _rewrite(reader: PdfReader) -> bytes:
    """A copy without active content and without encryption."""
    writer = PdfWriter(clone_from=reader)
    ActiveContentScanner(remove=True).scan(writer.root_object, writer.pages)
    # Stripped objects are still in the writer (pypdf drops only one level of orphans);
    # a second clone follows references from the catalog, so they stay behind.
    return _write(PdfWriter(clone_from=PdfReader(io.BytesIO(_write(writer)))))


def _write(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _render(
    data: bytes,
    password: str | None,
    page_count: int,
    limits: ImportLimits,
    progress: Callable[[tuple[str, int]], None],
) -> tuple[list[str], list[bytes]]:
    """Each page's text and PNG thumbnail, rendering every page once with PDFium (at screen
    size within the render budget, when there is one)."""
    try:
        doc = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise ImportRefused(_damaged(f"PDFium: {exc}"), code=Code.DAMAGED) from exc
    with doc:
        if len(doc) != page_count:
            raise ImportRefused(
                _damaged(f"readers disagree on its page count ({len(doc)} or {page_count})"),
                code=Code.DAMAGED,
            )
        texts: list[str] = []
        thumbs: list[bytes] = []
        for index in range(page_count):
            progress(("page", index))
            text, png = _render_page(doc[index], index, limits)
            texts.append(text)
            thumbs.append(png)
    return texts, thumbs


def too_slow(page: int, seconds: float, budget: float) -> ImportRefused:
    """The refusal of a page that PDFium cannot draw at screen size within the budget."""
    return ImportRefused(
        f"Page {page} takes {seconds:.1f} s or more to draw, over the {budget:g} s allowed; "
        "it would stall the members' viewers. Ask the sender for a simpler copy.",
        code=Code.PAGE_TOO_SLOW,
        page=page,
        budget=budget,
    )


def _render_page(page: pdfium.PdfPage, index: int, limits: ImportLimits) -> tuple[str, bytes]:
    budget = limits.page_render_seconds
    width = limits.thumbnail_width if budget is None else limits.screen_width
    try:
        scale = width / max(page.get_width(), 1.0)
        started = time.monotonic()
        image = page.render(scale=scale, may_draw_forms=True).to_pil()
        spent = time.monotonic() - started
        if budget is not None and spent > budget:
            raise too_slow(index + 1, spent, budget)
        if width != limits.thumbnail_width:
            height = max(1, round(image.height * limits.thumbnail_width / image.width))
            image = image.resize((limits.thumbnail_width, height))
        out = io.BytesIO()
        image.save(out, format="PNG")
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return text, out.getvalue()


def _title(reader: PdfReader) -> tuple[str | None, list[str]]:
    """The document title; unreadable metadata is a warning, not a refusal."""
    try:
        meta = reader.metadata
        title = meta.title if meta is not None else None
    except Exception as exc:  # metadata is optional; the pages are what matter
        return None, [f"The document information could not be read ({type(exc).__name__})."]
    if title is None:
        return None, []
    return str(title).strip() or None, []
