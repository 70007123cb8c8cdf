"""Every dialog a person meets names each of its controls to a screen reader, not only the
main window: the sign-in's passphrase, signing, About and the secretariat's dialogs
(document, versions, participants' file, agenda items). Dialogs that need a running
store (sign-in, conflicts, refused changes, report, unplaced marks, add person) are walked
in their own tests' setting, with the same rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from meetings_app.app.prepare.agenda import PlannedItem
from meetings_app.app.prepare.documents import DocumentRow, Recipient, VersionRow
from meetings_app.app.prepare.people import CsvRow
from meetings_app.ui.about import AboutDialog
from meetings_app.ui.prepare.csv_preview_dialog import CsvPreviewDialog
from meetings_app.ui.prepare.document_dialog import DocumentDialog
from meetings_app.ui.prepare.items_dialog import ItemsDialog
from meetings_app.ui.prepare.versions_dialog import VersionsDialog
from meetings_app.ui.signin.passphrase import PassphraseDialog
from meetings_app.ui.signing.sign_dialog import SignDialog
from tests.support.accessibility import unnamed_controls

ROW = DocumentRow(
    id="d1",
    title="Dự thảo Nghị định",
    agenda_item_id=None,
    classification="confidential",
    recipients=("p1",),
    policy={"print": True, "export": False},
    version_number=2,
    pages=19,
    synced=True,
)
VERSIONS = [
    VersionRow("v2", 2, "du-thao-2.pdf", 19, 120_000, "Sửa Điều 5", True),
    VersionRow("v1", 1, "du-thao-1.pdf", 18, 110_000, "", False),
]
CSV = [
    CsvRow(2, "Nguyễn Văn A", "Bộ trưởng", "Bộ Nội vụ", "bt.noivu", "member"),
    CsvRow(3, "", "", "", "", "member", problem="Thiếu họ tên"),
]
ITEMS = [
    ("i1", PlannedItem("i1", None, 0, "Khai mạc")),
    ("i2", PlannedItem("i2", None, 1, "Báo cáo")),
]

DIALOGS: dict[str, Callable[[], QDialog]] = {
    "passphrase (create)": lambda: PassphraseDialog(True),
    "passphrase (unlock)": lambda: PassphraseDialog(False),
    "sign": lambda: SignDialog("Thư ký ký kết quả biểu quyết"),
    "about": lambda: AboutDialog("https://hop.example.gov.vn"),
    "document": lambda: DocumentDialog(ROW, [Recipient("p1", "Nguyễn Văn A", "member")]),
    "versions": lambda: VersionsDialog(ROW.title, VERSIONS),
    "participants file": lambda: CsvPreviewDialog(CSV),
    "agenda items": lambda: ItemsDialog("Nguyễn Văn A", ITEMS, ("i1",)),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_names_every_control(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
