"""UpdateBar: the line above the document that says a newer version of the program is
recommended, or that this one is too old to sync, with the agency's download link.

It stays until dismissed (a recommendation) or until the program is updated (too old to
sync: the person must know why nothing is sent, and that nothing is lost).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

if TYPE_CHECKING:  # the data stack is not imported to build the window
    from meetings_app.app.updates import UpdateAdvice


class UpdateBar(QFrame):
    """Shows one :class:`UpdateAdvice`; the link opens in the system's browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice: UpdateAdvice | None = None
        self.label = QLabel(self)
        self.label.setObjectName("updateText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_advice(self, advice: UpdateAdvice) -> None:
        """Show the advice; a refusal to sync cannot be dismissed."""
        self.advice = advice
        required = advice.urgency == "required"
        self.setProperty("urgency", str(advice.urgency))
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(self.text_for(advice))
        self.close_button.setVisible(not required)
        self.show()

    def text_for(self, advice: UpdateAdvice) -> str:
        """The notice's rich text: the sentence and, when known, the download link."""
        version = escape(advice.version)
        if advice.urgency == "required":
            text = self.tr(
                "This version (%1) is too old to sync with the meeting server; install "
                "version %2. Your notes, marks and ballots are kept on this computer and are "
                "sent after the update; until then you can keep reading and marking up."
            )
            text = text.replace("%1", escape(advice.current)).replace("%2", version)
        else:
            text = self.tr("Version %1 of the program is available.").replace("%1", version)
        if advice.url:
            url = escape(advice.url, quote=True)
            link = QCoreApplication.translate("UpdateBar", "Download")
            text += f' <a href="{url}">{escape(link)}</a> <span>({escape(advice.url)})</span>'
        else:
            text += " " + self.tr("Ask agency IT for the new version.")
        return text
