"""The reports the workspace and ``meetings-app report`` produce (kept import-light: the
command line lists them in its ``--help`` without loading the report engine)."""

from __future__ import annotations

REPORT_KINDS: dict[str, str] = {
    "agenda": "the agenda booklet",
    "pack": "the meeting pack: booklet and every document, with bookmarks",
    "ballots": "the results of the meeting's most recently closed vote or request",
    "minutes": "the minutes",
    "opinions": "the consolidated-opinion table of the meeting's draft",
}

REGISTER_KINDS: dict[str, str] = {
    "agenda": "agenda",
    "ballots": "ballot",
    "minutes": "minutes",
    "opinions": "opinions",
}
"""The reports issued with a number, and their kind in the document register (the pack
gathers issued documents and is not numbered itself)."""
