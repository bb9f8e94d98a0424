"""Leaving a ticket by Esc with a reply begun says the reply is kept as a draft: the
sidebar's "(1)" beside Drafts and outbox alone went unnoticed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from tests.desktop.test_satisfaction_box import SOLVED

KEPT = {
    "en": "Your reply is kept as a draft, in Drafts and outbox.",
    "nl": "Je antwoord is bewaard als concept, in Concepten en postvak UIT.",
    "ja": "返信は下書きとして「下書きと送信トレイ」に保存されています。",
}


def _window_on_a_ticket(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(TaskRunner(lambda _error: None), settings)
    qtbot.addWidget(window)
    page = window.ticket_page
    page.show_ticket(replace(SOLVED, status="open"))
    window.pages.setCurrentWidget(page)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page.composer.editor.setFocus()
    qtbot.waitUntil(page.composer.editor.hasFocus)
    return window


@pytest.mark.parametrize("language", ["en", "nl", "ja"])
def test_esc_with_a_reply_begun_says_it_is_kept(
    qtbot: QtBot, tmp_path: Path, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        window = _window_on_a_ticket(qtbot, tmp_path)
        qtbot.keyClicks(window.ticket_page.composer.editor, "Half a thought")
        qtbot.keyClick(window.ticket_page.composer.editor, Qt.Key.Key_Escape)
        assert window.pages.currentWidget() is window.my_tickets  # left, as before
        assert window.statusBar().currentMessage() == KEPT[language]
    finally:
        english.apply("en")


def test_esc_with_an_empty_reply_box_just_leaves(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window_on_a_ticket(qtbot, tmp_path)
    qtbot.keyClicks(window.ticket_page.composer.editor, "   ")  # blanks are no reply
    qtbot.keyClick(window.ticket_page.composer.editor, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.my_tickets
    assert window.statusBar().currentMessage() == ""
