"""Translations: Qt Linguist catalogs, Vietnamese by default, English available.

Sources are ``resources/i18n/meetings_app_<lang>.ts``. A build compiles them to ``.qm``
beside them; when that ``.qm`` is missing or older than its ``.ts`` (a developer's tree),
the ``.ts`` is compiled with ``pyside6-lrelease`` into a cache under the data folder at
start-up, so what runs always matches the catalog. A frozen (PyInstaller) build carries
only the ``.qm`` compiled at build time and always uses it: file times in a bundle say
nothing about staleness, and there is no lrelease to run.

``python -m meetings_app.ui.i18n update`` re-extracts the strings of ``meetings_app/ui``
and ``meetings_app/app`` into both catalogs (lupdate merges: existing translations stay).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from meetings_app.store.paths import data_dir, resources_dir
from meetings_app.ui.settings import LANGUAGE, settings

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
SOURCE_DIRS = ("ui", "app")

_installed: list[QTranslator] = []

# Qt's own texts (standard buttons, message-box details, edit menus, the file dialog),
# under Qt's own contexts. Qt ships no Vietnamese catalog (no ``qtbase_vi.qm``), so these
# entries are extracted into the app's catalogs by lupdate and Qt finds them there, in
# the app's translator, when it translates its own widgets.
QT_OWN_TEXTS: tuple[object, ...] = (
    *(
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    ),
    *(
        QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
        QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
        QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
        QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
        QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    ),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    *(
        QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
        QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
        QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
        QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
        QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    ),
    *(
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
        QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    ),
    *(
        QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
        QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
        QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
        QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
        QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
        QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
        QT_TRANSLATE_NOOP("QFileDialog", "Back"),
        QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
        QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
        QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
        QT_TRANSLATE_NOOP("QFileDialog", "List View"),
        QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
        QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
        QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
        QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
        QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    ),
    *(
        QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    ),
)


def catalog_dir() -> Path:
    return resources_dir() / "i18n"


def catalog(lang: str) -> Path:
    return catalog_dir() / f"meetings_app_{lang}.ts"


def cache_dir() -> Path:
    return data_dir() / "cache" / "i18n"


def _tool(name: str) -> str | None:
    """A PySide6 tool (``pyside6-<tool>``) next to this interpreter, inside the PySide6
    package, or on PATH: an environment need not be activated."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    short = name.removeprefix("pyside6-")
    for here in (
        Path(sys.executable).parent / f"{name}{exe}",
        Path(PySide6.__file__).parent / f"{short}{exe}",
    ):
        if here.exists():
            return str(here)
    return shutil.which(name)


def compiled(lang: str) -> Path | None:
    """The ``.qm`` for ``lang``: the bundled one if current (always, in a frozen build),
    else one compiled into the cache."""
    ts = catalog(lang)
    bundled = ts.with_suffix(".qm")
    if getattr(sys, "frozen", False):
        return bundled if bundled.exists() else None
    if not ts.exists():
        return bundled if bundled.exists() else None
    if bundled.exists() and bundled.stat().st_mtime >= ts.stat().st_mtime:
        return bundled
    cached = cache_dir() / bundled.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        log.warning("pyside6-lrelease not found; %s stays untranslated", lang)
        return bundled if bundled.exists() else None
    cached.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(cached)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not cached.exists():
        log.warning("lrelease failed for %s: %s", ts, result.stderr.strip())
        return bundled if bundled.exists() else None
    return cached


def current_language() -> str:
    """The language setting; without one, the deployment preset's; else Vietnamese."""
    from meetings_app.app.deployment import deployment_preset

    fallback = deployment_preset().language or DEFAULT_LANGUAGE
    value = str(settings().value(LANGUAGE, fallback))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Remember the language for the next start (the window offers a restart)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    store = settings()
    store.setValue(LANGUAGE, lang)
    store.sync()


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the app's and Qt's own translators for ``lang`` (default: the setting).

    Returns the language installed. Safe to call again: the previous translators go.
    """
    lang = lang or current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English)
    )
    qm = compiled(lang)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("could not load %s", qm)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return lang


def source_files(root: Path | None = None) -> list[Path]:
    """The Python files whose strings belong in the catalogs."""
    package = root or Path(__file__).resolve().parents[1]
    files: list[Path] = []
    for sub in SOURCE_DIRS:
        files.extend(sorted((package / sub).rglob("*.py")))
    return files


def run_lupdate(
    ts_files: list[Path], sources: list[Path] | None = None
) -> subprocess.CompletedProcess[str]:
    """Merge the strings of ``sources`` into ``ts_files`` (translations are kept)."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        raise RuntimeError("pyside6-lupdate is not installed")
    files = [str(p) for p in (sources if sources is not None else source_files())]
    return subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *files, "-ts", *map(str, ts_files)],
        capture_output=True,
        text=True,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] != ["update"]:
        print("usage: python -m meetings_app.ui.i18n update", file=sys.stderr)
        return 2
    catalog_dir().mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = catalog(lang)
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{"vi_VN" if lang == "vi" else "en_US"}" '
                'sourcelanguage="en_US">\n</TS>\n',
                encoding="utf-8",
            )
    result = run_lupdate([catalog(lang) for lang in LANGUAGES])
    print(result.stdout.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
