"""A wrapped hint never breaks inside "e-mail" ("e-" at a line's end, "mail" below), nor
inside a Japanese word ("メッセー" at a line's end, "ジ" below; issue 19)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import pytest
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.line_breaks import (
    NO_BREAK_SPACE,
    NON_BREAKING_HYPHEN,
    WORD_JOINER,
    unbroken_words,
    whole_words,
)
from desktop.ui.text.wrapped_label import WrappedLabel
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from desktop.ui.tickets.ticket.followers_box import FollowersBox
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
from tests.desktop.test_composer_and_contact_form import options
from tests.desktop.test_satisfaction_box import SOLVED
from tests.support.text_lines import laid_out

HYPHENS = ("-", NON_BREAKING_HYPHEN)


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` as a word-wrapped label lays it out ``width`` pixels wide."""
    return [line.text for line in laid_out(text, font, width, anywhere=True)]


def test_only_hyphens_inside_words_are_held() -> None:
    held = unbroken_words("by e-mail, Jean-Luc - and 2026-12-06 -x")
    assert held == (
        f"by e{NON_BREAKING_HYPHEN}mail, Jean{NON_BREAKING_HYPHEN}Luc - and"
        f" 2026{NON_BREAKING_HYPHEN}12{NON_BREAKING_HYPHEN}06 -x"
    )


@pytest.mark.parametrize("language", ["en", "nl", "ja"])
def test_the_followers_hint_never_breaks_inside_e_mail(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        box = FollowersBox(TaskRunner(lambda _error: None), lambda: None)
        qtbot.addWidget(box)
        box.show_for(replace(SOLVED, followers=()))
        text = box.empty.shown_text()  # as drawn, with its non-breaking hyphen
        assert text  # "Nobody yet. …"
        font = box.empty.font()
        for width in range(60, 420, 3):  # from a narrow pane to a wide one
            for line in wrapped_lines(text, font, width):
                assert not line.rstrip().endswith(HYPHENS), (width, line)
    finally:
        english.apply("en")


KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff]")
KANJI = re.compile(r"[\u4e00-\u9fff\u3005]")


def label_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` as a word-wrapped QLabel lays it out ``width`` pixels wide, without its
    joiners (they are not drawn)."""
    return [line.read for line in laid_out(text, font, width)]


def breaks_inside_a_word(lines: list[str]) -> list[str]:
    """Where a line ends inside a katakana or kanji word: "メッセー|ジ", "作|成"."""
    found = []
    for line, after in itertools.pairwise(lines):
        if line[-1:].isspace():
            continue  # at a space, between two words
        last, first = line[-1:], after[:1]
        if any(kind.match(last) and kind.match(first) for kind in (KATAKANA, KANJI) if last):
            found.append(f"{line}|{after}")
    return found


def test_japanese_words_are_held_and_nothing_else_changes() -> None:
    text = "1 つのメッセージに添付できるファイルは 20 個まで・メール"
    held = whole_words(text)
    # Only joiners added, and no-break spaces between a number and its counter (20 個).
    assert held.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ") == text
    # Phrases whole (issue 19): 1 つの | メッセージに | 添付できる | ファイルは 20 個まで・メール
    assert "の" + WORD_JOINER.join("メッセージに") + "添" in held
    assert f"に添{WORD_JOINER}付{WORD_JOINER}で{WORD_JOINER}き{WORD_JOINER}るフ" in held
    assert WORD_JOINER.join("まで・メール") in held
    assert whole_words("Write a message, by e-mail.") == "Write a message, by e-mail."


def test_a_layout_at_any_width_keeps_a_japanese_word_whole(qtbot: QtBot) -> None:
    text = "送信するにはメッセージを入力してください。チケットを作成できません。"
    font = QFont()
    split = [w for w in range(40, 400) if breaks_inside_a_word(label_lines(text, font, w))]
    assert split  # Qt's line breaker alone splits them (メッセー|ジ at some width)
    for width in range(40, 400):
        assert breaks_inside_a_word(label_lines(whole_words(text), font, width)) == [], width


def wrapped_labels(widget: QWidget) -> list[WrappedLabel]:
    labels = [
        label
        for label in widget.findChildren(QLabel)
        if label.wordWrap() and label.text() and label.isVisibleTo(widget)
    ]
    # Every wrapped label is the one kind that holds words whole (none set by hand).
    assert all(isinstance(label, WrappedLabel) for label in labels), labels
    return [label for label in labels if isinstance(label, WrappedLabel)]


def test_wrapped_labels_of_the_form_and_the_reply_box_keep_japanese_words_whole(
    qtbot: QtBot, english: LanguageSwitcher
) -> None:
    english.apply("ja")
    try:
        dialog = ContactSupportDialog(
            options(both_covered=True, japanese_open=False), champion=None
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.send_button.click()  # the marks under the empty fields
        composer = ReplyComposer()
        qtbot.addWidget(composer)
        composer.configure(chat=False, colleague_name="")
        composer.show()
        labels = wrapped_labels(dialog) + wrapped_labels(composer)
        texts = [label.text() for label in labels]  # as set: no joiners
        assert any("送信する内容" in text for text in texts)  # the reply box's hint
        assert any("リクエスト" in text for text in texts)  # the out-of-hours note
        assert any("選択" in text for text in texts)  # the marks of the empty fields
        for label in labels:
            for width in range(60, 500, 2):
                lines = label_lines(label.shown_text(), label.font(), width)
                assert breaks_inside_a_word(lines) == [], (label.objectName(), width)
        # What assistive technology reads has no joiners: the labels' names, and the
        # descriptions made of a label's text (the language choice's note).
        assert "英語" in dialog.language_combo.accessibleDescription()
        for widget in [
            dialog,
            composer,
            *dialog.findChildren(QWidget),
            *composer.findChildren(QWidget),
        ]:
            access = QAccessible.queryAccessibleInterface(widget)
            said = [widget.accessibleName(), widget.accessibleDescription()]
            if access is not None:
                said += [
                    access.text(QAccessible.Text.Name),
                    access.text(QAccessible.Text.Description),
                ]
            assert not any(WORD_JOINER in text for text in said), widget.objectName()
    finally:
        english.apply("en")
