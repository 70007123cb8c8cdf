"""CsvPreviewDialog: what importing a participants file would do, before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.people import CsvRow
from meetings_app.ui.prepare.csv_preview_model import RESULT, CsvPreviewModel


class CsvPreviewDialog(QDialog):
    """Accepting it imports the accepted rows only (the caller does the writing)."""

    def __init__(self, rows: list[CsvRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvPreviewDialog")
        self.setWindowTitle(self.tr("Import participants"))
        self.model = CsvPreviewModel(rows, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        refused = len(rows) - self.model.accepted
        summary = self.tr("%n row(s) will be imported", "", self.model.accepted)
        if refused:
            summary += "; " + self.tr("%n refused, nothing is written for them", "", refused)
        self.summary = QLabel(summary + ".", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setEnabled(self.model.accepted > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 360)

    def accepted_rows(self) -> list[CsvRow]:
        return [r for r in self.model.rows if not r.problem]
