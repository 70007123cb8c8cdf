"""Content-addressed blob store: a file per sha256, written atomically and verified.

A blob is written to a temporary file, fsynced, checked against its expected hash and
only then renamed into place, so a crash leaves either the whole verified blob or
nothing; readers never see half a file. Data is streamed in chunks, never held whole.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, Invalid, NotFound

CHUNK = 256 * 1024
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
        expected = check_sha256(expected_sha256) if expected_sha256 else None
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="in-")
        tmp = Path(tmp_name)
        try:
            sha, size = self._write(fd, chunks)
            if expected and sha != expected:
                raise BlobHashMismatch(
                    f"The uploaded bytes hash to {sha}, not {expected}; nothing was stored.",
                    expected=expected,
                    actual=sha,
                )
            final = self.path(sha)
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)
            fsync_dir(final.parent)
            return sha, size
        finally:
            tmp.unlink(missing_ok=True)

    def _write(self, fd: int, chunks: Iterable[bytes]) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                size += len(chunk)
                if size > self.max_size:
                    raise BlobTooLarge(
                        f"The file is larger than the limit of {self.max_size} bytes.",
                        limit=self.max_size,
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        return digest.hexdigest(), size

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
