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
# Katakana with its long-vowel mark (not the middle dot ・, a separator), half-width too.
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f"
# Kanji, with the repeat mark 々 (人々).
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\u3005"
_INSIDE_A_WORD = re.compile(f"(?<=[{_KATAKANA}])(?=[{_KATAKANA}])|(?<=[{_KANJI}])(?=[{_KANJI}])")


def whole_words(text: str) -> str:
    """``text`` as a wrapped label shows it: no line break inside a Japanese word.

    For display only (the joiners are not for copying or saving): every wrapped label's
    text is set through it.
    """
    return _INSIDE_A_WORD.sub(WORD_JOINER, text)


def unbroken_words(text: str) -> str:
    """``text`` with every hyphen inside a word made non-breaking too (for display only)."""
    return whole_words(_INNER_HYPHEN.sub(NON_BREAKING_HYPHEN, text))
