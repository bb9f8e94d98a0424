"""Contact support stays put and follows its reading order (issue 19): a mark that goes
does not move the form, Tab goes Subject → Description as the admin writes (the articles
after the form's fields, and a Down arrow from the subject), and typed text is never
lost."""

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


def test_tab_goes_from_the_subject_to_the_description_and_the_articles_come_after(
    qtbot: QtBot,
) -> None:
    """Tab from the subject landed on an article as it appeared, while the admin meant to
    go on writing (issue 19). Tab goes on to the description; the articles come after the
    form's fields, before Send, each still reached by Tab."""
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.subject_edit.setFocus()
    qtbot.keyClicks(dialog.subject_edit, "Files do not")
    dialog.suggestions._show(ARTICLES)  # they arrive as the subject is typed
    assert dialog.suggestions.isVisible()
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Tab)
    assert dialog.body_edit.hasFocus()
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Tab)
    assert dialog.attachments.isAncestorOf(QApplication.focusWidget())  # then on, as before
    reached: list[QWidget] = []
    while not dialog.send_button.hasFocus() and len(reached) < 10:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    first, second = dialog.suggestions.rows
    stops = [first.link, first.answered_button, second.link, second.answered_button]
    assert reached == [*stops, dialog.send_button]
    # Shift+Tab from the description goes back to the subject, past no article.
    dialog.body_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Backtab)
    assert dialog.subject_edit.hasFocus()
    # Typed on an article, a letter goes on in the description (never lost).
    first.link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(first.link, "Since Monday")
    assert dialog.body_edit.hasFocus()
    assert dialog.body_edit.toPlainText() == "Since Monday"


def test_down_from_the_subject_reaches_the_articles_and_up_goes_back(qtbot: QtBot) -> None:
    """The articles are a Down arrow away from the subject, as a search field's suggestions
    are; the subject's description says so to a screen reader."""
    dialog = dialog_for(qtbot, options(both_covered=False, japanese_open=True))
    dialog.subject_edit.setFocus()
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Down)
    assert dialog.subject_edit.hasFocus()  # no articles: the key is the line edit's
    assert "Down" not in dialog.subject_edit.accessibleDescription()
    qtbot.keyClicks(dialog.subject_edit, "Files do not")
    dialog.suggestions._show(ARTICLES)
    assert "press Down" in dialog.subject_edit.accessibleDescription()
    first, second = dialog.suggestions.rows
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Down)
    assert first.link.hasFocus()
    qtbot.keyClick(first.link, Qt.Key.Key_Down)
    assert second.link.hasFocus()
    qtbot.keyClick(second.link, Qt.Key.Key_Down)
    assert second.link.hasFocus()  # the last stays
    qtbot.keyClick(second.link, Qt.Key.Key_Tab)
    assert second.answered_button.hasFocus()
    qtbot.keyClick(second.answered_button, Qt.Key.Key_Up)
    assert second.link.hasFocus()  # a button's Up: its own article's title
    qtbot.keyClick(second.link, Qt.Key.Key_Up)
    assert first.link.hasFocus()
    qtbot.keyClick(first.link, Qt.Key.Key_Up)
    assert dialog.subject_edit.hasFocus()
    assert dialog.subject_edit.text() == "Files do not"  # nothing selected to type over
    assert not dialog.subject_edit.hasSelectedText()
    # The mark of an empty subject and the articles' note are said together.
    dialog.subject_edit.clear()
    dialog.send_button.click()
    assert dialog.marks.is_marked("subject")
    description = dialog.subject_edit.accessibleDescription()
    assert description.startswith("Write a subject.") and "press Down" in description


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
