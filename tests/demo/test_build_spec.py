"""The installer leaves the demo out unless built with it (``build.spec -- --with-demo``).

The spec is run as PyInstaller runs it, with PyInstaller's build steps recorded instead
of performed, so the test sees exactly what the build would be asked to include.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SPEC = Path(__file__).resolve().parents[2] / "build.spec"


def _analysed(monkeypatch: pytest.MonkeyPatch, *spec_args: str) -> dict[str, Any]:
    """The keyword arguments the spec hands to PyInstaller's ``Analysis``."""
    seen: dict[str, Any] = {}

    def analysis(scripts: list[str], **kwargs: Any) -> object:
        seen.update(kwargs)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    monkeypatch.setattr(sys, "argv", [str(SPEC), *spec_args])
    real_run = subprocess.run

    def run(command: list[str], *args: Any, **kwargs: Any) -> Any:
        if "lrelease" in Path(command[0]).name:
            return None  # the .qm catalogs are not rebuilt by a test
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)
    spec_globals = {
        "SPECPATH": str(SPEC.parent),
        "Analysis": analysis,
        "PYZ": lambda *a, **k: None,
        "EXE": lambda *a, **k: None,
        "COLLECT": lambda *a, **k: None,
        "__name__": "__main__",
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), spec_globals)
    return seen


def _demo_modules(names: list[str]) -> list[str]:
    return [n for n in names if n == "meetings_app.demo" or n.startswith("meetings_app.demo.")]


def test_default_build_leaves_the_demo_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEETINGS_BUILD_DEMO", raising=False)
    seen = _analysed(monkeypatch)
    assert _demo_modules(seen["hiddenimports"]) == []
    assert "meetings_app.demo" in seen["excludes"]
    assert "meetings_app.server.cli" in seen["hiddenimports"]
    assert not any("demo" in dest for _src, dest in seen["datas"])


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_build_with_the_demo_includes_it(monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    if how == "flag":
        seen = _analysed(monkeypatch, "--with-demo")
    else:
        monkeypatch.setenv("MEETINGS_BUILD_DEMO", "1")
        seen = _analysed(monkeypatch)
    assert {"meetings_app.demo.cli", "meetings_app.demo.seed"} <= set(seen["hiddenimports"])
    assert "meetings_app.demo" not in seen["excludes"]
