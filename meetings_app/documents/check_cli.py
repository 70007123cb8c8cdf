"""``meetings-app check-pdf FILE…``: the safe import's verdict on each file, for IT.

One line per file: ``ok <pages> <sha256> <file>`` or ``refused <CODE> <file>: <sentence>``.
The exit status lets IT scripts rely on it: 0 when every file was accepted, 1 when at
least one was refused (every file is still judged and listed), and 2 when the command
itself could not do its work (no files given, output unwritable).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from meetings_app.documents.safe_import import ImportLimits, ImportRefused, inspect_pdf

REFUSED = 1
FAILED = 2


def verdict(path: Path, limits: ImportLimits) -> tuple[bool, str]:
    """Whether the file is accepted, and its line.

    The sha256 is the file's own (what ``sha256sum`` prints), so IT can match lines to
    files; where active content is stripped on import, the stored copy differs from it.
    """
    try:
        info = inspect_pdf(path, limits)
    except ImportRefused as refused:
        return False, f"refused {refused.code} {path}: {refused.message}"
    return True, f"ok {info.page_count} {info.source_sha256} {path}"


def check_files(
    paths: Sequence[str | Path], out: TextIO, limits: ImportLimits | None = None
) -> int:
    """Judge every file, writing one line each to ``out``; return the exit status."""
    if not paths:
        out.write("usage: meetings-app check-pdf FILE...\n")
        return FAILED
    all_accepted = True
    try:
        for path in paths:
            accepted, line = verdict(Path(path), limits or ImportLimits())
            all_accepted = all_accepted and accepted
            out.write(line + "\n")
            out.flush()
    except OSError as exc:  # the output went away (closed pipe, full disk)
        sys.stderr.write(f"check-pdf: cannot write the report ({exc})\n")
        return FAILED
    return 0 if all_accepted else REFUSED
