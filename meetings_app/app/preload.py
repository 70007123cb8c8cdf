"""``meetings-app sync``: pre-load a laptop with a person's meetings and documents (headless).

IT runs it before a trip; ``meetings-app demo --no-window`` runs the same code. It signs
in through the same :class:`~meetings_app.app.session.SessionService` as the window, so
the laptop later opens signed in (when an OS keyring keeps the token) with the same
device key and the same at-rest data key:

* secrets live in an accepted OS keyring, or else in the passphrase vault beside the
  local store (the passphrase is asked with ``getpass``, or read from the second line of
  stdin with ``--password-stdin``); never in a plain file, never silently in clear;
* the local store and the blob cache are encrypted at rest exactly as the window's;
* every failure is one plain sentence on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.store.paths import TRUST_FOLDER, client_dir

if TYPE_CHECKING:  # the parser is built for every subcommand: keep this module light
    from meetings_app.app.session import Account, SessionService
    from meetings_app.security.keyring_store import PassphrasePrompt
    from meetings_app.sync.client import SyncProgress, SyncReport


@dataclass(frozen=True)
class PreloadReport:
    account: Account
    sync: SyncReport
    folder: Path
    token_kept: bool
    """True when the sign-in token went to an OS keyring (the window opens signed in)."""

    def __str__(self) -> str:
        kept = (
            "The sign-in is kept in the system keyring."
            if self.token_kept
            else "The app will ask for the password to sync again."
        )
        return (
            f"Synced {self.account.full_name or self.account.username} into {self.folder}: "
            f"{self.sync.pulled} records, {self.sync.blobs} documents "
            f"({self.sync.blob_bytes // 1024} KiB), {self.sync.rejected} refused changes. " + kept
        )


def preload(
    server_url: str,
    username: str,
    password: str,
    folder: Path,
    prompt: PassphrasePrompt | None,
    progress: Callable[[SyncProgress], None] | None = None,
    session: SessionService | None = None,
) -> PreloadReport:
    """Sign in and sync into ``folder`` (``client.db`` + ``blobs/``); raises AppErrors.

    ``prompt`` gives the vault passphrase when no OS keyring is usable (``None``: refuse
    with ``KEYRING_UNAVAILABLE``).
    """
    from meetings_app.app.services import BLOB_DIR, ClientServices
    from meetings_app.app.session import local_session
    from meetings_app.sync.client import SyncClient
    from meetings_app.sync.errors import DeviceRevoked

    folder.mkdir(parents=True, exist_ok=True)
    session = session or local_session(
        folder, prompt, device_name=f"{socket.gethostname() or 'laptop'} (pre-loaded)"
    )
    secrets = session.secrets()  # may ask for the vault passphrase, before any network
    cipher = session.data_cipher()
    services = ClientServices.open(folder, cipher=cipher)
    try:
        account = session.sign_in(server_url, username, password, stay_signed_in=True)
        session.remember_account(services.engine)
        client = SyncClient(
            services.engine,
            folder / BLOB_DIR,
            account.server_url,
            session.token,
            key_store=secrets,
            cipher=cipher,
            trust_dir=folder / TRUST_FOLDER,
        )
        try:
            report = client.sync(progress)
        except DeviceRevoked:
            services.close()
            session.purge()
            raise
        session.record_contact()
        return PreloadReport(account, report, folder, token_kept=account.stay_signed_in)
    finally:
        services.close()


# --- the command line --------------------------------------------------------------------


def add_sync_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server",
        metavar="URL",
        default=None,
        help="the store, e.g. https://store.example (default: server_url of the deployment "
        "preset, meetings-app.toml)",
    )
    parser.add_argument("--username", required=True, metavar="NAME")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=(
            "read the password from the first line of stdin; when this computer has no "
            "usable system keyring, the second line is the passphrase of the laptop's "
            "secret vault (the same one the app asks for)"
        ),
    )
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        default=None,
        help="data directory (default: MEETINGS_APP_HOME)",
    )
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    parser.add_argument(
        "--ca-file",
        metavar="PEM",
        type=Path,
        default=None,
        help="the agency's CA certificates (PEM), trusted besides the system store "
        "(default: MEETINGS_CA_FILE, else ca_file of the deployment preset)",
    )


def getpass_prompt(attempts: int = 3) -> PassphrasePrompt:
    """Ask for the vault passphrase on the terminal (twice when a new vault is made)."""

    def ask(creating: bool) -> str | None:
        if not creating:
            return getpass.getpass("Passphrase of this laptop's secret vault: ") or None
        print(
            "No secure system keyring is available: choose a passphrase for this laptop's "
            "secret vault (the app will ask for it).",
            file=sys.stderr,
        )
        for _ in range(attempts):
            first = getpass.getpass("New passphrase: ")
            if not first:
                return None
            if getpass.getpass("Repeat the passphrase: ") == first:
                return first
            print("The two passphrases differ; try again.", file=sys.stderr)
        return None

    return ask


def stdin_prompt(stream: TextIO) -> PassphrasePrompt:
    """The vault passphrase from the next line of ``stream`` (``None`` when there is none).

    Asked again (the line given was not the vault's passphrase): refused, since a script
    has no second try to offer.
    """
    asked = [False]

    def ask(_creating: bool) -> str | None:
        if asked[0]:
            from meetings_app.security.keyring_store import WrongPassphrase

            raise WrongPassphrase(
                "The vault passphrase on the second line of stdin is not the one this "
                "laptop was set up with."
            )
        asked[0] = True
        line = stream.readline()
        return line.rstrip("\r\n") or None

    return ask


def run_sync(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except AppError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("Cancelled; what was already synced is kept.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Cannot write the data folder: {exc.strerror} ({exc.filename}).", file=sys.stderr)
        return 1


def preset_server(args: argparse.Namespace) -> str:
    """The store to sync with, and its CA trusted, as the window does: ``--server`` and
    ``--ca-file`` first, else the deployment preset's ``server_url`` and ``ca_file``
    (``MEETINGS_CA_FILE`` comes before the preset's CA; see
    :func:`~meetings_app.app.deployment.apply_ca_file`)."""
    from meetings_app.app.deployment import apply_ca_file, deployment_preset
    from meetings_app.sync.tls import set_agency_ca

    preset = deployment_preset()
    if args.ca_file is not None:
        set_agency_ca(args.ca_file)
    else:
        apply_ca_file(preset)
    server: str | None = args.server or preset.server_url
    if not server:
        raise AppError(
            "Which store? Give --server URL, or preset server_url in a meetings-app.toml "
            "file (see the README, Rolling out the client).",
            code=Code.BAD_SERVER_ADDRESS,
            address="",
        )
    return server


def _run(args: argparse.Namespace) -> int:
    server = preset_server(args)
    base = client_dir(args.data)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        prompt = stdin_prompt(sys.stdin)
    else:
        password = getpass.getpass(f"Password for {args.username}: ")
        prompt = getpass_prompt()

    last_phase = [""]

    def show(p: SyncProgress) -> None:
        if args.quiet:
            return
        if p.phase == "blobs" and p.bytes_total:
            pct = 100 * p.bytes_done // max(p.bytes_total, 1)
            print(f"\rdocuments: {pct:3d}% ({p.bytes_done // 1024} KiB)", end="", flush=True)
        elif p.phase != last_phase[0]:
            print(f"{p.phase}…", flush=True)
        last_phase[0] = p.phase

    result = preload(server, args.username, password, base, prompt, show)
    if not args.quiet:
        print()
    print(result)
    if result.sync.missing_blobs:
        print(
            f"{len(result.sync.missing_blobs)} documents are not available from the store.",
            file=sys.stderr,
        )
    return 0
