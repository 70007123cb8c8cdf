"""open_pdf: the one place that chooses the viewer's PDF engine.

QtPdf draws the pages (DESIGN.md: "View: QtPdf (PDFium) from decrypted bytes in memory");
:mod:`~meetings_app.ui.viewer.qtpdf_backend` says what it borrows from pypdfium2 and why.
QtPdf is imported on first use, so starting the client does not load it; ``warm_up``
loads and starts it in the background once the viewer exists.
"""

from __future__ import annotations

import threading

from meetings_app.ui.viewer.backend import ViewerDocument

_warmed = threading.Event()


def open_pdf(data: bytes) -> ViewerDocument:
    """Open decrypted bytes for viewing (in the background helper: it parses the file)."""
    from meetings_app.ui.viewer.qtpdf_backend import QtPdfDocument

    return QtPdfDocument(data)


def warm_up() -> None:
    """Start the engine ahead of the first document (background helper; once)."""
    if _warmed.is_set():
        return
    _warmed.set()
    from meetings_app.ui.viewer.qtpdf_backend import warm_up as start_qtpdf

    start_qtpdf()
