"""A test certificate authority made with ``cryptography``, and a SoftHSM2 token.

The CA stands for the agency's CA (its certificate goes in the trust-list folder); each
signer gets an RSA key and a certificate for signing documents (non-repudiation).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
SOFTHSM_LIBRARY = "/usr/lib/softhsm/libsofthsm2.so"
PIN = "123456"


@dataclass(frozen=True)
class Identity:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def pkcs12(self, ca: Identity, password: bytes) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"signer",
            self.key,
            self.cert,
            [ca.cert],
            serialization.BestAvailableEncryption(password),
        )


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Văn phòng Chính phủ (thử nghiệm)"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_ca(common_name: str = "CA thử nghiệm Chính phủ") -> Identity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return Identity(key, cert)


def make_signer(ca: Identity, common_name: str) -> Identity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(dt.datetime.now(dt.UTC) + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca.key, hashes.SHA256())
    )
    return Identity(key, cert)


def softhsm_available() -> bool:
    return Path(SOFTHSM_LIBRARY).exists() and shutil.which("softhsm2-util") is not None


def softhsm_token(folder: Path, label: str, signer: Identity) -> dict[str, str]:
    """A fresh SoftHSM2 token in ``folder`` holding ``signer``'s key under ``label``.

    Returns the environment (SOFTHSM2_CONF) under which the token is visible.
    """
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    key_file = folder / "key.pem"
    key_file.write_bytes(
        signer.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    run = ["softhsm2-util", "--pin", PIN]
    subprocess.run(
        [*run, "--init-token", "--free", "--label", label, "--so-pin", "654321"],
        env=env,
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [*run, "--import", str(key_file), "--token", label, "--label", "signer", "--id", "01"],
        env=env,
        check=True,
        capture_output=True,
    )
    key_file.unlink()
    return {"SOFTHSM2_CONF": str(conf)}
