"""The line under a closed poll that says whether this voter's ballot is on the board."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from meetings_app.app.polls import BoardStatus

_ALARM = "color: #b3261e; font-weight: bold; border: 2px solid #b3261e; padding: 6px;"
_GOOD = "color: #1a7f37;"


class BoardLabel(QLabel):
    """Quiet when the ballot is on the published board; loud when it is missing or the
    board does not verify."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardStatus")
        self.setWordWrap(True)
        self.alarm = False

    def checking(self) -> None:
        self._set(self.tr("Checking the ballot board…"), "", alarm=False)

    def unreachable(self) -> None:
        self._set(
            self.tr("The ballot board could not be fetched; it is checked again at the next look."),
            "",
            alarm=False,
        )

    def show_status(self, status: BoardStatus) -> None:
        """Show what the board says about this laptop's ballot."""
        if status is BoardStatus.ON_BOARD:
            self._set(self.tr("Your ballot is on the board (the board verifies)."), _GOOD, False)
        elif status is BoardStatus.MISSING:
            self._set(
                self.tr(
                    "WARNING: your ballot is NOT on the published board. Your receipt is kept "
                    "on this laptop; report this to the secretariat and the chair now."
                ),
                _ALARM,
                True,
            )
        elif status is BoardStatus.BROKEN:
            self._set(
                self.tr(
                    "WARNING: the published ballot board does not verify (it was changed or "
                    "not signed by the store). Report this to the secretariat and agency IT."
                ),
                _ALARM,
                True,
            )
        elif status is BoardStatus.NOT_PUBLISHED:
            self._set(self.tr("The ballot board is not published yet."), "", False)
        else:
            self.clear()
            self.setVisible(False)

    def _set(self, text: str, style: str, alarm: bool) -> None:
        self.alarm = alarm
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(True)
