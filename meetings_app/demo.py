"""``meetings-app demo``: a seeded central store in-process, and the client signed in to it.

A newcomer sees the real thing in one command: the same server, sync protocol, local
store and viewer as in production, only all on 127.0.0.1. This module sits above both
tops (server and ui) on purpose: it is program wiring, not a layer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from meetings_app.documents.demo_content import DEMO_PEOPLE
from meetings_app.domain.errors import AppError
from meetings_app.store.paths import data_dir


def _check_user(username: str) -> None:
    known = [p.username for p in DEMO_PEOPLE]
    if username not in known:
        raise AppError(
            f"There is no demo account {username!r}; choose one of: {', '.join(known)}.",
            code="UNKNOWN_ACCOUNT",
        )


def run_demo(args: argparse.Namespace) -> int:
    """Seed (when empty) and start the store, then open the client as ``args.username``."""
    from meetings_app.server.runner import start_in_thread
    from meetings_app.server.seed import accounts_text, demo_password, seed_demo
    from meetings_app.server.settings import ServerSettings
    from meetings_app.store.blobs import BlobStore
    from meetings_app.store.engine import make_engine, sqlite_url
    from meetings_app.store.migrate import upgrade

    _check_user(args.username)
    root = Path(args.data).expanduser() if args.data else data_dir() / "demo"
    password = demo_password()
    server_dir = root / "server"
    db_url = sqlite_url(server_dir / "central.db")
    engine = make_engine(db_url)
    upgrade(engine, "central")
    blobs = BlobStore(server_dir / "blobs")
    print("Preparing the demo meeting (first run generates the PDFs)…", file=sys.stderr)
    seed_demo(engine, blobs, password)
    engine.dispose()
    server = start_in_thread(ServerSettings(db_url=db_url, blob_dir=blobs.root))
    print(f"Demo store running at {server.url}", file=sys.stderr)
    print(accounts_text(password), file=sys.stderr)
    client_home = root / "clients" / args.username
    try:
        if args.no_window:
            return _sync_headless(server.url, args.username, password, client_home)
        from meetings_app.ui.client import run_demo_client

        return run_demo_client(server.url, args.username, password, client_home)
    finally:
        server.stop()


def _sync_headless(url: str, username: str, password: str, home: Path) -> int:
    """Sign in and sync as the window would (same session, secrets and at-rest key).

    With no OS keyring the vault is unlocked with the demo password
    (:func:`~meetings_app.app.session.demo_passphrase`), as the demo window does.
    """
    from meetings_app.app.preload import preload
    from meetings_app.app.session import demo_passphrase

    report = preload(url, username, password, home, demo_passphrase(password))
    print(report, file=sys.stderr)
    return 0
