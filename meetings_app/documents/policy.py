"""A document's classification and flags as the documents engine carries them.

The rule itself (what each classification and flag allows) is decided once, in
:func:`meetings_app.domain.rules.policy_allows`; this module only carries the values and
refuses with ``EXPORT_FORBIDDEN`` before any work is done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.rules import Classification, DocumentUse, policy_allows

CLASSIFICATIONS = tuple(c.value for c in Classification)
ACTIONS = tuple(u.value for u in DocumentUse)


class ExportForbidden(AppError):
    code = Code.EXPORT_FORBIDDEN


@dataclass(frozen=True)
class DocumentPolicy:
    """A document's classification and its explicit view/print/export flags (None: unset)."""

    classification: str = "internal"
    view: bool | None = None
    print: bool | None = None
    export: bool | None = None

    def __post_init__(self) -> None:
        if self.classification not in CLASSIFICATIONS:
            raise AppError(
                f"The classification {self.classification!r} is unknown; use one of "
                f"{', '.join(CLASSIFICATIONS)}.",
                code=Code.CLASSIFICATION_UNKNOWN,
            )

    @classmethod
    def from_mapping(cls, classification: str, flags: Mapping[str, bool]) -> DocumentPolicy:
        """From a stored policy such as ``{"view": True, "print": False, "export": False}``."""
        return cls(classification, flags.get("view"), flags.get("print"), flags.get("export"))

    def allows(self, action: str) -> bool:
        """Whether ``action`` (view, print, export) is allowed, by the domain rule."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        flags = {name: flag for name in ACTIONS if (flag := getattr(self, name)) is not None}
        return policy_allows(DocumentUse(action), self.classification, flags)


def require_allowed(action: str, policy: DocumentPolicy) -> None:
    """Raise ``EXPORT_FORBIDDEN`` unless ``policy`` allows ``action``."""
    if not policy.allows(action):
        raise export_forbidden(action, policy.classification)


def export_forbidden(action: str, classification: str) -> ExportForbidden:
    """The refusal of ``action`` on a document of this classification, in a plain sentence."""
    return ExportForbidden(
        f"This {classification} document may not be {_PAST[action]}; "
        "ask the secretariat if you need a copy.",
        action=action,
        classification=classification,
    )


_PAST = {"view": "viewed", "print": "printed", "export": "exported"}
