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
