"""UI test setup: a fixture store, the services on it, and no widget left open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meetings_app.app.services import ClientServices
from meetings_app.ui import worker
from tests.support.reader_meeting import ReaderStore, reader_meeting

_STORE_CACHE: dict[str, Path] = {}


@pytest.fixture(scope="session")
def _template_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ReaderStore]:
    """Built once per session (PDF generation costs time), copied per test."""
    folder = tmp_path_factory.mktemp("template") / "client"
    return folder, reader_meeting(folder, pages=3)


@pytest.fixture
def store(_template_store: tuple[Path, ReaderStore], tmp_path: Path) -> ReaderStore:
    import dataclasses
    import shutil

    source, fx = _template_store
    target = tmp_path / "client"
    shutil.copytree(source, target)
    return dataclasses.replace(fx, folder=target)


@pytest.fixture
def services(store: ReaderStore) -> Iterator[ClientServices]:
    opened = ClientServices.open(store.folder)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _no_widget_left_open(qapp: QApplication) -> Iterator[None]:
    """Every test closes what it opened (napari's rule), and its background work ends."""
    yield
    worker.wait_all(10_000)
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    assert not left, f"widgets left open: {[type(w).__name__ for w in left]}"
