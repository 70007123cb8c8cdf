"""The catalogs are current (lupdate finds nothing new) and Vietnamese is complete."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from meetings_app.ui import i18n


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(i18n.sys.executable).parent / "pyside6-lupdate").exists(),
    reason="pyside6-lupdate is not installed",
)
def test_catalogs_are_not_stale(tmp_path: Path) -> None:
    copies = []
    for lang in i18n.LANGUAGES:
        copy = tmp_path / i18n.catalog(lang).name
        shutil.copy(i18n.catalog(lang), copy)
        copies.append(copy)
    i18n.run_lupdate(copies)
    for lang, copy in zip(i18n.LANGUAGES, copies, strict=True):
        before, after = set(_messages(i18n.catalog(lang))), set(_messages(copy))
        assert after == before, (
            f"{i18n.catalog(lang).name} is stale; run `python -m meetings_app.ui.i18n update` "
            f"and translate. New: {sorted(after - before)[:10]} Gone: {sorted(before - after)[:10]}"
        )


def test_vietnamese_is_complete() -> None:
    missing = []
    for (context, source), message in _messages(i18n.catalog("vi")).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text]
        if translation.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
            missing.append(f"{context}: {source}")
    assert not missing, "untranslated Vietnamese strings:\n" + "\n".join(missing)


def test_translator_installs_vietnamese_and_english(qapp) -> None:
    assert i18n.install_translator(qapp, "vi") == "vi"
    assert QCoreApplication.translate("DocumentViewer", "Zoom in") == "Phóng to"
    assert QCoreApplication.translate("ErrorMessages", "Copy details") == "Sao chép chi tiết"
    i18n.install_translator(qapp, "en")
    assert QCoreApplication.translate("DocumentViewer", "Zoom in") == "Zoom in"
    # The compiled catalog sits in the data folder's cache (or next to the .ts in a build).
    qm = i18n.compiled("vi")
    assert qm is not None and qm.exists()


def test_language_setting_defaults_to_vietnamese() -> None:
    assert i18n.current_language() == "vi"
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_frozen_build_uses_its_bundled_catalog_without_lrelease(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """In a PyInstaller bundle the .qm compiled at build time is used even when a .ts
    looks newer (file times in a bundle mean nothing) and no lrelease is looked for."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "meetings_app_vi.qm").write_bytes(b"compiled at build time")
    shutil.copy(i18n.catalog("vi"), folder / "meetings_app_vi.ts")  # newer than the .qm
    monkeypatch.setattr(i18n, "catalog_dir", lambda: folder)
    monkeypatch.setattr(i18n.sys, "frozen", True, raising=False)
    monkeypatch.setattr(i18n, "_tool", lambda name: pytest.fail("looked for lrelease"))
    with caplog.at_level("WARNING"):
        assert i18n.compiled("vi") == folder / "meetings_app_vi.qm"
        assert i18n.compiled("en") is None  # not bundled: untranslated, no tool run
    assert "lrelease" not in caplog.text


def test_qt_tools_are_found_without_an_activated_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With an empty PATH the tool is still found beside the interpreter or in PySide6."""
    monkeypatch.setenv("PATH", "")
    tool = i18n._tool("pyside6-lrelease")
    assert tool is not None and Path(tool).exists()
