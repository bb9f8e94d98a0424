"""Where a wrapped line may not break: inside a hyphenated word ("e-mail", "Jean-Luc").

Qt breaks after any hyphen, so a narrow section showed "e-" at a line's end and "mail"
at the next one's start. A non-breaking hyphen (U+2011) looks the same and holds the
word together; Qt finds a font that has it if the UI's does not.
"""

from __future__ import annotations

import re

NON_BREAKING_HYPHEN = "\u2011"
# A hyphen between two letters (or digits): inside a word, never a dash between words.
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def unbroken_words(text: str) -> str:
    """``text`` with every hyphen inside a word made non-breaking (for display only)."""
    return _INNER_HYPHEN.sub(NON_BREAKING_HYPHEN, text)
