""" "Save annotated copy" and "Print": policy first, then the work with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from meetings_app.app.export import PRINT, ExportService
from meetings_app.ui.errors import show_error
from meetings_app.ui.viewer.backend import PdfiumDocument
from meetings_app.ui.worker import Op, run_op


class ExportController(QObject):
    """Runs exports for a window; every refusal goes through ``show_error``."""

    sig_saved = Signal(str)
    sig_printed = Signal()
    sig_failed = Signal(object)

    def __init__(self, service: ExportService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.op: Op | None = None
        self.progress: QProgressDialog | None = None
        self.last_error: BaseException | None = None

    # --- save annotated copy -----------------------------------------------------------

    def save_annotated_copy(
        self, parent: QWidget, version_id: str, destination: str | None = None
    ) -> None:
        try:
            job = self._service.prepare(version_id)
        except Exception as error:  # refused by policy before any work
            self._fail(parent, error)
            return
        if destination is None:
            destination, _ = QFileDialog.getSaveFileName(
                parent,
                self.tr("Save annotated copy"),
                job.suggested_name,
                self.tr("PDF documents (*.pdf)"),
            )
            if not destination:
                return
        target = Path(destination)
        self._start(
            parent,
            self.tr("Saving the annotated copy…"),
            lambda progress: self._service.save_copy(version_id, target, progress),
            lambda path: self.sig_saved.emit(str(path)),
        )

    # --- print -------------------------------------------------------------------------

    def print_copy(self, parent: QWidget, version_id: str, printer: QPrinter | None = None) -> None:
        try:
            self._service.prepare(version_id, PRINT)
        except Exception as error:
            self._fail(parent, error)
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, parent)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        chosen = printer
        self._start(
            parent,
            self.tr("Preparing the copy for printing…"),
            lambda progress: render_pages(self._service.render(version_id, PRINT, progress)),
            lambda images: self._paint(parent, chosen, images),
        )

    def _paint(self, parent: QWidget, printer: QPrinter, images: list[QImage]) -> None:
        """Paint the pages rendered by the worker onto the printer (UI thread)."""
        painter = QPainter()
        if not painter.begin(printer):
            self._fail(parent, RuntimeError(self.tr("The printer could not be started.")))
            return
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            for number, image in enumerate(images):
                if number:
                    printer.newPage()
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.sig_printed.emit()

    # --- shared ------------------------------------------------------------------------

    def _start(self, parent: QWidget, label: str, fn: object, done: object) -> None:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 4, parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(True)
        self.progress = progress

        def finished(result: object) -> None:
            progress.close()
            progress.deleteLater()
            done(result)  # type: ignore[operator]

        def failed(error: BaseException) -> None:
            progress.close()
            progress.deleteLater()
            self._fail(parent, error)

        def step(value: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(value)

        self.op = run_op(fn, on_done=finished, on_failed=failed, on_progress=step, owner=parent)  # type: ignore[arg-type]
        progress.canceled.connect(self.op.cancel)

    def _fail(self, parent: QWidget, error: BaseException) -> None:
        self.last_error = error
        self.sig_failed.emit(error)
        show_error(parent, error)


PRINT_DPI = 150


def render_pages(data: bytes, dpi: int = PRINT_DPI) -> list[QImage]:
    """The watermarked copy's pages as images (worker thread; PDFium via the viewer's backend)."""
    document = PdfiumDocument(data)
    try:
        return [document.render(i, dpi / 72)[0] for i in range(document.page_count)]
    finally:
        document.close()
