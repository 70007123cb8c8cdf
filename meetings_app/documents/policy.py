"""Whether a document may be viewed, printed or exported, from its classification.

Rules, strictest first:

* ``secret``: never printed or exported, whatever the document's flags say;
* a flag set to False forbids the action;
* a flag set to True allows it (for ``public``, ``internal`` and ``confidential``);
* a flag left unset follows the classification: ``public`` and ``internal`` allow,
  ``confidential`` allows viewing only.

Refusals raise ``AppError`` with code ``EXPORT_FORBIDDEN`` before any work is done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

CLASSIFICATIONS = ("public", "internal", "confidential", "secret")
ACTIONS = ("view", "print", "export")
_OPEN_BY_DEFAULT = {
    "public": ACTIONS,
    "internal": ACTIONS,
    "confidential": ("view",),
    "secret": ("view",),
}


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
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        if self.classification == "secret" and action != "view":
            return False
        flag: bool | None = getattr(self, action)
        if flag is not None:
            return flag
        return action in _OPEN_BY_DEFAULT[self.classification]


def require_allowed(action: str, policy: DocumentPolicy) -> None:
    """Raise ``EXPORT_FORBIDDEN`` unless ``policy`` allows ``action``."""
    if not policy.allows(action):
        raise ExportForbidden(
            f"This {policy.classification} document may not be {_PAST[action]}; "
            "ask the secretariat if you need a copy.",
            action=action,
            classification=policy.classification,
        )


_PAST = {"view": "viewed", "print": "printed", "export": "exported"}
