"""What a safe import returns or refuses with, shared by the parent and the child process."""

from __future__ import annotations

from dataclasses import dataclass, field

from meetings_app.documents.geometry import PageGeometry
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

MIB = 1024 * 1024


class ImportRefused(AppError):
    """A PDF was refused at import; ``code`` says why, the message says what to do.

    Codes: NOT_PDF, TRUNCATED, DAMAGED, ENCRYPTED, WRONG_PASSWORD, TOO_LARGE,
    TOO_MANY_PAGES, TIMEOUT, OUT_OF_MEMORY, UNREADABLE_FILE.
    """

    code = Code.IMPORT_REFUSED


@dataclass(frozen=True)
class ImportLimits:
    """Bounds on what one import may cost. The defaults fit a 500-page annex on a laptop.

    ``seconds`` is wall-clock for the whole child (parse, sanitise, render every page);
    ``memory_bytes`` caps the child's address space (POSIX only).

    ``page_render_seconds`` is the render budget: PDFium must draw each page
    ``screen_width`` pixels wide within it, or the file is refused (``PAGE_TOO_SLOW``),
    because the members' viewers would stall on that page. ``None`` skips the check and
    renders at thumbnail size only (re-reading files already accepted, for search).
    """

    max_bytes: int = 200 * MIB
    max_pages: int = 3000
    seconds: float = 120.0
    memory_bytes: int = 1536 * MIB
    thumbnail_width: int = 160
    page_render_seconds: float | None = 1.0
    screen_width: int = 1280


@dataclass(frozen=True)
class PdfPage:
    """One page as imported: its geometry, its text (PDFium's extraction, the same text the
    viewer selects and re-anchoring locates) and a PNG thumbnail ``thumbnail_width`` wide."""

    geometry: PageGeometry
    text: str
    thumbnail_png: bytes


@dataclass(frozen=True)
class PdfInfo:
    """An accepted PDF. ``data`` is what must be stored: the source bytes, or a sanitised
    copy when active content was stripped or a password removed; ``sha256`` names ``data``.
    ``stripped`` lists, in plain English, each piece of active content removed."""

    data: bytes
    sha256: str
    source_sha256: str
    title: str | None
    pages: tuple[PdfPage, ...]
    stripped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def sanitized(self) -> bool:
        """True when ``data`` differs from the bytes given to the import."""
        return self.sha256 != self.source_sha256
