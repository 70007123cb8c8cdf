"""Translated names of meeting roles and of the CSV import's refusal reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_label(code: str) -> str:
    labels = {
        "chair": QCoreApplication.translate("Roles", "Chair"),
        "secretary": QCoreApplication.translate("Roles", "Secretary"),
        "member": QCoreApplication.translate("Roles", "Member"),
        "invitee": QCoreApplication.translate("Roles", "Invitee"),
        "observer": QCoreApplication.translate("Roles", "Observer"),
    }
    return labels.get(code, code)


def csv_problem_label(code: str) -> str:
    """Why a CSV row is refused, in words the secretariat can act on."""
    labels = {
        "NO_USERNAME": QCoreApplication.translate("Roles", "No username on this row."),
        "UNKNOWN_PERSON": QCoreApplication.translate(
            "Roles", "Nobody with this username in the directory (ask an administrator)."
        ),
        "NAME_MISMATCH": QCoreApplication.translate(
            "Roles", "The name differs from the directory's for this username."
        ),
        "UNKNOWN_ROLE": QCoreApplication.translate(
            "Roles", "Unknown role (chair, secretary, member, invitee or observer)."
        ),
        "DUPLICATE": QCoreApplication.translate(
            "Roles", "This person is already on an earlier row."
        ),
    }
    return labels.get(code, code)
