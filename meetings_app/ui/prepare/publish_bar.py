"""PublishBar: where the meeting stands (draft, review, published), its next steps, and the
changes not yet received by the store (amendments, once published)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from meetings_app.app.prepare.publication import Publication, Standing
from meetings_app.ui.errors import show_error
from meetings_app.ui.labels import status_label
from meetings_app.ui.prepare.confirm import confirm
from meetings_app.ui.worker import run_plain


class PublishBar(QWidget):
    """Emits ``sig_moved(status)`` once a new status is saved on this computer."""

    sig_moved = Signal(str)

    def __init__(self, publication: Publication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishBar")
        self.publication = publication
        self.meeting_id: str | None = None
        self.standing: Standing | None = None
        self.status = QLabel(self)
        self.status.setObjectName("publishStatus")
        self.pending = QLabel(self)
        self.pending.setObjectName("publishPending")
        self.pending.setWordWrap(True)
        self.buttons = {
            "review": QPushButton(self.tr("Ready for review"), self),
            "published": QPushButton(self.tr("Publish to participants"), self),
            "draft": QPushButton(self.tr("Back to draft"), self),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.pending, 1)
        for status, button in self.buttons.items():
            button.setObjectName(f"moveTo_{status}")
            button.clicked.connect(lambda _=False, s=status: self.ask(s))
            button.hide()
            layout.addWidget(button)

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is None:
            self._show(None)
            return
        run_plain(
            lambda: self.publication.standing(meeting_id),
            on_done=lambda s: self._show(s) if self.meeting_id == meeting_id else None,
            on_failed=lambda _e: self._show(None),
            owner=self,
        )

    def _show(self, standing: Standing | None) -> None:
        self.standing = standing
        self.status.setText(status_label(standing.status) if standing else "")
        for status, button in self.buttons.items():
            button.setVisible(standing is not None and status in standing.next_steps)
        if standing is None or not standing.pending:
            self.pending.setText("")
            return
        titles = ", ".join(p.title for p in standing.pending[:3] if p.title)
        text = self.tr("%n change(s) not yet sent to the store", "", len(standing.pending))
        if standing.status == "published":
            text = self.tr(
                "%n amendment(s) not yet received by participants", "", len(standing.pending)
            )
        self.pending.setText(f"{text}: {titles}" if titles else text)

    def ask(self, status: str) -> None:
        """Publishing is confirmed first; the other steps are taken at once."""
        if status != "published":
            self.move_to(status)
            return
        confirm(
            self,
            "publishBox",
            self.tr("Publish"),
            self.tr(
                "Publish this meeting? Every participant receives its agenda and the documents "
                "addressed to them at once."
            ),
            lambda: self.move_to(status),
        )

    def move_to(self, status: str) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def done(_: object) -> None:
            self.sig_moved.emit(status)
            self.load(meeting_id)

        run_plain(
            lambda: self.publication.move_to(meeting_id, status),
            on_done=done,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )
