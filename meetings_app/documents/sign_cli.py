"""``meetings-app sign-pdf`` and ``meetings-app verify-pdf``: digital signatures from a shell.

``sign-pdf IN OUT --role chair|secretary`` signs with a PKCS#12 file (``--p12 FILE``) or a
PKCS#11 token (``--pkcs11-lib LIB --token LABEL --key LABEL [--cert FILE]``). The password
or PIN is read from ``MEETINGS_SIGN_SECRET`` when set (scripts), else asked for without
echo. ``verify-pdf FILE…`` prints one line per signature::

    intact trusted "<signer>" <signed at> <file>

(``broken``/``untrusted`` in place of the first two words; ``unsigned <file>`` for a file
without signatures) and exits 1 when any signature is broken or untrusted, 0 otherwise.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from meetings_app.domain.signers import SIGNING_ROLES
from meetings_app.store.paths import trust_dir

if TYPE_CHECKING:
    from meetings_app.documents.pdf_signatures import SignatureReading

SECRET_ENV = "MEETINGS_SIGN_SECRET"
NOT_ALL_GOOD = 1


def add_sign_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, metavar="IN")
    parser.add_argument("output", type=Path, metavar="OUT")
    parser.add_argument("--role", choices=sorted(SIGNING_ROLES), required=True)
    parser.add_argument("--location", default="Hà Nội")
    key = parser.add_mutually_exclusive_group(required=True)
    key.add_argument("--p12", type=Path, metavar="FILE", help="PKCS#12 file with key and cert")
    key.add_argument("--pkcs11-lib", metavar="LIB", help="the token's PKCS#11 library")
    parser.add_argument("--token", metavar="LABEL", help="token label (PKCS#11)")
    parser.add_argument("--key", metavar="LABEL", help="key label on the token (PKCS#11)")
    parser.add_argument("--cert", type=Path, metavar="FILE", help="signer's certificate (DER)")


def add_verify_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--trust", type=Path, metavar="DIR", help="trust-list folder")


def _secret(prompt: str) -> str:
    return os.environ.get(SECRET_ENV) or getpass.getpass(prompt)


def run_sign(args: argparse.Namespace) -> int:
    """Sign ``IN`` into ``OUT`` (written only when signing succeeded)."""
    from meetings_app.documents.pdf_signatures import (  # pyHanko loads only when used
        SignRequest,
        pkcs11_signer,
        pkcs12_signer,
        sign_pdf,
    )

    pdf = args.input.read_bytes()
    request = SignRequest(args.role, args.location)
    if args.p12 is not None:
        signer = pkcs12_signer(args.p12.read_bytes(), _secret("Mật khẩu tệp khóa: ").encode())
        signed = sign_pdf(pdf, request, signer)
    else:
        cert = args.cert.read_bytes() if args.cert else None
        with pkcs11_signer(
            args.pkcs11_lib, args.token or "", _secret("PIN: "), args.key or "", cert
        ) as token_signer:
            signed = sign_pdf(pdf, request, token_signer)
    args.output.write_bytes(signed)
    return 0


def run_verify(args: argparse.Namespace, out: TextIO) -> int:
    """One line per signature of each file; 1 when any is broken or untrusted."""
    from meetings_app.documents.pdf_signatures import load_trust_list, read_signatures

    roots = load_trust_list(args.trust or trust_dir())
    all_good = True
    for path in args.files:
        readings = read_signatures(path.read_bytes(), roots)
        if not readings:
            out.write(f"unsigned {path}\n")
        for reading in readings:
            all_good = all_good and reading.intact and reading.trusted
            out.write(f"{describe(reading)} {path}\n")
    return 0 if all_good else NOT_ALL_GOOD


def describe(reading: SignatureReading) -> str:
    """``intact trusted "Lê Minh Quân" 2026-11-04T09:00:00+07:00``."""
    state = "intact" if reading.intact else "broken"
    trust = "trusted" if reading.trusted else "untrusted"
    when = reading.signed_at.isoformat() if reading.signed_at else "-"
    return f'{state} {trust} "{reading.signer}" {when}'
