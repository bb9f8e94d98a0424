"""Contact support keeps Send where it is while help articles come and go (a new admin's
report: the form grew as articles appeared under the subject, and Send moved away under
the pointer). Against the real service and its help articles, in every language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import settle
from tests.e2e.conftest import OpenContact
from tests.support.client_flows import (
    ask_a_suggested_question,
    fixed_places,
    in_every_language,
    on_screens,
)
from tests.support.waiting import wait_until

# Asked after the first question, as the screenshots do.
LONGER = " for the Rotterdam office"
# Matches no help article, in any language.
NO_MATCH = "Qwxz plvk"


def type_character(field: QWidget, character: str) -> None:
    """One key as the keyboard sends it (QTest's key clicks know ASCII only)."""
    press = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character
    )
    QApplication.sendEvent(field, press)


# Typed one character at a time, waiting for the articles after each (as a slow typist
# sees them): the fifth Japanese one made the whole form grow and move up at 1440x900.
TYPED = {"en": "Shared link expires", "ja": "共有リンクの有効期限", "nl": "Gedeelde link verloopt"}


@on_screens()
@in_every_language()
async def test_send_stays_put_as_suggested_articles_come_and_go(
    contact_form: OpenContact, qtbot: QtBot, language: str, screen: tuple[int, int]
) -> None:
    async with contact_form(language=language, screen=screen) as dialog:
        slot = dialog.suggestion_slot
        # Before any article: their place is there, and says what comes in it.
        assert slot.isVisible() and slot.placeholder.isVisible()
        assert not dialog.suggestions.isVisible()
        before = fixed_places(dialog)

        await ask_a_suggested_question(dialog, qtbot)
        assert dialog.suggestions.isVisible() and not slot.placeholder.isVisible()
        assert fixed_places(dialog) == before  # nothing moved: Send is where it was
        # Other articles for a longer question (Dutch titles of three lines among them).
        qtbot.keyClicks(dialog.subject_edit, LONGER)
        suggestions = dialog.suggestions
        await wait_until(
            lambda: (
                (suggestions._asked or "").endswith(LONGER.strip())
                and suggestions._task is not None
                and suggestions._task.done()
                and bool(suggestions.rows)
            ),
            what="the longer question's articles",
        )
        await settle()
        assert fixed_places(dialog) == before

        # A question no article matches: they go, and still nothing moves.
        dialog.subject_edit.selectAll()
        qtbot.keyClicks(dialog.subject_edit, NO_MATCH)
        await wait_until(lambda: not dialog.suggestions.rows, what="no articles")
        await settle()
        assert slot.placeholder.isVisible()
        assert fixed_places(dialog) == before
        # The place is whole and its words fit (no "…", no cut line).
        hint = slot.placeholder
        assert hint.height() >= hint.heightForWidth(hint.width())
        assert slot.height() >= slot.reserved_height()


@on_screens()
@in_every_language()
async def test_fields_stay_put_while_the_subject_is_typed_letter_by_letter(
    contact_form: OpenContact, qtbot: QtBot, language: str, screen: tuple[int, int]
) -> None:
    async with contact_form(language=language, screen=screen) as dialog:
        dialog.activateWindow()
        await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form")
        dialog.subject_edit.setFocus()
        before = fixed_places(dialog)
        scrolled = dialog.form_scroll.verticalScrollBar().value()
        suggestions = dialog.suggestions
        typed = ""
        for character in TYPED[language]:
            type_character(dialog.subject_edit, character)
            typed += character
            await wait_until(
                lambda typed=typed: (  # type: ignore[misc]
                    suggestions._asked == typed.strip()
                    and (suggestions._task is None or suggestions._task.done())
                ),
                what=f"the articles for {typed!r}",
            )
            await settle()
            assert fixed_places(dialog) == before, typed
            assert dialog.form_scroll.verticalScrollBar().value() == scrolled, typed
        assert suggestions.rows, "articles were suggested on the way"
