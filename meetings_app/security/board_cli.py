"""``meetings-app verify-board FILE [--receipt R] [--store-key KEY]``: check a ballot board
offline (signature, hash chain, counts) and, given a receipt, whether it is on the board.

Exit status: 0 when the board holds (and the receipt, if given, is on it); 1 when the
board holds but the receipt is NOT on it; 3 when the board does not hold; 2 when the file
cannot be read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from meetings_app.security.ballot_board import check_board

RECEIPT_ABSENT = 1
UNREADABLE = 2
BROKEN = 3


def verify_board_file(
    path: Path, out: TextIO, *, receipt: str | None = None, store_key: str | None = None
) -> int:
    """Print the verdict on the board in ``path``; the exit status above."""
    try:
        board = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"Cannot read the board {path}: {exc}.", file=out)
        return UNREADABLE
    verdict = check_board(board, receipt=receipt, store_key=store_key)
    print(verdict.message, file=out)
    if not verdict.ok:
        return BROKEN
    print(f"Chain head: {board['head']}", file=out)
    if verdict.receipt_found is False:
        return RECEIPT_ABSENT
    if verdict.option_id is not None:
        print(f"Choice on the board: {verdict.option_id}", file=out)
    return 0
