"""The agency's trust list: the CA certificates against which signatures on PDFs are judged.

The store's operator keeps them in one folder (``meetings-app serve --trust-dir``, default
``trust`` beside the blob folder; ``meetings-app admin trust-add FILE`` checks and copies
one in); the store hands them to every signed-in laptop (``GET /api/v1/trust``), and each
laptop keeps the store's list in ``<data>/client/trust/store/``, replaced as a whole after
each sync, beside any certificate IT placed in ``<data>/client/trust/`` by hand.

A file counts when it parses as an X.509 certificate (PEM or DER, ``*.pem``, ``*.crt``,
``*.cer``, ``*.der``) that is a certificate authority (basic constraints ``CA:TRUE``): a
signer's own certificate put in the folder by mistake must not make its signatures
"trusted". Anything else is skipped, so one bad file does not untrust the others.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

SUFFIXES = frozenset({".pem", ".crt", ".cer", ".der"})
STORE_SUBFOLDER = "store"
"""Where a laptop keeps the store's list, inside its trust folder."""


@dataclass(frozen=True)
class TrustedCertificate:
    """One CA of the trust list: its file name, DER bytes and who it is."""

    name: str
    der: bytes
    subject: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.der).hexdigest()


def parse_ca(name: str, data: bytes) -> TrustedCertificate | None:
    """The CA certificate in ``data`` (PEM or DER), or None when it is not one."""
    try:
        cert = (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except (ValueError, x509.ExtensionNotFound):
        return None
    if not constraints.ca:
        return None
    return TrustedCertificate(name, cert.public_bytes(Encoding.DER), cert.subject.rfc4514_string())


def read_folder(folder: Path | None) -> list[TrustedCertificate]:
    """The CA certificates of one folder (not its subfolders), by file name; a missing
    folder is an empty list."""
    if folder is None or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            cert = parse_ca(path.name, path.read_bytes())
            if cert is not None:
                found.append(cert)
    return found


def read_trust_list(folder: Path | None) -> list[TrustedCertificate]:
    """A laptop's whole trust list: the certificates IT placed and the store's."""
    if folder is None:
        return []
    return read_folder(folder) + read_folder(folder / STORE_SUBFOLDER)


def install_store_list(folder: Path, certificates: list[TrustedCertificate]) -> None:
    """Replace the store's list in ``folder`` with ``certificates`` as a whole: written
    beside it, then swapped in by renames, so a reader sees the old list or the new one.
    An unchanged list is left as it is."""
    target = folder / STORE_SUBFOLDER
    if target.is_dir() and {c.sha256 for c in read_folder(target)} == {
        c.sha256 for c in certificates
    }:
        return  # unchanged (the usual case at each sync): nothing is written
    folder.mkdir(parents=True, exist_ok=True)
    fresh, old = folder / ".store.new", folder / ".store.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    fresh.mkdir()
    for cert in certificates:
        path = fresh / f"{cert.sha256[:16]}.der"
        with open(path, "wb") as handle:
            handle.write(cert.der)
            handle.flush()
            os.fsync(handle.fileno())
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def add_to_folder(folder: Path, source: Path) -> TrustedCertificate:
    """Copy the CA certificate ``source`` into the store's ``folder`` (``admin trust-add``);
    ``ValueError`` when it is not a CA certificate."""
    cert = parse_ca(source.name, source.read_bytes())
    if cert is None:
        raise ValueError(f"{source} is not a CA certificate (PEM or DER with CA:TRUE).")
    folder.mkdir(parents=True, exist_ok=True)
    stem = source.stem if source.suffix.lower() in SUFFIXES else source.name
    (folder / f"{stem}.der").write_bytes(cert.der)
    return TrustedCertificate(f"{stem}.der", cert.der, cert.subject)
