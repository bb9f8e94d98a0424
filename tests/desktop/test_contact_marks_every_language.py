"""Contact support marks a missing field only once Send was tried, in every language; a
field chosen since loses its mark. In Dutch the language is asked (support speaks no
Dutch), in English and Japanese it starts at the app's: the same rule either way.

The screenshots fill the form as an admin would: the filled form's picture in Dutch
showed the language's mark ("Kies de taal…"), the one field they left unchosen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.bootstrap.screenshots import fill_as_an_admin
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.desktop.test_composer_and_contact_form import options
from tests.desktop.test_contact_support_asks import dialog_for

ASKED = ("product", "category", "language", "phone", "subject", "body")


@pytest.fixture(params=["en", "ja", "nl"])
def language(request: pytest.FixtureRequest, english: LanguageSwitcher) -> Iterator[str]:
    english.apply(str(request.param))
    yield str(request.param)
    english.apply("en")


def marked(dialog: ContactSupportDialog) -> list[str]:
    return [name for name in ASKED if dialog.marks.message(name).isVisible()]


def test_nothing_is_marked_before_send_and_send_marks_what_is_missing(
    qtbot: QtBot, language: str
) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    assert (dialog.language is None) == (language == "nl")  # asked only where not assumed
    assert marked(dialog) == []
    dialog.subject_edit.setText("x")  # touched, then emptied: still not sent
    dialog.subject_edit.clear()
    assert marked(dialog) == []
    dialog.send_button.click()
    missing = ["category", "subject", "body"]
    assert marked(dialog) == (
        ["category", "language", *missing[1:]] if language == "nl" else missing
    )


def test_the_form_filled_as_the_screenshots_fill_it_shows_no_mark(
    qtbot: QtBot, language: str
) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.send_button.click()  # as contact-support-missing is taken first
    fill_as_an_admin(dialog)
    assert marked(dialog) == []
    assert dialog.language is not None
