"""The ballot board's web page, opened in a real browser (Debian's Chromium, headless):
an observer's receipt in the address is found, or said loudly not to be there."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from meetings_app.server.runner import start_in_thread
from meetings_app.server.settings import ServerSettings
from tests.server.test_secret_ballots_and_boards import OPTIONS, _close, _poll, _vote
from tests.support.ci import missing
from tests.support.factories import World


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        missing("Chromium is not installed (Debian package chromium; .ci/run installs it)")
    return found


def _rendered(browser: str, url: str, profile: Path) -> str:
    """The page's DOM after its script ran, as headless Chromium sees it."""
    argv = [browser, "--headless", "--disable-gpu", "--no-first-run"]
    if os.geteuid() == 0:
        argv.append("--no-sandbox")  # Chromium refuses to run its sandbox as root
    argv += [f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _verdict(dom: str) -> str:
    match = re.search(
        r'id="verdict"[^>]*data-verdict="(\w+)"|data-verdict="(\w+)"[^>]*id="verdict"', dom
    )
    assert match, dom[-3000:]
    return match.group(1) or match.group(2)


def test_the_board_page_finds_a_receipt_and_flags_an_absent_one(
    world: World, tmp_path: Path
) -> None:
    browser = _chromium()
    poll_id, laptops = _poll(world, secret=True)
    receipt = _vote(laptops[0], poll_id, OPTIONS[0]["id"])
    _vote(laptops[1], poll_id, OPTIONS[1]["id"])
    _close(world, poll_id)
    server = start_in_thread(
        ServerSettings(db_url=world.settings.db_url, blob_dir=world.settings.blob_dir)
    )
    try:
        page = f"{server.url}/boards/{poll_id}"
        present = _rendered(browser, f"{page}#receipt={receipt}", tmp_path / "p1")
        assert _verdict(present) == "present"
        assert OPTIONS[0]["label"] in present  # the choice the receipt stands for
        assert 'data-ok="true"' in present  # the page recomputed the hash chain
        assert "Member" not in present  # a secret poll's page names no one
        absent = _rendered(browser, f"{page}#receipt={'0' * 64}", tmp_path / "p2")
        assert _verdict(absent) == "absent"
        assert "NOT ON THE BOARD" in absent
    finally:
        server.stop()
