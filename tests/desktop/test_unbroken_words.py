"""A wrapped hint never breaks inside "e-mail" ("e-" at a line's end, "mail" below)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.line_breaks import NON_BREAKING_HYPHEN, unbroken_words
from desktop.ui.tickets.ticket.followers_box import FollowersBox
from tests.desktop.test_satisfaction_box import SOLVED

HYPHENS = ("-", NON_BREAKING_HYPHEN)


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` as a word-wrapped label lays it out ``width`` pixels wide."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


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
        text = box.empty.text()
        assert text  # "Nobody yet. …"
        font = box.empty.font()
        for width in range(60, 420, 3):  # from a narrow pane to a wide one
            for line in wrapped_lines(text, font, width):
                assert not line.rstrip().endswith(HYPHENS), (width, line)
    finally:
        english.apply("en")
