"""Issue 12, probe 4: the store speaks TLS, refuses plain HTTP beyond loopback, and the
client trusts the system store plus the agency CA and refuses plain ``http://`` elsewhere."""

from __future__ import annotations

import argparse
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from meetings_app.app import deployment
from meetings_app.app.preload import add_sync_arguments, run_sync
from meetings_app.app.session import HttpAuthenticator, SignInError, normalize_server
from meetings_app.domain.errors import AppError
from meetings_app.server.cli import add_serve_arguments, run_serve
from meetings_app.server.runner import RunningServer
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import sqlite_url
from meetings_app.sync.tls import check_server_url, http_client, set_agency_ca
from meetings_app.sync.wire import LoginRequest
from tests.support.certs import Certs, make_certs
from tests.support.factories import PASSWORD, World


@pytest.fixture
def certs(tmp_path: Path) -> Iterator[Certs]:
    yield make_certs(tmp_path / "pki")
    set_agency_ca(None)


@pytest.fixture
def tls_store(tmp_path: Path, certs: Certs) -> Iterator[tuple[World, RunningServer]]:
    world = World(sqlite_url(tmp_path / "store.db"), tmp_path)
    world.person("alice")
    m = world.meeting()
    world.participant(m, "alice", "member")
    world.document(m, "Pack")
    try:
        with world.serve(certfile=certs.cert, keyfile=certs.key) as server:
            yield world, server
    finally:
        world.close()


def test_the_store_answers_over_tls_to_a_client_trusting_the_agency_ca(
    tls_store: tuple[World, RunningServer], certs: Certs
) -> None:
    _, server = tls_store
    assert server.url.startswith("https://127.0.0.1:")
    request = LoginRequest(username="alice", password=PASSWORD)
    with pytest.raises(SignInError) as refused:
        HttpAuthenticator().login(server.url, request)
    assert refused.value.code == "CERTIFICATE_UNTRUSTED"
    set_agency_ca(certs.ca)
    assert HttpAuthenticator().login(server.url, request).token
    with http_client(server.url) as client:
        assert client.get(f"{server.url}/api/v1/health").json()["status"] == "ok"


def test_headless_sync_uses_the_ca_file(
    tls_store: tuple[World, RunningServer],
    certs: Certs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, server = tls_store
    parser = argparse.ArgumentParser()
    add_sync_arguments(parser)
    base = ["--server", server.url, "--username", "alice", "--password-stdin", "--quiet"]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert run_sync(parser.parse_args([*base, "--data", str(tmp_path / "a")])) == 1
    assert "certificate is not trusted" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    args = [*base, "--data", str(tmp_path / "b"), "--ca-file", str(certs.ca)]
    assert run_sync(parser.parse_args(args)) == 0, capsys.readouterr().err
    assert "1 documents" in capsys.readouterr().out


@pytest.fixture
def fresh_preset(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user-level preset folder, read anew by this test (and forgotten after it)."""
    monkeypatch.delenv(deployment.CA_FILE_ENV, raising=False)
    deployment.deployment_preset.cache_clear()
    yield Path(os.environ["MEETINGS_APP_HOME"])
    deployment.deployment_preset.cache_clear()


def test_headless_sync_takes_the_server_and_ca_from_the_preset(
    tls_store: tuple[World, RunningServer],
    certs: Certs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fresh_preset: Path,
) -> None:
    _, server = tls_store
    parser = argparse.ArgumentParser()
    add_sync_arguments(parser)
    args = ["--username", "alice", "--password-stdin", "--quiet", "--data", str(tmp_path / "c")]
    assert run_sync(parser.parse_args(args)) == 1  # no --server and no preset
    assert "Give --server URL, or preset server_url" in capsys.readouterr().err
    deployment.deployment_preset.cache_clear()
    fresh_preset.mkdir(parents=True, exist_ok=True)
    (fresh_preset / "meetings-app.toml").write_text(
        f'server_url = "{server.url}"\nca_file = "{certs.ca}"\n', encoding="utf-8"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert run_sync(parser.parse_args(args)) == 0, capsys.readouterr().err
    assert "1 documents" in capsys.readouterr().out


@pytest.mark.parametrize(
    "url", ["http://store.agency.gov.vn", "http://10.0.0.5:8765", "http://[fe80::1]:8765"]
)
def test_client_refuses_plain_http_beyond_loopback(url: str) -> None:
    with pytest.raises(AppError) as refused:
        check_server_url(url)
    assert refused.value.code == "INSECURE_SERVER_ADDRESS"
    with pytest.raises(SignInError) as refused_sign_in:
        normalize_server(url)
    assert refused_sign_in.value.code == "INSECURE_SERVER_ADDRESS"
    for fine in ("http://127.0.0.1:8765", "http://localhost:1", "http://[::1]:2", "https://x.vn"):
        check_server_url(fine)


def _serve(tmp_path: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_serve_arguments(parser)
    store = ["--db", sqlite_url(tmp_path / "s.db"), "--blobs", str(tmp_path / "b")]
    return run_serve(parser.parse_args([*store, *argv]))


def test_serve_refuses_plain_http_beyond_loopback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _serve(tmp_path, "--host", "0.0.0.0") == 2
    err = capsys.readouterr().err
    assert "plain HTTP" in err and "--certfile" in err and "--insecure-http" in err


def test_serve_refuses_an_unusable_certificate(
    tmp_path: Path, certs: Certs, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--host", "0.0.0.0", "--certfile", str(certs.ca), "--keyfile", str(certs.key))
    assert _serve(tmp_path, *args) == 2
    assert "Cannot use the TLS certificate" in capsys.readouterr().err


def test_insecure_http_is_allowed_with_a_warning() -> None:
    settings = ServerSettings(db_url="sqlite://", blob_dir=Path("unused"), insecure_http=True)
    warning = settings.check_listen("0.0.0.0")
    assert warning is not None and "TLS proxy" in warning
    assert ServerSettings(db_url="sqlite://", blob_dir=Path("x")).check_listen("127.0.0.1") is None
