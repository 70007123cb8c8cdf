"""Folding text for matching: lower case, no diacritics, "đ" as "d".

Members type "quyet dinh" for "quyết định". Folding works character by character and keeps
the length, so an offset found in folded text is the same offset in the original text:
search snippets and re-anchored marks point into the text people actually read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Letters that NFD does not split into base + mark.
_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i"}

# Words may carry stray combining marks (text extracted in decomposed form).
WORD = re.compile(r"[\w\u0300-\u036f]+")
_MARKS = re.compile(r"[\u0300-\u036f]")


@cache
def fold_char(ch: str) -> str:
    """One character folded to exactly one character."""
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower()[0]


def fold(text: str) -> str:
    """``text`` lower-cased with diacritics removed; ``len(fold(t)) == len(t)``."""
    return "".join(fold_char(ch) for ch in text)


def words(text: str) -> list[tuple[str, int, int]]:
    """The folded words of ``text`` with their start and end offsets in ``text``."""
    return [(_MARKS.sub("", m.group()), m.start(), m.end()) for m in WORD.finditer(fold(text))]
