"""``meetings-app report KIND --meeting ID|next|last --out FILE``: a report for scripts,
from the signed-in laptop's own store (the same files as the workspace's Reports menu)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, Invalid


def run_report(args: argparse.Namespace) -> int:
    try:
        pdf = build(args.kind, args.meeting, args.data)
    except AppError as exc:
        print(f"meetings-app report: {exc.message}", file=sys.stderr)
        return 1
    try:
        Path(args.out).write_bytes(pdf)
    except OSError as exc:
        print(f"meetings-app report: cannot write {args.out}: {exc.strerror}.", file=sys.stderr)
        return 1
    print(f"{args.out}: {len(pdf) // 1024} KiB")
    return 0


def build(kind: str, selector: str, data: Path | None = None) -> bytes:
    """The report's PDF bytes; opens the local store as the window would (keyring, or the
    vault's passphrase asked on the terminal)."""
    from meetings_app.app.preload import getpass_prompt
    from meetings_app.app.prepare.outputs import OutputsService
    from meetings_app.app.reports import ReportsService
    from meetings_app.app.services import ClientServices
    from meetings_app.app.session import local_session
    from meetings_app.store.paths import HOME_ENV, client_dir

    if data is not None:
        os.environ[HOME_ENV] = str(data)
    folder = client_dir()
    session = local_session(folder, getpass_prompt())
    if session.account is None:
        raise Invalid(
            "Nobody is signed in on this computer; open the app or run `meetings-app sync` first.",
            code=Code.NOT_SIGNED_IN,
        )
    services = ClientServices.open(folder, cipher=session.data_cipher())
    try:
        reports = ReportsService(
            services.engine, services.documents.read_pdf, session.account.person_id
        )
        outputs = OutputsService(services.engine, reports)
        return outputs.build(kind, outputs.resolve(selector))
    finally:
        services.close()
