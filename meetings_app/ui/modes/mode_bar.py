"""ModeBar: the column of mode buttons at the window's left edge (Qt Creator's mode bar)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QToolButton, QVBoxLayout, QWidget


class ModeBar(QWidget):
    """One checkable button per mode; exactly one is checked. Hidden buttons are modes
    this person is not offered for the meeting selected."""

    sig_mode_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeBar")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QToolButton] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 6, 2, 6)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)

    def add_mode(self, mode_id: str, title: str, icon: QIcon) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"mode_{mode_id}")
        button.setText(title)
        button.setIcon(icon)
        button.setIconSize(QSize(28, 28))
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setMinimumWidth(72)
        button.clicked.connect(lambda: self.sig_mode_selected.emit(mode_id))
        self._group.addButton(button)
        self._layout.insertWidget(self._layout.count() - 1, button)
        self._buttons[mode_id] = button
        return button

    def button(self, mode_id: str) -> QToolButton:
        return self._buttons[mode_id]

    def set_offered(self, mode_id: str, offered: bool) -> None:
        self._buttons[mode_id].setVisible(offered)

    def offered(self) -> list[str]:
        return [m for m, b in self._buttons.items() if not b.isHidden()]

    def set_current(self, mode_id: str) -> None:
        self._buttons[mode_id].setChecked(True)
