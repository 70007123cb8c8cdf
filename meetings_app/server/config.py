"""The store's configuration file: ``meetings-app serve --config FILE`` (and ``admin``).

A TOML file names what ``serve`` otherwise takes as flags, plus the limits that have no
flag. Keys at the top level are ``serve``'s options without the dashes (``db``, ``blobs``,
``host``, ``port``, ``certfile``, ``keyfile``, ``insecure_http``, ``token_days``); the
``[limits]`` table sets numeric fields of :class:`~meetings_app.server.settings.ServerSettings`
(``max_blob_size``, ``max_body_size``, ``pull_limit``, …); the ``[client_version]`` table
says which client version the agency requires and recommends (``required``,
``recommended``, ``download_url``; see :func:`read_client_version`). Relative paths are read from the
file's folder. A flag given on the command line overrides the file (a flag is taken as
given when its value differs from its default). Any unknown key or wrong value is refused
with one sentence naming the file and the key: a store never starts half-configured.
"""

from __future__ import annotations

import argparse
import dataclasses
import tomllib
from pathlib import Path
from typing import Any

from meetings_app.domain.errors import Invalid
from meetings_app.domain.versions import parse_version
from meetings_app.server.settings import ServerSettings
from meetings_app.sync.wire import ClientVersion

LIMITS = "limits"
CLIENT_VERSION = "client_version"
TABLES = (LIMITS, CLIENT_VERSION)


def _numeric_fields() -> dict[str, type]:
    """The settings a ``[limits]`` table may set: the numeric ones (not bool)."""
    return {
        f.name: type(f.default)
        for f in dataclasses.fields(ServerSettings)
        if type(f.default) in (int, float)
    }


def read_config(path: Path) -> dict[str, Any]:
    """The file's table, or :class:`Invalid` with the reason in one sentence."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise Invalid(f"Cannot read the configuration file {path}: {exc.strerror}.") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise Invalid(f"The configuration file {path} is not valid TOML: {exc}.") from exc


def _option_value(action: argparse.Action, value: Any, path: Path, key: str) -> Any:
    """A file value converted like the flag's own value (same checks as on the command line)."""
    if action.nargs == 0:  # store_true / store_false
        if not isinstance(value, bool):
            raise Invalid(f"{path}: {key} must be true or false, not {value!r}.")
        return value
    if isinstance(value, bool | dict | list):
        raise Invalid(f"{path}: {key} = {value!r} is not a single value.")
    try:
        converted = action.type(str(value)) if callable(action.type) else str(value)
    except (argparse.ArgumentTypeError, ValueError, TypeError) as exc:
        raise Invalid(f"{path}: {key} = {value!r} is refused ({exc}).") from exc
    if isinstance(converted, Path) and not converted.is_absolute():
        converted = path.parent / converted.expanduser()
    return converted


def apply_options(
    args: argparse.Namespace, table: dict[str, Any], defaults: argparse.ArgumentParser, path: Path
) -> None:
    """Set on ``args`` each top-level key of the file whose flag was not given.

    ``defaults`` is a ``serve`` parser: its actions say which keys exist, how to convert
    them and what their defaults are. Keys a command does not take (``host`` for
    ``admin``) are checked, then left alone.
    """
    actions = {a.dest: a for a in defaults._actions if a.option_strings and a.dest != "config"}
    for key, value in table.items():
        if key in TABLES:
            continue
        action = actions.get(key)
        if action is None:
            known = ", ".join(sorted(actions))
            tables = ", ".join(f"[{name}]" for name in TABLES)
            raise Invalid(f"{path}: unknown key {key!r} (known: {known}, {tables}).")
        converted = _option_value(action, value, path, key)
        if hasattr(args, key) and getattr(args, key) == action.default:
            setattr(args, key, converted)


def read_limits(table: dict[str, Any], path: Path) -> dict[str, int | float]:
    """The ``[limits]`` table checked: known names, positive numbers of the right kind."""
    raw = table.get(LIMITS, {})
    if not isinstance(raw, dict):
        raise Invalid(f"{path}: [{LIMITS}] must be a table.")
    fields = _numeric_fields()
    limits: dict[str, int | float] = {}
    for key, value in raw.items():
        kind = fields.get(key)
        if kind is None:
            raise Invalid(f"{path}: unknown limit {key!r} (known: {', '.join(sorted(fields))}).")
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
        if not ok or (kind is int and not isinstance(value, int)):
            raise Invalid(f"{path}: limit {key} = {value!r} must be a positive {kind.__name__}.")
        limits[key] = kind(value)
    return limits


def read_client_version(table: dict[str, Any], path: Path) -> ClientVersion:
    """The ``[client_version]`` table checked: ``required`` and ``recommended`` are
    versions (``0.2.0``), ``download_url`` an http(s) address; each is optional."""
    raw = table.get(CLIENT_VERSION, {})
    if not isinstance(raw, dict):
        raise Invalid(f"{path}: [{CLIENT_VERSION}] must be a table.")
    known = tuple(ClientVersion.model_fields)
    for key, value in raw.items():
        if key not in known:
            raise Invalid(
                f"{path}: unknown key {key!r} in [{CLIENT_VERSION}] (known: {', '.join(known)})."
            )
        if not isinstance(value, str):
            raise Invalid(f"{path}: {CLIENT_VERSION}.{key} = {value!r} must be a string.")
        if key == "download_url" and not value.startswith(("https://", "http://")):
            raise Invalid(f"{path}: {CLIENT_VERSION}.{key} = {value!r} is not an http(s) address.")
        if key != "download_url" and parse_version(value) is None:
            raise Invalid(f"{path}: {CLIENT_VERSION}.{key} = {value!r} is not a version (0.2.0).")
    return ClientVersion(**raw)


def with_limits(settings: ServerSettings, limits: dict[str, int | float]) -> ServerSettings:
    """``settings`` with the file's limits applied."""
    changed = dataclasses.replace(settings)
    for name, value in limits.items():
        setattr(changed, name, value)
    return changed
