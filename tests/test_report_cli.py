"""``meetings-app report``: the workspace's reports for scripts, from the signed-in laptop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from meetings_app.__main__ import build_parser, main
from meetings_app.app.preload import preload
from meetings_app.server.runner import start_in_thread
from meetings_app.store.paths import client_dir
from tests.support.factories import PASSWORD, World
from tests.support.local_store import decree_pdf


def test_help_lists_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["report", "--help"])
    text = capsys.readouterr().out
    for kind in ("agenda", "pack", "ballots", "minutes", "opinions"):
        assert f"  {kind} " in text


def test_nobody_signed_in_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agenda.pdf"
    code = main(["report", "agenda", "--meeting", "next", "--out", str(out)])
    assert code == 1 and not out.exists()
    assert "Nobody is signed in" in capsys.readouterr().err


def test_the_agenda_of_the_next_meeting_from_the_signed_in_laptop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = World(f"sqlite:///{tmp_path / 'central.db'}", tmp_path / "server")
    world.person("vpcp", role="secretariat")
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    meeting = world.meeting("Phiên họp thường kỳ", starts_at=start)
    item = world.item(meeting, "Dự thảo Nghị định")
    world.document(meeting, "Dự thảo", item_id=item, data=decree_pdf("DỰ THẢO", 2))
    settings = world.settings
    world.close()
    server = start_in_thread(settings, port=0)
    try:
        preload(server.url, "vpcp", PASSWORD, client_dir(), lambda _creating: None)
    finally:
        server.stop()
    out = tmp_path / "agenda.pdf"
    assert main(["report", "agenda", "--meeting", "next", "--out", str(out)]) == 0  # offline
    assert out.read_bytes().startswith(b"%PDF")
    assert "agenda.pdf" in capsys.readouterr().out
    code = main(["report", "ballots", "--meeting", meeting, "--out", str(tmp_path / "b.pdf")])
    assert code == 1 and "closed" in capsys.readouterr().err
