"""Is this client the version the agency wants? What the window tells about updates.

The store publishes the client version its agency requires and the one it recommends
(``GET /client-version``); the store refuses pull and push from a client older than the
required one (``CLIENT_TOO_OLD``). This module turns either answer into an
:class:`UpdateAdvice` for the window's notice. The download link is the store's; without
one, the deployment preset's ``update_url`` (what agency IT shipped with the client).
Nothing here touches local data: a client too old to sync keeps reading and marking up
offline, and its outbox is sent after the update.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from meetings_app import __version__
from meetings_app.app.deployment import deployment_preset
from meetings_app.domain.errors import AppError
from meetings_app.domain.versions import is_older
from meetings_app.sync.wire import ClientVersion


class Urgency(StrEnum):
    """How strongly the window asks for the update."""

    RECOMMENDED = "recommended"
    """A newer version is available; this one still syncs."""
    REQUIRED = "required"
    """This version may not sync any more: reading and marking up go on offline."""


@dataclass(frozen=True)
class UpdateAdvice:
    """What the window shows: which version to install, from where, and how urgently."""

    urgency: Urgency
    version: str
    url: str
    """The download address ("" when neither the store nor the preset names one)."""
    current: str = __version__


def _preset_url() -> str:
    """The deployment preset's ``update_url`` (read once per process), or ""."""
    return deployment_preset().update_url or ""


def advise(
    wanted: ClientVersion, current: str = __version__, fallback_url: str | None = None
) -> UpdateAdvice | None:
    """The advice for ``current`` against the store's answer; None when it is recent enough.

    ``fallback_url`` (default: the preset's ``update_url``) is used when the store names
    no download address.
    """
    url = wanted.download_url or (_preset_url() if fallback_url is None else fallback_url)
    if wanted.required and is_older(current, wanted.required):
        newest = wanted.recommended if is_older(wanted.required, wanted.recommended) else None
        return UpdateAdvice(Urgency.REQUIRED, newest or wanted.required, url, current)
    if wanted.recommended and is_older(current, wanted.recommended):
        return UpdateAdvice(Urgency.RECOMMENDED, wanted.recommended, url, current)
    return None


def advice_for_refusal(error: AppError, fallback_url: str | None = None) -> UpdateAdvice:
    """The advice for the store's ``CLIENT_TOO_OLD`` refusal (its params name the required
    version and the download address)."""
    required = str(error.params.get("required") or "")
    url = error.params.get("download_url")
    return UpdateAdvice(
        Urgency.REQUIRED,
        required,
        str(url) if url else (_preset_url() if fallback_url is None else fallback_url),
    )


class VersionSource(Protocol):
    """What asks the store (``SyncClient.client_version``)."""

    def client_version(self) -> ClientVersion: ...


def version_check(source: VersionSource) -> Callable[[], UpdateAdvice | None]:
    """The sync step that asks the store and advises (:attr:`SyncSteps.check_version`)."""
    return lambda: advise(source.client_version())
