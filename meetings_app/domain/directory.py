"""What a person of the directory is made of when the secretariat adds or edits one.

The laptop checks a new person with the same function the store applies to the push, so
the person typing learns at once what the store would refuse: a missing name
(``NAME_REQUIRED``) or a username that is empty, too long or holds spaces
(``USERNAME_INVALID``); the username is kept in its canonical spelling
(:mod:`meetings_app.domain.usernames`).
"""

from __future__ import annotations

from typing import Any

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid
from meetings_app.domain.usernames import check_username

#: the fields of a person the secretariat writes (never a role, a flag or a password)
PERSON_FIELDS = ("username", "full_name", "title", "unit")


def person_values(values: dict[str, Any]) -> dict[str, Any]:
    """The directory fields among ``values``, checked: a name, a canonical username."""
    kept = {k: values[k] for k in PERSON_FIELDS if k in values}
    for key in ("full_name", "title", "unit"):
        if key in kept:
            kept[key] = str(kept[key]).strip()
    if "full_name" in kept and not kept["full_name"]:
        raise Invalid("A person needs a name.", field="full_name", code=Code.NAME_REQUIRED)
    if "username" in kept:
        try:
            kept["username"] = check_username(str(kept["username"]))
        except Invalid as exc:
            raise Invalid(exc.message, field="username", code=Code.USERNAME_INVALID) from exc
    return kept
