"""``admin`` and headless ``sync`` commands: work on a real store, plain sentences on errors."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from meetings_app.app.preload import add_sync_arguments, run_sync
from meetings_app.server.cli import add_admin_arguments, run_admin
from meetings_app.server.runner import start_in_thread
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import make_engine, sqlite_url
from tests.support.factories import World


def admin(
    monkeypatch: pytest.MonkeyPatch, db: str, blobs: Path, *argv: str, stdin: str = ""
) -> int:
    parser = argparse.ArgumentParser()
    add_admin_arguments(parser)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run_admin(parser.parse_args(["--db", db, "--blobs", str(blobs), *argv]))


def test_admin_commands(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blobs = tmp_path / "blobs"
    assert (
        admin(
            monkeypatch,
            db_url,
            blobs,
            "add-person",
            "le.van.a",
            "--full-name",
            "Lê Văn A",
            "--password-stdin",
            stdin="s3cret passphrase\n",
        )
        == 0
    )
    assert (
        admin(
            monkeypatch,
            db_url,
            blobs,
            "add-person",
            "le.van.a",
            "--full-name",
            "X",
            "--password-stdin",
            stdin="another passphrase\n",
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "already taken" in err and "Traceback" not in err
    assert (
        admin(
            monkeypatch,
            db_url,
            blobs,
            "set-password",
            "le.van.a",
            "--password-stdin",
            stdin="n3w passphrase\n",
        )
        == 0
    )
    assert (
        admin(
            monkeypatch,
            db_url,
            blobs,
            "set-password",
            "nobody",
            "--password-stdin",
            stdin="long enough pass\n",
        )
        == 1
    )
    assert "no person" in capsys.readouterr().err
    assert admin(monkeypatch, db_url, blobs, "devices") == 0
    assert admin(monkeypatch, db_url, blobs, "revoke-device", "nope") == 1
    assert admin(monkeypatch, db_url, blobs, "feed") == 0
    assert admin(monkeypatch, db_url, blobs, "verify-audit") == 0
    assert "intact" in capsys.readouterr().out
    assert admin(monkeypatch, db_url, blobs, "disable-person", "le.van.a") == 0
    assert admin(monkeypatch, "postgresql+psycopg://nobody@127.0.0.1:1/none", blobs, "feed") == 1
    assert "does not answer" in capsys.readouterr().err


def test_headless_sync_preloads_a_laptop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "store.db")
    world = World(url, tmp_path)
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    _, _, sha = world.document(m, "Pack", data=b"%PDF" + b"x" * 100_000)
    server = start_in_thread(ServerSettings(db_url=url, blob_dir=world.settings.blob_dir))
    try:
        parser = argparse.ArgumentParser()
        add_sync_arguments(parser)
        data = tmp_path / "laptop-home"
        monkeypatch.setattr("sys.stdin", io.StringIO("correct horse\n"))
        code = run_sync(
            parser.parse_args(
                [
                    "--server",
                    server.url,
                    "--username",
                    "alice",
                    "--password-stdin",
                    "--data",
                    str(data),
                    "--quiet",
                ]
            )
        )
        assert code == 0, capsys.readouterr().err
        assert (data / "client" / "client.db").is_file()
        blob = data / "client" / "blobs" / sha[:2] / sha
        assert blob.stat().st_size > 100_004 and b"x" * 64 not in blob.read_bytes()  # at rest
        engine = make_engine(sqlite_url(data / "client" / "client.db"))
        with Session(engine) as s:
            from meetings_app.domain.models import Meeting

            assert s.get(Meeting, m) is not None
        engine.dispose()
        monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
        code = run_sync(
            parser.parse_args(
                [
                    "--server",
                    server.url,
                    "--username",
                    "alice",
                    "--password-stdin",
                    "--data",
                    str(data),
                ]
            )
        )
        assert code == 1 and "password is not right" in capsys.readouterr().err
        monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
        code = run_sync(
            parser.parse_args(
                [
                    "--server",
                    "http://127.0.0.1:1",
                    "--username",
                    "alice",
                    "--password-stdin",
                    "--data",
                    str(tmp_path / "another-laptop"),
                ]
            )
        )
        assert code == 1 and "cannot be reached" in capsys.readouterr().err
    finally:
        server.stop()
        world.close()


def test_admin_keeps_the_trust_list_the_store_hands_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.documents.signing_ca import make_ca, make_signer

    db, blobs = sqlite_url(tmp_path / "store.db"), tmp_path / "blobs"
    assert admin(monkeypatch, db, blobs, "trust-list") == 0
    assert "empty" in capsys.readouterr().out
    ca = make_ca("CA Chính phủ")
    (tmp_path / "ca.pem").write_bytes(ca.cert_pem)
    (tmp_path / "signer.pem").write_bytes(make_signer(ca, "Lê Minh Quân").cert_pem)
    assert admin(monkeypatch, db, blobs, "trust-add", str(tmp_path / "ca.pem")) == 0
    assert (tmp_path / "trust" / "ca.der").exists()  # beside the blob folder by default
    assert admin(monkeypatch, db, blobs, "trust-add", str(tmp_path / "signer.pem")) == 1
    assert "not a CA certificate" in capsys.readouterr().err
    assert admin(monkeypatch, db, blobs, "trust-list") == 0
    assert "CA Chính phủ" in capsys.readouterr().out
    world = World(db, tmp_path)  # the same folder served: every signed-in laptop gets it
    try:
        world.person("thuky")
        answer = world.http.get("/api/v1/trust", headers=world.auth("thuky")).json()
        assert [c["name"] for c in answer["certificates"]] == ["ca.der"]
        assert world.http.get("/api/v1/trust").status_code == 401
    finally:
        world.close()
