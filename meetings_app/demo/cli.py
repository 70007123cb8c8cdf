"""The demo's commands: ``meetings-app demo`` and ``meetings-app admin seed-demo``.

``meetings_app/__main__.py`` adds them when this package is part of the build. Importing
this module is cheap (argparse only): the store, the PDFs and the client load when a
command runs.
"""

from __future__ import annotations

import argparse

from meetings_app.demo.content import DEFAULT_ACCOUNT


def add_demo_arguments(parser: argparse.ArgumentParser) -> None:
    """``meetings-app demo [--as USER] [--data DIR] [--no-window]``."""
    parser.add_argument(
        "--as",
        dest="username",
        default=DEFAULT_ACCOUNT,
        help=f"demo account to sign in as (default: {DEFAULT_ACCOUNT}; the demo lists them all)",
    )
    parser.add_argument(
        "--data", help="data folder for the demo (default: a folder under the data dir)"
    )
    parser.add_argument("--no-window", action="store_true", help="seed and sync only, then exit")
    parser.set_defaults(runner=_run_demo)


def add_seed_demo_command(admin: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``meetings-app admin seed-demo``: the demo meetings in any store."""
    parser = admin.add_parser("seed-demo", help="load the demo Cabinet meetings")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the demo accounts' password from stdin"
    )
    parser.set_defaults(runner=_run_seed_demo)


def _run_demo(args: argparse.Namespace) -> int:
    from meetings_app.demo.runner import run_demo

    return run_demo(args)


def _run_seed_demo(args: argparse.Namespace) -> int:
    from meetings_app.server.cli import admin_guard

    return admin_guard(_seed_demo, args)


def _seed_demo(args: argparse.Namespace) -> int:
    from meetings_app.demo.accounts import accounts_text, demo_password
    from meetings_app.demo.seed import seed_demo
    from meetings_app.server.cli import read_password, store_settings
    from meetings_app.store.blobs import BlobStore
    from meetings_app.store.engine import make_engine
    from meetings_app.store.migrate import upgrade

    settings = store_settings(args)
    engine = make_engine(settings.db_url)
    try:
        upgrade(engine, "central")
        password = read_password(True) if args.password_stdin else demo_password()
        seeded = seed_demo(engine, BlobStore(settings.blob_dir), password)
    finally:
        engine.dispose()
    if seeded.created:
        print(f"The demo meetings are loaded ({seeded.documents} documents).")
        print(accounts_text(password))
    else:
        print("The demo meetings were already there; nothing was changed.")
    return 0
