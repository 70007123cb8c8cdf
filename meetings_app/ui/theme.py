"""Fonts and light/dark palettes (resources/styles), applied once at start-up."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from meetings_app.store.paths import resources_dir

log = logging.getLogger(__name__)

THEMES = ("light", "dark")
DISABLED_TEXT = {"light": "#5f6771", "dark": "#a0a8b0"}
"""The colour of text that cannot be changed, per theme (contrast ≥ 4.5:1, WCAG AA)."""
_families: list[str] = []


def register_fonts() -> str | None:
    """Register the bundled DejaVu fonts (full Vietnamese coverage); returns the family."""
    if _families:
        return _families[0]
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id < 0:
            log.warning("could not register font %s", name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _families:
                _families.append(family)
    return _families[0] if _families else None


def palette_for(theme: str) -> QPalette:
    """The theme's palette (what :func:`apply_theme` installs)."""
    palette = QPalette()
    if theme == "dark":
        colors = {
            QPalette.ColorRole.Window: "#2b2d30",
            QPalette.ColorRole.WindowText: "#e8e8e8",
            QPalette.ColorRole.Base: "#1f2023",
            QPalette.ColorRole.AlternateBase: "#26282b",
            QPalette.ColorRole.Text: "#e8e8e8",
            QPalette.ColorRole.Button: "#33363a",
            QPalette.ColorRole.ButtonText: "#e8e8e8",
            QPalette.ColorRole.Highlight: "#3d7bd9",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#33363a",
            QPalette.ColorRole.ToolTipText: "#e8e8e8",
            QPalette.ColorRole.PlaceholderText: "#8a8a8a",
            QPalette.ColorRole.Link: "#82b1ff",
        }
    else:
        colors = {
            QPalette.ColorRole.Window: "#f3f4f6",
            QPalette.ColorRole.WindowText: "#1f2328",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#f6f8fa",
            QPalette.ColorRole.Text: "#1f2328",
            QPalette.ColorRole.Button: "#eceef1",
            QPalette.ColorRole.ButtonText: "#1f2328",
            QPalette.ColorRole.Highlight: "#1f6feb",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#ffffdc",
            QPalette.ColorRole.ToolTipText: "#1f2328",
            QPalette.ColorRole.PlaceholderText: "#8c959f",
            QPalette.ColorRole.Link: "#0969da",
        }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    # Text that cannot be changed must still be read (a closed poll shows the ballot's
    # choices disabled): at least 4.5:1 against the window, base and button colours.
    disabled = QColor(DISABLED_TEXT[theme if theme in DISABLED_TEXT else "light"])
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: str = "light") -> None:
    """Fusion style, the bundled font, the palette and the theme's style sheet."""
    family = register_fonts()
    app.setStyle("Fusion")
    if family:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
        app.setFont(font)
    app.setPalette(palette_for(theme if theme in THEMES else "light"))
    sheet = resources_dir() / "styles" / f"{theme}.qss"
    app.setStyleSheet(sheet.read_text(encoding="utf-8") if sheet.exists() else "")
