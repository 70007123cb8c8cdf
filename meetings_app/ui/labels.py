"""Translated names for stored codes (classification, meeting status), shared by views."""

from __future__ import annotations

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
        "published": QCoreApplication.translate("Labels", "Published"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }
    return labels.get(code, code)
