"""Headless pre-load (``meetings-app sync``) through the window's own session and secrets.

With no usable OS keyring it uses the passphrase vault (line 2 of stdin with
``--password-stdin``), never the raw keyring and never a traceback; the window later
opens the same data with the same data key; ``demo --no-window`` works with no keyring.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.__main__ import main
from meetings_app.app.services import ClientServices
from meetings_app.app.session import StartState, local_session
from meetings_app.domain.models import DocumentVersion, LocalBlob
from meetings_app.server.runner import RunningServer, start_in_thread
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import sqlite_url
from tests.support.factories import PASSWORD, World

MARKER = b"PRELOAD-PLAINTEXT-MARKER"
DATA = (b"%PDF-1.7 " + MARKER + b" ") * 5000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[RunningServer, str]]:
    url = sqlite_url(tmp_path / "store.db")
    world = World(url, tmp_path)
    world.person("alice")
    meeting = world.meeting()
    world.participant(meeting, "alice", "member")
    _doc, version, _sha = world.document(meeting, "Pack", data=DATA)
    settings = world.settings
    world.close()
    running = start_in_thread(ServerSettings(db_url=url, blob_dir=settings.blob_dir))
    try:
        yield running, version
    finally:
        running.stop()


def _sync(monkeypatch: pytest.MonkeyPatch, url: str, home: Path, stdin: str, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    argv = ["sync", "--server", url, "--username", "alice", "--password-stdin"]
    return main([*argv, "--data", str(home), "--quiet", *extra])


def _disk(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_no_keyring_preload_uses_the_vault_and_the_window_opens_it(
    server: tuple[RunningServer, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    running, version = server
    keyring.set_keyring(fail.Keyring())  # a machine with no keyring at all
    home = tmp_path / "home"
    environment = dict(os.environ)
    code = _sync(monkeypatch, running.url, home, f"{PASSWORD}\nchuyến công tác\n")
    err = capsys.readouterr().err
    assert code == 0, err
    assert dict(os.environ) == environment  # --data is handed in, not left in the environment
    folder = home / "client"
    assert (folder / "vault.json").is_file() and (folder / "session.json").is_file()
    assert MARKER not in _disk(folder)  # the blob cache is ciphertext
    # The window, later, on the same laptop: same session, same vault, same data key.
    session = local_session(folder, lambda _creating: "chuyến công tác")
    assert session.restore() is StartState.OFFLINE  # no keyring: the token was not kept
    assert session.account is not None and session.account.username == "alice"
    assert session.signing_key()  # the device key registered at the pre-load
    services = ClientServices.open(folder, cipher=session.data_cipher())
    try:
        assert services.documents.read_pdf(version) == DATA
        with Session(services.engine) as s:
            blob = s.scalars(select(LocalBlob)).one()
            assert blob.encrypted and blob.complete
            assert s.scalars(select(DocumentVersion)).one().id == version
    finally:
        services.close()

    # a second run with a wrong vault passphrase: one plain sentence, exit 1
    code = _sync(monkeypatch, running.url, home, f"{PASSWORD}\nnhầm\n")
    err = capsys.readouterr().err
    assert code == 1 and "passphrase" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_no_keyring_and_no_passphrase_is_one_sentence(
    server: tuple[RunningServer, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    running, _version = server
    keyring.set_keyring(fail.Keyring())
    code = _sync(monkeypatch, running.url, tmp_path / "home", f"{PASSWORD}\n")
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert err.strip() == "No secure system keyring is available and no passphrase was given."
    assert not (tmp_path / "home" / "client" / "client.db").exists()


def test_with_a_keyring_the_window_opens_signed_in(
    server: tuple[RunningServer, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    running, version = server
    home = tmp_path / "home"
    assert _sync(monkeypatch, running.url, home, f"{PASSWORD}\n") == 0, capsys.readouterr().err
    folder = home / "client"
    assert not (folder / "vault.json").exists()
    session = local_session(folder, None)
    assert session.restore() is StartState.SIGNED_IN
    services = ClientServices.open(folder, cipher=session.data_cipher())
    try:
        assert services.documents.read_pdf(version) == DATA
    finally:
        services.close()


def test_help_says_where_the_vault_passphrase_comes_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["sync", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "second line is the passphrase" in out


def test_demo_no_window_works_without_a_keyring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())
    root = tmp_path / "demo"
    code = main(["demo", "--no-window", "--data", str(root)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "Synced" in err and "Traceback" not in err
    folder = root / "clients" / "bt.tuphap"
    assert (folder / "vault.json").is_file()
    # the demo's vault passphrase is the demo password, as the demo window uses it
    session = local_session(folder, lambda _creating: "demo")
    services = ClientServices.open(folder, cipher=session.data_cipher())
    try:
        with Session(services.engine) as s:
            versions = s.scalars(select(DocumentVersion)).all()
            assert versions
        assert services.documents.read_pdf(versions[0].id).startswith(b"%PDF")
    finally:
        services.close()
