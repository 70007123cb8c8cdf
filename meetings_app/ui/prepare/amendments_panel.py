"""AmendmentsPanel: a published meeting's changes the store holds back from participants,
with "Publish amendments" (they receive all of them at once, with one notice of what
changed) and "Discard amendments" (the published meeting comes back)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from meetings_app.app.prepare.publication import Amendment, Publication
from meetings_app.ui.errors import show_error
from meetings_app.ui.labels import amendment_line
from meetings_app.ui.prepare.confirm import confirm
from meetings_app.ui.prepare.layout import push_button
from meetings_app.ui.worker import run_plain


class AmendmentsPanel(QWidget):
    """Hidden while nothing is held; emits ``sig_released(how)`` once the choice is saved."""

    sig_released = Signal(str)

    def __init__(self, publication: Publication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendmentsPanel")
        self.publication = publication
        self.meeting_id: str | None = None
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("amendmentList")
        self.list.setAccessibleName(self.tr("Amendments held back from participants"))
        self.list.setMaximumHeight(110)
        self.publish_button = push_button(
            self, self.tr("Publish amendments"), lambda: self.ask("publish"), "publishAmendments"
        )
        self.discard_button = push_button(
            self, self.tr("Discard amendments"), lambda: self.ask("discard"), "discardAmendments"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        self.hide()

    def load(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is None:
            self.show_amendments([])
            return
        run_plain(
            lambda: self.publication.amendments(meeting_id),
            on_done=lambda rows: (
                self.show_amendments(rows) if self.meeting_id == meeting_id else None
            ),
            on_failed=lambda _e: self.show_amendments([]),
            owner=self,
        )

    def show_amendments(self, rows: list[Amendment]) -> None:
        self.list.clear()
        for row in rows:
            self.list.addItem(amendment_line(row.change, row.title))
        self.heading.setText(
            self.tr(
                "%n amendment(s) held back from participants until you publish them", "", len(rows)
            )
        )
        self.setVisible(bool(rows))

    def ask(self, how: str) -> None:
        """Both choices are confirmed first: each reaches every participant's laptop."""
        text = (
            self.tr(
                "Publish these amendments? Every participant receives them at once, with a "
                "notice of what changed."
            )
            if how == "publish"
            else self.tr(
                "Discard these amendments? The meeting goes back to what participants have; "
                "added items and documents are removed."
            )
        )
        confirm(self, "amendmentsBox", self.tr("Amendments"), text, lambda: self.release(how))

    def release(self, how: str) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def done(_: object) -> None:
            self.sig_released.emit(how)
            self.load(meeting_id)

        run_plain(
            lambda: self.publication.release_amendments(meeting_id, how),
            on_done=done,
            on_failed=lambda e: show_error(self, e),
            owner=self,
        )
