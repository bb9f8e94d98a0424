"""Chat behaves like chat, in the real window against the real service and its demo agent
(issue 20, R15): Enter sends a line, one box per live chat, nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.store.drafts import reply_key
from desktop.ui.tickets.chat.chat_window import ChatWindow
from tests.support.app import make_settings, running_client
from tests.support.chat_flows import end_chat, end_chat_box
from tests.support.client_flows import in_every_language, open_contact, signed_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import read_ticket
from tests.support.waiting import wait_until


@pytest.fixture(scope="module")
def chatting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("chatting")
    with sqlite_database(directory) as url, running_server(url, directory, DEMO_AGENT="true") as s:
        yield s


async def start_chat(controller: AppController, qtbot: QtBot, subject: str) -> ChatWindow:
    dialog = await open_contact(controller, qtbot)
    # In English, open around the clock (R4): chosen in a Dutch app, never closed in a
    # Japanese one out of Japanese hours.
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.channel_buttons["chat"].setChecked(True)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sync"))
    dialog.subject_edit.setText(subject)
    dialog.body_edit.setPlainText("Is selective sync per device?")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    window = controller.window
    await wait_until(lambda: window.chat_windows, what="the chat window")
    chat = next(iter(window.chat_windows.values()))
    await wait_until(chat.isVisible, what="the chat window shown")
    return chat


async def test_a_line_sent_with_enter_reaches_the_service_and_the_agent_answers(
    chatting: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=chatting.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        chat = await start_chat(controller, qtbot, "Enter sends")
        await wait_until(
            lambda: chat.ticket.chat_state == "connected", timeout=30, what="the agent joined"
        )
        assert chat.composer.keys_hint.isVisible()
        chat.activateWindow()  # the admin writes in it
        await wait_until(chat.isActiveWindow, what="the chat window active")
        # A greeting before the window was active may be marked; what follows must not be.
        controller.window.unread.mark_read(chat.ticket.id)
        editor = chat.composer.editor
        editor.setFocus()
        QTest.keyClicks(editor, "Two devices:")
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClicks(editor, "a laptop and a phone.")
        assert editor.toPlainText() == "Two devices:\na laptop and a phone."  # not sent yet
        QTest.keyClick(editor, Qt.Key.Key_Return)
        await wait_until(lambda: editor.toPlainText() == "", what="the line queued")

        # The service has it as one line, with its new line (read as another device would).
        await wait_until(
            lambda: any(m.body.startswith("Two devices:") for m in chat.ticket.messages),
            what="the line delivered",
        )
        ticket = await read_ticket(chatting.url, chat.ticket.id)
        bodies = [m["body"] for m in ticket["messages"]]
        assert "Two devices:\na laptop and a phone." in bodies
        await wait_until(
            lambda: any(
                m.body == "Two devices:\na laptop and a phone." for m in chat.ticket.messages
            ),
            what="the line in the window",
        )
        mine = next(m for m in chat.ticket.messages if m.body.startswith("Two devices:"))

        def agent_answered() -> bool:
            return any(
                card.message.author_kind == "agent" and card.message.created_at > mine.created_at
                for card in chat.transcript.cards()
            )

        await wait_until(agent_answered, timeout=30, what="the agent's answer in the window")
        # Read where it came: the answer is not marked new in the main window (it was).
        assert chat.isActiveWindow()
        assert chat.ticket.id not in controller.window.unread
        # Esc closes the window, as a dialog's; the chat goes on (reopened as it was).
        QTest.keyClick(editor, Qt.Key.Key_Escape)
        await wait_until(lambda: not chat.isVisible(), what="the chat window closed")


@in_every_language()
async def test_the_chat_window_has_one_name_and_names_its_ticket(
    chatting: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # R15
    """A newcomer's report: the ticket page said "Open chat window" at its top and "Show
    chat window" at its bottom for the same window; and the window, without a title bar
    drawn, seemed to name no ticket (its title does)."""
    settings = make_settings(tmp_path, server_url=chatting.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        chat = await start_chat(controller, qtbot, "One name for the window")
        page = controller.window.ticket_page
        await wait_until(
            lambda: page.ticket is not None and page.ticket.id == chat.ticket.id, what="the page"
        )
        await wait_until(page.chat_handover.isVisible, what="the hand-over line")
        assert page.chat_window_button.isVisible()
        assert page.chat_window_button.text() == page.chat_handover.show_button.text()
        # And then it said "Show chat window" twice (newcomer30): the top one only.
        assert not page.chat_handover.show_button.isVisible()
        number = chat.ticket.number
        title = f"#{number} One name for the window"
        assert chat.windowTitle() == {"en": "Chat", "ja": "チャット", "nl": "Chat"}[language] + (
            f" — {title}"
        )
        await end_chat(chat, chat.end_button, qtbot)
        await wait_until(lambda: chat.ticket.chat_state == "ended", what="the chat ended")


async def test_one_box_per_live_chat_and_the_text_moves_with_it(
    chatting: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=chatting.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        chat = await start_chat(controller, qtbot, "One box")
        page = controller.window.ticket_page
        await wait_until(
            lambda: page.ticket is not None and page.ticket.id == chat.ticket.id, what="the page"
        )
        # The window is open: the page offers no second box, only the way to the window.
        await wait_until(page.chat_handover.isVisible, what="the hand-over line")
        assert not page.composer.isVisible()
        assert page.chat_handover.text.text() == "This chat continues in its window."
        assert page.chat_window_button.text() == "Show chat window"

        # Closed with half a line typed: the page's box returns with it (and keeps it).
        chat.composer.editor.setPlainText("Half a line")
        chat.close()
        await wait_until(page.composer.isVisible, what="the page's box back")
        assert not page.chat_handover.isVisible()
        assert page.composer.editor.toPlainText() == "Half a line"
        assert chat.composer.editor.toPlainText() == ""  # one box holds it, not two
        assert page.composer.keys_hint.isVisible()  # still a live chat: Enter sends here too
        drafts = controller.service.drafts if controller.service else None
        assert drafts is not None
        key = reply_key(chat.ticket.id)
        await wait_until(
            lambda: (draft := drafts.get(key)) is not None and draft.body == "Half a line",
            what="the draft saved",
        )
        page.composer.editor.setPlainText("Half a line, and more")

        # Shown again (from the page's button): the text goes along, the page points there.
        qtbot.mouseClick(page.chat_window_button, Qt.MouseButton.LeftButton)
        await wait_until(chat.isVisible, what="the window again")
        assert chat.composer.editor.toPlainText() == "Half a line, and more"
        assert not page.composer.isVisible() and page.composer.editor.toPlainText() == ""
        await wait_until(lambda: drafts.get(key) is None, what="the page's draft gone")
        chat.close()
        await wait_until(page.composer.isVisible, what="the page's box back")
        qtbot.mouseClick(page.chat_window_button, Qt.MouseButton.LeftButton)
        await wait_until(page.chat_handover.isVisible, what="the hand-over line again")
        # Behind the main window, "Show chat window" brings it forward, its box ready.
        controller.window.activateWindow()
        await wait_until(lambda: QApplication.activeWindow() is controller.window, what="main")
        # One "Show chat window" on the page (newcomer report: one at the top and one at
        # the bottom): the one at the top, read first.
        assert page.chat_window_button.isVisible()
        assert not page.chat_handover.show_button.isVisible()
        qtbot.mouseClick(page.chat_window_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: QApplication.activeWindow() is chat, what="the chat in front")
        assert chat.composer.editor.toPlainText() == "Half a line, and more"

        # The chat ends: the page's ordinary reply box returns, with what was typed.
        await end_chat(chat, chat.end_button, qtbot)
        await wait_until(lambda: chat.ticket.chat_state == "ended", what="the chat ended")
        await wait_until(
            lambda: page.ticket is not None and page.ticket.chat_state == "ended",
            what="the page sees it ended",
        )
        await wait_until(page.composer.isVisible, what="the reply box back")
        assert not page.chat_handover.isVisible()
        assert page.composer.editor.toPlainText() == "Half a line, and more"
        assert not page.composer.keys_hint.isVisible()  # a reply now: Enter is a new line
        assert not chat.composer.isVisible()  # one place to write: the window has no box now


async def test_a_chat_closed_in_its_window_is_ended_on_the_page(
    chatting: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    """Ctrl+W puts the window away and the chat goes on in the page: it can be ended
    there; once ended, no window is offered for it."""
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=chatting.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        chat = await start_chat(controller, qtbot, "End it here")
        page = controller.window.ticket_page
        await wait_until(
            lambda: page.ticket is not None and page.ticket.id == chat.ticket.id, what="the page"
        )
        assert not page.end_chat_button.isVisible()  # typed in the window: ended there
        QTest.keySequence(chat, QKeySequence(QKeySequence.StandardKey.Close))
        await wait_until(lambda: not chat.isVisible(), what="the window put away")
        await wait_until(page.end_chat_button.isVisible, what="End chat on the page")
        await end_chat(page, page.end_chat_button, qtbot)
        await wait_until(
            lambda: page.ticket is not None and page.ticket.chat_state == "ended",
            what="the chat ended",
        )
        assert (await read_ticket(chatting.url, chat.ticket.id))["chat"]["state"] == "ended"
        assert not page.end_chat_button.isVisible()
        assert not page.chat_window_button.isVisible()  # nothing live to follow in one


async def test_an_ended_chat_window_has_a_close_button(
    chatting: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=chatting.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        chat = await start_chat(controller, qtbot, "Close it")
        assert not chat.close_button.isVisible()  # live: End chat, not Close
        await end_chat(chat, chat.end_button, qtbot)
        await wait_until(lambda: chat.ticket.chat_state == "ended", what="the chat ended")
        assert chat.close_button.isVisible() and chat.close_button.text() == "Close"
        qtbot.mouseClick(chat.close_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not chat.isVisible(), what="the window closed")


async def test_end_chat_asks_first_and_keeping_it_is_the_default(
    chatting: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    """Ending a chat cannot be undone (newcomer report: it ended at once): asked first,
    Esc and Enter keep it; once ended, the window says where an answer goes."""
    async with running_client(
        tmp_path, make_settings(tmp_path, server_url=chatting.url)
    ) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        chat = await start_chat(controller, qtbot, "Ask first")
        box = await end_chat_box(chat, chat.end_button, qtbot)
        assert box.defaultButton() is box.keep_button  # the destructive one never
        assert box.escapeButton() is box.keep_button
        assert box.end_button.text() == "End chat"
        QTest.keyClick(box, Qt.Key.Key_Escape)
        await wait_until(lambda: not box.isVisible(), what="the box put away")
        assert chat.live and chat.composer.isVisible()
        assert (await read_ticket(chatting.url, chat.ticket.id))["chat"]["state"] != "ended"

        await end_chat(chat, chat.end_button, qtbot)
        await wait_until(lambda: chat.ticket.chat_state == "ended", what="the chat ended")
        # No box to type in: the window says so, and where to answer.
        assert not chat.composer.isVisible()
        number = chat.ticket.number
        assert f"reply on ticket #{number}" in chat.state.text()
