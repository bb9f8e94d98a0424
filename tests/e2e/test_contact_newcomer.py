"""A new admin's first go at Contact support, against the real service.

Reported: typing right after Ctrl+N changed the Category (the focus was on it); the
suggested articles came after Send in the Tab order (now after the form's fields, before
Send, and a Down arrow from the subject: issue 19); choosing a phone call showed a red
"enter a phone number" before any try to send; a closed ticket's follow-up showed the
end of its subject and dropped the ticket's category.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import settle
from desktop.store.drafts import NEW_TICKET_KEY
from desktop.ui.tickets.compose import form_scroll
from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
from desktop.ui.tickets.compose.form_scroll import grow_to_fit
from tests.e2e.test_outbox import open_first_ticket
from tests.support.app import make_settings, running_client
from tests.support.client_flows import (
    SUGGESTED_QUESTION,
    ask_a_suggested_question,
    contact_on_screen,
    open_contact,
    signed_in,
)
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


def _lines(label: QLabel) -> list[str]:
    """The lines ``label`` wraps its text into, at its width."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


async def test_the_form_opens_in_the_subject_and_tab_follows_the_reading_order(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        dialog = await open_contact(controller, qtbot)
        dialog.activateWindow()
        await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form")
        assert _focused() is dialog.subject_edit
        # Typed at once, as after Ctrl+N: the subject, never the category by type-ahead.
        focused = _focused()
        assert focused is not None
        qtbot.keyClicks(focused, SUGGESTED_QUESTION)
        assert dialog.subject_edit.text() == SUGGESTED_QUESTION
        assert dialog.category is None
        await wait_until(lambda: bool(dialog.suggestions.rows), what="articles suggested")
        await settle()
        # Tab goes on as the admin writes: from the subject to the description (issue 19:
        # it landed on an article as one appeared), and Shift+Tab back, past the articles.
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Tab)
        assert _focused() is dialog.body_edit
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Backtab)
        assert _focused() is dialog.subject_edit
        # The articles are a Down arrow away from the subject, the titles' links selected
        # as they are reached (Enter opens one); Up from the first goes back.
        titles = [row.link for row in dialog.suggestions.rows]
        reached = []
        for _ in titles:
            focused = _focused()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Down)
            reached.append(_focused())
            now = _focused()
            assert not isinstance(now, QLabel) or now.selectedText()
        assert reached == titles
        for _ in titles:
            focused = _focused()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Up)
        assert _focused() is dialog.subject_edit
        # Tab reaches them too, after the form's fields: each title, then its button, then
        # Send; the same way back.
        expected: list[QWidget] = []
        for row in dialog.suggestions.rows:
            expected += [row.link, row.answered_button]
        expected.append(dialog.send_button)
        last_field = expected[0].previousInFocusChain()
        while not (last_field.focusPolicy() & Qt.FocusPolicy.TabFocus and last_field.isVisible()):
            last_field = last_field.previousInFocusChain()
        assert dialog.attachments.isAncestorOf(last_field)
        last_field.setFocus(Qt.FocusReason.TabFocusReason)
        reached = []
        for _ in expected:
            focused = _focused()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            reached.append(_focused())
            now = _focused()
            assert not isinstance(now, QLabel) or now.selectedText()
        assert reached == expected
        back = []
        for _ in expected:
            focused = _focused()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Backtab)
            back.append(_focused())
        assert back == [*expected[-2::-1], last_field]
        dialog.reject()


async def _follow_up_form(controller: AppController, qtbot: QtBot) -> ContactSupportDialog:
    """Contact support… on one of Ava's closed tickets; the form, active."""
    window = controller.window
    await open_first_ticket(controller, status="closed")
    qtbot.mouseClick(window.ticket_page.follow_up_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: window.contact_dialog is not None and window.contact_dialog.isVisible(),
        what="the contact form",
    )
    dialog = window.contact_dialog
    assert dialog is not None
    dialog.activateWindow()
    await wait_until(lambda: QApplication.activeWindow() is dialog, what="the form active")
    await settle()
    return dialog


async def test_a_closed_tickets_follow_up_starts_from_it_and_cancel_keeps_what_was_typed(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        service = controller.service
        assert service is not None
        dialog = await _follow_up_form(controller, qtbot)
        ticket = controller.window.ticket_page.ticket
        assert ticket is not None
        subject = f"Follow-up to #{ticket.number}: {ticket.subject}"
        assert dialog.subject_edit.text() == subject
        # Its beginning shown ("Follow-up to #…"), not its end.
        assert dialog.subject_edit.cursorPosition() == 0
        shown = dialog.subject_edit.cursorRect()
        assert shown.left() < dialog.subject_edit.fontMetrics().horizontalAdvance("F") + 8
        # The closed ticket's category carried over, as a choice the admin can change.
        assert dialog.category == ticket.category
        assert dialog.category_combo.isEnabled()
        # The subject is there: the admin writes on in the description.
        assert QApplication.focusWidget() is dialog.body_edit
        qtbot.keyClicks(dialog.body_edit, "The links expire again.")
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not dialog.isVisible(), what="the form closed")
        # Kept as the New ticket form keeps what was typed: a draft, back in the form.
        await wait_until(
            lambda: (
                (d := service.drafts.get(NEW_TICKET_KEY)) is not None
                and d.body == "The links expire again."
            ),
            what="the follow-up kept as a draft",
        )
        draft = service.drafts.get(NEW_TICKET_KEY)
        assert draft is not None
        assert draft.fields["subject"] == subject
        assert draft.fields["category"] == ticket.category
        # Ctrl+N (New ticket) from the ticket page brings it back.
        window = controller.window
        window.menus.new_ticket_action.trigger()
        await wait_until(
            lambda: (
                window.contact_dialog is not dialog
                and window.contact_dialog is not None
                and window.contact_dialog.isVisible()
            ),
            what="the form again",
        )
        again = window.contact_dialog
        assert again is not None
        assert again.subject_edit.text() == subject
        assert again.body_edit.toPlainText() == "The links expire again."
        assert again.category == ticket.category
        again.reject()


async def test_an_untouched_follow_up_leaves_no_draft(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        service = controller.service
        assert service is not None
        dialog = await _follow_up_form(controller, qtbot)
        dialog.reject()
        await settle()
        draft = service.drafts.get(NEW_TICKET_KEY)
        assert draft is None or not draft.fields


@pytest.mark.parametrize(
    ("language", "window_size"),
    [("en", (1024, 640)), ("ja", (1100, 720)), ("nl", (1024, 640))],
    ids=["en-1024x640", "ja-1100x720", "nl-1024x640"],
)
async def test_the_form_stays_within_a_main_window_smaller_than_the_screen(
    server: RunningServer,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    window_size: tuple[int, int],
) -> None:
    async with contact_on_screen(
        server,
        qtbot,
        tmp_path,
        monkeypatch,
        language=language,
        screen=(1600, 1000),
        window_size=window_size,
    ) as dialog:
        await ask_a_suggested_question(dialog, qtbot)
        # The Japanese hours notice too, whatever the time (the tallest form).
        dialog.hours_note.show()
        dialog.english_button.show()
        grow_to_fit(dialog)
        await settle()
        main = dialog.parentWidget()
        assert main is not None
        outer, app = dialog.frameGeometry(), main.window().frameGeometry()
        assert app.top() <= outer.top() and outer.bottom() <= app.bottom(), (outer, app)
        # Still usable: the buttons in view, the form scrolling above them.
        assert dialog.rect().contains(
            QRect(dialog.send_button.mapTo(dialog, QPoint()), dialog.send_button.size())
        )
        page = dialog.form_scroll.widget()
        assert page is not None
        assert dialog.form_scroll.viewport().height() >= form_scroll.MIN_VISIBLE_HEIGHT
        # The language hint breaks between sentences or words, never inside brackets
        # (Japanese broke "(変更 / できます)").
        note = dialog.language_note
        lines = _lines(note)
        assert len(lines) > 1 or language != "ja", lines
        assert all(line.count("(") == line.count(")") for line in lines), lines
        if language == "nl":
            # Says what it does: the article helped (it answered the question), the form
            # closes; "Beantwoord — sluiten" read as a bare "answered". Short: a longer
            # label left the titles beside it three lines (its tooltip says more).
            button = dialog.suggestions.rows[0].answered_button
            assert button.text() == "Dit helpt — sluiten"
        # Tab to the last field scrolls it into view.
        dialog.attachments.setFocus()
        await settle()
        dialog.form_scroll.ensureWidgetVisible(dialog.attachments)
        assert dialog.attachments.visibleRegion().boundingRect().height() > 0
