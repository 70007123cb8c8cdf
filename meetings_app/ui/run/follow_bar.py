"""CurrentItemBar: members follow the item under discussion, may look elsewhere, come back.

While the meeting runs, the agenda tree of every laptop moves to the item the chair
makes current. A member who picks another item stops following (the bar says so) and
comes back with one click. The bar asks the window only through two callables, so it
knows nothing of the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from meetings_app.app.run.meeting_run import RunState


class CurrentItemBar(QWidget):
    def __init__(
        self,
        show_item: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        """``show_item(meeting_id, item_id)`` selects an item in the window's agenda."""
        super().__init__(parent)
        self.setObjectName("currentItemBar")
        self._show_item = show_item
        self.state: RunState | None = None
        self.following = True
        self._moving_to: str | None = None
        self.label = QLabel()
        self.label.setObjectName("currentItemLabel")
        self.label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to the current item"))
        self.back_button.setObjectName("backToCurrentItem")
        self.back_button.clicked.connect(self.follow)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        self.set_state(None)

    def set_state(self, state: RunState | None) -> None:
        """The meeting as last synced: move along with it when following."""
        before = self.state.current_item_id if self.state and self.state.running else None
        self.state = state
        current = state.current() if state is not None and state.running else None
        self.setVisible(current is not None)
        if current is None:
            return
        if self.following and current.id != before:
            self._go(current.id)
        self._show()

    def item_shown(self, item_id: str | None) -> None:
        """The window's agenda moved to ``item_id`` (by us, or by the person)."""
        state = self.state
        if state is None or not state.running or state.current_item_id is None:
            return
        if item_id == self._moving_to or item_id == state.current_item_id:
            self._moving_to = None
            self.following = True
        else:
            self.following = False
        self._show()

    def follow(self) -> None:
        """Back to the item under discussion, and keep following it."""
        self.following = True
        if self.state is not None and self.state.current_item_id:
            self._go(self.state.current_item_id)
        self._show()

    def _go(self, item_id: str) -> None:
        assert self.state is not None
        self._moving_to = item_id
        self._show_item(self.state.meeting_id, item_id)

    def _show(self) -> None:
        state = self.state
        current = state.current() if state is not None else None
        if current is None:
            return
        text = self.tr("Now discussing: %1").replace("%1", f"{current.number}. {current.title}")
        if not self.following:
            text += self.tr(" — you are looking at another item")
        self.label.setText(text)
        self.back_button.setVisible(not self.following)
