"""The content-addressed blob store: verified, atomic, ranged reads."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from meetings_app.domain.errors import Invalid, NotFound
from meetings_app.store.blobs import BlobHashMismatch, BlobStore, BlobTooLarge


def test_put_get_and_range(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    data = bytes(range(256)) * 5000
    sha, size = store.put_stream([data[:1000], data[1000:]], hashlib.sha256(data).hexdigest())
    assert (sha, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert store.read_bytes(sha) == data
    assert b"".join(store.iter_range(sha, 10, 19)) == data[10:20]
    assert b"".join(store.iter_range(sha, len(data) - 5)) == data[-5:]


def test_wrong_hash_stores_nothing(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    with pytest.raises(BlobHashMismatch):
        store.put_bytes(b"hello", "0" * 64)
    assert not store.has("0" * 64)
    assert not store.has(hashlib.sha256(b"hello").hexdigest())
    assert list((tmp_path / "tmp").iterdir()) == []


def test_size_limit(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, max_size=10)
    with pytest.raises(BlobTooLarge):
        store.put_bytes(b"x" * 11)


def test_bad_names_and_missing_blobs(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    with pytest.raises(Invalid):
        store.path("../../etc/passwd")
    with pytest.raises(NotFound):
        store.open("a" * 64)
