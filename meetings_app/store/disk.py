"""Disk faults of this computer's own writes, named with a stable code.

A write to the laptop's store (a mark, a note, a ballot: SQLite) or to its blob cache (a
download) can fail because the disk is full or because the folder refuses writes. Python
reports these as an ``OSError`` with an errno, SQLite as ``SQLITE_FULL`` /
``SQLITE_READONLY``; both are turned here into a :class:`StoreError` the UI can explain:

* ``DISK_FULL`` (:class:`DiskFull`): ``ENOSPC``, ``EDQUOT``, ``SQLITE_FULL``;
* ``DATA_DIR_NOT_WRITABLE`` (:class:`NotWritable`): ``EACCES``, ``EPERM``, ``EROFS``,
  ``SQLITE_READONLY``.

What must hold true: only these faults are renamed; any other error passes unchanged (a
network error raised inside a download stream stays a network error). The callers
guarantee that a failed write leaves the earlier state intact (SQLite rolls the
transaction back; a partial download keeps its whole segments), which is what lets the
message say "your earlier work is safe".

Only the laptop's write paths use this (``app.local_writes``, the sync client, the sealed
blob cache): the central store keeps its own errors, so a full disk on the server is
never reported as a full disk on the member's computer.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import StoreError

FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)
DENIED_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})

_SQLITE_READONLY = 8
_SQLITE_FULL = 13


class DiskFull(StoreError):
    """The disk (or the person's quota) is full; nothing of this write was kept."""

    code = Code.DISK_FULL


class NotWritable(StoreError):
    """The data folder or one of its files refuses writes."""

    code = Code.DATA_DIR_NOT_WRITABLE


def disk_error(exc: BaseException, path: Path | str | None = None) -> StoreError | None:
    """The named error for a disk fault, or None when ``exc`` is something else."""
    where = str(path) if path is not None else ""
    if isinstance(exc, OSError):
        where = where or str(exc.filename or "")
        if exc.errno in FULL_ERRNOS:
            return _full(where, exc.strerror or "no space left on device")
        if exc.errno in DENIED_ERRNOS:
            return _denied(where, exc.strerror or "permission denied")
        return None
    # SQLAlchemy wraps the driver's error as ``.orig``; looked up by attribute so that the
    # window's error display can import this module without loading SQLAlchemy.
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error):
        primary = _sqlite_primary_code(orig)
        text = str(orig)
        if primary == _SQLITE_FULL or "database or disk is full" in text:
            return _full(where, text)
        if primary == _SQLITE_READONLY or "readonly database" in text:
            return _denied(where, text)
    return None


@contextmanager
def disk_writes(path: Path | str | None = None) -> Iterator[None]:
    """Run a write; a disk fault leaves as :class:`DiskFull` or :class:`NotWritable`."""
    try:
        yield
    except Exception as exc:
        named = disk_error(exc, path)
        if named is None:
            raise
        raise named from exc


def _sqlite_primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _full(where: str, reason: str) -> DiskFull:
    place = f" ({where})" if where else ""
    return DiskFull(
        f"The disk is full{place}: {reason}. Nothing of this write was kept; earlier work "
        "is safe. Free some space and try again.",
        path=where,
    )


def _denied(where: str, reason: str) -> NotWritable:
    place = f" {where}" if where else ""
    return NotWritable(
        f"This computer refused a write to the data folder{place}: {reason}. Nothing of "
        "this write was kept; earlier work is safe.",
        path=where,
    )
