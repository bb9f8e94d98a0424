"""Japanese in a wrapped label breaks only where Japanese is set to break (issue 19):
never between a number and its counter ("6 /" then "件"), never before 、。」）ー or small
kana, never after 「（ (kinsoku); and still between the kana of a sentence."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.line_breaks import (
    DIGITS,
    MOST_HELD,
    NO_BREAK_SPACE,
    NO_LINE_END,
    NO_LINE_START,
    WORD_JOINER,
    whole_words,
)
from desktop.ui.text.wrapped_label import WrappedLabel
from tests.support.text_lines import laid_out

WJ = WORD_JOINER
NBSP = NO_BREAK_SPACE


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("3件", f"3{WJ}件"),
        ("5分", f"5{WJ}分"),
        ("2日", f"2{WJ}日"),
        ("6 件", f"6{NBSP}件"),  # Qt breaks after a space whatever joins it: a no-break one
        ("6 / 件", f"6{NBSP}/{NBSP}件"),
        ("6/件", f"6{WJ}/{WJ}件"),
        ("20,000 文字", f"20,000{NBSP}文{WJ}字"),  # nothing added inside the number
        ("12 か月", f"12{NBSP}か{WJ}月"),  # a counter read with its kanji
        ("1 つ", f"1{NBSP}つ"),  # a kana counter
        ("3 / 10 件", f"3{NBSP}/{NBSP}10{NBSP}件"),
        ("6 ライセンス", f"6{NBSP}ラ{WJ}イ{WJ}セ{WJ}ン{WJ}ス"),
    ],
)
def test_a_number_is_held_with_its_counter(text: str, shown: str) -> None:
    assert whole_words(text) == shown


def test_a_number_without_a_counter_and_english_are_left_alone() -> None:
    assert whole_words("バージョン 2.1 (beta)") == f"バ{WJ}ー{WJ}ジ{WJ}ョ{WJ}ン 2.1 (beta)"
    assert whole_words("24 時間 365 日") == f"24{NBSP}時{WJ}間 365{NBSP}日"  # two, not one
    assert whole_words("Page 3 of 10 (draft), 5 / 6") == "Page 3 of 10 (draft), 5 / 6"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("言った、", [f"言{WJ}っ", f"た{WJ}、"]),  # small kana, closing comma
        ("ちょっと。", [f"ち{WJ}ょ{WJ}っ", f"と{WJ}。"]),
        ("すごーい", [f"ご{WJ}ー"]),  # the long-vowel mark
        (
            "「こんにちは」と",
            [f"「{WJ}こ", f"は{WJ}」"],
        ),  # no line ends with 「, none starts with 」
        ("（テスト）です", [f"（{WJ}テ", f"ト{WJ}）"]),
        ("人々", [f"人{WJ}々"]),
    ],
)
def test_kinsoku_characters_are_held_to_their_neighbour(text: str, held: list[str]) -> None:
    shown = whole_words(text)
    assert shown.replace(WJ, "") == text
    for pair in held:
        assert pair in shown


def test_a_hiragana_sentence_breaks_between_its_phrases_only() -> None:
    # Not between any two kana (issue 19): もう | いちど | おためしください.
    assert whole_words("もういちどおためしください") == (
        f"も{WJ}うい{WJ}ち{WJ}どお{WJ}た{WJ}め{WJ}し{WJ}く{WJ}だ{WJ}さ{WJ}い"
    )


# Kinsoku as a reader sees it: what a line may not start or end with, and a counter cut
# from its number. Checked on the lines Qt lays out, not on the joiners.
def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """Each line as it reads; a line wider than ``width`` (a word that cannot break)
    ends in "!overflow"."""
    return [
        line.read + ("!overflow" if line.overflows else "") for line in laid_out(text, font, width)
    ]


def _counter_after_number(line: str, after: str) -> bool:
    ending = line.rstrip(" /" + NBSP)
    return bool(ending) and ending[-1] in DIGITS and after[:1] >= "\u3041"


def forbidden_breaks(lines: list[str]) -> list[str]:
    found = []
    for line, after in itertools.pairwise(lines):
        line = line.removesuffix("!overflow")
        if (
            after[:1] in NO_LINE_START
            or line.rstrip()[-1:] in NO_LINE_END
            or _counter_after_number(line, after)
        ):
            found.append(f"{line}|{after}")
    return found


def japanese_texts() -> list[str]:
    """Some of the app's Japanese, with numbers as the app fills them in."""
    translate = QCoreApplication.translate
    return [
        translate("TicketListPage", "Syncing… %n ticket(s) so far", "", 6),
        translate("StoreNotices", "%n draft(s) kept.", "", 6),
        translate("RecommendationCard", "Because of %n ticket(s) about {issue}.", "", 6).format(
            issue="共有リンク"
        ),
        translate("_Plurals", "Too many sign-in attempts. Try again in %n minute(s).", "", 5),
        translate(
            "TicketPage",
            "Callback to {phone}: number {position} in the queue, about {minutes} min.",
        ).format(phone="+81 3 1234 5678", position=3, minutes=12),
        "検索結果 6 / 件、「ダウンロード」（2 日前）を確認してください。ちょっと待ってね。",
    ]


def test_a_narrow_wrapped_label_never_breaks_japanese_where_it_may_not(
    qtbot: QtBot, english: LanguageSwitcher
) -> None:
    english.apply("ja")
    try:
        texts = japanese_texts()
        assert "同期中" in texts[0] and "6 件" in texts[0]  # the catalog is Japanese
        label = WrappedLabel()
        qtbot.addWidget(label)
        font = label.font()
        # The widest run held whole: a phrase of MOST_HELD characters.
        held_width = QFontMetrics(font).horizontalAdvance("あ") * MOST_HELD
        # Without the label's care, Qt's breaker alone cuts a counter from its number.
        assert any(
            forbidden_breaks(wrapped_lines(text, font, width))
            for text in texts
            for width in range(40, 400)
        )
        for text in texts:
            label.setText(text)
            assert label.text() == text
            for width in range(40, 400):
                lines = wrapped_lines(label.shown_text(), font, width)
                assert forbidden_breaks(lines) == [], (text, width)
                # Lines still break where they may: nothing held is wider than a phrase
                # may be (it would be cut off), and a sentence is many lines there.
                if width >= held_width:
                    assert not any(line.endswith("!overflow") for line in lines), lines
        label.setText(texts[-1])
        assert len(wrapped_lines(label.shown_text(), font, 100)) >= 4
    finally:
        english.apply("en")
