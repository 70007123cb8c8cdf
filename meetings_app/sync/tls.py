"""How the client reaches a store safely: TLS that trusts the system store plus the
agency's own CA, and no plain ``http://`` beyond this computer.

Passwords and tokens cross the network, so a store on another machine must be reached
over HTTPS. ``http://`` is accepted only for a loopback address (the embedded store, the
demo, tests). The agency CA file comes from :func:`set_agency_ca` (``meetings-app sync
--ca-file``; later the deployment preset) or the ``MEETINGS_CA_FILE`` environment variable.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from meetings_app import __version__
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.versions import CLIENT_VERSION_HEADER

if TYPE_CHECKING:  # imported when a client is made: the window's start reads only the CA
    import ssl

    import httpx

CA_FILE_ENV = "MEETINGS_CA_FILE"
KEEPALIVE_EXPIRY = 70.0
"""Seconds an idle connection to the store is kept for the next request: past the minute
between periodic syncs, so they reuse one connection (under TLS, one handshake), and below
the store's idle limit (75 s, ``server.settings.KEEP_ALIVE_SECONDS``, nginx's default too),
so the client does not send on a connection the store is closing. A connection the store
did close (restart, proxy) is noticed when taken from the pool and replaced."""
CLIENT_HEADERS = {"User-Agent": f"meetings-app/{__version__}", CLIENT_VERSION_HEADER: __version__}
"""Sent with every request: the store refuses sync calls from a client older than the
version the agency requires (docs/sync-api.md, *Client versions*)."""
_agency_ca: list[Path] = []


class InsecureServerAddress(AppError):
    code = Code.INSECURE_SERVER_ADDRESS


class CertificateUntrusted(AppError):
    code = Code.CERTIFICATE_UNTRUSTED


def set_agency_ca(path: Path | None) -> None:
    """Trust ``path`` (a PEM file of CA certificates) besides the system store, process-wide;
    ``None`` goes back to the environment variable or the system store alone."""
    _agency_ca.clear()
    if path is not None:
        _agency_ca.append(path)


def agency_ca() -> Path | None:
    """The agency CA file in force, if any."""
    if _agency_ca:
        return _agency_ca[0]
    env = os.environ.get(CA_FILE_ENV, "").strip()
    return Path(env) if env else None


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (IPv4 127/8, IPv6 ``::1``)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> None:
    """Refuse ``http://`` to anything but this computer (``INSECURE_SERVER_ADDRESS``)."""
    parts = urlsplit(url)
    if parts.scheme == "http" and not is_loopback(parts.hostname or ""):
        raise InsecureServerAddress(
            f"{url} is plain http://: passwords and tokens would cross the network unprotected. "
            "Use the store's https:// address.",
            address=url,
        )


def trust() -> ssl.SSLContext:
    """Certificates the client accepts: the system's, plus the agency CA file if set."""
    import ssl

    context = ssl.create_default_context()
    ca_file = agency_ca()
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise CertificateUntrusted(
                f"The agency CA file {ca_file} cannot be read as PEM certificates ({exc}).",
                path=str(ca_file),
            ) from exc
    return context


def http_client(server_url: str, **options: Any) -> httpx.Client:
    """An HTTP client for ``server_url``: checked address, the trust above."""
    import httpx

    check_server_url(server_url)
    options.setdefault("limits", httpx.Limits(keepalive_expiry=KEEPALIVE_EXPIRY))
    return httpx.Client(verify=trust(), headers=CLIENT_HEADERS, **options)


def untrusted(exc: httpx.TransportError) -> CertificateUntrusted | None:
    """The ``CERTIFICATE_UNTRUSTED`` error a failed connection stands for, if it is one."""
    import ssl

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return CertificateUntrusted(
                f"The store's certificate is not trusted ({cause.verify_message}).",
            )
        cause = cause.__cause__ or cause.__context__
    return None
