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


def _analysed(monkeypatch: pytest.MonkeyPatch, workpath: Path, *spec_args: str) -> dict[str, Any]:
    """The keyword arguments the spec hands to PyInstaller's ``Analysis`` (and, under
    ``"executables"``, to each ``EXE``)."""
    seen: dict[str, Any] = {"executables": []}

    def analysis(scripts: list[str], **kwargs: Any) -> object:
        seen.update(kwargs)
        return type("A", (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

    monkeypatch.setattr(sys, "argv", [str(SPEC), *spec_args])
    real_run = subprocess.run

    def run(command: list[str], *args: Any, **kwargs: Any) -> Any:
        if "lrelease" in Path(command[0]).name:
            Path(command[-1]).write_bytes(b"")  # the .qm catalogs are not rebuilt by a test
            return None
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)
    spec_globals = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(workpath),
        "Analysis": analysis,
        "PYZ": lambda *a, **k: None,
        "EXE": lambda *a, **k: seen["executables"].append(k),
        "COLLECT": lambda *a, **k: None,
        "__name__": "__main__",
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), spec_globals)
    return seen


def _demo_modules(names: list[str]) -> list[str]:
    return [n for n in names if n == "meetings_app.demo" or n.startswith("meetings_app.demo.")]


def test_default_build_leaves_the_demo_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MEETINGS_BUILD_DEMO", raising=False)
    seen = _analysed(monkeypatch, tmp_path)
    assert _demo_modules(seen["hiddenimports"]) == []
    assert "meetings_app.demo" in seen["excludes"]
    assert "meetings_app.server.cli" in seen["hiddenimports"]
    assert not any("demo" in dest for _src, dest in seen["datas"])


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_build_with_the_demo_includes_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, how: str
) -> None:
    if how == "flag":
        seen = _analysed(monkeypatch, tmp_path, "--with-demo")
    else:
        monkeypatch.setenv("MEETINGS_BUILD_DEMO", "1")
        seen = _analysed(monkeypatch, tmp_path)
    assert {"meetings_app.demo.cli", "meetings_app.demo.seed"} <= set(seen["hiddenimports"])
    assert "meetings_app.demo" not in seen["excludes"]


def test_bundle_carries_catalogs_not_sources_nor_qml_nor_tests(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The .qm compiled into the build folder go in; .ts, Qt Quick/QML and tests stay out;
    the executable has the icon and no console window on Windows and macOS."""
    monkeypatch.delenv("MEETINGS_BUILD_DEMO", raising=False)
    seen = _analysed(monkeypatch, tmp_path)
    files = [Path(src) for src, _dest in seen["datas"]]
    assert not [f for f in files if f.suffix == ".ts"]
    qm = {f.name for f in files if f.suffix == ".qm"}
    assert qm == {"meetings_app_vi.qm", "meetings_app_en.qm"}
    assert all(f.parent == tmp_path / "i18n" for f in files if f.suffix == ".qm")
    assert {"PySide6.QtQml", "PySide6.QtQuick", "tests", "pytest"} <= set(seen["excludes"])
    (exe,) = [e for e in seen["executables"] if e["name"] == "meetings-app"]
    assert Path(exe["icon"]).is_file() and exe["console"] is (sys.platform == "linux")
