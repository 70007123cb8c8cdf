"""Issue and Sign… in the report viewer: a number from the store first, then the signer's
key (a PKCS#12 file made here with `cryptography`), signed on the worker, saved."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from meetings_app.app.signing import KeyFile
from meetings_app.demo.report_inputs import demo_ballot
from meetings_app.documents.pdf_signatures import load_trust_list, read_signatures
from meetings_app.documents.reports import ballot_results
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.ui.prepare.report_dialog import Issuing, ReportDialog
from tests.documents.signing_ca import make_ca, make_signer
from tests.support.accessibility import unnamed_controls

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
    assert unnamed_controls(dialog) == []

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


def test_the_chair_signs_the_minutes_once_the_secretariat_has_issued_them(  # type: ignore[no-untyped-def]
    qtbot, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Meeting → Sign the minutes…: offered to the chair; the minutes open in the report
    viewer, numbered from the register line pulled from the store, and are signed as chair."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from meetings_app.app.reports import ReportsService
    from meetings_app.app.run.meeting_run import MeetingRunService
    from meetings_app.domain.models import Minutes, Participant, RegisterEntry
    from meetings_app.domain.register import entry_id
    from meetings_app.store.engine import make_engine, sqlite_url
    from meetings_app.ui.run.sign_minutes import SignMinutesAction

    engine = make_engine(sqlite_url(store.folder / "client.db"))
    meeting = store.past_meeting
    with Session(engine) as s, s.begin():
        chair = s.scalars(
            select(Participant.person_id).where(
                Participant.meeting_id == meeting, Participant.role == "chair"
            )
        ).one()
        s.add(Minutes(meeting_id=meeting, text="# Kết luận\nThông qua.", state="published"))
        s.add(
            RegisterEntry(
                id=entry_id("VPCP", f"minutes:{meeting}"),
                meeting_id=meeting,
                kind="minutes",
                subject=f"minutes:{meeting}",
                issuer="VPCP",
                number=7,
                year=2026,
                issued_at=dt.datetime(2026, 11, 4, 3, tzinfo=dt.UTC),
                version=1,
            )
        )
    assert MeetingRunService(engine, None, chair).state(meeting).chairs  # type: ignore[arg-type]
    window = QWidget()
    qtbot.addWidget(window)
    window.current_meeting = SimpleNamespace(id=meeting, title="Phiên họp")  # type: ignore[attr-defined]
    action = SignMinutesAction(window, ReportsService(engine, lambda _v: b"", chair))
    action.set_chair(True)
    with qtbot.waitSignal(action.sig_opened, timeout=30_000) as opened:
        action.action.trigger()
    dialog = opened.args[0]
    qtbot.addWidget(dialog)
    assert dialog.issued and dialog.signer_role == "chair" and not dialog.issue_button.isVisible()
    assert b"07/BB-VPCP" in b"".join(  # the register's number is on the page
        p.extract_text().encode() for p in PdfReader(io.BytesIO(dialog.pdf)).pages
    )
    ca = make_ca()
    key_file = tmp_path / "chu-toa.p12"
    key_file.write_bytes(make_signer(ca, "Phạm Minh Chính").pkcs12(ca, b"pw"))
    saved = tmp_path / "bien-ban.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    with qtbot.waitSignal(dialog.sig_saved, timeout=30_000):
        dialog.sign_with(KeyFile(key_file, "pw"))
    (reading,) = read_signatures(saved.read_bytes(), [])
    assert reading.signer == "Phạm Minh Chính" and reading.intact and "Chủ tọa" in reading.reason
    _close(dialog)
    engine.dispose()
