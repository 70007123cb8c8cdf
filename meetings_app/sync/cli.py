"""``meetings-app sync``: pre-load a laptop with a person's meetings and documents (headless)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from meetings_app.domain.errors import AppError
from meetings_app.store.paths import HOME_ENV, client_dir
from meetings_app.sync.client import SyncProgress
from meetings_app.sync.headless import preload

KEYRING_SERVICE = "meetings-app"


def add_sync_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server", required=True, metavar="URL", help="the store, e.g. https://store.example"
    )
    parser.add_argument("--username", required=True, metavar="NAME")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        default=None,
        help="data directory (default: MEETINGS_APP_HOME)",
    )
    parser.add_argument("--quiet", action="store_true", help="print only the summary")


def token_key(server: str, username: str) -> str:
    return f"{server.rstrip('/')}|{username}"


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


def _run(args: argparse.Namespace) -> int:
    import keyring
    import keyring.errors

    if args.data is not None:
        os.environ[HOME_ENV] = str(args.data)
    base = client_dir()
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.username}: ")

    def keep(token: str) -> None:
        try:
            keyring.set_password(KEYRING_SERVICE, token_key(args.server, args.username), token)
        except keyring.errors.KeyringError:
            print(
                "No usable keyring: the sign-in is not kept; the app will ask for the password.",
                file=sys.stderr,
            )

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

    result = preload(args.server, args.username, password, base, show, keep)
    if not args.quiet:
        print()
    print(result)
    if result.sync.missing_blobs:
        print(
            f"{len(result.sync.missing_blobs)} documents are not available from the store.",
            file=sys.stderr,
        )
    return 0
