"""Signing a report on this laptop with the signer's own key (chữ ký số).

The key is the signer's: a PKCS#12 file and its password, or a PKCS#11 token (the USB
tokens officials sign with) with its PIN. Nothing of it is kept: the password or PIN is
used for this one signature and forgotten. Who signs what is
:data:`~meetings_app.domain.signers.REPORT_SIGNER` (the chair the minutes, the secretary
the ballot results). The report viewer offers signing only once the report has its
number from the register (``NOT_ISSUED`` otherwise): a signature fixes the document,
number and date included.

Signing opens the key and runs pyHanko: seconds on a token, so the UI calls
:func:`sign_report` on its worker. The errors say which part failed, in the registry's
codes: ``KEY_FILE_PASSWORD_WRONG``, ``TOKEN_PIN_WRONG``, ``TOKEN_NOT_FOUND``,
``SIGNING_KEY_UNAVAILABLE`` (also an unreadable key file), ``SIGNING_FAILED``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError


@dataclass(frozen=True)
class KeyFile:
    """A PKCS#12 file (``.p12``/``.pfx``) with the signer's key and certificate."""

    path: Path
    password: str = field(repr=False)


@dataclass(frozen=True)
class Token:
    """A PKCS#11 token: the maker's library, the token's label, the key's label, the PIN."""

    library: str
    token_label: str
    key_label: str
    pin: str = field(repr=False)


SigningKey = KeyFile | Token


def sign_report(pdf: bytes, role: str, key: SigningKey) -> bytes:
    """``pdf`` signed by ``role`` (``chair``, ``secretary``) with ``key``."""
    from meetings_app.documents.pdf_signatures import (  # pyHanko loads only when signing
        SignRequest,
        pkcs11_signer,
        pkcs12_signer,
        sign_pdf,
    )

    request = SignRequest(role)
    if isinstance(key, KeyFile):
        try:
            data = key.path.read_bytes()
        except OSError as exc:
            raise AppError(
                f"The key file {key.path} cannot be read: {exc.strerror}.",
                code=Code.SIGNING_KEY_UNAVAILABLE,
            ) from exc
        return sign_pdf(pdf, request, pkcs12_signer(data, key.password.encode()))
    with pkcs11_signer(key.library, key.token_label, key.pin, key.key_label) as signer:
        return sign_pdf(pdf, request, signer)
