"""Where the program keeps its data, settings and bundled resources.

One module decides every path. ``MEETINGS_APP_HOME`` overrides the per-user data
directory (tests point it at a temporary folder; IT can point it at a portable drive).
In a PyInstaller build, resources sit next to the executable under ``_MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "meetings-app"
HOME_ENV = "MEETINGS_APP_HOME"


def data_dir(home: Path | None = None) -> Path:
    """The per-user data directory (not created here): ``home`` when given (a ``--data``
    option), else the environment override, else the platform's place."""
    if home is not None:
        return home.expanduser()
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def client_dir(home: Path | None = None) -> Path:
    """Where the desktop client keeps its local store and blob cache (under ``home`` when
    given, see :func:`data_dir`)."""
    return data_dir(home) / "client"


TRUST_FOLDER = "trust"


def trust_dir(home: Path | None = None) -> Path:
    """The agency's trust list: a folder of CA certificates (PEM or DER) against which
    signatures on PDFs are judged "trusted". Each sync puts the store's list in its
    ``store`` subfolder (:mod:`meetings_app.security.trust_list`); IT may also place
    certificates here by hand."""
    return client_dir(home) / TRUST_FOLDER


def server_dir() -> Path:
    """Where ``meetings-app serve`` keeps its SQLite store and blobs by default."""
    return data_dir() / "server"


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, i18n, icons, styles, demo material)."""
    return _bundle_root() / "resources"


def migrations_dir() -> Path:
    """The ``db/`` folder holding the Alembic migration trees."""
    return _bundle_root() / "db"
