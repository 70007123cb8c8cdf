"""``meetings-app serve`` and ``meetings-app admin …``: argument wiring and plain-sentence errors."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.usernames import normalize_username
from meetings_app.security.audit import sign_heads_with
from meetings_app.security.signing import public_key_of
from meetings_app.server.config import (
    apply_options,
    read_client_version,
    read_config,
    read_limits,
    with_limits,
)
from meetings_app.server.settings import KEEP_ALIVE_SECONDS, ServerSettings
from meetings_app.store.engine import make_engine, session_factory, sqlite_url
from meetings_app.store.paths import server_dir


def _add_store_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        default=None,
        help="the store's TOML configuration file (docs/server.md); flags given override it",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL (sqlite:///FILE or postgresql+psycopg://…); "
        "default: a SQLite file under the data directory",
    )
    parser.add_argument(
        "--blobs", metavar="DIR", type=Path, default=None, help="folder of document files"
    )
    parser.add_argument(
        "--trust-dir",
        metavar="DIR",
        type=Path,
        default=None,
        help="the agency's trust list: folder of CA certificates handed to every laptop "
        "(default: trust beside the blob folder)",
    )


def store_settings(args: argparse.Namespace) -> ServerSettings:
    """The store named by ``--db`` and ``--blobs``, or the one under the data folder.

    With ``--config FILE`` the file first fills in ``args`` (every option not given as a
    flag, also ``host``, ``port``… read later by ``serve``) and its ``[limits]`` apply.
    """
    table, path = _apply_config(args)
    base = server_dir()
    db = args.db or sqlite_url(base / "store.db")
    blobs = args.blobs or (base / "blobs")
    settings = ServerSettings(db_url=db, blob_dir=Path(blobs), trust_dir=args.trust_dir)
    if path is None:
        return settings
    settings.client_version = read_client_version(table, path)
    return with_limits(settings, read_limits(table, path))


def _apply_config(args: argparse.Namespace) -> tuple[dict[str, Any], Path | None]:
    """Read ``--config`` into ``args``; returns the file's table and path (an empty table
    and None without a file)."""
    path: Path | None = getattr(args, "config", None)
    if path is None:
        return {}, None
    table = read_config(path)
    serve = argparse.ArgumentParser(add_help=False)
    add_serve_arguments(serve)
    apply_options(args, table, serve, path)
    return table, path


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``serve``'s options (address, port, database, blob folder, limits) to a parser."""
    _add_store_arguments(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on")
    parser.add_argument(
        "--certfile", metavar="PEM", type=Path, default=None, help="TLS certificate chain (PEM)"
    )
    parser.add_argument(
        "--keyfile", metavar="PEM", type=Path, default=None, help="TLS private key (PEM)"
    )
    parser.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow plain HTTP beyond loopback (only behind a TLS proxy on this machine)",
    )
    parser.add_argument(
        "--token-days",
        type=token_days,
        default=14.0,
        help="how long a sign-in lasts, in days (1 to 365; default 14)",
    )


def token_days(text: str) -> float:
    """``--token-days``: a number of days from 1 to 365 (a clear refusal otherwise)."""
    try:
        days = float(text)
    except ValueError:
        days = math.nan
    if not 1 <= days <= 365:  # also false for nan
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of days from 1 to 365 (how long a sign-in lasts)"
        )
    return days


def run_serve(args: argparse.Namespace) -> int:
    """Run the central store until interrupted; returns the process exit status."""
    import uvicorn

    from meetings_app.server.app import create_app

    try:
        settings = store_settings(args)
        settings.token_ttl = dt.timedelta(days=args.token_days)
        settings.certfile, settings.keyfile = args.certfile, args.keyfile
        settings.insecure_http = args.insecure_http
        warning = settings.check_listen(args.host)
        app = create_app(settings)
    except AppError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"Cannot prepare the store's folders: {exc.strerror} ({exc.filename}).", file=sys.stderr
        )
        return 2
    if warning:
        print(warning, file=sys.stderr)
    scheme = "https" if settings.certfile else "http"
    print(
        f"meetings-app store on {scheme}://{args.host}:{args.port} "
        f"(database: {_safe(settings.db_url)})"
    )
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_level="info",
            lifespan="on",
            timeout_graceful_shutdown=5,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            **settings.uvicorn_tls(),  # type: ignore[arg-type]
        )
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror}.", file=sys.stderr)
        return 2
    return 0


def _safe(url: str) -> str:
    from sqlalchemy import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"


def add_admin_arguments(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The admin commands; returns their subparsers so the program can add its own."""
    _add_store_arguments(parser)
    sub = parser.add_subparsers(dest="admin_command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("add-person", help="create a person who can sign in")
    p.add_argument("username")
    p.add_argument("--full-name", required=True)
    p.add_argument("--title", default="")
    p.add_argument("--role", default="user", choices=["user", "secretariat", "admin"])
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    p = sub.add_parser("disable-person", help="stop a person from signing in")
    p.add_argument("username")
    p.add_argument("--enable", action="store_true", help="enable the person again")

    p = sub.add_parser("set-password", help="set a person's password (from a prompt or stdin)")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    p = sub.add_parser("devices", help="list devices")
    p.add_argument("--username", default=None)

    p = sub.add_parser("revoke-device", help="revoke a device (it purges its copies)")
    p.add_argument("device_id")

    p = sub.add_parser(
        "backup", help="copy the database and files to a new folder or .tar(.gz), while serving"
    )
    p.add_argument("--out", metavar="DIR|FILE", type=Path, required=True)

    p = sub.add_parser("restore", help="put a backup back into an empty database")
    p.add_argument("backup", metavar="DIR|FILE", type=Path)

    sub.add_parser("feed", help="print the change feed position")
    p = sub.add_parser("verify-audit", help="check the audit log's hash chain and signatures")
    p.add_argument(
        "--head", metavar="FILE", type=Path, default=None, help="a head exported by audit-head"
    )
    p = sub.add_parser("audit-head", help="export the audit chain's signed head (keep it apart)")
    p.add_argument("--out", metavar="FILE", type=Path, required=True)
    p = sub.add_parser("trust-add", help="put a CA certificate on the trust list laptops receive")
    p.add_argument("certificate", metavar="FILE", type=Path)
    sub.add_parser("trust-list", help="print the trust list the store hands to laptops")
    return sub


def read_password(from_stdin: bool, prompt: str = "Password: ", confirm: bool = False) -> str:
    """A password from stdin (first line) or an interactive prompt; never from argv."""
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise AppError("The two passwords differ; nothing was changed.", code=Code.INVALID)
    return first


def run_admin(args: argparse.Namespace) -> int:
    return admin_guard(_admin, args)


def admin_guard(action: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run an admin command: every failure ends in one plain sentence and exit status 1."""
    try:
        return action(args)
    except AppError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("Cancelled; nothing was changed.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Cannot use the store's folders: {exc.strerror} ({exc.filename}).", file=sys.stderr)
        return 1


def _trust(args: argparse.Namespace, settings: ServerSettings) -> int:
    """``admin trust-add FILE`` (a CA certificate only) and ``admin trust-list``."""
    from meetings_app.security.trust_list import add_to_folder, read_folder

    folder = settings.trust_folder()
    if args.admin_command == "trust-add":
        try:
            added = add_to_folder(folder, args.certificate)
        except ValueError as exc:
            raise AppError(str(exc), code=Code.INVALID) from None
        print(f"{added.subject} is on the trust list ({folder / added.name}).")
        return 0
    certificates = read_folder(folder)
    if not certificates:
        print(f"The trust list in {folder} is empty: no signature is shown as trusted.")
    for cert in certificates:
        print(f"{cert.sha256[:16]}  {cert.name:<24} {cert.subject}")
    return 0


def _backup_or_restore(args: argparse.Namespace, settings: ServerSettings) -> int:
    """``admin backup`` and ``admin restore`` (meetings_app/store/backup.py says how)."""
    if args.admin_command == "backup":
        from meetings_app.store.backup import backup

        summary = backup(settings.db_url, settings.blob_dir, args.out, settings.store_key_file())
        print(summary.sentence("Backed up into"))
    else:
        from meetings_app.store.restore import restore

        summary = restore(
            args.backup, settings.db_url, settings.blob_dir, settings.store_key_file()
        )
        print(summary.sentence("Restored from"))
    return 0


def _admin(args: argparse.Namespace) -> int:
    from meetings_app.server import admin
    from meetings_app.store.migrate import upgrade

    settings = store_settings(args)
    if args.admin_command in ("backup", "restore"):
        return _backup_or_restore(args, settings)
    if args.admin_command in ("trust-add", "trust-list"):
        return _trust(args, settings)
    engine = make_engine(settings.db_url)
    upgrade(engine, "central")
    key = settings.store_key()
    sign_heads_with(engine, key)
    command = args.admin_command
    if command == "add-person":
        password = read_password(args.password_stdin, confirm=not args.password_stdin)
        person_id = admin.add_person(
            engine, args.username, args.full_name, password, title=args.title, role=args.role
        )
        print(f"Added {normalize_username(args.username)} ({person_id}).")
    elif command == "disable-person":
        admin.disable_person(engine, args.username, disabled=not args.enable)
        print(f"{args.username} is now {'enabled' if args.enable else 'disabled'}.")
    elif command == "set-password":
        password = read_password(args.password_stdin, confirm=not args.password_stdin)
        admin.set_password(engine, args.username, password)
        print(f"The password of {args.username} was changed; their old sign-ins ended.")
    elif command == "devices":
        rows = admin.list_devices(engine, args.username)
        if not rows:
            print("No devices.")
        for d in rows:
            seen = d.last_seen.isoformat(timespec="seconds") if d.last_seen else "never"
            state = "revoked" if d.revoked else "active"
            print(f"{d.id}  {d.username:<16} {state:<8} last seen {seen}  {d.name}")
    elif command == "revoke-device":
        admin.revoke_device(engine, args.device_id)
        print(f"Device {args.device_id} is revoked; it will purge its copies at next contact.")
    elif command == "feed":
        from meetings_app.store.feed import feed_head

        with session_factory(engine)() as s:
            print(feed_head(s))
    elif command in ("verify-audit", "audit-head"):
        return _audit(args, engine, key)
    return 0


def _audit(args: argparse.Namespace, engine: Engine, key: str) -> int:
    """``verify-audit [--head FILE]`` (exit 3 when the chain does not hold) and
    ``audit-head --out FILE``."""
    from meetings_app.security import audit

    with session_factory(engine)() as s:
        if args.admin_command == "audit-head":
            now = audit.current_head(s, key)
            args.out.write_text(json.dumps(now.to_json(), indent=1) + "\n", "utf-8")
            print(f"Audit head {now.seq} ({now.hash}) written to {args.out}; keep it apart.")
            return 0
        kept: audit.SignedHead | None = None
        if args.head is not None:
            try:
                kept = audit.SignedHead.from_json(json.loads(args.head.read_text("utf-8")))
            except ValueError:
                raise AppError(
                    f"{args.head} is not an exported audit head.", code=Code.INVALID
                ) from None
        report = audit.verify_chain(s, public_key=public_key_of(key), head=kept)
    print(report.message, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 3
