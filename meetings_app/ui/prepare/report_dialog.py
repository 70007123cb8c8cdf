"""ReportDialog: a report shown in the app's own viewer first, then saved where chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetings_app.ui.errors import show_error
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from meetings_app.ui.worker import run_plain


class ReportDialog(QDialog):
    """Holds the report's bytes in memory; nothing is written until "Save as PDF…"."""

    sig_saved = Signal(str)

    def __init__(self, title: str, pdf: bytes, filename: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.filename = filename
        self.viewer = DocumentViewer(self)
        self.viewer.open_document(lambda: pdf, f"report:{filename}", title)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveReport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        self.resize(1000, 800)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.filename, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        pdf = self.pdf
        run_plain(
            lambda: path.write_bytes(pdf),
            on_done=lambda _n: self.sig_saved.emit(str(path)),
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )

    def done(self, result: int) -> None:
        self.viewer.close_document()
        super().done(result)
