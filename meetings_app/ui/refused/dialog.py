"""RefusedChangesDialog: what the store refused and why, so nothing is dropped silently."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.refused import RefusedChange, RefusedChangesService
from meetings_app.ui.errors import show_error
from meetings_app.ui.refused.model import RefusedChangesModel
from meetings_app.ui.worker import run_plain


class RefusedChangesDialog(QDialog):
    """Lists refused changes; closing it marks them as seen (they stay listed)."""

    sig_loaded = Signal(int)
    sig_seen = Signal()

    def __init__(self, service: RefusedChangesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedChangesDialog")
        self.setWindowTitle(self.tr("Changes the store refused"))
        self._service = service
        self.model = RefusedChangesModel(self)
        explain = QLabel(
            self.tr(
                "These changes were made on this computer but the store did not accept them, "
                "for the reason given. What you wrote is kept here; nothing else was changed."
            )
        )
        explain.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Refused changes"))
        self.table.setObjectName("refusedTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def refresh(self) -> None:
        service = self._service
        run_plain(service.refused, on_done=self._loaded, on_failed=self._failed, owner=self)

    def _loaded(self, rows: list[RefusedChange]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.sig_loaded.emit(len(rows))

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def done(self, result: int) -> None:
        service = self._service
        run_plain(service.mark_seen, on_done=lambda _r: self.sig_seen.emit(), owner=None)
        super().done(result)
