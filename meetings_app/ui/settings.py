"""The window's settings (language, theme, window layout) in one INI file in the data folder.

An INI file under ``MEETINGS_APP_HOME`` rather than the platform registry, so tests and
portable installs stay self-contained.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from meetings_app.store.paths import data_dir

LANGUAGE = "ui/language"
THEME = "ui/theme"
GEOMETRY = "window/geometry"
STATE = "window/state"


def settings() -> QSettings:
    """The settings file (created on first write)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
