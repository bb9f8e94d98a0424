"""Text a person wrote must say something: whitespace alone is not a subject or a message."""

from __future__ import annotations

BLANK_TEXT = "blank_text"


def is_blank(text: str) -> bool:
    # str.strip() knows every Unicode space, the ideographic one (U+3000) included,
    # which a Japanese keyboard types; zero-width characters count as blank too.
    return not text.replace("\u200b", "").replace("\ufeff", "").strip()
