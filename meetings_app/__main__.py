"""The one console command, ``meetings-app``, and its subcommands.

Each subcommand imports its layer only when chosen, so ``meetings-app --version`` and
``meetings-app serve`` never load Qt, and the client never loads the server.
Every failure ends in one plain sentence on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeAlias

from meetings_app import __version__
from meetings_app.domain.errors import AppError

Runner = Callable[[argparse.Namespace], int]
Filler = Callable[[argparse.ArgumentParser], None]
Subcommands: TypeAlias = "argparse._SubParsersAction[_LazyParser]"


def _run_client(args: argparse.Namespace) -> int:
    from meetings_app.ui.client import run_client

    return run_client(args)


def _no_demo(args: argparse.Namespace) -> int:
    """The demo's commands in a build packaged without it (a sentence for the terminal only)."""
    print(
        "meetings-app: this build of meetings-app has no demo (it was packaged without it). "
        "Install a build made with the demo, or run it from the source.",
        file=sys.stderr,
    )
    return 2


def _run_serve(args: argparse.Namespace) -> int:
    from meetings_app.server.cli import run_serve

    return run_serve(args)


def _run_admin(args: argparse.Namespace) -> int:
    from meetings_app.server.cli import run_admin

    return run_admin(args)


def _run_sync(args: argparse.Namespace) -> int:
    from meetings_app.app.preload import run_sync

    return run_sync(args)


def _run_check_pdf(args: argparse.Namespace) -> int:
    from meetings_app.documents.check_cli import check_files

    return check_files(args.files, sys.stdout)


def _run_verify_board(args: argparse.Namespace) -> int:
    from meetings_app.security.board_cli import verify_board_file

    return verify_board_file(args.file, sys.stdout, receipt=args.receipt, store_key=args.store_key)


def _run_report(args: argparse.Namespace) -> int:
    from meetings_app.app.prepare.report_cli import run_report

    return run_report(args)


def _add_report(sub: Subcommands) -> None:
    from meetings_app.app.prepare.kinds import REPORT_KINDS

    kinds = "\n".join(f"  {kind:<9} {what}" for kind, what in REPORT_KINDS.items())
    parser = sub.add_parser(
        "report",
        help="write a meeting's report (agenda, pack, ballots, minutes, opinions) as PDF",
        description="Write a report of a meeting held on this computer, as PDF.",
        epilog=f"kinds:\n{kinds}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", choices=list(REPORT_KINDS), metavar="KIND", help="see below")
    parser.add_argument(
        "--meeting",
        required=True,
        metavar="ID|next|last",
        help="a meeting id, or next (the next to start) or last (the most recent)",
    )
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        default=None,
        help="data directory (default: MEETINGS_APP_HOME)",
    )
    parser.set_defaults(runner=_run_report)


def _run_sign_pdf(args: argparse.Namespace) -> int:
    from meetings_app.documents.sign_cli import run_sign

    return run_sign(args)


def _run_verify_pdf(args: argparse.Namespace) -> int:
    from meetings_app.documents.sign_cli import run_verify

    return run_verify(args, sys.stdout)


def _fill_signing(sign: argparse.ArgumentParser) -> None:
    from meetings_app.documents.sign_cli import add_sign_arguments

    add_sign_arguments(sign)


def _fill_verify_pdf(verify: argparse.ArgumentParser) -> None:
    from meetings_app.documents.sign_cli import add_verify_arguments

    add_verify_arguments(verify)


def _fill_serve(parser: argparse.ArgumentParser) -> None:
    from meetings_app.server.cli import add_serve_arguments

    add_serve_arguments(parser)


def _fill_admin(parser: argparse.ArgumentParser) -> None:
    from meetings_app.server.cli import add_admin_arguments

    commands = add_admin_arguments(parser)
    demo_cli = _demo_commands()
    if demo_cli is None:
        seed = commands.add_parser("seed-demo", help="(not in this build)", prefix_chars="+")
        _answer_no_demo(seed)
    else:
        demo_cli.add_seed_demo_command(commands)


def _fill_sync(parser: argparse.ArgumentParser) -> None:
    from meetings_app.app.preload import add_sync_arguments

    add_sync_arguments(parser)


def _fill_demo(parser: argparse.ArgumentParser) -> None:
    demo_cli = _demo_commands()
    if demo_cli is None:
        _answer_no_demo(parser)
    else:
        demo_cli.add_demo_arguments(parser)


def _demo_commands() -> ModuleType | None:
    """The demo's command module, or None in a build packaged without the demo."""
    try:
        from meetings_app.demo import cli
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("meetings_app.demo"):
            raise
        return None
    return cli


def _answer_no_demo(parser: argparse.ArgumentParser) -> None:
    """Without the demo, its commands take any arguments and say so in one sentence."""
    parser.add_argument("ignored", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.set_defaults(runner=_no_demo)


def _has_demo() -> bool:
    """Whether this build holds the demo, found without importing it."""
    try:
        names = ("meetings_app.demo", "meetings_app.demo.cli")
        return all(importlib.util.find_spec(name) is not None for name in names)
    except (ModuleNotFoundError, ValueError):
        return False


class _LazyParser(argparse.ArgumentParser):
    """A subcommand whose options are added (its module imported) only when it is chosen
    or its help is shown: building the command line must not load the server's SQLAlchemy
    models before the client's window appears."""

    def __init__(self, *args: Any, fill: Filler | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fill = fill

    def _filled(self) -> None:
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._filled()
        return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        self._filled()
        return super().format_help()


def _command(
    sub: Subcommands, name: str, help: str, runner: Runner | None, fill: Filler, **kw: Any
) -> None:
    """Subcommand ``name``: ``help`` in the command list, ``fill`` adding its options later."""
    parser = sub.add_parser(name, help=help, fill=fill, **kw)
    if runner is not None:
        parser.set_defaults(runner=runner)


def build_parser() -> argparse.ArgumentParser:
    """The full command line; ``meetings-app`` alone opens the desktop client."""
    parser = argparse.ArgumentParser(
        prog="meetings-app",
        description="Paperless meetings: the desktop client, the central store and tools.",
    )
    parser.add_argument("--version", action="version", version=f"meetings-app {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log details to stderr")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the client up to the sign-in, print what it shows, then exit "
        "(an installation check)",
    )
    parser.set_defaults(runner=_run_client)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_LazyParser)
    demo = "open the client on a seeded local demo store"
    _command(sub, "demo", demo, None, _fill_demo, prefix_chars="-" if _has_demo() else "+")
    _command(sub, "serve", "run the central store (HTTP sync server)", _run_serve, _fill_serve)
    admin = "manage people, devices, audit and the demo seed"
    _command(sub, "admin", admin, _run_admin, _fill_admin)
    sync = "pull a person's meetings and documents (headless)"
    _command(sub, "sync", sync, _run_sync, _fill_sync)
    _add_report(sub)
    check = sub.add_parser("check-pdf", help="judge PDF files with the safe importer")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(runner=_run_check_pdf)
    sign = "sign a report (PAdES) with a PKCS#12 file or token"
    _command(sub, "sign-pdf", sign, _run_sign_pdf, _fill_signing)
    verify = "list the signatures of PDF files"
    _command(sub, "verify-pdf", verify, _run_verify_pdf, _fill_verify_pdf)
    board = sub.add_parser("verify-board", help="check a published ballot board offline")
    board.add_argument("file", type=Path, metavar="FILE")
    board.add_argument("--receipt", default=None, help="a voter's receipt to look for")
    board.add_argument(
        "--store-key", default=None, help="the store's public key (default: the one in the board)"
    )
    board.set_defaults(runner=_run_verify_board)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``meetings-app`` console script."""
    # The safe PDF importer runs its child with multiprocessing's "spawn"; in a frozen
    # (PyInstaller) build the child re-enters here and must be diverted to its work.
    # Elsewhere freeze_support does nothing, and the client's start need not import it.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    runner: Runner = args.runner
    try:
        return runner(args)
    except AppError as exc:
        print(f"meetings-app: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
