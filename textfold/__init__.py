"""Search ignores accents and case: "ideeen" finds "ideeën", "cafe" finds "Café".

Folding takes the accents off Latin letters (the combining diacritical marks,
U+0300–U+036F, once a letter is decomposed), makes full-width ASCII plain ASCII and
lowers the case. Other marks stay:
Japanese voiced kana (が, パ) decompose into a kana and a mark of another block
(U+3099, U+309A), so が is never found by か.

One module for both halves, so a search finds the same tickets on the service and in the
client's store: the service's SQLite database folds with it (a function registered on
every connection, ``backend.db.session``; PostgreSQL uses ``unaccent``, migration 0019,
which folds the same letters and a few more: æ, ß), the client writes a folded copy of
each subject and cached message with it (store schema 10), and both mark snippets with
``fold_with_places``. Standard library only: the client's archive carries no service code.
"""

from __future__ import annotations

import unicodedata

# What decomposition leaves of an accent: removed. Dropping a code point maps it to None.
_ACCENTS = dict.fromkeys(range(0x0300, 0x0370))


# Full-width Latin letters, digits and signs (U+FF01–U+FF5E, what a Japanese keyboard
# types in full-width mode) are their ASCII ones, as PostgreSQL's ``unaccent`` has them:
# "１００％" finds "100%".
_FULL_WIDTH = range(0xFF01, 0xFF5F)
_FULL_WIDTH_SHIFT = 0xFF01 - 0x21


def _fold_character(char: str) -> str:
    if ord(char) in _FULL_WIDTH:
        char = chr(ord(char) - _FULL_WIDTH_SHIFT)
    lowered = char.lower()  # first: "İ".lower() brings an accent of its own
    bare = unicodedata.normalize("NFD", lowered).translate(_ACCENTS)
    return unicodedata.normalize("NFC", bare)


class _Folded(dict[int, str]):
    """Each character's folding, worked out the first time it is met: ``str.translate``
    then looks most characters up in C (a Japanese line: 13 µs through NFD and NFC as a
    whole, ~1 µs this way). A character at a time, a letter typed as a letter plus a
    combining accent folds too (the accent on its own folds to nothing)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_character(chr(code))
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """``text`` without the accents of its Latin letters, in lower case."""
    if text.isascii():
        return text.lower()  # most text: nothing to decompose
    return text.translate(_FOLDED)


def fold_with_places(text: str) -> tuple[str, list[int]]:
    """``fold(text)``, and where each folded character came from.

    ``places`` has one entry more than the folded text: the end. A hit at folded
    [a, b) is ``text[places[a]:places[b]]``, the accents dropped after it included.
    """
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    places: list[int] = []
    for at, char in enumerate(text):
        places.extend([at] * len(_FOLDED[ord(char)]))
    places.append(len(text))
    return text.translate(_FOLDED), places
