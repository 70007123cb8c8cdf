"""Content-addressed blob store: a file per sha256, written atomically and verified.

A blob is written to a temporary file, fsynced, checked against its expected hash and
only then renamed into place, so a crash leaves either the whole verified blob or
nothing; readers never see half a file. Data is streamed in chunks, never held whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, Invalid, NotFound

CHUNK = 256 * 1024
#: seconds after which an unfinished upload's temporary file counts as abandoned
TEMP_MAX_AGE = 600.0
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BlobHashMismatch(AppError):
    code = Code.HASH_MISMATCH


class BlobTooLarge(AppError):
    code = Code.TOO_LARGE


def check_sha256(sha256: str) -> str:
    """Return a lower-case hex sha256, or raise ``INVALID`` (also blocks path tricks)."""
    value = sha256.lower()
    if not _SHA256.match(value):
        raise Invalid(f"{sha256!r} is not a sha256 hex digest.")
    return value


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class BlobStore:
    """Blobs under ``root/ab/abcdef…``; safe for several processes sharing the folder."""

    def __init__(self, root: Path, max_size: int = 2 * 1024**3) -> None:
        self.root = root
        self.max_size = max_size
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        sha = check_sha256(sha256)
        return self.root / sha[:2] / sha

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def size(self, sha256: str) -> int:
        try:
            return self.path(sha256).stat().st_size
        except FileNotFoundError:
            raise NotFound(f"No blob {sha256}.") from None

    def put_stream(
        self, chunks: Iterable[bytes], expected_sha256: str | None = None
    ) -> tuple[str, int]:
        """Store a stream of bytes; returns ``(sha256, size)``.

        Raises ``HASH_MISMATCH`` when the bytes do not hash to ``expected_sha256`` and
        ``TOO_LARGE`` past ``max_size``; in both cases nothing is stored.
        """
        intake = self.intake(expected_sha256)
        try:
            for chunk in chunks:
                intake.write(chunk)
            return intake.commit()
        finally:
            intake.discard()

    def intake(self, expected_sha256: str | None = None) -> BlobIntake:
        """A new upload in progress, written to a temporary file under ``root/tmp``."""
        expected = check_sha256(expected_sha256) if expected_sha256 else None
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="in-")
        return BlobIntake(self, os.fdopen(fd, "wb"), Path(tmp_name), expected)

    def clean_temp(self, older_than: float = TEMP_MAX_AGE) -> int:
        """Remove temporary files of uploads that ended without finishing (a killed store,
        a lost connection): those not written to for ``older_than`` seconds. A live upload
        writes at least every request timeout, so another process's is never touched.
        Returns how many were removed."""
        tmp_dir = self.root / "tmp"
        if not tmp_dir.is_dir():
            return 0
        limit = time.time() - older_than
        removed = 0
        for path in tmp_dir.glob("in-*"):
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
        return removed

    def put_bytes(self, data: bytes, expected_sha256: str | None = None) -> tuple[str, int]:
        return self.put_stream([data], expected_sha256)

    def open(self, sha256: str) -> BinaryIO:
        try:
            return self.path(sha256).open("rb")
        except FileNotFoundError:
            raise NotFound(f"No blob {sha256}.") from None

    def read_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as fh:
            return fh.read()

    def iter_bytes(self, sha256: str) -> Iterator[bytes]:
        """The whole blob in chunks (the same reading call as the laptop's encrypted cache)."""
        return self.iter_range(sha256)

    def iter_range(self, sha256: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Yield bytes ``start..end`` inclusive (HTTP Range semantics), in chunks."""
        with self.open(sha256) as fh:
            fh.seek(start)
            remaining = None if end is None else end - start + 1
            while remaining is None or remaining > 0:
                chunk = fh.read(CHUNK if remaining is None else min(CHUNK, remaining))
                if not chunk:
                    return
                if remaining is not None:
                    remaining -= len(chunk)
                yield chunk


class BlobIntake:
    """One upload in progress: bytes go to a temporary file while their hash is computed.

    :meth:`write` is quick (one buffered write), so an async route may call it between
    awaits; :meth:`commit` fsyncs and renames (blocking: run it in a worker thread).
    :meth:`discard` removes whatever is left; call it in a ``finally``.
    """

    def __init__(self, store: BlobStore, out: BinaryIO, tmp: Path, expected: str | None) -> None:
        self._store = store
        self._out = out
        self.tmp = tmp
        self.expected = expected
        self._digest = hashlib.sha256()
        self.size = 0

    def write(self, chunk: bytes) -> None:
        """Add bytes; ``TOO_LARGE`` past the store's limit."""
        self.size += len(chunk)
        if self.size > self._store.max_size:
            raise BlobTooLarge(
                f"The file is larger than the limit of {self._store.max_size} bytes.",
                limit=self._store.max_size,
            )
        self._digest.update(chunk)
        self._out.write(chunk)

    def commit(self) -> tuple[str, int]:
        """Make the file durable under its hash; ``HASH_MISMATCH`` (nothing stored) when the
        bytes do not hash to the expected name. A file already stored is kept as it is."""
        sha = self._digest.hexdigest()
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        if self.expected and sha != self.expected:
            raise BlobHashMismatch(
                f"The uploaded bytes hash to {sha}, not {self.expected}; nothing was stored.",
                expected=self.expected,
                actual=sha,
            )
        final = self._store.path(sha)
        if not final.is_file():
            final.parent.mkdir(exist_ok=True)
            os.replace(self.tmp, final)
            fsync_dir(final.parent)
        return sha, self.size

    def discard(self) -> None:
        """Close and remove the temporary file (a no-op after a successful commit)."""
        self._out.close()
        self.tmp.unlink(missing_ok=True)
