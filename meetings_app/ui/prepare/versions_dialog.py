"""VersionsDialog: every version of a document, with its change note; any version opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetings_app.app.prepare.documents import VersionRow


class VersionsDialog(QDialog):
    """Emits ``sig_open(version_id)`` for the version chosen."""

    sig_open = Signal(str)

    def __init__(self, title: str, versions: list[VersionRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(self.tr("Versions of “%1”").replace("%1", title))
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setHeaderLabels(
            [self.tr("Version"), self.tr("File"), self.tr("Pages"), self.tr("What changed")]
        )
        self.list.setRootIsDecorated(False)
        for v in versions:
            label = str(v.number) + (" ✓" if v.current else "")
            item = QTreeWidgetItem([label, v.filename, str(v.pages), v.change_note])
            item.setData(0, Qt.ItemDataRole.UserRole, v.id)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.open_button = QPushButton(self.tr("Open"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.list.itemDoubleClicked.connect(lambda *_: self._open())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.sig_open.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))
