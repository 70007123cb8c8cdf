"""The laptop's blob cache, encrypted at rest: only ciphertext is ever written to disk.

DESIGN.md, "Security model": document blobs on the laptop are encrypted with AES-GCM
under the laptop's data key. This layer does not know the cipher; it declares what it
needs (:class:`BlobCipher`) and receives the object when the program is wired (the
security layer's ``AesGcmCipher``). The central store keeps using the plain
:class:`~meetings_app.store.blobs.BlobStore`.

A blob is still addressed by the sha256 of its *plaintext*; the file at
``root/ab/abcdef…`` holds the cipher's segmented stream, whose associated data is the
sha256, so a file moved to another address does not decrypt.

What must hold true:

* no plaintext byte of a blob reaches the disk, not even of a half-finished download:
  :class:`PartialBlob` encrypts segment by segment as bytes arrive, writes only whole
  segments, and resumes after the last whole authentic segment (the bytes of the
  unfinished segment are only ever in memory);
* a blob is renamed into place only once its plaintext hashes to its address;
* readers get plaintext in memory (:meth:`SealedBlobStore.read_bytes`,
  :meth:`SealedBlobStore.iter_bytes`); a file that was changed, cut short or written
  under another key raises :class:`BlobDamaged` and is removed, so the next sync
  fetches it again;
* a full disk or a folder that refuses writes raises ``DISK_FULL`` /
  ``DATA_DIR_NOT_WRITABLE`` (:mod:`meetings_app.store.disk`), never a bare ``OSError``;
  the whole segments already written stay, so the download resumes once there is room.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError, NotFound
from meetings_app.store.blobs import CHUNK, BlobHashMismatch, BlobTooLarge, check_sha256, fsync_dir
from meetings_app.store.disk import disk_writes


class BlobCipher(Protocol):
    """What the encrypted cache needs from at-rest encryption (``security.cipher``)."""

    def encrypt_stream(
        self, chunks: Iterable[bytes], associated: bytes = b"", first_segment: int = 0
    ) -> Iterator[bytes]: ...

    def decrypt_stream(
        self, chunks: Iterable[bytes], associated: bytes = b""
    ) -> Iterator[bytes]: ...

    def decrypt_prefix(
        self, chunks: Iterable[bytes], associated: bytes = b""
    ) -> Iterator[tuple[int, bytes]]: ...


class BlobDamaged(AppError):
    """The cached copy was changed, cut short or belongs to another key; it was removed."""

    code = Code.BLOB_DAMAGED


def _file_chunks(fh: BinaryIO) -> Iterator[bytes]:
    return iter(lambda: fh.read(CHUNK), b"")


class SealedBlobStore:
    """Encrypted blobs under ``root/ab/abcdef…`` (named by the plaintext's sha256)."""

    encrypted = True

    def __init__(self, root: Path, cipher: BlobCipher, max_size: int = 2 * 1024**3) -> None:
        self.root = root
        self.cipher = cipher
        self.max_size = max_size
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        sha = check_sha256(sha256)
        return self.root / sha[:2] / sha

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    # --- writing -----------------------------------------------------------------------

    def put_stream(self, chunks: Iterable[bytes], expected_sha256: str) -> tuple[str, int]:
        """Encrypt and store plaintext ``chunks`` as ``expected_sha256``; ``(sha, size)``.

        ``HASH_MISMATCH`` when the bytes hash to something else and ``TOO_LARGE`` past
        ``max_size``; in both cases nothing is stored.
        """
        sha = check_sha256(expected_sha256)
        tmp_dir = self.root / "tmp"
        with disk_writes(tmp_dir):
            tmp_dir.mkdir(exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="in-")
            os.close(fd)
        part = PartialBlob(self, sha, Path(tmp_name))
        try:
            part.restart()
            part.write(chunks)
            return sha, part.finish()
        finally:
            Path(tmp_name).unlink(missing_ok=True)

    def put_bytes(self, data: bytes, expected_sha256: str | None = None) -> tuple[str, int]:
        sha = expected_sha256 or hashlib.sha256(data).hexdigest()
        return self.put_stream([data[i : i + CHUNK] for i in range(0, len(data), CHUNK)], sha)

    def partial(self, sha256: str) -> PartialBlob:
        """The resumable download of ``sha256`` (kept under ``root/partial``)."""
        sha = check_sha256(sha256)
        folder = self.root / "partial"
        with disk_writes(folder):
            folder.mkdir(parents=True, exist_ok=True)
            return PartialBlob(self, sha, folder / sha)

    # --- reading -----------------------------------------------------------------------

    def iter_bytes(self, sha256: str) -> Iterator[bytes]:
        """The plaintext in segments; :class:`BlobDamaged` (file removed) on any change.

        The sha256 is checked at the end too, so a caller streaming the bytes onwards
        learns of a bad copy before it completes.
        """
        path = self.path(sha256)
        try:
            fh = path.open("rb")
        except FileNotFoundError:
            raise NotFound(f"No blob {sha256}.") from None
        digest = hashlib.sha256()
        try:
            with fh:
                for plain in self.cipher.decrypt_stream(_file_chunks(fh), sha256.encode()):
                    digest.update(plain)
                    yield plain
        except AppError as exc:  # the cipher's DecryptionFailed
            self._discard(path)
            raise BlobDamaged(
                "The copy of this document on this computer is damaged and was removed; "
                "it will be downloaded again at the next sync.",
                sha256=sha256,
                reason=exc.message,
            ) from None
        if digest.hexdigest() != sha256:
            self._discard(path)
            raise BlobDamaged(
                "The copy of this document on this computer does not match its fingerprint "
                "and was removed; it will be downloaded again at the next sync.",
                sha256=sha256,
            )

    def read_bytes(self, sha256: str) -> bytes:
        """The whole plaintext, in memory only."""
        return b"".join(self.iter_bytes(sha256))

    def _discard(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()


class PartialBlob:
    """An encrypted blob being written: resumable at whole-segment boundaries.

    ``offset`` is how many plaintext bytes the file already holds (what an HTTP
    ``Range`` request resumes from); :meth:`write` appends plaintext, encrypting as it
    goes; :meth:`finish` checks the sha256 and renames the file into place.
    """

    def __init__(self, store: SealedBlobStore, sha256: str, path: Path) -> None:
        self.store = store
        self.sha256 = sha256
        self.path = path
        self._aad = sha256.encode()
        self._digest = hashlib.sha256()
        self._segments = 0
        self.offset = 0
        self._resume()

    def _resume(self) -> None:
        """Keep the whole authentic segments already on disk, drop anything after them."""
        if not self.path.exists():
            return
        end = 0
        with self.path.open("rb") as fh:
            for seg_end, plain in self.store.cipher.decrypt_prefix(_file_chunks(fh), self._aad):
                end = seg_end
                self._digest.update(plain)
                self._segments += 1
                self.offset += len(plain)
        if end == 0:
            self.restart()
            return
        with self.path.open("r+b") as fh:
            fh.truncate(end)

    def restart(self) -> None:
        """Start over from byte 0 (the server sent the whole file, or the copy was bad)."""
        self._digest = hashlib.sha256()
        self._segments = 0
        self.offset = 0
        with disk_writes(self.path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(b"")

    def write(self, chunks: Iterable[bytes]) -> int:
        """Append plaintext ``chunks`` (their end is the end of the blob); bytes taken.

        Segments are written and flushed one by one as they complete, so an interrupted
        transfer keeps every whole segment received; an exception from ``chunks``
        (network gone) propagates after that.
        """
        taken = 0
        limit = self.store.max_size

        def plain() -> Iterator[bytes]:
            nonlocal taken
            for chunk in chunks:
                if self.offset + taken + len(chunk) > limit:
                    raise BlobTooLarge(
                        f"The file is larger than the limit of {limit} bytes.", limit=limit
                    )
                self._digest.update(chunk)
                taken += len(chunk)
                yield chunk

        # A disk fault is named (DISK_FULL...) only after the state was taken again.
        with disk_writes(self.path):
            try:
                with self.path.open("ab") as out:
                    items = self.store.cipher.encrypt_stream(plain(), self._aad, self._segments)
                    for item in items:
                        out.write(item)
                        out.flush()
                    os.fsync(out.fileno())
            except BaseException:
                # What reached the disk is whole segments (and perhaps a torn one): take the
                # state from the file again, so a later write resumes exactly there.
                self._digest = hashlib.sha256()
                self._segments = 0
                self.offset = 0
                if self.path.exists():
                    self._resume()
                raise
        self.offset += taken
        return taken

    def finish(self) -> int:
        """Verify the plaintext's sha256 and move the file into place; returns its size.

        ``HASH_MISMATCH`` (the partial file is deleted) when the bytes are not the blob.
        """
        actual = self._digest.hexdigest()
        if actual != self.sha256:
            self.discard()
            raise BlobHashMismatch(
                f"The received bytes hash to {actual}, not {self.sha256}; nothing was kept.",
                expected=self.sha256,
                actual=actual,
            )
        final = self.store.path(self.sha256)
        with disk_writes(final):
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.path, final)
        fsync_dir(final.parent)
        return self.offset

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
