"""Issue 12, probes 1 and 7: stalled bodies cost a socket, not the store; a stored file's
upload is read and verified like any other (no existence oracle); temp files are cleaned."""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from meetings_app.server.runner import RunningServer
from meetings_app.store.engine import sqlite_url
from tests.support.factories import PASSWORD, World


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[World, RunningServer]]:
    world = World(sqlite_url(tmp_path / "store.db"), tmp_path)
    world.person("sec", role="secretariat")
    world.person("alice")
    try:
        with world.serve(body_timeout=3.0, uploads_per_person=100) as server:
            yield world, server
    finally:
        world.close()


def _token(server: RunningServer, username: str) -> str:
    r = httpx.post(
        f"{server.url}/api/v1/auth/login", json={"username": username, "password": PASSWORD}
    )
    assert r.status_code == 200, r.text
    return str(r.json()["token"])


def _stalled(
    server: RunningServer, method: str, path: str, headers: dict[str, str]
) -> socket.socket:
    """A connection that sends the headers and part of a body, then goes quiet."""
    host, port = server.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Content-Length: 1000000"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + b"x" * 1000)
    return sock


def _answer(sock: socket.socket, timeout: float) -> bytes:
    """Everything the store sends until it closes the connection (or ``timeout``)."""
    sock.settimeout(timeout)
    got = b""
    try:
        while chunk := sock.recv(4096):
            got += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return got


def test_45_stalled_uploads_leave_health_and_pull_fast(
    live: tuple[World, RunningServer], caplog: pytest.LogCaptureFixture
) -> None:
    world, server = live
    sec = {"Authorization": f"Bearer {_token(server, 'sec')}"}
    alice = {"Authorization": f"Bearer {_token(server, 'alice')}"}
    sha = hashlib.sha256(b"never sent").hexdigest()
    socks = [_stalled(server, "PUT", f"/api/v1/blobs/{sha}", sec) for _ in range(45)]
    try:
        time.sleep(0.5)  # every upload is now waiting for its body
        started = time.monotonic()
        assert httpx.get(f"{server.url}/api/v1/health", timeout=5).status_code == 200
        r = httpx.get(f"{server.url}/api/v1/sync/pull", headers=alice, timeout=5)
        assert r.status_code == 200
        assert time.monotonic() - started < 2.0
        # the stalled bodies end with 408 once the body timeout passes
        answer = _answer(socks[0], timeout=10)
        assert b" 408 " in answer and b"REQUEST_TIMEOUT" in answer
    finally:
        for s in socks:
            s.close()
    time.sleep(0.5)
    assert list((world.settings.blob_dir / "tmp").glob("in-*")) == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("path", ["/api/v1/sync/push", "/api/v1/auth/login"])
def test_stalled_json_bodies_end_with_408(live: tuple[World, RunningServer], path: str) -> None:
    _, server = live
    headers = {"Content-Type": "application/json"}
    if path.endswith("push"):
        headers["Authorization"] = f"Bearer {_token(server, 'sec')}"
    sock = _stalled(server, "POST", path, headers)
    try:
        started = time.monotonic()
        answer = _answer(sock, timeout=10)
        assert b" 408 " in answer, answer
        assert time.monotonic() - started < 6
    finally:
        sock.close()


def test_uploads_per_person_are_capped(tmp_path: Path) -> None:
    world = World(sqlite_url(tmp_path / "store.db"), tmp_path)
    world.person("sec", role="secretariat")
    try:
        with world.serve(uploads_per_person=2) as server:
            sec = {"Authorization": f"Bearer {_token(server, 'sec')}"}
            sha = hashlib.sha256(b"x").hexdigest()
            socks = [_stalled(server, "PUT", f"/api/v1/blobs/{sha}", sec) for _ in range(2)]
            time.sleep(0.5)
            r = httpx.put(f"{server.url}/api/v1/blobs/{sha}", content=b"x", headers=sec)
            assert r.status_code == 429 and r.json()["code"] == "TOO_MANY_UPLOADS"
            assert int(r.headers["retry-after"]) > 0
            for s in socks:
                s.close()
            time.sleep(0.5)
            r = httpx.put(f"{server.url}/api/v1/blobs/{sha}", content=b"x", headers=sec)
            assert r.status_code == 201, r.text
    finally:
        world.close()


def test_upload_of_a_stored_file_reads_and_verifies_the_body(world: World) -> None:
    world.person("sec", role="secretariat")
    data = b"%PDF-1.4 stored already"
    sha = world.blob(data)
    unknown = hashlib.sha256(b"not stored").hexdigest()
    h = world.auth("sec")
    for name in (sha, unknown):
        r = world.http.put(f"/api/v1/blobs/{name}", content=b"wrong bytes", headers=h)
        assert (r.status_code, r.json()["code"]) == (400, "HASH_MISMATCH"), r.text
    r = world.http.put(f"/api/v1/blobs/{sha}", content=data, headers=h)
    assert r.status_code == 201 and r.json() == {"sha256": sha, "size": len(data)}


def test_unfinished_upload_files_are_removed_at_start(tmp_path: Path) -> None:
    blobs = tmp_path / "server-blobs" / "tmp"
    blobs.mkdir(parents=True)
    left = blobs / "in-killed"
    left.write_bytes(b"half a file")
    old = time.time() - 3600
    os.utime(left, (old, old))
    live_upload = blobs / "in-live"
    live_upload.write_bytes(b"being written now")
    world = World(sqlite_url(tmp_path / "store.db"), tmp_path)
    try:
        assert not left.exists()
        assert live_upload.exists()
    finally:
        world.close()
