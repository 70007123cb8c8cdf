"""NoticeBar: a non-modal line above the document for news (new document, version, poll)."""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from meetings_app.ui.labels import amendment_line

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.sync_service import Notice


class NoticeBar(QFrame):
    """Shows notices one after another; never steals focus, never blocks."""

    sig_open = Signal(object)
    """The :class:`Notice` whose "Open" was pressed."""

    def __init__(self, parent: QWidget | None = None, show_ms: int = 12_000) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._queue: deque[Notice] = deque()
        self.current: Notice | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self._open)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(show_ms)
        self._timer.timeout.connect(self.next)
        self.hide()

    def text_for(self, notice: Notice) -> str:
        if notice.kind == "document":
            return self.tr("New document: %1").replace("%1", notice.title)
        if notice.kind == "version":
            text = self.tr("New version of “%1”").replace("%1", notice.title)
            return f"{text}: {notice.detail}" if notice.detail else text
        if notice.kind == "reminder":
            return self.tr("Reminder: your opinion is awaited on “%1”").replace("%1", notice.title)
        if notice.kind == "agenda":
            return self.tr("Added to the agenda: %1").replace("%1", notice.title)
        if notice.kind == "amended":
            lines = "; ".join(amendment_line(*change) for change in notice.changes)
            text = self.tr("“%1” was amended").replace("%1", notice.title)
            return f"{text}: {lines}" if lines else text
        if notice.kind == "poll":
            return self.tr("A vote is open: %1").replace("%1", notice.title)
        if notice.kind == "result":
            return self.tr("The vote has closed: %1. Open to see the result.").replace(
                "%1", notice.title
            )
        if notice.kind == "unplaced":
            return self.tr(
                "Some of your marks could not follow the new version of “%1”; "
                "they are kept on the earlier version."
            ).replace("%1", notice.title)
        if notice.kind == "refused":
            return self.tr(
                "The store did not accept %n of your changes; they are kept here. Open to see why.",
                "",
                int(notice.ref_id or 0),
            )
        return notice.title

    def add(self, notices: list[Notice]) -> None:
        self._queue.extend(notices)
        if self.current is None:
            self.next()

    def next(self) -> None:
        self._timer.stop()
        if not self._queue:
            self.current = None
            self.hide()
            return
        self.current = self._queue.popleft()
        extra = len(self._queue)
        text = self.text_for(self.current)
        if extra:
            text += "  " + self.tr("(+%n more)", "", extra)
        self.label.setText(text)
        self.show()
        self._timer.start()

    def _open(self) -> None:
        if self.current is not None:
            self.sig_open.emit(self.current)
        self.next()
