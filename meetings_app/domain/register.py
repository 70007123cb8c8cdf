"""The document register (sổ đăng ký văn bản đi): the number and date of each issued report.

Nghị định 30/2020/NĐ-CP numbers an issuing body's documents in one sequence per calendar
year, from 01 January, and writes the number with the kind's symbol and the issuer's:
``Số: 15/BB-VPCP``. A number once given is never given again: a document withdrawn keeps
its line in the register, so the next number is one past the highest ever given that
year, whatever gaps there are. Issuing the same report again (a reprint) keeps its line,
so a document has one number however often it is rendered.

One register is kept by the central store for every laptop (entity ``register_entry``,
docs/sync-api.md): the laptop asks for a line, the store gives the number under its write
lock and a unique key (issuer, year, number), so two secretariat laptops never give one
number twice. This module holds the rule both sides share.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

KIND_SYMBOLS: dict[str, str] = {
    "agenda": "CTr",
    "pack": "TL",
    "ballot": "KQBQ",
    "minutes": "BB",
    "opinions": "BTH",
}
"""Each report kind and the symbol of its kind in the number (chữ viết tắt tên loại)."""


_ENTRY_NS = uuid.UUID("5d0c2a7e-3b8f-4e61-9a52-7c1e0f4b9d36")
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
"""The zone of the register's days and years (Vietnam keeps no daylight saving)."""


def subject_of(kind: str, record_id: str) -> str:
    """What a register line is for: ``minutes:<meeting id>``; an unknown kind raises
    ``KeyError`` (only the kinds in :data:`KIND_SYMBOLS` are issued)."""
    if kind not in KIND_SYMBOLS:
        raise KeyError(kind)
    return f"{kind}:{record_id}"


def entry_id(issuer_code: str, subject: str) -> str:
    """The id of ``subject``'s line in ``issuer_code``'s register, the same on every laptop:
    two laptops asking to issue one report ask for one line, and the store answers both
    with the same number (a reprint keeps its number)."""
    return str(uuid.uuid5(_ENTRY_NS, f"{issuer_code}:{subject}"))


def issue_day(issued_at: dt.datetime) -> dt.date:
    """The Vietnam day of issue, which the document is dated by and whose year numbers it."""
    return issued_at.astimezone(VIETNAM).date()


def next_number(given_this_year: Iterable[int | None]) -> int:
    """One past the highest number ever given this year (gaps are never filled)."""
    return max((n for n in given_this_year if n is not None), default=0) + 1


def number_label(kind: str, number: int, issuer_code: str) -> str:
    """``Số: 15/BB-VPCP``."""
    return f"Số: {number:02d}/{KIND_SYMBOLS[kind]}-{issuer_code}"


def draft_label(kind: str, issuer_code: str) -> str:
    """The number line of a document not yet issued: the number left blank."""
    return f"Số:{' ' * 8}/{KIND_SYMBOLS[kind]}-{issuer_code}"


@dataclass(frozen=True)
class Issuer:
    """The body that issues the reports: its parent, its name and its symbol in numbers."""

    parent: str = "CHÍNH PHỦ"
    name: str = "VĂN PHÒNG CHÍNH PHỦ"
    symbol: str = "VPCP"


GOVERNMENT_OFFICE = Issuer()
"""The Government Office (Văn phòng Chính phủ), secretariat of the Government's meetings."""
