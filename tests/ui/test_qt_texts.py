"""Qt's own texts in the Vietnamese UI (Qt ships no Vietnamese catalog: the app's supplies
them), the window title's program name, and English singular and plural forms."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from meetings_app import __version__
from meetings_app.app.services import ClientServices
from meetings_app.ui import i18n
from meetings_app.ui.about import AboutDialog
from meetings_app.ui.main_window import MainWindow
from meetings_app.ui.search.panel import SearchPanel
from meetings_app.ui.status_bar import SyncStatusBar
from tests.support.reader_meeting import ReaderStore


@pytest.fixture
def vi(qapp: QApplication) -> Iterator[None]:
    i18n.install_translator(qapp, "vi")
    yield
    i18n.install_translator(qapp, "en")


@pytest.fixture
def en(qapp: QApplication) -> Iterator[None]:
    i18n.install_translator(qapp, "en")
    yield


def test_a_message_box_speaks_vietnamese(qtbot, vi: None) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
    )
    box.setDetailedText("chi tiết kỹ thuật")
    box.show()
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"Hủy", "Đóng", "Có", "Không", "Hiện chi tiết…"} <= texts, texts
    box.close()


def test_a_button_box_speaks_vietnamese(qtbot, vi: None) -> None:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(buttons)
    texts = {b.text().replace("&", "") for b in buttons.findChildren(QPushButton)}
    assert texts == {"Đồng ý", "Hủy", "Lưu"}


def test_every_qt_text_the_app_supplies_is_translated(vi: None) -> None:
    root = ET.parse(i18n.catalog("vi")).getroot()
    qt_own = {
        (context.findtext("name") or "", message.findtext("source") or ""): message.findtext(
            "translation"
        )
        for context in root.iter("context")
        if (context.findtext("name") or "").startswith("Q")
        for message in context.findall("message")
    }
    assert {source for _context, source in qt_own} == {str(s) for s in i18n.QT_OWN_TEXTS}
    for (context, source), translation in qt_own.items():
        assert translation and QCoreApplication.translate(context, source) == translation


def test_the_window_title_names_the_program_in_vietnamese(  # type: ignore[no-untyped-def]
    qtbot, vi: None, services: ClientServices, store: ReaderStore
) -> None:
    win = MainWindow(services)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sig_meeting_changed, timeout=5_000):
        win.refresh()
    assert win.windowTitle().endswith("— Họp không giấy"), win.windowTitle()
    assert "Meetings" not in win.windowTitle()


def test_english_says_one_result_and_fifty_results(qtbot, en: None) -> None:  # type: ignore[no-untyped-def]
    status = SyncStatusBar()
    qtbot.addWidget(status)
    status.set_pending(1)
    assert status.pending_label.text() == "1 change waiting to be sent"
    status.set_pending(50)
    assert status.pending_label.text() == "50 changes waiting to be sent"
    assert SearchPanel.tr("%n result(s)", "", 1) == "1 result"
    assert SearchPanel.tr("%n result(s)", "", 50) == "50 results"


def test_help_about_names_version_licence_store_and_versions(qtbot, vi: None) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.server_url = "https://hop.bo.gov.vn"
    about = win.findChild(QAction, "act_about")
    assert about is not None and about.text() == "Giới thiệu Họp không giấy…"
    about.trigger()
    dialog = win.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.details.text()
    for part in (__version__, "GPL", "https://hop.bo.gov.vn", f"Qt {qVersion()}", "Python 3."):
        assert part in text, part
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert buttons == ["Đóng"]
    dialog.close()
