"""Where a wrapped line may not break: inside a hyphenated word ("e-mail", "Jean-Luc"),
inside a Japanese phrase (メールで, 届きます。, お読みください。), between a number and its
counter (3 件, 5分, 6 / 件), and where Japanese line-breaking rules (kinsoku) forbid it.

Qt breaks after any hyphen, so a narrow section showed "e-" at a line's end and "mail"
at the next one's start. A non-breaking hyphen (U+2011) looks the same and holds the
word together; Qt finds a font that has it if the UI's does not.

Japanese has no spaces: Qt's line breaker (UAX #14) may break between any two kana or
kanji, so a wrapped label read "メッセー" at a line's end and "ジ" below, or "届" and
"きます", "くだ" and "さい", "されまし" and "た。". Polished Japanese UI breaks only between
phrases (bunsetsu: a word with the particles and endings that go with it), as Chrome's
``word-break: auto-phrase`` does: 「あなたに | 最適な | 選択肢を | 提示します」. The
phrases come from BudouX (Google's phrase segmenter, the one Chrome uses; a small model
and pure Python), and every phrase is held together with WORD JOINER (U+2060), which
takes no room, is not drawn and is not read out. BudouX is imported, and its model
read, when the first Japanese text is shown: English and Dutch never pay for it.

A phrase held whole sets the label's least width: Qt's QLabel never breaks inside an
unbreakable run (it does not wrap anywhere as a QTextEdit does), so a long one made the
window wider (tried: a 20-character run in a label 120 px wide: the window grew to 262
px) or was cut off in a label of fixed width. Only runs of a phrase of at most
``MOST_HELD`` characters are held whole; a longer one (再ダウンロードしています。,
ダウンロードできなかったか、) is held in pieces: a word of kanji or katakana, then its
kana (ダウンロード | できなかったか、). A katakana run (a loanword) and a kanji run (a
compound: 作成, 添付, 管理者) are held in any phrase.

A number and the counter after it are one word too: "6" at a line's end and "件" below
reads as two things. Qt breaks after the space of "6 件" even with joiners around it,
so a space inside such a run is shown as a no-break space (it looks the same).

Kinsoku: no line starts with closing punctuation (、。」）), small kana (ゃっ), the
long-vowel mark ー or a repeat mark; none ends with opening punctuation (「（). Qt's
breaker keeps most of these already; the joiners make it so whatever the breaker.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from budoux import Parser

NON_BREAKING_HYPHEN = "\u2011"
WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
# A hyphen between two letters (or digits): inside a word, never a dash between words.
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# Below this no character is Japanese (、 is U+3001): every English and Dutch text.
_FIRST_JAPANESE = "\u3001"
HIRAGANA, KATAKANA, KANJI = 1, 2, 3
# The longest run of a phrase (between its spaces) held whole: 10 characters are 120 px at
# the UI's font and 180 px at 150 % text. Held longer, a run is the label's least width
# (Qt never breaks it: the window grows, or a label of fixed width cuts it off): with 12,
# an Insights tile held 新規・対応中・保留中。 (198 px at 150 %) and the window grew from
# 1100 to 1145 px; the narrowest wrapped labels are those tiles. Nine in ten of the app's
# phrases are shorter; a longer one is held in pieces (_pieces).
MOST_HELD = 10

# Kinsoku shori: what may not start a line (closing punctuation, small kana, the
# long-vowel and repeat marks) and what may not end one (opening punctuation).
NO_LINE_START = frozenset(
    "、。，．・：；？！‼⁇⁈⁉）〕］｝〉》」』】〙〗〟｠’”»"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "ーゝゞヽヾ々〻ｧｨｩｪｫｬｭｮｯｰ｡､｣"
)
NO_LINE_END = frozenset("（〔［｛〈《「『【〘〖〝｟‘“«｢")
DIGITS = frozenset("0123456789０１２３４５６７８９")
# Inside a number, between two digits: 20,000 and 1.5.
_NUMBER_INNER = frozenset(",.，．")
_NUMERIC = DIGITS | _NUMBER_INNER
# Between a number and its counter, or between two numbers: "6 件", "6 / 件", "3/10 件".
_NUMBER_GAP = frozenset(" /／" + NO_BREAK_SPACE)
# A counter that starts with ヶ/か is read with the kanji after it: 3 か月, 2ヶ所.
_KA = frozenset("かカヵヶケ")


def _kind(character: str) -> int:
    """HIRAGANA, KATAKANA, KANJI, or 0 for any other character."""
    point = ord(character)
    if 0x3041 <= point <= 0x3096:
        return HIRAGANA
    # Katakana with its long-vowel mark (not the middle dot ・, a separator), half-width too.
    if 0x30A1 <= point <= 0x30FA or 0x30FC <= point <= 0x30FF or 0xFF66 <= point <= 0xFF9F:
        return KATAKANA
    # Kanji, with the repeat mark 々 (人々).
    if 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or point == 0x3005:
        return KANJI
    return 0


def _number_with_counter(text: str, start: int) -> int:
    """The end of the number at ``start`` with the counter after it ("6 / 件" → after 件),
    or ``start`` when no kana or kanji follows the number."""
    end = len(text)
    at = start
    while True:
        while at < end and (
            text[at] in DIGITS
            or (text[at] in _NUMBER_INNER and at + 1 < end and text[at + 1] in DIGITS)
        ):
            at += 1
        gap = at
        while gap < end and text[gap] in _NUMBER_GAP:
            gap += 1
        if gap < end and text[gap] in DIGITS and gap > at:
            at = gap  # "3 / 10 件": the next number, and its counter after it
            continue
        if gap == end or not _kind(text[gap]):
            return start
        if text[gap] in _KA and gap + 1 < end and _kind(text[gap + 1]) == KANJI:
            gap += 1
        return gap + 1


@functools.cache
def _japanese_phrases() -> Parser:
    """BudouX's parser with its Japanese model, made once, when Japanese is first shown.

    Imported here, not with this module: only Japanese text needs it, and the start (in
    English, bench/README.md) does not import it. Its model is a JSON file in the package
    (budoux/models/ja.json, collected by packaging/premium-support-desk.spec)."""
    import budoux

    return budoux.load_default_japanese_parser()


def _inside_phrases(text: str) -> list[bool]:
    """For each character, whether it continues a phrase held whole: not the phrase's
    first, not a space nor just after one, not inside Latin text (two characters below
    Japanese: "Desk", "25 MB", an address); runs longer than ``MOST_HELD`` in pieces."""
    inside = [False] * len(text)
    start = 0
    for phrase in _japanese_phrases().parse(text):
        end = start + len(phrase)
        run_start = start
        for at in range(start, end + 1):
            if at < end and not text[at].isspace():
                continue
            # text[run_start:at] is a run between spaces.
            for piece_start, piece_end in _pieces(text, run_start, at):
                for inner in range(piece_start + 1, piece_end):
                    if max(text[inner - 1], text[inner]) >= _FIRST_JAPANESE:
                        inside[inner] = True
            run_start = at + 1
        start = end
    return inside


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the run ``text[start:end]`` held whole: all of it, up to ``MOST_HELD``
    characters; a longer one where a word of two or more kanji or katakana meets the kana
    after it (確認 | してください。, ダウンロード | できなかったか、) and after ・, each part
    of at most ``MOST_HELD``. A part still longer breaks between its kana, as before."""
    if end - start <= MOST_HELD:
        return [(start, end)]
    cuts = [start]
    for at in range(start + 2, end):
        before = _kind(text[at - 1])
        if text[at - 1] == "・" or (
            _kind(text[at]) == HIRAGANA
            and before in (KATAKANA, KANJI)
            and _kind(text[at - 2]) == before
        ):
            cuts.append(at)
    cuts.append(end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b - a <= MOST_HELD]


def _held(text: str) -> list[bool]:
    """For each character, whether no line may break just before it."""
    held = _inside_phrases(text)
    before, before_kind = "", 0
    for at, character in enumerate(text):
        kind = _kind(character)
        if at and (
            held[at]
            or (kind in (KATAKANA, KANJI) and kind == before_kind)
            or (character in NO_LINE_START and not before.isspace())
            or (before in NO_LINE_END and not character.isspace())
        ):
            held[at] = True
        before, before_kind = character, kind
    return held


def whole_words(text: str) -> str:
    """``text`` as a wrapped label shows it: no line break inside a Japanese phrase (up to
    ``MOST_HELD`` characters) or word, between a number and its counter, nor where kinsoku
    forbids one.

    For display only (the joiners are not for copying or saving): a wrapped label
    (desktop/ui/text/wrapped_label.py) shows its text through it. A scan, not a regular
    expression: compiling classes of some 28,000 kanji cost the start ~30 M instructions
    (Python fills a table a character at a time), and labels are set before the first
    paint.
    """
    if not text or max(text) < _FIRST_JAPANESE:
        return text
    return _japanese_held(text)


# A label's text is set again on every change of language and each refresh of its view:
# finding phrases is ~50 µs for a 30-character label (bench/README.md), a look-up here ~0.
@functools.lru_cache(maxsize=1024)
def _japanese_held(text: str) -> str:
    held = _held(text)
    no_break_spaces: set[int] = set()
    at = 0
    while at < len(text):
        if text[at] in DIGITS and (at == 0 or text[at - 1] not in DIGITS):
            end = _number_with_counter(text, at)
            for inside in range(at + 1, end):
                if text[inside] == " ":
                    no_break_spaces.add(inside)
                # Within the number itself Qt never breaks (20,000): no joiners there.
                if not (text[inside] in _NUMERIC and text[inside - 1] in _NUMERIC):
                    held[inside] = True
            at = max(end, at + 1)
        else:
            at += 1
    out: list[str] = []
    for at, character in enumerate(text):
        # A no-break space holds both its sides by itself: no joiner beside it.
        if held[at] and at not in no_break_spaces and at - 1 not in no_break_spaces:
            if not character.isspace() and not text[at - 1].isspace():
                out.append(WORD_JOINER)
        out.append(NO_BREAK_SPACE if at in no_break_spaces else character)
    return "".join(out)


def unbroken_words(text: str) -> str:
    """``text`` with every hyphen inside a word made non-breaking too (for display only)."""
    if "-" in text:
        text = _INNER_HYPHEN.sub(NON_BREAKING_HYPHEN, text)
    return whole_words(text)


def one_unit(text: str) -> str:
    """``text`` held together on one line: a label and its value ("作成 <date>", "opened 5
    min ago by Ava Jansen"), so that wrapping never leaves the label alone at a line's
    start or end. Lines break between units, never inside one (for display only).

    A no-break space for each space, a joiner between every two other characters (Qt
    may break between any two kana or kanji, and after a hyphen)."""
    out: list[str] = []
    for at, character in enumerate(text):
        if character == " ":
            character = NO_BREAK_SPACE
        elif at and character != NO_BREAK_SPACE and out[-1] not in (NO_BREAK_SPACE, WORD_JOINER):
            out.append(WORD_JOINER)
        out.append(character)
    return "".join(out)
