"""``meetings-app demo`` as a newcomer runs it: twice on one folder, as any demo account,
and in a build packaged without the demo."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.__main__ import main
from meetings_app.app.reports import ReportsService
from meetings_app.app.services import ClientServices
from meetings_app.app.session import local_session
from meetings_app.demo import story
from meetings_app.demo.content import DEFAULT_ACCOUNT, VOTERS
from meetings_app.demo.runner import PORT_ENV, PORT_FILE, port_is_free, store_port
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Document, Meeting, Poll


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
    _member_laptop_reports_the_past_meeting(root / "clients" / DEFAULT_ACCOUNT)


def _member_laptop_reports_the_past_meeting(folder: Path) -> None:
    """What the member's laptop received is enough for the past meeting's reports."""
    session = local_session(folder, lambda _creating: "demo")
    services = ClientServices.open(folder, cipher=session.data_cipher())
    try:
        with Session(services.engine) as s:
            past = s.scalars(select(Meeting).where(Meeting.status == "closed")).one()
            poll = s.scalars(select(Poll).where(Poll.meeting_id == past.id)).one()
            draft = s.scalars(
                select(Document).where(
                    Document.meeting_id == past.id, Document.title.startswith("Dự thảo")
                )
            ).one()
        reports = ReportsService(services.engine, services.documents.read_pdf, session.person_id)
        pdf = reports.ballot_results(poll.id)
        got = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
        assert got.count("✓ hợp lệ") == len(VOTERS) and "được thông qua" in got
        clauses = {row.clause for row in reports.opinions(draft.id).rows}
        assert clauses == {c.clause for c in story.DRAFT_COMMENTS}
        assert reports.minutes(past.id).startswith(b"%PDF")
    finally:
        services.close()


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


def test_a_second_demo_joins_the_store_the_first_one_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chair's demo runs; a member's demo on the same folder joins its store live."""
    from meetings_app.demo.runner import _start_store, running_store

    monkeypatch.setenv(PORT_ENV, "0")
    root = tmp_path / "demo"
    assert running_store(root / "server") is None  # nothing serves this folder yet
    first = _start_store(root / "server", "demo")  # as the first demo process does
    try:
        assert running_store(root / "server") == first.url
        code, err = _demo(capsys, root, "--as", "bt.noivu")
        assert code == 0, err
        assert f"Joining the demo store already running at {first.url}" in err
        assert "Synced" in err and "SERVER_START_FAILED" not in err
    finally:
        first.stop()
    assert running_store(root / "server") is None  # gone with the first process


def test_another_program_on_the_remembered_port_is_not_joined(tmp_path: Path) -> None:
    import socket

    from meetings_app.demo.runner import running_store

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        server_dir = tmp_path / "server"
        server_dir.mkdir()
        (server_dir / PORT_FILE).write_text(f"{holder.getsockname()[1]}\n")
        assert running_store(server_dir) is None
