"""Every control says what it is to a screen reader: the main window, each mode (reading,
preparing, running a meeting), the member's panels and the settings; the colour swatches
say their colour. Keyboard focus is drawn in both themes."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from meetings_app.app.services import ClientServices
from meetings_app.ui import i18n, worker
from meetings_app.ui.client import build_window
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.modes.registry import PREPARE, READ, RUN
from meetings_app.ui.run.install import install_run_mode
from meetings_app.ui.settings_dialog import SettingsDialog
from meetings_app.ui.theme import THEMES, apply_theme, palette_for
from tests.support.accessibility import accessible_name, unnamed_controls
from tests.support.reader_meeting import ReaderStore
from tests.ui.prepare.conftest import sign_in_as_secretariat


@pytest.fixture
def whole_window(qtbot, store: ReaderStore) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A secretariat officer's window with every mode built and the member's panels."""
    officer = sign_in_as_secretariat(store)
    services = ClientServices.open(store.folder)
    win = build_window(services, None)
    install_run_mode(win, officer, win.sync)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    qtbot.waitUntil(lambda: win.current_meeting is not None, timeout=10_000)
    qtbot.waitUntil(lambda: win.modes.bar.offered() == [READ, PREPARE, RUN], timeout=10_000)
    for mode in (PREPARE, RUN, READ):
        win.modes.select(mode)
        worker.wait_all(5_000)
        QApplication.processEvents()
    yield win
    win.close()
    worker.wait_all(5_000)
    services.close()


def test_every_control_of_every_mode_has_a_name(whole_window: MainWindow) -> None:
    win = whole_window
    for mode in (READ, PREPARE, RUN):
        assert win.modes.widget(mode) is not None, mode
    assert len(win.findChildren(object)) > 500  # the walk covers the built modes
    assert unnamed_controls(win) == []


def test_the_settings_dialog_names_its_controls(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []


def test_colour_swatches_say_their_colour(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    i18n.install_translator(qapp, "vi")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        toolbar = win.annotation_toolbar
        names = [accessible_name(toolbar.widgetForAction(a)) for a in toolbar.color_actions]
        assert names == ["Vàng", "Xanh lá", "Xanh dương", "Hồng", "Đỏ"]
        assert toolbar.color_actions[0].toolTip() == "Màu: Vàng"
    finally:
        i18n.install_translator(qapp, "en")


@pytest.mark.parametrize("theme", THEMES)
def test_keyboard_focus_is_drawn_in_both_themes(qtbot, qapp: QApplication, theme: str) -> None:  # type: ignore[no-untyped-def]
    """The focused control has a border in the theme's focus colour, which stands out
    from the window at 3:1 or better (WCAG 1.4.11); the same control unfocused has none."""
    apply_theme(qapp, theme)
    try:
        found = re.search(
            r"QPushButton:focus \{ border: 2px solid (#[0-9a-f]{6})", qapp.styleSheet()
        )
        assert found is not None
        accent = QColor(found.group(1))
        assert contrast(accent, palette_for(theme).color(QPalette.ColorRole.Window)) >= 3
        row = QWidget()
        qtbot.addWidget(row)
        layout = QHBoxLayout(row)
        controls = [QPushButton("Đồng ý"), QLineEdit("Hà Nội"), QCheckBox("Có mặt")]
        for control in controls:
            layout.addWidget(control)
        row.show()
        qtbot.waitExposed(row)
        for control in controls:
            assert _pixels_of(control, accent) == 0, type(control).__name__
            control.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert _pixels_of(control, accent) > 40, type(control).__name__
        row.close()
    finally:
        apply_theme(qapp, "light")


def _pixels_of(widget: QWidget, color: QColor) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).rgb() == color.rgb()
    )


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", THEMES)
def test_ballot_choices_are_readable_open_or_closed(theme: str) -> None:
    """A ballot's choices are radio buttons on the window (open poll), disabled once the
    poll is closed or the person may not vote: both must read at 4.5:1 or better."""
    palette = palette_for(theme)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for state in (group.Active, group.Disabled):
        for text, ground in (
            (role.WindowText, role.Window),
            (role.Text, role.Base),
            (role.ButtonText, role.Button),
        ):
            fg, bg = palette.color(state, text), palette.color(state, ground)
            ratio = contrast(fg, bg)
            assert ratio >= 4.5, (theme, state, text, fg.name(), bg.name(), round(ratio, 2))
