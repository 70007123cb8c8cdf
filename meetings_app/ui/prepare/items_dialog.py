"""ItemsDialog: the agenda items an invitee attends (and so receives), ticked in a list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.agenda import PlannedItem


class ItemsDialog(QDialog):
    """Lists ``items`` numbered as in the agenda; :meth:`chosen` gives the ticked ids."""

    def __init__(
        self,
        name: str,
        items: list[tuple[str, PlannedItem]],
        ticked: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemsDialog")
        self.setWindowTitle(self.tr("Agenda items for %1").replace("%1", name))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Agenda items"))
        for number, item in items:
            row = QListWidgetItem(f"{number}  {item.title}", self.list)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if item.id in ticked else Qt.CheckState.Unchecked
            row.setCheckState(checked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("An invitee receives only these items and their documents."), self)
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        rows = [self.list.item(i) for i in range(self.list.count())]
        return [
            str(r.data(Qt.ItemDataRole.UserRole))
            for r in rows
            if r.checkState() == Qt.CheckState.Checked
        ]
