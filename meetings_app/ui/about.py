"""Help → About: what program this is, which version, under which licence, which store it
syncs with, and the Qt and Python underneath (what agency IT asks for on the phone)."""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from meetings_app import __version__

LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QDialog):
    """The About box; ``server_url`` is the store this laptop syncs with (None: none yet)."""

    def __init__(self, server_url: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About"))
        name = self.tr("Meetings")
        title = QLabel(f"<h2>{escape(name)}</h2>", self)
        title.setObjectName("aboutTitle")
        self.details = QLabel(self.details_html(server_url), self)
        self.details.setObjectName("aboutDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def details_html(self, server_url: str | None) -> str:
        """The lines of the box, as rich text (the licence is a link)."""
        store = escape(server_url) if server_url else escape(self.tr("none yet (not signed in)"))
        licence = self.tr("GNU General Public License, version 3 or later")
        rows = [
            (self.tr("Version"), escape(__version__)),
            (self.tr("Licence"), f'<a href="{LICENCE_URL}">{escape(licence)}</a>'),
            (self.tr("Meeting server"), store),
            (
                self.tr("Built with"),
                f"Qt {escape(qVersion())}, PySide6 {escape(PySide6.__version__)}, "
                f"Python {escape(platform.python_version())}",
            ),
        ]
        cells = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows
        )
        return f"<table>{cells}</table>"
