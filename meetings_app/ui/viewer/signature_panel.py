"""SignaturePanel: who signed the open PDF, when, and whether each signature holds.

Shown above the pages for any PDF that carries digital signatures (a report the chair
signed, a draft a ministry uploaded signed), hidden otherwise. Each signature is one line
in plain words, with a mark a reader tells apart without colour:

* ✔ intact and trusted: the signer's certificate chains to the agency's trust list;
* ⚠ intact but not trusted: the certificate is outside the trust list (the signature
  proves nothing about who signed);
* ✖ broken: the document was changed after it was signed, or the signature is damaged.

A signature that holds but is followed by later additions to the file says so.
The reading itself (:func:`read_pdf_signatures`) runs on the worker, never on the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from meetings_app.store.paths import trust_dir

if TYPE_CHECKING:  # pyHanko loads only when a signed PDF is opened
    from meetings_app.documents.pdf_signatures import SignatureReading

VIETNAM = dt.timezone(dt.timedelta(hours=7))
"""Signing times are shown in Vietnam time, as the documents are dated."""


def read_pdf_signatures(data: bytes) -> list[SignatureReading]:
    """The signatures of ``data`` against the trust list (worker thread; cheap when the
    file has no signature field, which is most files)."""
    if b"/ByteRange" not in data:
        return []
    from meetings_app.documents.pdf_signatures import load_trust_list, read_signatures

    return read_signatures(data, load_trust_list(trust_dir()))


class SignaturePanel(QFrame):
    """One line per signature of the open document; hidden when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.rows: list[QLabel] = []
        self.hide()

    def show_readings(self, readings: Sequence[SignatureReading]) -> None:
        """Replace the lines with ``readings`` (an empty list hides the panel)."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for reading in readings:
            row = QLabel(self.line_for(reading), self)
            row.setObjectName("signatureRow")
            row.setWordWrap(True)
            row.setProperty("state", _state(reading))
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(readings))

    def line_for(self, reading: SignatureReading) -> str:
        """The sentence for one signature."""
        who = reading.signer or self.tr("an unknown signer")
        if reading.problem or not reading.intact:
            return self.tr(
                "✖ The signature of %1 is broken: the document was changed after it was "
                "signed, or the signature is damaged. Do not rely on this copy."
            ).replace("%1", who)
        when = _when(reading)
        if reading.trusted:
            text = self.tr("✔ Signed by %1 on %2; the signature is intact and trusted.")
        else:
            text = self.tr(
                "⚠ Signed by %1 on %2; the signature is intact, but the certificate is not "
                "in the agency's trust list."
            )
        text = text.replace("%1", who).replace("%2", when)
        if not reading.covers_document:
            text += " " + self.tr("The file was added to after this signature.")
        return text


def _state(reading: SignatureReading) -> str:
    if reading.problem or not reading.intact:
        return "broken"
    return "trusted" if reading.trusted else "untrusted"


def _when(reading: SignatureReading) -> str:
    """``09:05 04/11/2026`` in Vietnam time, or ``?`` when the signer stated no time."""
    if reading.signed_at is None:
        return "?"
    return reading.signed_at.astimezone(VIETNAM).strftime("%H:%M %d/%m/%Y")
