"""The modes of the main window, one descriptor each: adding a mode is one line in MODES.

A mode is offered only to people who hold its role for the meeting selected (the store
enforces the same rules whatever the window shows). Factories import their package only
when the mode is first opened, so a member's window never loads the secretariat's code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from meetings_app.domain.rules import Action, Actor, may

if TYPE_CHECKING:
    from meetings_app.ui.main_window import MainWindow

READ = "read"
PREPARE = "prepare"
RUN = "run"


@dataclass(frozen=True)
class Mode:
    """One mode: its id, title (translated when shown), icon, widget factory, audience."""

    id: str
    title: Callable[[], str]
    icon: QStyle.StandardPixmap
    factory: Callable[[MainWindow], QWidget] | None
    """Builds the mode's widget (None: the window's own reading view)."""
    offered: Callable[[Actor], bool]
    """Whether this person, in the meeting selected, sees the mode."""


def _prepare_workspace(window: MainWindow) -> QWidget:
    from meetings_app.ui.prepare.workspace import build_workspace

    return build_workspace(window)


def _run_page(window: MainWindow) -> QWidget:
    """The meeting mode installed with the window's services (a label when there is none:
    a window opened without a signed-in session cannot run a meeting)."""
    wiring = getattr(window, "run_wiring", None)
    if wiring is None:
        from PySide6.QtWidgets import QLabel

        return QLabel(QCoreApplication.translate("Modes", "Sign in to run a meeting."))
    window.modes.sig_mode_changed.connect(
        lambda mode_id: wiring.show_meeting() if mode_id == RUN else None
    )
    window.sig_meeting_changed.connect(
        lambda _meeting_id: wiring.show_meeting() if window.modes.current == RUN else None
    )
    wiring.show_meeting()
    host: QWidget = wiring.host
    return host


def _everyone(_actor: Actor) -> bool:
    return True


def _organiser(actor: Actor) -> bool:
    """The secretariat (every meeting) and the meeting's secretary (that meeting)."""
    return actor.organises


def _runner(actor: Actor) -> bool:
    """The chair and the secretary of the meeting, and the secretariat."""
    return may(actor, Action.RUN_MEETING)


MODES: list[Mode] = [
    Mode(
        READ,
        lambda: QCoreApplication.translate("Modes", "Read"),
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        None,
        _everyone,
    ),
    Mode(
        PREPARE,
        lambda: QCoreApplication.translate("Modes", "Prepare"),
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        _prepare_workspace,
        _organiser,
    ),
    Mode(
        RUN,
        lambda: QCoreApplication.translate("Modes", "Run"),
        QStyle.StandardPixmap.SP_MediaPlay,
        _run_page,
        _runner,
    ),
]
