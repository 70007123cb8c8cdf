"""Signing reports (PKCS#12 file, PKCS#11 token) and reading signatures back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from asn1crypto import x509

from meetings_app.__main__ import main
from meetings_app.demo.report_inputs import demo_ballot, demo_minutes
from meetings_app.documents.pdf_signatures import (
    SignRequest,
    load_trust_list,
    pkcs11_signer,
    pkcs12_signer,
    read_signatures,
    sign_pdf,
)
from meetings_app.documents.reports import ballot_results, meeting_minutes
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from tests.documents.signing_ca import (
    PIN,
    SOFTHSM_LIBRARY,
    Identity,
    make_ca,
    make_signer,
    softhsm_available,
    softhsm_token,
)

PASSWORD = b"mat-khau-thu"


@pytest.fixture(scope="module")
def ca() -> Identity:
    return make_ca()


@pytest.fixture(scope="module")
def chair(ca: Identity) -> Identity:
    return make_signer(ca, "Lê Minh Quân")


@pytest.fixture(scope="module")
def signed_minutes(ca: Identity, chair: Identity) -> bytes:
    signer = pkcs12_signer(chair.pkcs12(ca, PASSWORD), PASSWORD)
    return sign_pdf(meeting_minutes(demo_minutes()), SignRequest("chair"), signer)


def flip_one_byte(pdf: bytes) -> bytes:
    """Change one character of the report's text inside the signed range."""
    at = pdf.index(b"stream\n") + 40
    return pdf[:at] + bytes([pdf[at] ^ 0x01]) + pdf[at + 1 :]


def test_pkcs12_signature_is_intact_and_trusted_by_the_trust_list(
    signed_minutes: bytes, ca: Identity
) -> None:
    (reading,) = read_signatures(signed_minutes, [_asn1(ca)])
    assert reading.signer == "Lê Minh Quân"
    assert reading.intact and reading.trusted and reading.covers_document
    assert reading.signed_at is not None
    assert reading.reason == "Chủ tọa phiên họp ký"


def test_one_flipped_byte_breaks_the_signature(signed_minutes: bytes, ca: Identity) -> None:
    readings = read_signatures(flip_one_byte(signed_minutes), [_asn1(ca)])
    assert readings and not any(r.intact or r.trusted for r in readings)


def test_a_ca_outside_the_trust_list_is_intact_but_not_trusted(signed_minutes: bytes) -> None:
    (reading,) = read_signatures(signed_minutes, [_asn1(make_ca("CA khác"))])
    assert reading.intact and not reading.trusted


def test_an_unsigned_pdf_has_no_signatures() -> None:
    assert read_signatures(ballot_results(demo_ballot()), []) == []


def test_wrong_pkcs12_password_is_a_key_error(ca: Identity, chair: Identity) -> None:
    with pytest.raises(AppError) as caught:
        pkcs12_signer(chair.pkcs12(ca, PASSWORD), b"sai")
    assert caught.value.code == Code.KEY_FILE_PASSWORD_WRONG


def test_trust_list_reads_pem_and_der_and_skips_junk(tmp_path: Path, ca: Identity) -> None:
    (tmp_path / "ca.pem").write_bytes(ca.cert_pem)
    (tmp_path / "ca2.cer").write_bytes(make_ca("CA hai").cert_der)
    (tmp_path / "broken.crt").write_bytes(b"not a certificate")
    (tmp_path / "readme.txt").write_text("ignored")
    (tmp_path / "signer.pem").write_bytes(make_signer(ca, "Not a CA").cert_pem)
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "ca3.der").write_bytes(make_ca("CA ba").cert_der)
    assert len(load_trust_list(tmp_path)) == 3
    assert load_trust_list(tmp_path / "missing") == []


@pytest.mark.skipif(
    not softhsm_available() and not os.environ.get("CI"),
    reason="SoftHSM2 is not installed (.ci/run installs it)",
)
def test_pkcs11_token_signs_and_a_flipped_byte_breaks_it(
    tmp_path: Path, ca: Identity, monkeypatch: pytest.MonkeyPatch
) -> None:
    secretary = make_signer(ca, "Hoàng Thị Thu Hà")
    for name, value in softhsm_token(tmp_path, "ThuKy", secretary).items():
        monkeypatch.setenv(name, value)
    report = ballot_results(demo_ballot())
    with pkcs11_signer(SOFTHSM_LIBRARY, "ThuKy", PIN, "signer", secretary.cert_der) as signer:
        signed = sign_pdf(report, SignRequest("secretary"), signer)
    (reading,) = read_signatures(signed, [_asn1(ca)])
    assert reading.signer == "Hoàng Thị Thu Hà" and reading.intact and reading.trusted
    assert not any(r.intact for r in read_signatures(flip_one_byte(signed), [_asn1(ca)]))
    refusals = {
        Code.TOKEN_PIN_WRONG: pkcs11_signer(SOFTHSM_LIBRARY, "ThuKy", "000000", "signer"),
        Code.TOKEN_NOT_FOUND: pkcs11_signer(SOFTHSM_LIBRARY, "Khac", PIN, "signer"),
    }
    for code, opening in refusals.items():
        with pytest.raises(AppError) as caught, opening:
            pass
        assert caught.value.code == code


def _asn1(identity: Identity) -> x509.Certificate:
    return x509.Certificate.load(identity.cert_der)


def test_cli_signs_with_a_pkcs12_file_and_verify_reports_each_signature(
    tmp_path: Path,
    ca: Identity,
    chair: Identity,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "minutes.pdf").write_bytes(meeting_minutes(demo_minutes()))
    (tmp_path / "chair.p12").write_bytes(chair.pkcs12(ca, PASSWORD))
    trust = tmp_path / "trust"
    trust.mkdir()
    (trust / "ca.pem").write_bytes(ca.cert_pem)
    monkeypatch.setenv("MEETINGS_SIGN_SECRET", PASSWORD.decode())
    signed, tampered = tmp_path / "signed.pdf", tmp_path / "tampered.pdf"
    args = [str(tmp_path / "minutes.pdf"), str(signed), "--role", "chair"]
    assert main(["sign-pdf", *args, "--p12", str(tmp_path / "chair.p12")]) == 0
    tampered.write_bytes(flip_one_byte(signed.read_bytes()))
    assert main(["verify-pdf", str(signed), "--trust", str(trust)]) == 0
    assert 'intact trusted "Lê Minh Quân"' in capsys.readouterr().out
    assert main(["verify-pdf", str(tampered), "--trust", str(trust)]) == 1
    assert main(["verify-pdf", str(tmp_path / "minutes.pdf"), "--trust", str(trust)]) == 0
    assert "unsigned" in capsys.readouterr().out
