"""One HTTP connection per sync client's lifetime: periodic syncs reuse it (no new TCP or TLS
handshake), a connection the store closed is replaced, and several files come at once."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx

from meetings_app.server.runner import start_in_thread
from meetings_app.server.settings import KEEP_ALIVE_SECONDS, ServerSettings
from meetings_app.store.engine import make_engine, sqlite_url
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import SyncClient, SyncProgress
from meetings_app.sync.tls import KEEPALIVE_EXPIRY
from tests.support.at_rest import fixed_cipher
from tests.support.factories import PASSWORD, World


class _Keys(dict[str, str]):
    def set(self, name: str, value: str) -> None:
        self[name] = value


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _laptop(folder: Path, url: str) -> tuple[SyncClient, list[str]]:
    engine = make_engine(sqlite_url(folder / "client.db"))
    upgrade(engine, "local")
    token: list[str] = []
    client = SyncClient(
        engine,
        folder / "blobs",
        url,
        lambda: token[0] if token else None,
        key_store=_Keys(),
        cipher=fixed_cipher(),
        backoff=0.01,
    )
    token.append(client.login("alice", PASSWORD).token)
    return client, token


def _connections(client: SyncClient) -> list[object]:
    return list(client.http._transport._pool.connections)  # type: ignore[attr-defined]


def test_idle_limits_span_the_sync_interval() -> None:
    # a periodic sync every 60 s finds its connection open; the store never closes it first
    assert 60 < KEEPALIVE_EXPIRY < KEEP_ALIVE_SECONDS


def test_syncs_reuse_one_connection_and_survive_a_store_restart(tmp_path: Path) -> None:
    db = sqlite_url(tmp_path / "store.db")
    world = World(db, tmp_path)
    world.person("alice")
    meeting = world.meeting()
    world.participant(meeting, "alice", "member")
    shas = [world.document(meeting, f"Doc {i}", data=bytes([i]) * 300_000)[2] for i in range(5)]
    port = _free_port()
    settings = ServerSettings(db_url=db, blob_dir=world.settings.blob_dir)
    server = start_in_thread(settings, port=port)
    client, _ = _laptop(tmp_path / "laptop", server.url)
    try:
        steps: list[SyncProgress] = []
        report = client.sync(steps.append)
        assert report.blobs == 5 and not report.missing_blobs
        for i, sha in enumerate(shas):
            assert client.blobs.read_bytes(sha) == bytes([i]) * 300_000
        blob_steps = [p for p in steps if p.phase == "blobs"]
        done = [p.bytes_done for p in blob_steps]
        assert done == sorted(done) and done[-1] == blob_steps[-1].bytes_total == 1_500_000
        assert blob_steps[-1].done == 5

        assert client.http._transport._pool._keepalive_expiry == KEEPALIVE_EXPIRY  # type: ignore[attr-defined]
        before = _connections(client)
        client.sync()
        after = _connections(client)
        assert set(map(id, before)) & set(map(id, after))  # the same connection served again

        server.stop()
        server = start_in_thread(
            ServerSettings(db_url=db, blob_dir=world.settings.blob_dir), port=port
        )
        world.document(meeting, "After the restart", data=b"x" * 1000)
        report = client.sync()  # the closed connection is replaced, nothing fails
        assert report.blobs == 1
    finally:
        server.stop()
        client.http.close()
        client.engine.dispose()
        world.close()


def test_a_dropped_connection_is_retried_at_once(tmp_path: Path) -> None:
    """The store closing a kept-alive connection just as a request goes out: the request
    is sent again on a new connection, without waiting."""
    calls: list[str] = []

    class Flaky(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            calls.append(request.url.path)
            if len(calls) == 1:
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
            return httpx.Response(200, json={"changes": [], "cursor": 0, "more": False})

    engine = make_engine(sqlite_url(tmp_path / "client.db"))
    upgrade(engine, "local")
    client = SyncClient(
        engine,
        tmp_path / "blobs",
        "http://127.0.0.1:9",
        lambda: "token",
        http=httpx.Client(transport=Flaky()),
        key_store=_Keys(),
        cipher=fixed_cipher(),
        backoff=30.0,  # a backoff would stall this test
    )
    try:
        client.pull()
        assert calls == ["/api/v1/sync/pull", "/api/v1/sync/pull"]
    finally:
        engine.dispose()
