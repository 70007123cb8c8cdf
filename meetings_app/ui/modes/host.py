"""ModeHost: the mode bar beside a stack holding each mode's widget, built on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QWidget

from meetings_app.domain.rules import Actor
from meetings_app.ui.modes.mode_bar import ModeBar
from meetings_app.ui.modes.registry import MODES, READ, Mode

if TYPE_CHECKING:
    from meetings_app.ui.main_window import MainWindow


class ModeHost(QWidget):
    """What holds true: the bar shows only modes offered to this person for the meeting
    selected, and is hidden when that is the reading mode alone (a member never sees it);
    a mode that stops being offered while open gives way to the reading mode."""

    sig_mode_changed = Signal(str)

    def __init__(self, window: MainWindow, read_view: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("modeHost")
        self._window = window
        self.bar = ModeBar(self)
        self.stack = QStackedWidget(self)
        self._modes: dict[str, Mode] = {m.id: m for m in MODES}
        self._widgets: dict[str, QWidget] = {READ: read_view}
        self.stack.addWidget(read_view)
        self.current = READ
        style = QApplication.style()
        for mode in MODES:
            self.bar.add_mode(mode.id, mode.title(), style.standardIcon(mode.icon))
            self.bar.set_offered(mode.id, mode.id == READ)
        self.bar.set_current(READ)
        self.bar.setVisible(False)
        self.bar.sig_mode_selected.connect(self.select)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

    def offer_for(self, actor: Actor) -> None:
        """Show the modes ``actor`` holds a role for; leave a mode no longer offered."""
        for mode in MODES:
            self.bar.set_offered(mode.id, mode.id == READ or mode.offered(actor))
        self.bar.setVisible(len(self.bar.offered()) > 1)
        if self.current not in self.bar.offered():
            self.select(READ)

    def widget(self, mode_id: str) -> QWidget | None:
        """The mode's widget if it has been built."""
        return self._widgets.get(mode_id)

    def select(self, mode_id: str) -> QWidget:
        """Show ``mode_id`` (building it the first time); returns its widget."""
        widget = self._widgets.get(mode_id)
        if widget is None:
            factory = self._modes[mode_id].factory
            assert factory is not None, "only the reading mode has no factory"
            widget = factory(self._window)
            self._widgets[mode_id] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.bar.set_current(mode_id)
        if mode_id != self.current:
            self.current = mode_id
            self.sig_mode_changed.emit(mode_id)
        return widget
