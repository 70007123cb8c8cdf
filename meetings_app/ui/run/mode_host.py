"""RunModeHost: the Điều hành mode's page, showing the meeting mode of the meeting selected.

One :class:`RunModeWidget` per meeting, built when that meeting is first run from this
window and kept (its tabs keep their place) while the window lives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from meetings_app.ui.run.run_mode import RunModeWidget


class RunModeHost(QStackedWidget):
    """What holds true: the widget shown is the selected meeting's meeting mode, or a line
    saying to choose a meeting when none is selected."""

    def __init__(self, build: Callable[[str], RunModeWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runModeHost")
        self._build = build
        self._widgets: dict[str, RunModeWidget] = {}
        self._empty = QLabel(self.tr("Choose a meeting in the Read mode's list to run it."))
        self._empty.setObjectName("runModeEmpty")
        self.addWidget(self._empty)

    def show_meeting(self, meeting_id: str | None) -> RunModeWidget | None:
        """Show ``meeting_id``'s meeting mode (building it the first time) and refresh it."""
        if meeting_id is None:
            self.setCurrentWidget(self._empty)
            return None
        widget = self._widgets.get(meeting_id)
        if widget is None:
            widget = self._build(meeting_id)
            self._widgets[meeting_id] = widget
            self.addWidget(widget)
        self.setCurrentWidget(widget)
        widget.refresh()
        return widget

    def shown(self) -> RunModeWidget | None:
        """The meeting mode on screen, if any."""
        current = self.currentWidget()
        return current if isinstance(current, RunModeWidget) else None
