"""``meetings-app demo`` as a newcomer runs it: twice on one folder, as any demo account,
and in a build packaged without the demo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from meetings_app.__main__ import main
from meetings_app.demo.runner import PORT_ENV, PORT_FILE, port_is_free, store_port
from meetings_app.domain.errors import AppError


def _demo(capsys: pytest.CaptureFixture[str], root: Path, *extra: str) -> tuple[int, str]:
    code = main(["demo", "--no-window", "--data", str(root), *extra])
    return code, capsys.readouterr().err


def test_demo_opens_twice_on_one_folder_and_as_every_kind_of_account(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PORT_ENV, "0")
    root = tmp_path / "demo"
    code, err = _demo(capsys, root)
    assert code == 0, err
    assert "Synced" in err and "vpcp.chuyenvien" in err
    port = (root / "server" / PORT_FILE).read_text()
    # the second run: same store address, so the member's laptop signs in again
    code, err = _demo(capsys, root)
    assert code == 0, err
    assert "Synced" in err and "OTHER_ACCOUNT" not in err and "Traceback" not in err
    assert (root / "server" / PORT_FILE).read_text() == port
    for username in ("vpcp.chuyenvien", "thuky"):
        code, err = _demo(capsys, root, "--as", username)
        assert code == 0, err
        assert "Synced" in err and "no demo account" not in err
        assert (root / "clients" / username / "session.json").is_file()


def test_a_remembered_port_in_use_is_one_clear_sentence(tmp_path: Path) -> None:
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        (tmp_path / PORT_FILE).write_text(f"{taken}\n")
        assert not port_is_free(taken)
        with pytest.raises(AppError) as error:
            store_port(tmp_path)
    assert error.value.code == "SERVER_START_FAILED" and str(taken) in error.value.message
    assert store_port(tmp_path) == taken  # free again: the same address is kept


def test_unknown_demo_account_lists_the_real_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _demo(capsys, tmp_path, "--as", "nobody")
    assert code != 0
    assert "no demo account 'nobody'" in err and "vpcp.chuyenvien" in err
    assert not (tmp_path / "server").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["demo", "--as", "thuky", "--no-window"],
        ["admin", "seed-demo", "--password-stdin"],
    ],
)
def test_a_build_without_the_demo_says_so(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "meetings_app.demo", None)
    code = main(argv)
    err = capsys.readouterr().err
    assert code != 0
    assert "this build of meetings-app has no demo" in err and "Traceback" not in err


def test_admin_seed_demo_loads_the_meetings_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["admin", "--db", f"sqlite:///{tmp_path / 'store.db'}", "--blobs", str(tmp_path / "b")]
    assert main([*db, "seed-demo"]) == 0
    out = capsys.readouterr().out
    assert "demo meetings are loaded" in out and "vpcp.chuyenvien" in out
    assert main([*db, "seed-demo"]) == 0
    assert "already there" in capsys.readouterr().out
