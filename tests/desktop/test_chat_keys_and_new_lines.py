"""Chat behaves like chat: Enter sends a line, Shift+Enter starts a new one; a reply to a
ticket keeps Enter for new lines; lines arriving below a reader point them down (issue 20)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.ticket.reply_composer import ReplyComposer
from desktop.ui.tickets.ticket.thread_view import ThreadView
from tests.desktop.test_thread_layout import message

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def composer_in(qtbot: QtBot, *, chat: bool) -> tuple[ReplyComposer, list[str]]:
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.configure(chat=chat, colleague_name="")
    with qtbot.waitExposed(composer):
        composer.show()
    sent: list[str] = []
    composer.send_requested.connect(lambda text, _files: sent.append(text))
    composer.editor.setFocus()
    return composer, sent


def test_in_a_chat_enter_sends_and_shift_enter_makes_a_new_line(qtbot: QtBot) -> None:
    composer, sent = composer_in(qtbot, chat=True)
    QTest.keyClicks(composer.editor, "Hello")
    QTest.keyClick(composer.editor, Qt.Key.Key_Return, SHIFT)
    QTest.keyClicks(composer.editor, "second line")
    assert sent == []  # Shift+Enter: a new line in the box, nothing sent
    assert composer.editor.toPlainText() == "Hello\nsecond line"
    QTest.keyClick(composer.editor, Qt.Key.Key_Return)
    assert sent == ["Hello\nsecond line"]
    composer.sent()
    QTest.keyClicks(composer.editor, "From the keypad")
    QTest.keyClick(composer.editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert sent[-1] == "From the keypad"
    assert "\n" not in composer.editor.toPlainText()  # Enter made no line of its own


def test_enter_on_an_empty_chat_box_sends_nothing_and_adds_no_line(qtbot: QtBot) -> None:
    composer, sent = composer_in(qtbot, chat=True)
    QTest.keyClick(composer.editor, Qt.Key.Key_Return)
    assert sent == [] and composer.editor.toPlainText() == ""


def test_a_reply_keeps_enter_for_new_lines_and_ctrl_enter_sends(qtbot: QtBot) -> None:
    composer, sent = composer_in(qtbot, chat=False)
    QTest.keyClicks(composer.editor, "Dear support,")
    QTest.keyClick(composer.editor, Qt.Key.Key_Return)
    QTest.keyClicks(composer.editor, "the sync stopped.")
    assert sent == [] and composer.editor.toPlainText() == "Dear support,\nthe sync stopped."
    QTest.keyClick(composer.editor, Qt.Key.Key_Return, CTRL)
    assert sent == ["Dear support,\nthe sync stopped."]
    assert not composer.keys_hint.isVisible()  # the chat's hint is not a reply's


def test_the_chat_says_which_keys_send_in_each_language(
    qtbot: QtBot, english: LanguageSwitcher
) -> None:
    composer, _sent = composer_in(qtbot, chat=True)
    assert composer.keys_hint.isVisible()
    assert composer.keys_hint.text() == "Enter to send, Shift+Enter for a new line"
    # Empty, it says first why Send is greyed out, then its key.
    assert composer.send_button.toolTip().splitlines()[-1] == "Send (Enter)"
    try:
        english.apply("nl")
        QApplication.processEvents()
        assert composer.keys_hint.text() != "Enter to send, Shift+Enter for a new line"
        assert "Shift+Enter" in composer.keys_hint.text()
        english.apply("ja")
        QApplication.processEvents()
        assert "Shift+Enter" in composer.keys_hint.text()
        assert composer.keys_hint.text().isascii() is False
    finally:
        english.apply("en")


def scrolled_up_thread(qtbot: QtBot) -> ThreadView:
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(520, 260)  # short: the thread is much taller
    with qtbot.waitExposed(view):
        view.show()
    view.show_messages(
        tuple(message("agent" if n % 2 else "self", "Sam", 60 - n, n) for n in range(12))
    )
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    return view


def test_lines_arriving_while_scrolled_up_show_the_new_messages_button(qtbot: QtBot) -> None:
    view = scrolled_up_thread(qtbot)
    bar = view.verticalScrollBar()
    button = view.new_lines_button
    messages = view.cards()
    thread = tuple(card.message for card in messages)
    # At the newest line a new line is simply followed: no button.
    thread = (*thread, message("agent", "Sam", 0, 100))
    view.show_messages(thread)
    # Settled (a redrawn thread's height drops to nothing for a moment first).
    qtbot.waitUntil(lambda: bar.maximum() > 600 and bar.value() == bar.maximum())
    assert not button.isVisible()
    bar.setValue(300)  # the admin scrolls up to read
    thread = (*thread, message("agent", "Sam", 0, 101))
    view.show_messages(thread)
    # The redrawn cards settle (their height drops, then grows back in steps): the
    # reader's place is taken back through it.
    qtbot.waitUntil(lambda: bar.maximum() > 600 and bar.value() == 300)
    qtbot.wait(100)
    assert bar.value() == 300 and not view.at_newest
    assert button.isVisible() and button.text() == "New messages"
    assert button.accessibleName() == "New messages: go to the newest"
    # Over the thread's foot, inside what is seen.
    assert view.viewport().geometry().contains(button.geometry())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    assert not button.isVisible() and view.at_newest


def test_the_new_messages_button_is_reached_and_pressed_by_keyboard(qtbot: QtBot) -> None:
    view = scrolled_up_thread(qtbot)
    bar = view.verticalScrollBar()
    thread = tuple(card.message for card in view.cards())
    bar.setValue(0)
    view.show_messages((*thread, message("agent", "Sam", 0, 100)))
    button = view.new_lines_button
    qtbot.waitUntil(button.isVisible)
    view.setFocus()
    for _step in range(40):  # Tab through the cards' buttons until it is reached
        if button.hasFocus():
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() and bar.maximum() > 0)
    assert not button.isVisible()
    assert view.hasFocus()  # the keyboard stays in the thread, not lost with the button


def test_reading_down_to_the_new_lines_by_hand_hides_the_button(qtbot: QtBot) -> None:
    view = scrolled_up_thread(qtbot)
    bar = view.verticalScrollBar()
    thread = tuple(card.message for card in view.cards())
    bar.setValue(0)
    view.show_messages((*thread, message("agent", "Sam", 0, 100)))
    qtbot.waitUntil(view.new_lines_button.isVisible)
    qtbot.waitUntil(lambda: bar.maximum() > 600)
    bar.setValue(bar.maximum())
    assert not view.new_lines_button.isVisible() and view.at_newest


def test_the_new_messages_button_speaks_the_language(
    qtbot: QtBot, english: LanguageSwitcher
) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    button = view.new_lines_button
    try:
        english.apply("nl")
        QApplication.processEvents()
        assert button.text() not in ("", "New messages")
        assert button.accessibleName() not in ("", "New messages: go to the newest")
        english.apply("ja")
        QApplication.processEvents()
        assert not button.text().isascii() and not button.accessibleName().isascii()
    finally:
        english.apply("en")


def test_joined_and_ended_are_quiet_lines_not_the_agents_messages(qtbot: QtBot) -> None:
    from desktop.api.models import Ticket

    document = {
        "id": "t1",
        "number": 1,
        "subject": "s",
        "status": "open",
        "product": "dropbox",
        "channel": "chat",
        "premium": True,
        "category": "sync",
        "language": "en",
        "submitter": {"id": "u1", "name": "Ava"},
        "created_at": "2026-12-01T10:00:00Z",
        "updated_at": "2026-12-01T10:00:00Z",
        "first_response_due_at": "2026-12-01T14:00:00Z",
        "first_responded_at": None,
        "sla_state": "due",
        "messages": [],
        "events": [
            {
                "id": "e1",
                "kind": "chat_joined",  # no status: a chat's event changes none
                "actor": {"kind": "agent", "name": "Sam"},
                "created_at": "2026-12-01T11:00:00Z",
            },
            {
                "id": "e2",
                "kind": "chat_ended",
                "actor": {"kind": "self", "name": "Ava"},
                "created_at": "2026-12-01T11:05:00Z",
            },
        ],
    }
    ticket = Ticket.from_json(document)
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_messages(ticket.messages, ticket.events)
    assert view.cards() == []
    assert [line.what_happened() for line in view.event_lines()] == [
        "Sam joined the chat",
        "You ended the chat",
    ]
