"""Where a wrapped line may not break: inside a hyphenated word ("e-mail", "Jean-Luc"), and
inside a Japanese word (メッセージ, 作成, メール).

Qt breaks after any hyphen, so a narrow section showed "e-" at a line's end and "mail"
at the next one's start. A non-breaking hyphen (U+2011) looks the same and holds the
word together; Qt finds a font that has it if the UI's does not.

Japanese has no spaces: Qt's line breaker (UAX #14) may break between any two kana or
kanji, so a wrapped label read "メッセー" at a line's end and "ジ" below. A run of katakana
(a loanword) and a run of kanji (a compound: 作成, 添付, 管理者) are held together with
WORD JOINER (U+2060), which takes no room, is not drawn and is not read out; lines still
break between a word and the kana around it, as Japanese is set.
"""

from __future__ import annotations

import re

NON_BREAKING_HYPHEN = "\u2011"
WORD_JOINER = "\u2060"
# A hyphen between two letters (or digits): inside a word, never a dash between words.
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# Below this no character is either: most texts (every English and Dutch one) have none.
_FIRST_JAPANESE = "\u3005"
KATAKANA, KANJI = 1, 2


def _kind(character: str) -> int:
    """KATAKANA, KANJI, or 0 for any other character."""
    point = ord(character)
    # Katakana with its long-vowel mark (not the middle dot ・, a separator), half-width too.
    if 0x30A1 <= point <= 0x30FA or 0x30FC <= point <= 0x30FF or 0xFF66 <= point <= 0xFF9F:
        return KATAKANA
    # Kanji, with the repeat mark 々 (人々).
    if 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or point == 0x3005:
        return KANJI
    return 0


def whole_words(text: str) -> str:
    """``text`` as a wrapped label shows it: no line break inside a Japanese word.

    For display only (the joiners are not for copying or saving): a wrapped label
    (desktop/ui/text/wrapped_label.py) shows its text through it. A scan, not a regular
    expression: compiling classes of some 28,000 kanji cost the start ~30 M instructions
    (Python fills a table a character at a time), and labels are set before the first
    paint.
    """
    if not text or max(text) < _FIRST_JAPANESE:
        return text
    out: list[str] = []
    before = 0
    for character in text:
        kind = _kind(character)
        if kind and kind == before:
            out.append(WORD_JOINER)
        out.append(character)
        before = kind
    return "".join(out)


def unbroken_words(text: str) -> str:
    """``text`` with every hyphen inside a word made non-breaking too (for display only)."""
    if "-" in text:
        text = _INNER_HYPHEN.sub(NON_BREAKING_HYPHEN, text)
    return whole_words(text)
