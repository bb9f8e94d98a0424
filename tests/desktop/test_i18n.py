"""Three languages: complete catalogs, plurals per language, switching at run time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.ui.session.sign_in_dialog import SignInDialog
from desktop.ui.text.error_text import _Plurals
from desktop.ui.text.i18n import LanguageSwitcher

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


@pytest.mark.parametrize("code", ["ja", "nl"])
def test_catalog_is_complete_and_keeps_placeholders(code: str) -> None:
    root = ET.parse(TRANSLATIONS / f"desktop_{code}.ts").getroot()
    messages = list(root.iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished: {source!r}"
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            assert form.strip(), f"empty translation of {source!r}"
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), source


@pytest.mark.parametrize(
    ("code", "one", "many"),
    [
        ("en", "Try again in 1 second.", "Try again in 30 seconds."),
        ("nl", "over 1 seconde opnieuw", "over 30 seconden opnieuw"),
        ("ja", "1 秒後", "30 秒後"),
    ],
)
def test_plurals_per_language(switcher: LanguageSwitcher, code: str, one: str, many: str) -> None:
    switcher.apply(code)
    assert one in _Plurals().retry_in(1)
    assert many in _Plurals().retry_in(30)


def test_locale_follows_the_language(switcher: LanguageSwitcher) -> None:
    switcher.apply("ja")
    assert QLocale().language() == QLocale.Language.Japanese
    switcher.apply("nl")
    assert QLocale().language() == QLocale.Language.Dutch


async def test_open_dialog_retranslates_at_once(switcher: LanguageSwitcher, qtbot: QtBot) -> None:
    import asyncio

    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    english = dialog.sign_in_button.text()
    switcher.apply("nl")
    await asyncio.sleep(0.05)  # LanguageChange arrives on the next pass of the loop
    assert dialog.sign_in_button.text() == "Aanmelden"
    switcher.apply("ja")
    await asyncio.sleep(0.05)
    assert dialog.sign_in_button.text() == "サインイン"
    switcher.apply("en")
    await asyncio.sleep(0.05)
    assert dialog.sign_in_button.text() == english == "Sign in"


def test_one_consultation_reads_as_words(switcher: LanguageSwitcher) -> None:
    """A newcomer read "1 1-hour session" on Billing's comparison."""
    from desktop.ui.billing.feature_text import FeatureText

    switcher.apply("en")
    assert FeatureText().value("implementation_consultation_hours", 1) == "one 1-hour session"
    assert FeatureText().value("implementation_consultation_hours", 2) == "2 1-hour sessions"
