"""``meetings-app demo``: a seeded central store in-process, and the client signed in to it.

A newcomer sees the real thing in one command: the same server, sync protocol, local
store and viewer as in production, only all on 127.0.0.1. This module sits above both
tops (server and ui) on purpose: it is program wiring, not a layer.

The store keeps its address from one run to the next. A laptop knows its store by address
(the signed-in account, the device key and the keyring entries are all named after it),
exactly as a real store keeps its address; so the second run of the demo on a data folder
listens where the first did, and each demo account's laptop opens again as it was left.

While one demo runs, a second ``meetings-app demo --as OTHER`` on the same folder joins
its store instead of starting another, so two laptops (say the chair and a member) follow
one meeting live on one computer.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from meetings_app.demo.content import DEMO_ACCOUNTS
from meetings_app.domain.errors import AppError
from meetings_app.store.paths import data_dir

if TYPE_CHECKING:
    from meetings_app.server.runner import RunningServer

PREFERRED_PORT = 8766
"""Where a new demo folder's store listens when free (``serve`` defaults to 8765)."""
PORT_ENV = "MEETINGS_DEMO_PORT"
"""Another port for a new demo folder (0: any free port)."""
PORT_FILE = "port"
"""In the demo's server folder: the port its store listened on (kept for the next run)."""


def _check_user(username: str) -> None:
    known = [p.username for p in DEMO_ACCOUNTS]
    if username not in known:
        raise AppError(
            f"There is no demo account {username!r}; choose one of: {', '.join(known)}.",
            code="UNKNOWN_ACCOUNT",
        )


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when a server could listen on ``host:port`` now (as uvicorn binds it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def store_port(server_dir: Path) -> int:
    """The port for this demo folder's store: the one it used before, else a free one.

    0 means "any free port" (the caller records which one it got). A remembered port that
    another program holds is an error: moving would leave the laptops signed in to an
    address where their store no longer answers.
    """
    try:
        saved = int((server_dir / PORT_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        wanted = _preferred_port()
        return wanted if wanted and port_is_free(wanted) else 0
    if not port_is_free(saved):
        raise AppError(
            f"The demo store of this folder listens on port {saved}, which another program "
            "is using now (is the demo already running?). Close it and start the demo "
            "again, or give another folder with --data.",
            code="SERVER_START_FAILED",
            port=saved,
        )
    return saved


def running_store(server_dir: Path) -> str | None:
    """The address of this folder's store when another demo process serves it now.

    The remembered port must be held and answer the store's health check; anything else
    (a stale port file, another program on the port) is not joined.
    """
    import httpx

    try:
        port = int((server_dir / PORT_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    if port_is_free(port):
        return None
    url = f"http://127.0.0.1:{port}"
    try:
        answer = httpx.get(f"{url}/api/v1/health", timeout=2.0).json()
    except (httpx.HTTPError, ValueError):
        return None
    healthy = isinstance(answer, dict) and answer.get("status") == "ok"
    return url if healthy and "protocol" in answer else None


def _preferred_port() -> int:
    text = os.environ.get(PORT_ENV, "").strip()
    if not text:
        return PREFERRED_PORT
    try:
        return int(text)
    except ValueError:
        raise AppError(
            f"{PORT_ENV} must be a port number, not {text!r}.", code="INVALID", value=text
        ) from None


def run_demo(args: argparse.Namespace) -> int:
    """Seed (when empty) and start the store, or join the one another demo process runs
    on this folder, then open the client as ``args.username``."""
    from meetings_app.demo.accounts import accounts_text, demo_password

    _check_user(args.username)
    root = Path(args.data).expanduser() if args.data else data_dir() / "demo"
    password = demo_password()
    server_dir = root / "server"
    url = running_store(server_dir)
    server = None
    if url is not None:
        print(f"Joining the demo store already running at {url}", file=sys.stderr)
    else:
        server = _start_store(server_dir, password)
        url = server.url
        print(f"Demo store running at {url}", file=sys.stderr)
    print(accounts_text(password), file=sys.stderr)
    client_home = root / "clients" / args.username
    try:
        if args.no_window:
            return _sync_headless(url, args.username, password, client_home)
        from meetings_app.ui.client import run_demo_client

        return run_demo_client(url, args.username, password, client_home)
    finally:
        if server is not None:
            server.stop()


def _start_store(server_dir: Path, password: str) -> RunningServer:
    """Seed the folder's store when empty and serve it in this process (on its old port)."""
    from meetings_app.demo.seed import seed_demo
    from meetings_app.server.runner import start_in_thread
    from meetings_app.server.settings import ServerSettings
    from meetings_app.store.blobs import BlobStore
    from meetings_app.store.engine import make_engine, sqlite_url
    from meetings_app.store.migrate import upgrade

    db_url = sqlite_url(server_dir / "central.db")
    engine = make_engine(db_url)
    upgrade(engine, "central")
    blobs = BlobStore(server_dir / "blobs")
    print("Preparing the demo meetings (first run generates the PDFs)…", file=sys.stderr)
    seed_demo(engine, blobs, password)
    engine.dispose()
    settings = ServerSettings(db_url=db_url, blob_dir=blobs.root)
    server = start_in_thread(settings, port=store_port(server_dir))
    (server_dir / PORT_FILE).write_text(f"{server.url.rsplit(':', 1)[1]}\n", encoding="ascii")
    return server


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
