"""The deployment preset: ``meetings-app.toml`` files an agency ships with the client.

An agency's IT presets the store's address, its CA certificate, the language and the
update address so officials type only their username and password. Keys (all optional)::

    server_url = "https://hop.example.gov.vn"
    ca_file    = "agency-ca.pem"      # relative to the preset file's folder, or absolute
    language   = "vi"                 # "vi" or "en"
    update_url = "https://hop.example.gov.vn/download/"

Files are read key by key; the first file that sets a key wins, in this order:

1. the user-level file ``<data folder>/meetings-app.toml`` (a person's own choice);
2. the file beside the executable (what the agency shipped in the installed folder);
3. the system-wide file: ``/etc/meetings-app/``, ``%ProgramData%\\meetings-app\\`` or
   ``/Library/Application Support/meetings-app/``.

What a person chose in the program itself (the account's server, the language setting)
comes before every file. A file that cannot be read, is not TOML or holds a wrong value is
skipped (whole, or that key) with a sentence in :attr:`Preset.problems`; the program starts.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meetings_app.store.paths import APP_NAME, data_dir

FILE_NAME = f"{APP_NAME}.toml"
LANGUAGES = ("vi", "en")
KEYS = ("server_url", "ca_file", "language", "update_url")


@dataclass(frozen=True)
class Preset:
    """The merged preset: ``None`` where no file sets a key."""

    server_url: str | None = None
    ca_file: Path | None = None
    language: str | None = None
    update_url: str | None = None
    sources: tuple[Path, ...] = ()
    """The files read, highest precedence first."""
    problems: tuple[str, ...] = field(default=())
    """One sentence per file or key that was skipped (for the log)."""


def system_dir() -> Path:
    """The system-wide preset folder of this platform."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME
    return Path("/etc") / APP_NAME


def executable_dir() -> Path | None:
    """The installed program's folder, in a frozen build only (``python`` is no program)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def preset_files() -> list[Path]:
    """Where presets are looked for, highest precedence first (see the module's text)."""
    beside = executable_dir()
    folders = [data_dir(), *([beside] if beside else []), system_dir()]
    return [folder / FILE_NAME for folder in folders]


def _url(value: Any) -> str:
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise ValueError("is not an http(s):// address")
    return value


def _ca_file(value: Any, folder: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("is not a file name")
    path = (folder / Path(value).expanduser()).resolve()
    if not path.is_file():
        raise ValueError(f"names {path}, which does not exist")
    return path


def _language(value: Any) -> str:
    if value not in LANGUAGES:
        raise ValueError(f"is not one of {', '.join(LANGUAGES)}")
    return str(value)


def _parse(raw: dict[str, Any], source: Path, problems: list[str]) -> dict[str, Any]:
    """The valid keys of one file; each bad or unknown key adds a sentence to ``problems``."""

    def ca_file(value: Any) -> Path:
        return _ca_file(value, source.parent)

    readers: dict[str, Callable[[Any], Any]] = {
        "server_url": _url,
        "update_url": _url,
        "language": _language,
        "ca_file": ca_file,
    }
    values: dict[str, Any] = {}
    for key, value in raw.items():
        reader = readers.get(key)
        if reader is None:
            problems.append(f"{source}: unknown key {key!r} ignored (known: {', '.join(KEYS)}).")
            continue
        try:
            values[key] = reader(value)
        except ValueError as exc:
            problems.append(f"{source}: {key} = {value!r} {exc}; ignored.")
    return values


def _read(path: Path, problems: list[str]) -> dict[str, Any] | None:
    """One file's table, or None when it is absent or unusable (with a sentence)."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return None
    except OSError as exc:
        problems.append(f"{path} cannot be read ({exc.strerror}); the preset there is ignored.")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        problems.append(f"{path} is not valid TOML ({exc}); the preset there is ignored.")
    return None


def load_preset(files: Iterable[Path] | None = None) -> Preset:
    """The preset merged from ``files`` (default :func:`preset_files`), first file first.

    Never raises for a bad file: it is skipped and named in :attr:`Preset.problems`.
    """
    merged: dict[str, Any] = {}
    sources: list[Path] = []
    problems: list[str] = []
    for path in preset_files() if files is None else files:
        raw = _read(path, problems)
        if raw is None:
            continue
        sources.append(path)
        for key, value in _parse(raw, path, problems).items():
            merged.setdefault(key, value)
    return Preset(**merged, sources=tuple(sources), problems=tuple(problems))
