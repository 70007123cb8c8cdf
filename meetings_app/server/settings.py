"""Settings of one central store process."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from meetings_app.domain.clock import utc_now
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.security import store_key
from meetings_app.store.engine import sqlite_url
from meetings_app.store.paths import server_dir
from meetings_app.sync.tls import is_loopback
from meetings_app.sync.wire import ClientVersion

KEEP_ALIVE_SECONDS = 75
"""How long the store keeps an idle HTTP connection open for the laptop's next request:
past the minute between a laptop's periodic syncs, so each sync reuses its connection (no
new TCP and TLS handshake), and above the laptop's own limit
(``sync.tls.KEEPALIVE_EXPIRY``), so a laptop never sends on a connection being closed.
nginx keeps idle client connections 75 s by default too (``keepalive_timeout``)."""


@dataclass
class ServerSettings:
    """Everything ``create_app`` needs; several processes may share one database and blob dir."""

    db_url: str
    blob_dir: Path
    token_ttl: dt.timedelta = dt.timedelta(days=14)
    max_blob_size: int = 2 * 1024**3
    max_body_size: int = 8 * 1024**2
    """Largest JSON request body (pushes); blob uploads are limited by ``max_blob_size``."""
    pull_limit: int = 500
    uploads_per_person: int = 4
    """File uploads one person may have running at once (more answer 429)."""
    body_timeout: float = 20.0
    """Seconds a request body may pause between two pieces before it is refused (408)."""
    poll_close_interval: float = 1.0
    """Seconds between sweeps that close polls past their deadline."""
    events_keepalive: float = 15.0
    events_recheck: float = 10.0
    """Seconds between re-checks of an open event stream's sign-in (it ends after sign-out)."""
    db_pool_size: int = 10
    signing_key: str | None = None
    """The store's Ed25519 private key (base64); several processes of one store share it.
    Unset: read from ``signing_key_file`` (made there at the first start)."""
    signing_key_file: Path | None = None
    """Where the key is kept; default ``store-signing.key`` beside the blob folder."""
    certfile: Path | None = None
    """TLS certificate chain (PEM); with it the store speaks HTTPS only."""
    keyfile: Path | None = None
    """The certificate's private key (PEM), when it is not inside ``certfile``."""
    trust_dir: Path | None = None
    """The agency's trust list: a folder of CA certificates handed to every laptop
    (``GET /api/v1/trust``); default ``trust`` beside the blob folder."""
    insecure_http: bool = False
    """Allow plain HTTP beyond loopback: only behind a TLS proxy on the same machine."""
    client_version: ClientVersion = field(default_factory=ClientVersion)
    """The client versions the agency requires and recommends, and its download address
    (``[client_version]`` in the configuration file): ``GET /client-version`` publishes
    them and sync calls from an older client than required are refused."""
    clock: Callable[[], dt.datetime] = utc_now
    """The store's clock: poll deadlines, token expiry and audit times are read from it
    (tests set the time instead of sleeping)."""

    def store_key(self) -> str:
        """The store's private signing key (made on first use when kept in a file)."""
        path = self.store_key_file()
        if path is None:
            return str(self.signing_key)
        return store_key.load_or_create(path)

    def store_key_file(self) -> Path | None:
        """Where the signing key is kept (None when it is given inline); backed up with
        the store."""
        if self.signing_key:
            return None
        return self.signing_key_file or self.blob_dir.parent / store_key.KEY_FILE

    def trust_folder(self) -> Path:
        """Where the trust list's certificates are kept (``trust_dir`` or its default)."""
        return self.trust_dir or self.blob_dir.parent / "trust"

    def uvicorn_tls(self) -> dict[str, str]:
        """The TLS options uvicorn takes for these settings (empty for plain HTTP)."""
        if self.certfile is None:
            return {}
        options = {"ssl_certfile": str(self.certfile)}
        if self.keyfile is not None:
            options["ssl_keyfile"] = str(self.keyfile)
        return options

    def check_listen(self, host: str) -> str | None:
        """Refuse plain HTTP beyond loopback (``INSECURE_SERVER_ADDRESS``) unless
        ``insecure_http``; returns the warning to print when it is allowed anyway."""
        if self.certfile is not None:
            self._check_certificate()
            return None
        if is_loopback(host):
            return None
        if not self.insecure_http:
            raise AppError(
                f"Refusing to listen on {host} with plain HTTP: passwords and tokens would "
                "cross the network unprotected. Give --certfile and --keyfile, or put a TLS "
                "proxy in front and pass --insecure-http (see docs/server.md).",
                code=Code.INSECURE_SERVER_ADDRESS,
            )
        return (
            f"WARNING: plain HTTP on {host}. Only safe behind a TLS proxy on this machine "
            "that alone is reachable from the network."
        )

    def _check_certificate(self) -> None:
        """Load the certificate and key now, so a wrong file is one clear sentence."""
        try:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(self.certfile), self.keyfile and str(self.keyfile))
        except (OSError, ssl.SSLError) as exc:
            raise AppError(
                f"Cannot use the TLS certificate {self.certfile} with key "
                f"{self.keyfile or '(in the same file)'}: {exc}.",
                code=Code.SERVER_START_FAILED,
            ) from None

    @classmethod
    def default(cls) -> ServerSettings:
        """The embedded default: a SQLite file and a blob folder under the data directory."""
        base = server_dir()
        return cls(db_url=sqlite_url(base / "store.db"), blob_dir=base / "blobs")
