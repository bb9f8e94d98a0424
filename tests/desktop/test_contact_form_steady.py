"""Contact support stays put and follows its reading order (issue 19): a mark that goes
does not move the form, Tab goes Subject → articles → Description, as they are read, and
typed text is never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.help_articles import HelpArticle
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from tests.desktop.test_composer_and_contact_form import options
from tests.desktop.test_contact_support_asks import dialog_for

ARTICLES = [
    HelpArticle("sync-stuck", "article", "Files do not sync", "https://help.example/1", "S"),
    HelpArticle("sync-video", "video", "Fix sync in 2 minutes", "https://help.example/2", "V"),
]


def settled(dialog: ContactSupportDialog) -> None:
    """The layouts have done what the change asked of them."""
    QApplication.sendPostedEvents()
    dialog.form.activate()


def top_of(widget: QWidget, dialog: ContactSupportDialog) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def test_a_mark_that_goes_leaves_the_fields_below_where_they_were(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.send_button.click()
    settled(dialog)
    assert dialog.marks.message("subject").isVisible()
    body_top = top_of(dialog.body_edit, dialog)
    attachments_top = top_of(dialog.attachments, dialog)
    qtbot.keyClicks(dialog.subject_edit, "Files do not sync")
    settled(dialog)
    assert not dialog.marks.message("subject").isVisible()  # the mark went …
    assert top_of(dialog.body_edit, dialog) == body_top  # … and nothing below it moved
    dialog.body_edit.setPlainText("Since this morning.")
    settled(dialog)
    assert not dialog.marks.message("body").isVisible()
    assert top_of(dialog.attachments, dialog) == attachments_top


def test_tab_follows_the_reading_order_subject_articles_description(qtbot: QtBot) -> None:
    """The articles sit between the subject and the description: Tab reaches them there
    (a newcomer's report: it skipped them for the description, then came back to them
    after it). What is typed on one still goes on in the description (issue 19)."""
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.subject_edit.setFocus()
    qtbot.keyClicks(dialog.subject_edit, "Files do not")
    dialog.suggestions._show(ARTICLES)  # they arrive as the subject is typed
    assert dialog.suggestions.isVisible()
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Tab)
    first = dialog.suggestions.rows[0]
    assert first.link.hasFocus()
    qtbot.keyClick(first.link, Qt.Key.Key_Tab)
    assert first.answered_button.hasFocus()
    qtbot.keyClick(first.answered_button, Qt.Key.Key_Tab)
    second = dialog.suggestions.rows[1]
    assert second.link.hasFocus()
    qtbot.keyClick(second.link, Qt.Key.Key_Tab)
    assert second.answered_button.hasFocus()
    qtbot.keyClick(second.answered_button, Qt.Key.Key_Tab)
    assert dialog.body_edit.hasFocus()
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Tab)
    assert dialog.attachments.isAncestorOf(QApplication.focusWidget())  # then on, as before
    # Typed on an article, a letter goes on in the description (never lost).
    first.link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(first.link, "Since Monday")
    assert dialog.body_edit.hasFocus()
    assert dialog.body_edit.toPlainText() == "Since Monday"


def test_text_typed_on_an_article_goes_on_in_the_description(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.subject_edit.setText("Files do not sync")
    dialog.body_edit.setPlainText("Since Monday")
    dialog.body_edit.moveCursor(dialog.body_edit.textCursor().MoveOperation.End)
    dialog.suggestions._show(ARTICLES)
    row = dialog.suggestions.rows[0]
    row.link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(row.link, ", all files")
    assert dialog.body_edit.toPlainText() == "Since Monday, all files"
    assert dialog.body_edit.hasFocus()
    row.answered_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(row.answered_button, "!")
    assert dialog.body_edit.toPlainText() == "Since Monday, all files!"
    assert dialog.isVisible()  # typing never pressed "Answered — close the form"


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_marks_that_appear_move_no_field(
    qtbot: QtBot, english: LanguageSwitcher, language: str
) -> None:
    """A newcomer's report: Send with fields left empty showed a line under each, and
    every field below it moved down (Send stayed). Their lines are kept from the start."""
    english.apply(language)
    try:
        dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
        dialog.suggestion_slot.reserve()  # as use_article_finder does: the articles' place
        QApplication.sendPostedEvents()
        settled(dialog)
        fields = [
            dialog.category_combo,
            dialog.subject_edit,
            dialog.body_edit,
            dialog.attachments,
            dialog.send_button,
        ]
        before = [top_of(field, dialog) for field in fields]
        dialog.send_button.click()
        settled(dialog)
        assert dialog.marks.message("subject").isVisible()
        assert dialog.marks.message("body").isVisible()
        assert [top_of(field, dialog) for field in fields] == before
        # Filled, the marks go: nothing moves back either.
        qtbot.keyClicks(dialog.subject_edit, "Files do not sync")
        dialog.body_edit.setPlainText("Since this morning.")
        settled(dialog)
        assert not dialog.marks.message("subject").isVisible()
        assert [top_of(field, dialog) for field in fields] == before
    finally:
        english.apply("en")
