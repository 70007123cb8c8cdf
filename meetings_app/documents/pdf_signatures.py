"""Digital signatures (chữ ký số) on PDFs: signing reports, and reading who signed a PDF.

Signatures are PAdES (ETSI.CAdES.detached, SHA-256) made with pyHanko as incremental
updates, so any PDF reader can verify them and the signed bytes are never rewritten. A
key comes from a PKCS#12 file or from a PKCS#11 token (the USB tokens Vietnamese
officials sign with, through the token maker's PKCS#11 library).

Reading: every signature in a PDF (reports we issued, drafts a ministry uploaded) is
reported with who signed (the certificate's common name), when (the time the signer's
software stated), whether it is *intact* (the signed bytes hash to what was signed and
the signature over that hash holds) and whether it is *trusted* (its certificate chains
to one of the agency's trust-list CAs, the folder of CA certificates given). No network
is used: revocation is not checked offline, which the reading states (``revocation``).

What must hold true: a changed byte in the signed range makes the signature not intact;
a certificate outside the trust list is never shown as trusted; a PDF that cannot be
parsed yields no "intact" signature (it is reported as damaged, never as valid).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from pkcs11.exceptions import PinIncorrect, PinInvalid, PinLenRange, PKCS11Error
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as HankoSigningError
from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.signers import SIGNING_ROLES
from meetings_app.security.trust_list import read_trust_list


class SigningFailed(AppError):
    """The key could not be used or the PDF could not be signed."""

    code = Code.SIGNING_FAILED


@dataclass(frozen=True)
class SignatureReading:
    """One signature of a PDF as the viewer shows it."""

    field: str
    signer: str
    signed_at: dt.datetime | None
    intact: bool
    trusted: bool
    covers_document: bool
    """The signature covers the whole file (nothing was added after it)."""
    reason: str = ""
    problem: str = ""
    """Why the signature could not be read at all (then it is neither intact nor trusted)."""


@dataclass(frozen=True)
class SignRequest:
    """What to write into a signature: the signer's role and the place."""

    role: str
    location: str = "Hà Nội"
    field_name: str = ""

    def metadata(self) -> signers.PdfSignatureMetadata:
        if self.role not in SIGNING_ROLES:
            raise SigningFailed(f"No signing role {self.role!r}", role=self.role)
        return signers.PdfSignatureMetadata(
            field_name=self.field_name or f"ChuKy_{self.role}",
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=SIGNING_ROLES[self.role],
            location=self.location,
        )


def pkcs12_signer(data: bytes, passphrase: bytes | None) -> signers.Signer:
    """A signer from a PKCS#12 file's bytes; a wrong passphrase (or a file that is not a
    PKCS#12 key file: the format cannot tell the two apart) is KEY_FILE_PASSWORD_WRONG."""
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, (), passphrase=passphrase)
    except (ValueError, TypeError, OSError) as exc:
        raise _key_error(Code.KEY_FILE_PASSWORD_WRONG, "The PKCS#12 file cannot be opened") from exc
    if not isinstance(signer, signers.SimpleSigner):
        raise _key_error(Code.KEY_FILE_PASSWORD_WRONG, "The PKCS#12 file cannot be opened")
    return signer


@contextmanager
def pkcs11_signer(
    library: str, token_label: str, pin: str, key_label: str, certificate: bytes | None = None
) -> Iterator[signers.Signer]:
    """A signer on a PKCS#11 token (open while the ``with`` block runs).

    ``library`` is the token maker's PKCS#11 module; the key is found by its label, the
    certificate on the token by the same label unless ``certificate`` (DER) is given.
    A missing library or token is TOKEN_NOT_FOUND, a refused PIN TOKEN_PIN_WRONG, a
    missing key SIGNING_KEY_UNAVAILABLE.
    """
    try:
        session = open_pkcs11_session(
            library, token_criteria=TokenCriteria(label=token_label), user_pin=pin
        )
    except (PinIncorrect, PinLenRange, PinInvalid) as exc:
        raise _key_error(
            Code.TOKEN_PIN_WRONG, f"The token {token_label!r} refused the PIN"
        ) from exc
    except (PKCS11Error, HankoSigningError, OSError, RuntimeError) as exc:
        message = f"The token {token_label!r} cannot be opened: {exc}"
        raise _key_error(Code.TOKEN_NOT_FOUND, message) from exc
    try:
        cert = asn1_x509.Certificate.load(certificate) if certificate else None
        try:
            signer = PKCS11Signer(
                session,
                key_label=key_label,
                cert_label=None if cert else key_label,
                signing_cert=cert,
            )
        except (PKCS11Error, HankoSigningError) as exc:
            message = f"No usable key {key_label!r} on the token: {exc}"
            raise _key_error(Code.SIGNING_KEY_UNAVAILABLE, message) from exc
        yield signer
    finally:
        session.close()


def sign_pdf(pdf: bytes, request: SignRequest, signer: signers.Signer) -> bytes:
    """``pdf`` with one more PAdES signature (an incremental update; earlier ones stay)."""
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        out = signers.sign_pdf(writer, request.metadata(), signer=signer)
    except (HankoSigningError, PdfError, ValueError) as exc:
        raise SigningFailed(f"The PDF could not be signed: {exc}") from exc
    return bytes(out.getvalue())


def _key_error(code: Code, message: str) -> AppError:
    return AppError(message, code=code)


def load_trust_list(folder: Path | None) -> list[asn1_x509.Certificate]:
    """The laptop's trust list in ``folder`` (:mod:`meetings_app.security.trust_list`:
    the CA certificates IT placed there and the store's list in its ``store`` subfolder).
    A missing folder is an empty trust list (nothing is trusted)."""
    return [asn1_x509.Certificate.load(c.der) for c in read_trust_list(folder)]


def read_signatures(
    pdf: bytes, trust_roots: Sequence[asn1_x509.Certificate]
) -> list[SignatureReading]:
    """Every signature in ``pdf``, oldest first, checked against ``trust_roots``."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        return [_damaged("", f"The file's signatures cannot be read: {exc}")]
    context = ValidationContext(
        trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail"
    )
    return [_reading(sig, context) for sig in embedded]


def _reading(sig: object, context: ValidationContext) -> SignatureReading:
    name = str(getattr(sig, "field_name", ""))
    try:
        status = validate_pdf_signature(sig, context)  # type: ignore[arg-type]
    except Exception as exc:  # any failure means "not intact", never valid
        return _damaged(name, f"The signature cannot be checked: {exc}")
    cert = status.signing_cert
    signer = cert.subject.native.get("common_name", "") if cert is not None else ""
    return SignatureReading(
        field=name,
        signer=str(signer),
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact and status.valid),
        trusted=bool(status.intact and status.valid and status.trusted),
        covers_document=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        reason=str(getattr(sig, "sig_object", {}).get("/Reason", "")),
    )


def _damaged(name: str, problem: str) -> SignatureReading:
    return SignatureReading(name, "", None, False, False, False, problem=problem)
