"""Settings say which language is in effect: one given at start (--language) holds over
the saved choice for that run, and the combo names it rather than "The account's"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.settings.settings_dialog import SettingsChange, SettingsDialog
from desktop.ui.text.i18n import LanguageSwitcher

OWN_NAMES = ["English", "日本語", "Nederlands"]


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_language_given_at_start_is_shown_and_kept(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = SettingsDialog(language="", server_url="", started_language="nl")
        qtbot.addWidget(dialog)
        assert dialog.language_combo.currentText() == "Nederlands"
        changes: list[SettingsChange] = []
        dialog.settings_accepted.connect(changes.append)
        dialog.buttons.accepted.emit()
        # The saved choice (the account's) stays; nothing is chosen for this run.
        assert changes[-1].language == "" and not changes[-1].language_chosen
    finally:
        english.apply("en")


@pytest.mark.parametrize("started", ["en", "ja", "nl"])
def test_each_language_is_listed_once_by_its_own_name(
    qtbot: QtBot, english: LanguageSwitcher, started: str
) -> None:
    """Started with --language, English was listed three times: "English (chosen at
    start)", "The account's language (English)" and "English"."""
    english.apply(started)
    try:
        dialog = SettingsDialog(
            language="", server_url="", started_language=started, account_language="en"
        )
        qtbot.addWidget(dialog)
        combo = dialog.language_combo
        # The account's language first (the default), then each language once.
        assert combo.itemData(0) == ""
        assert [combo.itemText(i) for i in range(1, combo.count())] == OWN_NAMES
        assert combo.currentData() == started
        # Said beside it: chosen at start, and what choosing here does.
        note = dialog.findChild(QWidget, "language_started_note")
        assert note is not None and not note.isHidden()
    finally:
        english.apply("en")


def test_choosing_another_language_than_the_started_one_is_a_choice(qtbot: QtBot) -> None:
    dialog = SettingsDialog(language="", server_url="", started_language="nl")
    qtbot.addWidget(dialog)
    changes: list[SettingsChange] = []
    dialog.settings_accepted.connect(changes.append)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    dialog.buttons.accepted.emit()
    assert changes[-1].language == "ja" and changes[-1].language_chosen


def test_choosing_the_accounts_language_is_a_choice(qtbot: QtBot) -> None:
    dialog = SettingsDialog(language="", server_url="", started_language="nl")
    qtbot.addWidget(dialog)
    changes: list[SettingsChange] = []
    dialog.settings_accepted.connect(changes.append)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
    assert dialog.language_combo.currentText() == "The account's language"
    dialog.buttons.accepted.emit()
    assert changes[-1].language == "" and changes[-1].language_chosen


def test_without_a_language_given_at_start_the_saved_choice_shows(qtbot: QtBot) -> None:
    dialog = SettingsDialog(language="ja", server_url="")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "ja"
    assert dialog.language_combo.itemText(0) == "The account's language"
    note = dialog.findChild(QWidget, "language_started_note")
    assert note is not None and note.isHidden()


ACCOUNTS = {
    "en": "The account's language (Dutch)",
    "ja": "アカウントの言語 (オランダ語)",
    "nl": "Taal van je account (Nederlands)",
}


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_accounts_language_is_named_in_the_uis_language(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = SettingsDialog(language="", server_url="", account_language="nl")
        qtbot.addWidget(dialog)
        assert dialog.language_combo.currentText() == ACCOUNTS[language]
    finally:
        english.apply("en")


def test_the_accounts_language_is_named_when_it_is_known(qtbot: QtBot) -> None:
    dialog = SettingsDialog(language="", server_url="", account_language="nl")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentText() == "The account's language (Dutch)"
    changes: list[SettingsChange] = []
    dialog.settings_accepted.connect(changes.append)
    dialog.buttons.accepted.emit()
    assert changes[-1].language == ""  # still the account's, whichever it is


def test_signed_out_the_accounts_language_is_not_named(qtbot: QtBot) -> None:
    dialog = SettingsDialog(language="", server_url="")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentText() == "The account's language"
