"""The viewer tells who signed a PDF, when, and whether the signature holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetings_app.demo.report_inputs import demo_minutes
from meetings_app.documents.pdf_signatures import SignRequest, pkcs12_signer, sign_pdf
from meetings_app.documents.reports import meeting_minutes
from meetings_app.security.trust_list import add_to_folder
from meetings_app.store.engine import sqlite_url
from meetings_app.store.paths import trust_dir
from meetings_app.ui.viewer.document_viewer import DocumentViewer
from tests.documents.signing_ca import make_ca, make_signer
from tests.documents.test_pdf_signatures import flip_one_byte
from tests.support.factories import World

CA = make_ca()
CHAIR = make_signer(CA, "Lê Minh Quân")
SIGNED = sign_pdf(
    meeting_minutes(demo_minutes()),
    SignRequest("chair"),
    pkcs12_signer(CHAIR.pkcs12(CA, b"pw"), b"pw"),
)


@pytest.fixture
def viewer(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentViewer:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MEETINGS_APP_HOME", str(tmp_path))
    trust_dir().mkdir(parents=True)
    (trust_dir() / "agency-ca.pem").write_bytes(CA.cert_pem)
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def _open(qtbot, viewer: DocumentViewer, data: bytes) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(viewer.sig_document_opened, timeout=20_000):
        viewer.open_document(lambda: data, "key", "Biên bản")


def test_a_signed_report_shows_its_signer_as_intact_and_trusted(qtbot, viewer) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, viewer, SIGNED)
    panel = viewer.signatures
    assert panel.isVisible()
    (row,) = panel.rows
    assert row.property("state") == "trusted"
    assert "Lê Minh Quân" in row.text() and "✔" in row.text()


def test_a_tampered_report_shows_a_broken_signature(qtbot, viewer) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, viewer, flip_one_byte(SIGNED))
    rows = viewer.signatures.rows
    assert rows and all(row.property("state") == "broken" for row in rows)
    assert "✖" in rows[0].text()


def test_an_unknown_ca_is_intact_but_not_trusted(qtbot, viewer) -> None:  # type: ignore[no-untyped-def]
    (trust_dir() / "agency-ca.pem").write_bytes(make_ca("CA khác").cert_pem)
    _open(qtbot, viewer, SIGNED)
    (row,) = viewer.signatures.rows
    assert row.property("state") == "untrusted" and "⚠" in row.text()


def test_an_unsigned_pdf_hides_the_panel_and_closing_clears_it(qtbot, viewer) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, viewer, SIGNED)
    viewer.close_document()
    assert not viewer.signatures.isVisible() and viewer.signatures.rows == []
    _open(qtbot, viewer, meeting_minutes(demo_minutes()))
    assert not viewer.signatures.isVisible()


def test_the_trust_list_the_store_hands_out_decides_trusted_on_the_laptop(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT puts the agency's CA in the store's trust folder (``admin trust-add``); after a
    sync the laptop's viewer shows a signature under that CA as trusted, and one under a
    CA the store does not list as not trusted. Nothing is placed on the laptop by hand."""
    monkeypatch.setenv("MEETINGS_APP_HOME", str(tmp_path / "laptop-home"))
    (tmp_path / "agency-ca.pem").write_bytes(CA.cert_pem)
    world = World(sqlite_url(tmp_path / "store.db"), tmp_path, trust_dir=tmp_path / "store-trust")
    try:
        add_to_folder(tmp_path / "store-trust", tmp_path / "agency-ca.pem")
        world.person("thuky", role="secretariat")
        laptop = world.client("thuky")
        laptop.client.trust_dir = trust_dir()
        laptop.client.sync()
    finally:
        world.close()
    other = make_ca("CA lạ")
    stranger = sign_pdf(
        meeting_minutes(demo_minutes()),
        SignRequest("chair"),
        pkcs12_signer(make_signer(other, "Người lạ").pkcs12(other, b"pw"), b"pw"),
    )
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.show()
    states = []
    for data in (SIGNED, stranger):
        _open(qtbot, widget, data)
        (row,) = widget.signatures.rows
        states.append(row.property("state"))
    assert states == ["trusted", "untrusted"]


def test_the_store_list_is_replaced_as_a_whole_and_left_alone_when_unchanged(
    tmp_path: Path,
) -> None:
    from meetings_app.security.trust_list import install_store_list, parse_ca, read_trust_list

    first, second = (parse_ca(f"{n}.pem", make_ca(n).cert_pem) for n in ("A", "B"))
    assert first is not None and second is not None
    install_store_list(tmp_path, [first, second])
    written = sorted((tmp_path / "store").iterdir())
    stamps = [p.stat().st_mtime_ns for p in written]
    install_store_list(tmp_path, [second, first])  # the same list: nothing rewritten
    assert [p.stat().st_mtime_ns for p in sorted((tmp_path / "store").iterdir())] == stamps
    install_store_list(tmp_path, [second])  # a CA withdrawn by the store is gone here too
    assert [c.subject for c in read_trust_list(tmp_path)] == [second.subject]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
