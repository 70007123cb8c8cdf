"""Run a command without root's power to ignore file permissions.

CI runs as root, and root may write into a read-only folder, so a test of what a user sees
for such a folder would never reach that path there. As root, the command runs through
``setpriv`` without the capabilities that bypass permission checks (``CAP_DAC_OVERRIDE``,
``CAP_DAC_READ_SEARCH``, ``CAP_FOWNER``): it keeps uid 0, so it can still read the Python
installation under /root (which ``nobody`` cannot), but a folder's mode bits now hold for it
as they hold for any user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.ci import missing

ROOT_POWERS = "-dac_override,-dac_read_search,-fowner"
PROJECT = Path(__file__).resolve().parents[2]


def unprivileged(argv: list[str]) -> list[str]:
    """`argv`, wrapped so file permissions apply to it even when the tests run as root."""
    if os.geteuid() != 0:
        return argv
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        missing("running as root and setpriv (util-linux) is not installed")
    return [setpriv, f"--inh-caps={ROOT_POWERS}", f"--bounding-set={ROOT_POWERS}", *argv]


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `code` (with `args` as ``sys.argv[1:]``) in a fresh interpreter of this project,
    without root's file powers."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    return subprocess.run(
        unprivileged([sys.executable, "-c", code, *args]),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
