"""The document register (sổ đăng ký văn bản đi): the number and date of each issued report.

Nghị định 30/2020/NĐ-CP numbers an issuing body's documents in one sequence per calendar
year, from 01 January, and writes the number with the kind's symbol and the issuer's:
``Số: 15/BB-VPCP``. A number once given is never given again: a document withdrawn keeps
its line in the register, so the next number is one past the highest ever given that
year, whatever gaps there are. Issuing the same report again (a reprint) keeps its line,
so a document has one number however often it is rendered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

KIND_SYMBOLS: dict[str, str] = {
    "agenda": "CTr",
    "pack": "TL",
    "ballot": "KQBQ",
    "minutes": "BB",
    "opinions": "BTH",
}
"""Each report kind and the symbol of its kind in the number (chữ viết tắt tên loại)."""


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the register: which number went to which document, and when."""

    number: int
    kind: str
    issuer_code: str
    issued_on: dt.date
    subject: str
    """What was issued, as ``kind:id`` (``minutes:<meeting id>``, ``ballot:<poll id>``)."""

    @property
    def label(self) -> str:
        """``Số: 15/BB-VPCP``."""
        return f"Số: {self.number:02d}/{KIND_SYMBOLS[self.kind]}-{self.issuer_code}"


def draft_label(kind: str, issuer_code: str) -> str:
    """The number line of a document not yet issued: the number left blank."""
    return f"Số:{' ' * 8}/{KIND_SYMBOLS[kind]}-{issuer_code}"


def next_entry(
    entries: Sequence[RegisterEntry], kind: str, issuer_code: str, subject: str, today: dt.date
) -> RegisterEntry:
    """The line for issuing ``subject`` today: its existing line if it was issued before,
    otherwise the next number of ``issuer_code``'s register for this year.

    An unknown ``kind`` raises ``KeyError``: only the kinds in :data:`KIND_SYMBOLS` exist.
    """
    if kind not in KIND_SYMBOLS:
        raise KeyError(kind)
    for entry in entries:
        if entry.subject == subject and entry.issuer_code == issuer_code:
            return entry
    this_year = [
        e.number for e in entries if e.issuer_code == issuer_code and e.issued_on.year == today.year
    ]
    return RegisterEntry(max(this_year, default=0) + 1, kind, issuer_code, today, subject)


@dataclass(frozen=True)
class Issuer:
    """The body that issues the reports: its parent, its name and its symbol in numbers."""

    parent: str = "CHÍNH PHỦ"
    name: str = "VĂN PHÒNG CHÍNH PHỦ"
    symbol: str = "VPCP"


GOVERNMENT_OFFICE = Issuer()
"""The Government Office (Văn phòng Chính phủ), secretariat of the Government's meetings."""
