"""Settings say which language is in effect: one given at start (--language) holds over
the saved choice for that run, and the combo names it rather than "The account's"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.settings.settings_dialog import SettingsChange, SettingsDialog
from desktop.ui.text.i18n import LanguageSwitcher

STARTED = {
    "en": "Nederlands (chosen at start)",
    "ja": "Nederlands (起動時に指定)",
    "nl": "Nederlands (gekozen bij het starten)",
}


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_language_given_at_start_is_shown_and_kept(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    english.apply(language)
    try:
        dialog = SettingsDialog(language="", server_url="", started_language="nl")
        qtbot.addWidget(dialog)
        assert dialog.language_combo.currentText() == STARTED[language]
        changes: list[SettingsChange] = []
        dialog.settings_accepted.connect(changes.append)
        dialog.buttons.accepted.emit()
        # The saved choice (the account's) stays; nothing is chosen for this run.
        assert changes[-1].language == "" and not changes[-1].language_chosen
    finally:
        english.apply("en")


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
    combo = dialog.language_combo
    assert not any("chosen at start" in combo.itemText(i) for i in range(combo.count()))


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
