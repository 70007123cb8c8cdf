"""At rest on the laptop, through the real sync engine: blobs and private fields encrypted.

The wire and the store keep plaintext (the server has no cipher); the laptop's blob cache
and private columns hold ciphertext only; an interrupted download resumes with ``Range``
at the last whole encrypted segment; a tampered cached copy is refused in plain words and
fetched again by the next sync.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from meetings_app.app.documents_service import DocumentsService
from meetings_app.domain.models import LocalBlob, Note, OutboxEntry
from meetings_app.security.cipher import SEGMENT
from meetings_app.store.engine import set_field_cipher, sqlite_url, writer
from meetings_app.store.sealed_blobs import BlobDamaged
from meetings_app.sync.client import SyncClient
from meetings_app.sync.errors import Unreachable
from meetings_app.sync.local import record_change, set_state
from tests.support.at_rest import fixed_cipher
from tests.support.factories import Laptop, World

MARKER = b"MAT-PLAINTEXT-MARKER-2024"


def _pdf(size: int) -> bytes:
    block = b"%PDF-1.7 " + MARKER + b" " + os.urandom(32)
    return (block * (size // len(block) + 1))[:size]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(sqlite_url(tmp_path / "store.db"), tmp_path)
    try:
        yield w
    finally:
        w.close()


def _files(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


class _Cut(httpx.SyncByteStream):
    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data
        raise httpx.ReadError("the network went away")


class CuttingTransport(httpx.BaseTransport):
    """The in-process store, but the first blob download stops after ``cut`` bytes."""

    def __init__(self, inner: httpx.BaseTransport, cut: int) -> None:
        self.inner = inner
        self.cut: int | None = cut
        self.ranges: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if "/blobs/" not in request.url.path:
            return response
        self.ranges.append(request.headers.get("range"))
        if self.cut is None:
            return response
        body = response.read()[: self.cut]
        self.cut = None
        return httpx.Response(response.status_code, headers=response.headers, stream=_Cut(body))


def _member(world: World, data: bytes) -> tuple[str, str, str]:
    world.person("alice")
    meeting = world.meeting()
    world.participant(meeting, "alice", "member")
    _doc, version, sha = world.document(meeting, "Pack", data=data)
    return meeting, version, sha


def test_downloaded_blob_is_ciphertext_and_reads_back(world: World) -> None:
    data = _pdf(SEGMENT + 50_000)
    _m, version, sha = _member(world, data)
    alice = world.client("alice")
    try:
        report = alice.client.sync()
        assert report.blobs == 1
        stored = alice.client.blobs.path(sha).read_bytes()
        assert stored != data and MARKER not in _files(alice.folder / "blobs")
        with Session(alice.engine) as s:
            row = s.get(LocalBlob, sha)
            assert row is not None and row.complete and row.encrypted
        # what the viewer, export and reports call
        assert DocumentsService(alice.engine, alice.client.blobs).read_pdf(version) == data
        assert alice.client.missing_blobs() == {}
    finally:
        alice.close()


def test_interrupted_download_resumes_at_the_last_whole_segment(world: World) -> None:
    data = _pdf(3 * SEGMENT + 1234)
    _m, _version, sha = _member(world, data)
    alice = world.client("alice")
    # 2.5 segments arrive: the first segment is known whole (more bytes follow it) and is
    # on disk encrypted; the rest was only in memory and is fetched again.
    transport = CuttingTransport(world.http._transport, cut=2 * SEGMENT + SEGMENT // 2)
    client = SyncClient(
        alice.engine,
        alice.folder / "blobs",
        "http://testserver",
        lambda: alice.token,
        http=httpx.Client(transport=transport),
        key_store=alice,
        retries=1,
    )
    try:
        with pytest.raises(Unreachable):
            client.sync()
        partial = alice.folder / "blobs" / "partial" / sha
        assert partial.is_file() and MARKER not in _files(alice.folder / "blobs")
        assert not client.blobs.has(sha)
        report = client.sync()
        assert report.blobs == 1
        assert transport.ranges == [None, f"bytes={SEGMENT}-"]
        assert client.blobs.read_bytes(sha) == data
        assert not partial.exists()
    finally:
        alice.close()


def test_tampered_cache_is_refused_then_downloaded_again(world: World) -> None:
    data = _pdf(200_000)
    _m, version, sha = _member(world, data)
    alice = world.client("alice")
    try:
        alice.client.sync()
        path = alice.client.blobs.path(sha)
        raw = bytearray(path.read_bytes())
        raw[-40] ^= 0xFF
        path.write_bytes(bytes(raw))
        documents = DocumentsService(alice.engine, alice.client.blobs)
        with pytest.raises(BlobDamaged) as caught:
            documents.read_pdf(version)
        assert caught.value.code == "BLOB_DAMAGED"
        assert "damaged" in caught.value.message and "downloaded again" in caught.value.message
        assert not documents.is_downloaded(version)
        assert sha in alice.client.missing_blobs()
        assert alice.client.sync().blobs == 1
        assert documents.read_pdf(version) == data
    finally:
        alice.close()


def test_plaintext_cache_of_an_older_version_is_replaced(world: World) -> None:
    data = _pdf(10_000)
    _m, version, sha = _member(world, data)
    alice = world.client("alice")
    try:
        alice.client.pull()
        # what an older client left: a plaintext file marked complete, not encrypted
        path = alice.client.blobs.path(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        with Session(writer(alice.engine)) as s, s.begin():
            s.merge(LocalBlob(sha256=sha, size=len(data), complete=True, encrypted=False))
        assert sha in alice.client.missing_blobs()
        alice.client.sync()
        assert MARKER not in path.read_bytes()
        assert DocumentsService(alice.engine, alice.client.blobs).read_pdf(version) == data
    finally:
        alice.close()


def test_private_fields_are_ciphertext_locally_and_plaintext_on_the_wire(world: World) -> None:
    world.person("alice")
    meeting = world.meeting()
    world.participant(meeting, "alice", "member")
    alice = world.client("alice")
    set_field_cipher(alice.engine, fixed_cipher())
    secret = "Ghi chú mật: phản đối khoản chi 42 tỷ"
    try:
        alice.client.pull()
        with Session(writer(alice.engine)) as s, s.begin():
            set_state(s, "person_id", alice.person_id)
            note = Note(meeting_id=meeting, owner_id=alice.person_id, text=secret)
            record_change(s, note)
        with alice.engine.connect() as conn:
            raw_note = conn.execute(text("SELECT text FROM note")).scalar_one()
            raw_outbox = conn.execute(text("SELECT data FROM outbox")).scalar_one()
        assert raw_note.startswith("enc1:") and secret not in raw_note
        assert "enc1:" in raw_outbox and secret not in raw_outbox
        with Session(alice.engine) as s:
            assert s.scalars(select(Note)).one().text == secret
            assert s.scalars(select(OutboxEntry)).one().data["text"] == secret
        assert alice.client.sync().applied == 1
        with Session(world.engine) as s:  # the store has no cipher: plaintext there
            assert s.scalars(select(Note)).one().text == secret
        # another laptop of the same person pulls it and keeps it encrypted too
        second = Laptop(world, "alice", world.root / "second")
        set_field_cipher(second.engine, fixed_cipher())
        try:
            second.client.pull()
            with second.engine.connect() as conn:
                assert conn.execute(text("SELECT text FROM note")).scalar_one().startswith("enc1:")
            with Session(second.engine) as s:
                assert s.scalars(select(Note)).one().text == secret
        finally:
            second.close()
    finally:
        alice.close()
