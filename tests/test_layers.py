"""Layer rules import-linter cannot express: which Qt modules each layer may use."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "meetings_app"
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_app_layer_uses_no_widgets() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            n for n in _imports(path) if n.startswith(WIDGET_MODULES)
        )
        for path in (PACKAGE / "app").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_qt_only_in_ui_and_app() -> None:
    allowed = {PACKAGE / "ui", PACKAGE / "app"}
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if not any(parent in allowed for parent in path.parents)
        and path.name != "__main__.py"
        and any(name.startswith("PySide6") for name in _imports(path))
    ]
    assert offenders == []
