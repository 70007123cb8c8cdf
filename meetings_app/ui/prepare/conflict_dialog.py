"""ConflictDialog: another secretary changed a record first — see both, choose one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.conflicts import Conflict, ConflictsService
from meetings_app.ui.errors import show_error
from meetings_app.ui.prepare.conflict_model import ConflictModel
from meetings_app.ui.worker import run_plain


class ConflictDialog(QDialog):
    """Shows the conflicts one after the other; emits ``sig_resolved(keep_mine)`` for each."""

    sig_resolved = Signal(bool)

    def __init__(
        self, service: ConflictsService, conflicts: list[Conflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this first"))
        self.service = service
        self.pending = list(conflicts)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.model = ConflictModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Both versions, field by field"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mine_button = QPushButton(self.tr("Keep mine"), self)
        self.mine_button.setObjectName("keepMine")
        self.theirs_button = QPushButton(self.tr("Take theirs"), self)
        self.theirs_button.setObjectName("takeTheirs")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.mine_button.clicked.connect(lambda: self.resolve(keep_mine=True))
        self.theirs_button.clicked.connect(lambda: self.resolve(keep_mine=False))
        self.resize(640, 320)
        self._show_next()

    @property
    def current(self) -> Conflict | None:
        return self.pending[0] if self.pending else None

    def add(self, conflicts: list[Conflict]) -> None:
        known = {c.change_id for c in self.pending}
        self.pending += [c for c in conflicts if c.change_id not in known]
        if self.model.conflict is None:
            self._show_next()

    def _show_next(self) -> None:
        conflict = self.current
        self.model.set_conflict(conflict)
        if conflict is None:
            self.accept()
            return
        self.explain.setText(
            self.tr(
                "«%1» was changed on the store by someone else after you last synced, so your "
                "change was not applied. Nothing is lost: choose which version to keep."
            ).replace("%1", conflict.title)
        )

    def resolve(self, *, keep_mine: bool) -> None:
        conflict = self.current
        if conflict is None:
            return
        change_id = conflict.change_id
        job = self.service.keep_mine if keep_mine else self.service.take_theirs
        for button in (self.mine_button, self.theirs_button):
            button.setEnabled(False)

        def done(_: object) -> None:
            self.pending = [c for c in self.pending if c.change_id != change_id]
            for button in (self.mine_button, self.theirs_button):
                button.setEnabled(True)
            self.sig_resolved.emit(keep_mine)
            self._show_next()

        run_plain(
            lambda: job(change_id),
            on_done=done,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )
