"""Issue 12, probes 3, 8 and 9: sign-in throttling, one spelling per username, a password
floor, bounded ``--token-days``, no token in URLs, event streams that end at sign-out."""

from __future__ import annotations

import argparse
import datetime as dt
import io
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.errors import Invalid
from meetings_app.domain.models import Person
from meetings_app.server import admin
from meetings_app.server.cli import add_admin_arguments, add_serve_arguments, run_admin
from meetings_app.store.engine import sqlite_url
from tests.support.factories import PASSWORD, World

LOGIN = "/api/v1/auth/login"


def _login(world: World, username: str, password: str) -> httpx.Response:
    return world.http.post(LOGIN, json={"username": username, "password": password})


def test_repeated_failures_are_throttled_and_the_owner_gets_back_in(world: World) -> None:
    world.person("minister")
    codes = [_login(world, "minister", f"guess-{i}").status_code for i in range(8)]
    assert codes[:5] == [401] * 5
    assert 429 in codes[5:]
    r = _login(world, "minister", PASSWORD)
    assert r.status_code == 429 and r.json()["code"] == "SIGN_IN_THROTTLED"
    wait = int(r.headers["retry-after"])
    assert 0 < wait <= 60
    assert str(wait) in r.json()["message"]
    # the backoff is capped: the real owner is in again after at most a minute
    world.clock.advance(dt.timedelta(seconds=61))
    assert _login(world, "minister", PASSWORD).status_code == 200


def test_backoff_doubles_and_stays_capped(world: World) -> None:
    world.person("minister")
    waits = []
    for _ in range(14):
        r = _login(world, "minister", "wrong-password")
        if r.status_code == 429:
            waits.append(int(r.headers["retry-after"]))
            world.clock.advance(dt.timedelta(seconds=waits[-1]))
            _login(world, "minister", "wrong-password")
    assert waits[:3] == [1, 2, 4]
    assert max(waits) == 60


def test_look_alike_usernames_are_one_account(tmp_path: Path, db_url: str) -> None:
    world = World(db_url, tmp_path)
    try:
        admin.add_person(world.engine, "  Thư.Ký ", "Thư ký", "a long passphrase")
        for spelling in ("thư.ký", "THƯ.KÝ", "Ｔｈư．Ｋý", "Thư.Ký  "):
            r = world.http.post(LOGIN, json={"username": spelling, "password": "a long passphrase"})
            assert r.status_code == 200, (spelling, r.text)
        admin.add_person(world.engine, "ＴＨＵＫＹ", "x", "another passphrase")
        for taken in ("thuky", "Thuky", "thuky "):
            with pytest.raises(Invalid, match="already taken"):
                admin.add_person(world.engine, taken, "x", "another passphrase")
        with pytest.raises(Invalid, match="spaces"):
            admin.add_person(world.engine, "thu ky", "x", "another passphrase")
        with Session(world.engine) as s:
            names = set(s.execute(select(Person.username)).scalars())
        assert names == {"thư.ký", "thuky"}
    finally:
        world.close()


@pytest.mark.parametrize(
    ("password", "why"),
    [("x", "at least 10"), ("aaaaaaaaaaaa", "repeated"), ("my-thuky-2026", "username")],
)
def test_password_policy(world: World, password: str, why: str) -> None:
    with pytest.raises(Invalid, match=why):
        admin.add_person(world.engine, "thuky", "Thư ký", password)
    world.person("thuky")
    with pytest.raises(Invalid, match=why):
        admin.set_password(world.engine, "thuky", password)


def test_add_person_command_refuses_a_weak_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    add_admin_arguments(parser)
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n"))
    argv = ["--db", sqlite_url(tmp_path / "s.db"), "--blobs", str(tmp_path / "b")]
    args = parser.parse_args([*argv, "add-person", "a", "--full-name", "A", "--password-stdin"])
    assert run_admin(args) == 1
    assert "at least 10 characters" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["-1", "0", "3000000", "nan", "inf", "two"])
def test_token_days_out_of_range_is_refused_clearly(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    add_serve_arguments(parser)
    with pytest.raises(SystemExit):
        parser.parse_args(["--token-days", value])
    assert "from 1 to 365" in capsys.readouterr().err
    assert parser.parse_args(["--token-days", "30"]).token_days == 30


def test_token_in_the_url_is_not_accepted(world: World) -> None:
    world.person("alice")
    token = world.login("alice")
    r = world.http.get("/api/v1/sync/pull", params={"token": token})
    assert r.status_code == 401
    r = world.http.get("/api/v1/events", params={"token": token})
    assert r.status_code == 401


def test_event_stream_ends_after_logout(tmp_path: Path) -> None:
    world = World(sqlite_url(tmp_path / "store.db"), tmp_path)
    world.person("alice")
    try:
        with world.serve(events_keepalive=0.2, events_recheck=0.3) as server:
            token = httpx.post(
                f"{server.url}{LOGIN}", json={"username": "alice", "password": PASSWORD}
            ).json()["token"]
            h = {"Authorization": f"Bearer {token}"}
            with httpx.stream("GET", f"{server.url}/api/v1/events", headers=h, timeout=10) as r:
                assert r.status_code == 200
                lines = r.iter_lines()
                assert next(lines).startswith("retry:")
                logout = httpx.post(f"{server.url}/api/v1/auth/logout", headers=h)
                assert logout.status_code == 200
                rest = list(lines)  # ends: the store closes the stream
            assert "event: signed-out" in rest
    finally:
        world.close()
