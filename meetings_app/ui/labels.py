"""Translated names for stored codes (classification, meeting status, kinds of change) and
the one way times are shown, shared by views."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def classification_label(code: str) -> str:
    labels = {
        "public": QCoreApplication.translate("Labels", "Public"),
        "internal": QCoreApplication.translate("Labels", "Internal"),
        "confidential": QCoreApplication.translate("Labels", "Confidential"),
        "secret": QCoreApplication.translate("Labels", "Secret"),
    }
    return labels.get(code, code)


def classification_color(code: str) -> QColor:
    return QColor(
        {
            "public": "#2e7d32",
            "internal": "#546e7a",
            "confidential": "#c62828",
            "secret": "#6a1b9a",
        }.get(code, "#546e7a")
    )


def status_label(code: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "review": QCoreApplication.translate("Labels", "In review"),
        "published": QCoreApplication.translate("Labels", "Published"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    return labels.get(code, code)


def change_kind_label(entity: str) -> str:
    """What a person calls a synced record of theirs."""
    labels = {
        "ballot": QCoreApplication.translate("Labels", "Ballot"),
        "annotation": QCoreApplication.translate("Labels", "Mark"),
        "note": QCoreApplication.translate("Labels", "Note"),
        "speaker_request": QCoreApplication.translate("Labels", "Request to speak"),
    }
    return labels.get(entity, QCoreApplication.translate("Labels", "Change"))


def amendment_line(change: str, title: str, note: str = "") -> str:
    """One amendment of a published meeting, as the notice and the secretariat's list say it
    (``domain.amendments.Change``)."""
    patterns = {
        "item_added": QCoreApplication.translate("Labels", "Agenda item added: %1"),
        "item_changed": QCoreApplication.translate("Labels", "Agenda item changed: %1"),
        "document_added": QCoreApplication.translate("Labels", "Document added: %1"),
        "document_replaced": QCoreApplication.translate("Labels", "Document replaced: %1"),
        "document_changed": QCoreApplication.translate("Labels", "Document changed: %1"),
        "version_added": QCoreApplication.translate("Labels", "New version of %1"),
        "time_changed": QCoreApplication.translate("Labels", "Time changed"),
        "meeting_changed": QCoreApplication.translate("Labels", "Title or place changed"),
    }
    text = patterns.get(change, "%1").replace("%1", title)
    return f"{text} ({note})" if note else text


def local_time_text(when: dt.datetime | None) -> str:
    """A stored (UTC) time in this computer's zone, day first as Vietnamese readers expect."""
    if when is None:
        return ""
    return when.astimezone().strftime("%d/%m/%Y %H:%M")


def meeting_time_text(when: dt.datetime | None, zone: str) -> str:
    """A meeting's time in the meeting's own zone (a 08:30 Hà Nội meeting reads 08:30 on a
    laptop set to UTC or Paris); the zone's offset follows when it differs from this
    computer's ("08:30 (+07)")."""
    if when is None:
        return ""
    local = in_zone(when, zone)
    text = local.strftime("%d/%m/%Y %H:%M")
    if local.utcoffset() != when.astimezone().utcoffset():
        text += f" ({local.strftime('%Z')})"  # "+07": the meeting's zone, kept short
    return text


def in_zone(when: dt.datetime, zone: str) -> dt.datetime:
    """``when`` in the IANA ``zone``; this computer's zone when the name is unknown."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return when.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return when.astimezone()
