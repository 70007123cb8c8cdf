"""Kill -9 the client at random moments during sync, and the store mid-push: nothing lost, nothing twice.

The default run does ``MEETINGS_FAULT_TRIALS`` (50) quick client kills against one shared
store; ``-m slow`` adds a longer run (``MEETINGS_FAULT_TRIALS_SLOW``, 200).
"""

from __future__ import annotations

import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import ChangeReceipt, FeedEntry, LocalBlob, Note, OutboxEntry
from meetings_app.server.runner import RunningServer, start_in_thread
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import make_engine, sqlite_url, writer
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import SyncClient
from meetings_app.sync.errors import Unreachable
from meetings_app.sync.local import record_change, set_state
from tests.support.factories import PASSWORD, World, env_int

ROOT = Path(__file__).resolve().parents[2]


class NoKeys:
    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        pass


@pytest.fixture(scope="module")
def shared_store(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[World, RunningServer, str]]:
    root = tmp_path_factory.mktemp("fault-store")
    url = sqlite_url(root / "store.db")
    world = World(url, root)
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    world.document(m, "Big pack", data=os.urandom(3 * 1024 * 1024))
    world.document(m, "Small", data=b"%PDF small")
    server = start_in_thread(ServerSettings(db_url=url, blob_dir=world.settings.blob_dir))
    token = httpx.post(
        f"{server.url}/api/v1/auth/login", json={"username": "alice", "password": PASSWORD}
    ).json()["token"]
    try:
        yield world, server, token
    finally:
        server.stop()
        world.close()


def check_after_recovery(world: World, data: Path, server: RunningServer, token: str) -> None:
    db = data / "client.db"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    engine = make_engine(sqlite_url(db))
    upgrade(engine, "local")
    client = SyncClient(engine, data / "blobs", server.url, lambda: token, key_store=NoKeys())
    client.sync()
    with Session(engine) as s:
        local = {n.id: n.text for n in s.execute(select(Note)).scalars()}
        assert s.execute(select(func.count()).select_from(OutboxEntry)).scalar_one() == 0
        blobs = list(s.execute(select(LocalBlob)).scalars())
    engine.dispose()
    assert len(blobs) == 2 and all(client.blobs.has(b.sha256) for b in blobs)
    with Session(world.engine) as s:
        remote = {n.id: (n.text, n.version) for n in s.execute(select(Note)).scalars()}
        receipts = s.execute(select(func.count()).select_from(ChangeReceipt)).scalar_one()
        note_entries = s.execute(
            select(func.count()).select_from(FeedEntry).where(FeedEntry.entity == "note")
        ).scalar_one()
    # nothing lost: every note the laptop holds is in the store, with the same text
    assert {k: v[0] for k, v in remote.items()} == local
    # nothing twice: each note applied once (version 1, one feed entry, one receipt)
    assert all(v[1] == 1 for v in remote.values())
    assert note_entries == len(remote) == receipts
    texts = list(local.values())
    assert len(texts) == len(set(texts))


def _worker(
    server: RunningServer, data: Path, name: str, env: dict[str, str]
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.fault_worker", server.url, str(data), name, "6"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _finish(proc: subprocess.Popen[bytes]) -> None:
    _, err = proc.communicate(timeout=60)
    if proc.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(err.decode())


def run_trials(shared: tuple[World, RunningServer, str], data: Path, trials: int, seed: int) -> int:
    """Start a client process ``trials`` times and kill -9 it at a random moment of its run.

    The moments are drawn within the length of one whole run, measured first on this
    machine, so the kills land mid-run on a fast or a loaded machine alike.
    """
    world, server, token = shared
    rng = random.Random(seed)
    env = {
        **os.environ,
        "MEETINGS_TEST_TOKEN": token,
        "MEETINGS_TEST_PERSON": world.ids["alice"],
        "PYTHONPATH": str(ROOT),
    }
    started = time.monotonic()
    _finish(_worker(server, data, f"{seed}-calibration", env))
    whole_run = time.monotonic() - started
    killed = 0
    for trial in range(trials):
        proc = _worker(server, data, f"{seed}-{trial}", env)
        time.sleep(rng.uniform(0.1, 0.95) * whole_run)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        _finish(proc)
        if trial % 10 == 9 or trial == trials - 1:
            check_after_recovery(world, data, server, token)
    return killed


def test_kill_client_during_sync(
    shared_store: tuple[World, RunningServer, str], tmp_path: Path
) -> None:
    trials = env_int("MEETINGS_FAULT_TRIALS", 50)
    killed = run_trials(shared_store, tmp_path / "laptop", trials, seed=1)
    assert killed >= trials // 3, "the kills should mostly land mid-run"


@pytest.mark.slow
@pytest.mark.skipif(
    "MEETINGS_FAULT_TRIALS_SLOW" not in os.environ,
    reason="long fault run: set MEETINGS_FAULT_TRIALS_SLOW (.ci/run does, at reduced count)",
)
def test_kill_client_during_sync_long(
    shared_store: tuple[World, RunningServer, str], tmp_path: Path
) -> None:
    trials = env_int("MEETINGS_FAULT_TRIALS_SLOW", 200)
    run_trials(shared_store, tmp_path / "laptop-slow", trials, seed=2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(db: str, blobs: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.serve_proc", db, str(blobs), str(port)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("the store process did not start")


@pytest.mark.parametrize("trial", range(env_int("MEETINGS_SERVER_KILL_TRIALS", 3)))
def test_kill_server_mid_push(db_url: str, tmp_path: Path, trial: int) -> None:
    world = World(db_url, tmp_path)
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    port = _free_port()
    blobs = world.settings.blob_dir
    proc = _start_server(db_url, blobs, port)
    url = f"http://127.0.0.1:{port}"
    token = httpx.post(
        f"{url}/api/v1/auth/login", json={"username": "alice", "password": PASSWORD}
    ).json()["token"]
    engine = make_engine(sqlite_url(tmp_path / "client.db"))
    upgrade(engine, "local")
    client = SyncClient(
        engine,
        tmp_path / "cblobs",
        url,
        lambda: token,
        key_store=NoKeys(),
        push_batch=50,
        retries=1,
    )
    with Session(writer(engine)) as s, s.begin():
        set_state(s, "person_id", world.ids["alice"])
        for i in range(600):
            record_change(s, Note(meeting_id=m, text=f"note {i}"))
    import threading

    errors: list[BaseException] = []

    def push() -> None:
        try:
            client.push()
        except Unreachable as exc:
            errors.append(exc)

    t = threading.Thread(target=push)
    t.start()
    time.sleep(random.Random(trial).uniform(0.2, 1.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    t.join(60)
    proc = _start_server(db_url, blobs, port)
    try:
        client.retries = 3
        client.sync()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
    with Session(world.engine) as s:
        remote = list(s.execute(select(Note)).scalars())
    assert sorted(n.text for n in remote) == sorted(f"note {i}" for i in range(600))
    assert all(n.version == 1 for n in remote)
    assert client.pending_count() == 0
    if db_url.startswith("sqlite"):
        conn = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    engine.dispose()
    world.close()
