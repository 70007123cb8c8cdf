"""Bundled fonts registered with reportlab, so Vietnamese diacritics render everywhere.

The fonts live in ``resources/fonts``: Liberation Serif (SIL OFL 1.1), metric-compatible
with Times New Roman, the face Nghị định 30/2020/NĐ-CP prescribes for administrative texts,
with every Vietnamese letter; DejaVu Sans (Bitstream Vera licence) for the few symbols a
serif lacks (ballot boxes, check marks). reportlab's built-in Helvetica has no glyphs for
"ế", "ữ" or "ộ", so every PDF we produce uses these.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from meetings_app.store.paths import resources_dir

SANS = "MeetSans"
SANS_BOLD = "MeetSans-Bold"
SANS_ITALIC = "MeetSans-Italic"
SERIF = "MeetSerif"
SERIF_BOLD = "MeetSerif-Bold"
SERIF_ITALIC = "MeetSerif-Italic"
SERIF_BOLD_ITALIC = "MeetSerif-BoldItalic"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


def font_path(name: str) -> Path:
    """Path of the bundled TTF behind a registered font name."""
    return resources_dir() / "fonts" / _FILES[name]


@cache
def register_fonts() -> None:
    """Register the bundled fonts once per process (idempotent)."""
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
