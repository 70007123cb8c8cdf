"""Vietnamese collation: the order of a Vietnamese dictionary, and of lists of names.

Code-point order puts "Đặng" after "Vũ" and "Ánh" after "Yến". Vietnamese orders words
letter by letter in its own alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u
ư v x y), so the letters with a breve, circumflex or horn and "đ" follow their base
letter; the tone marks only break ties between words spelt alike, in the order
ngang, huyền, hỏi, ngã, sắc, nặng (a à ả ã á ạ).

A list of people is ordered by given name (the last word), then by the rest of the
name, as the Government Office orders its lists.
"""

from __future__ import annotations

import unicodedata

# Combining marks that make another letter of the alphabet (they weigh as letters).
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
# Combining marks that are tones (they only break ties), in dictionary order.
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

Key = tuple[tuple[tuple[int, int], ...], tuple[int, ...], str]


def _letters(word: str) -> tuple[list[tuple[int, int]], list[int]]:
    """The word's letters as (base, modifier) weights, and its tones, letter by letter."""
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", word.casefold()):
        if char in _LETTER_MARKS and letters:
            base, _ = letters[-1]
            letters[-1] = (base, _LETTER_MARKS[char])
        elif char in _TONE_MARKS and tones:
            tones[-1] = _TONE_MARKS[char]
        elif unicodedata.combining(char):
            continue
        elif char == "đ":
            letters.append((ord("d"), 1))
            tones.append(0)
        else:
            letters.append((ord(char), 0))
            tones.append(0)
    return letters, tones


def sort_key(text: str) -> Key:
    """A key that orders Vietnamese text as a dictionary does.

    Letters decide first, tones break ties, and the text itself settles what is left,
    so two different strings never compare equal.
    """
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    for word in text.split():
        word_letters, word_tones = _letters(word)
        letters += [*word_letters, (0, 0)]  # a word ends before any letter follows
        tones += [*word_tones, 0]
    return tuple(letters), tuple(tones), text


def name_key(full_name: str) -> tuple[Key, Key]:
    """A key that orders people by given name (the last word), then by the whole name."""
    words = full_name.split()
    return sort_key(words[-1] if words else ""), sort_key(full_name)
