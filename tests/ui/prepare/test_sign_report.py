"""Issue and Sign… in the report viewer: a number from the store first, then the signer's
key (a PKCS#12 file made here with `cryptography`), signed on the worker, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from meetings_app.demo.report_inputs import demo_ballot
from meetings_app.documents.pdf_signatures import load_trust_list, read_signatures
from meetings_app.documents.reports import ballot_results
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.ui.prepare.report_dialog import Issuing, ReportDialog
from tests.documents.signing_ca import make_ca, make_signer

PDF = ballot_results(demo_ballot())


def _errors(dialog: ReportDialog) -> list[str]:
    return [box.text() for box in dialog.findChildren(QMessageBox, "errorBox")]


def _close(dialog: ReportDialog) -> None:
    for box in dialog.findChildren(QMessageBox, "errorBox"):
        box.close()
    dialog.close()


def _sign_in_dialog(qtbot, dialog: ReportDialog, key_file: Path, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.sign_button.click()
    sign = dialog.sign_dialog
    assert sign is not None and sign.isVisible()
    ok = sign.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no key chosen yet
    sign.p12_path.setText(str(key_file))
    sign.p12_password.setText(password)
    ok.click()


def test_the_secretary_signs_the_issued_ballot_results_with_a_key_file(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = make_ca()
    key_file = tmp_path / "thu-ky.p12"
    key_file.write_bytes(make_signer(ca, "Hoàng Thị Thu Hà").pkcs12(ca, b"dung"))
    (tmp_path / "trust").mkdir()
    (tmp_path / "trust" / "ca.pem").write_bytes(ca.cert_pem)
    saved = tmp_path / "ket-qua-da-ky.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    dialog = ReportDialog(
        "Kết quả", PDF, "ballots.pdf", issuing=Issuing(True), signer_role="secretary"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sign_button.isVisible() and not dialog.issue_button.isEnabled()

    _sign_in_dialog(qtbot, dialog, key_file, "sai")  # wrong password: said so, nothing signed
    qtbot.waitUntil(lambda: bool(_errors(dialog)), timeout=20_000)
    assert "password" in _errors(dialog)[0]
    assert dialog.pdf == PDF and dialog.sign_button.isEnabled()

    with qtbot.waitSignal(dialog.sig_saved, timeout=30_000):
        _sign_in_dialog(qtbot, dialog, key_file, "dung")
    (reading,) = read_signatures(saved.read_bytes(), load_trust_list(tmp_path / "trust"))
    assert reading.signer == "Hoàng Thị Thu Hà" and reading.intact and reading.trusted
    assert "Thư ký" in reading.reason
    qtbot.waitUntil(lambda: bool(dialog.viewer.signatures.rows), timeout=20_000)
    _close(dialog)


def test_a_report_without_its_number_waits_for_the_store_and_is_not_signed(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    answers: list[bytes | AppError] = [AppError("pending", code=Code.NUMBER_PENDING), PDF]

    def issue() -> bytes:
        answer = answers.pop(0)
        if isinstance(answer, AppError):
            raise answer
        return answer

    dialog = ReportDialog(
        "Kết quả", PDF, "ballots.pdf", issuing=Issuing(False, issue), signer_role="secretary"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sign_button.click()  # no number, no signature
    assert dialog.sign_dialog is None
    qtbot.waitUntil(lambda: bool(_errors(dialog)), timeout=5_000)
    with qtbot.waitSignal(dialog.sig_number_requested, timeout=10_000):
        dialog.issue_button.click()
    assert dialog.pending and not dialog.issued
    assert "pending" in dialog.status.text()
    dialog.retry_if_pending()  # a sync brought the store's number
    qtbot.waitUntil(lambda: dialog.issued, timeout=10_000)
    assert not dialog.issue_button.isEnabled() and not answers
    _close(dialog)


def test_the_key_errors_are_sentences_a_signer_understands() -> None:
    from meetings_app.ui.errors import describe_error

    for code, words in (
        (Code.KEY_FILE_PASSWORD_WRONG, "password"),
        (Code.TOKEN_PIN_WRONG, "PIN"),
        (Code.TOKEN_NOT_FOUND, "token"),
        (Code.NOT_ISSUED, "number"),
    ):
        assert words in describe_error(AppError("x", code=code)).what
