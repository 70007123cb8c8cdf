"""The laptop's encrypted blob cache: ciphertext only on disk, resumable, tamper-evident."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetings_app.domain.errors import NotFound
from meetings_app.security.cipher import SEGMENT, AesGcmCipher
from meetings_app.store.blobs import BlobHashMismatch
from meetings_app.store.sealed_blobs import BlobDamaged, SealedBlobStore
from tests.support.at_rest import fixed_cipher

MARKER = b"TUYET-MAT-PLAINTEXT-MARKER"


def _data(size: int) -> bytes:
    """Compressible-looking bytes with a plaintext marker repeated all through them."""
    block = b"%PDF-1.7 " + MARKER + b" " + os.urandom(64)
    return (block * (size // len(block) + 1))[:size]


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_put_and_read_back_only_ciphertext_on_disk(tmp_path: Path) -> None:
    store = SealedBlobStore(tmp_path, fixed_cipher())
    data = _data(SEGMENT * 2 + 12345)
    sha, size = store.put_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest() and size == len(data)
    on_disk = store.path(sha).read_bytes()
    assert on_disk != data and MARKER not in on_disk and MARKER not in _all_bytes(tmp_path)
    assert store.read_bytes(sha) == data
    assert b"".join(store.iter_bytes(sha)) == data


def test_wrong_expected_hash_stores_nothing(tmp_path: Path) -> None:
    store = SealedBlobStore(tmp_path, fixed_cipher())
    with pytest.raises(BlobHashMismatch):
        store.put_bytes(b"abc", "0" * 64)
    assert not store.has("0" * 64)
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


@pytest.mark.parametrize("where", ["flip", "truncate", "other-key"])
def test_damaged_copy_is_refused_and_removed(tmp_path: Path, where: str) -> None:
    store = SealedBlobStore(tmp_path, fixed_cipher())
    data = _data(SEGMENT + 999)
    sha, _ = store.put_bytes(data)
    path = store.path(sha)
    raw = bytearray(path.read_bytes())
    if where == "flip":
        raw[len(raw) // 2] ^= 0x01
        path.write_bytes(bytes(raw))
    elif where == "truncate":
        path.write_bytes(bytes(raw[: SEGMENT // 2]))
    else:
        store = SealedBlobStore(tmp_path, AesGcmCipher(b"k" * 32))
    with pytest.raises(BlobDamaged) as caught:
        store.read_bytes(sha)
    assert "downloaded again" in caught.value.message
    assert not store.has(sha)
    with pytest.raises(NotFound):
        store.read_bytes(sha)


def test_interrupted_write_keeps_whole_encrypted_segments_and_resumes(tmp_path: Path) -> None:
    store = SealedBlobStore(tmp_path, fixed_cipher())
    data = _data(SEGMENT * 3 + 777)
    sha = hashlib.sha256(data).hexdigest()

    def cut(after: int) -> Iterator[bytes]:
        for start in range(0, after, 64 * 1024):
            yield data[start : min(start + 64 * 1024, after)]
        raise ConnectionError("network gone")

    part = store.partial(sha)
    assert part.offset == 0
    with pytest.raises(ConnectionError):
        part.write(cut(SEGMENT * 2 + SEGMENT // 2))
    # Two whole segments are on disk, encrypted; the half segment was only in memory.
    assert part.offset == 2 * SEGMENT
    assert MARKER not in _all_bytes(tmp_path)

    again = store.partial(sha)  # a later sync, in a new process
    assert again.offset == 2 * SEGMENT
    again.write([data[again.offset :]])
    assert again.finish() == len(data)
    assert store.read_bytes(sha) == data
    assert not (tmp_path / "partial" / sha).exists()


def test_partial_of_another_key_or_torn_restarts(tmp_path: Path) -> None:
    data = _data(SEGMENT * 2 + 10)
    sha = hashlib.sha256(data).hexdigest()
    first = SealedBlobStore(tmp_path, AesGcmCipher(b"a" * 32)).partial(sha)
    with pytest.raises(ConnectionError):
        first.write(_then_fail([data[: SEGMENT + 5]]))
    assert first.offset == SEGMENT
    # The same file opened with another key: nothing authentic, start over.
    other = SealedBlobStore(tmp_path, AesGcmCipher(b"b" * 32)).partial(sha)
    assert other.offset == 0 and other.path.stat().st_size == 0
    # A torn last segment (a write cut short) is dropped, the whole ones kept.
    store = SealedBlobStore(tmp_path, fixed_cipher())
    part = store.partial(sha)
    with pytest.raises(ConnectionError):
        part.write(_then_fail([data[: SEGMENT * 2 + 3]]))
    size = part.path.stat().st_size
    with part.path.open("ab") as fh:
        fh.write(b"\x00\x10\x00\x10" + b"torn")
    resumed = store.partial(sha)
    assert resumed.offset == 2 * SEGMENT and resumed.path.stat().st_size == size
    resumed.write([data[resumed.offset :]])
    resumed.finish()
    assert store.read_bytes(sha) == data


def test_wrong_bytes_fail_the_hash_and_leave_nothing(tmp_path: Path) -> None:
    store = SealedBlobStore(tmp_path, fixed_cipher())
    sha = hashlib.sha256(b"the real one").hexdigest()
    part = store.partial(sha)
    part.write([b"something else"])
    with pytest.raises(BlobHashMismatch):
        part.finish()
    assert not store.has(sha) and not part.path.exists()


def _then_fail(chunks: list[bytes]) -> Iterator[bytes]:
    yield from chunks
    raise ConnectionError("network gone")
