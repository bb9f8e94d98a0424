"""Search ignores accents and case: "ideeen" finds "ideeën", "cafe" finds "Café".

Folding takes the accents off Latin letters (the combining diacritical marks,
U+0300–U+036F, once a letter is decomposed) and lowers the case. Other marks stay:
Japanese voiced kana (が, パ) decompose into a kana and a mark of another block
(U+3099, U+309A), so が is never found by か. The store keeps a folded copy of each
subject and cached message, written here in Python as the app writes the row (the
SQLite here has no trigram tokenizer that drops accents), and its trigram indexes
hold those (schema 10). The service folds the same way (``backend.domain.folding``).
"""

from __future__ import annotations

import unicodedata

# What decomposition leaves of an accent: removed. Dropping a code point maps it to None.
_ACCENTS = dict.fromkeys(range(0x0300, 0x0370))


def fold(text: str) -> str:
    """``text`` without the accents of its Latin letters, in lower case."""
    if text.isascii():
        return text.lower()  # most text: nothing to decompose
    lowered = text.lower()  # first: "İ".lower() brings an accent of its own
    bare = unicodedata.normalize("NFD", lowered).translate(_ACCENTS)
    return unicodedata.normalize("NFC", bare)


def fold_with_places(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` one character at a time, and where each folded character came from.

    ``places`` has one entry more than the folded text: the end. A hit at folded
    [a, b) is ``text[places[a]:places[b]]``, the accents dropped after it included.
    """
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    folded: list[str] = []
    places: list[int] = []
    for at, char in enumerate(text):
        part = fold(char)
        folded.append(part)
        places.extend([at] * len(part))
    places.append(len(text))
    return "".join(folded), places
