"""Drafts and outbox against a real service: Open, Discard with Undo; one story offline (#20)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.store.drafts import reply_key
from desktop.store.outbox import REPLY
from desktop.ui.notices.connection_indicator import ConnectionState
from desktop.ui.shell.navigation import NAV_DRAFTS
from tests.e2e.test_outbox import bodies, open_first_ticket
from tests.support.client_flows import signed_in_client
from tests.support.databases import sqlite_database
from tests.support.server import running_server
from tests.support.tickets import read_ticket
from tests.support.waiting import wait_active, wait_until


def _shown(page: Any) -> list[str]:
    return [page.list.item(row).text() for row in range(page.list.count())]


async def test_a_draft_discarded_can_be_undone_and_goes_only_when_undo_does(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            ticket_id = await open_first_ticket(controller)
            service = controller.service
            assert service is not None
            window = controller.window
            ticket_page = window.ticket_page
            # A reply begun on the open ticket, and a draft of another one.
            ticket_page.composer.editor.setPlainText("Begun here, then thrown away")
            await ticket_page.save_draft()  # type: ignore[misc]
            model = window.my_tickets.model
            other = next(
                t.id
                for t in (model.ticket_at(row) for row in range(model.rowCount()))
                if t.id != ticket_id and t.status != "closed"
            )
            key = reply_key(other)
            await service.drafts.save(key, "Half a thought about the sync", ticket_id=other)
            window.show_drafts()
            page = window.drafts
            await wait_until(lambda: page.list.count() == 2, what="the drafts listed")
            row = next(r for r, text in enumerate(_shown(page)) if "Half a thought" in text)
            page.list.setCurrentRow(row)
            assert page.open_button.isEnabled() and page.discard_button.isEnabled()
            menu = page.menu_for(page.list.item(row))
            assert menu is not None
            assert [a.text() for a in menu.actions() if a.text()] == ["Open", "Discard"]
            # Discard: gone from the list at once, kept in the store while Undo is offered.
            qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
            assert page.list.count() == 1 and page.undo_bar.isVisible()
            assert page.undo_bar.text.text() == "Draft discarded."
            assert window.navigation.text_for(NAV_DRAFTS) == "Drafts and outbox (1)"
            assert service.drafts.get(key) is not None
            qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
            assert not page.undo_bar.isVisible() and page.list.count() == 2
            # The open ticket's reply discarded, Undo not taken: deleted when the bar goes,
            # and the reply box lets it go (leaving the ticket does not save it again).
            page.undo_bar.timer.setInterval(300)  # 8 s in the app
            row = next(r for r, text in enumerate(_shown(page)) if "Begun here" in text)
            page.list.setCurrentRow(row)
            qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
            assert service.drafts.get(reply_key(ticket_id)) is not None
            await wait_until(
                lambda: service.drafts.get(reply_key(ticket_id)) is None, what="deleted after"
            )
            assert not page.undo_bar.isVisible() and page.list.count() == 1
            # The box hears of the deletion from the store's change news (a moment later).
            await wait_until(
                lambda: ticket_page.composer.editor.toPlainText() == "",
                what="the reply box letting the discarded draft go",
            )
            # Open continues the other draft: its ticket, the text in the reply box.
            page.list.setCurrentRow(0)
            qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
            await wait_until(
                lambda: (
                    ticket_page.composer.editor.toPlainText() == "Half a thought about the sync"
                ),
                what="the draft continued",
            )
            assert ticket_page.ticket is not None and ticket_page.ticket.id == other
            assert [d.key for d in service.drafts.all()] == [key]  # the other not saved again


async def test_a_reply_discarded_from_the_outbox_is_not_sent_while_undo_is_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    text = "Please hold this one back."
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            ticket_id = await open_first_ticket(controller)
            service = controller.service
            assert service is not None
            window = controller.window
            window.show_drafts()
            page = window.drafts
            # In the outbox, not tried yet (as if the connection had just dropped).
            item = await service.outbox.store.add(kind=REPLY, body=text, ticket_id=ticket_id)
            await wait_until(lambda: page.list.count() == 1, what="the reply listed")
            page.list.setCurrentRow(0)
            page.discard()
            assert page.list.count() == 0 and page.undo_bar.isVisible()
            # The service answers meanwhile: a held item is not sent.
            service.outbox.flush()
            await service.outbox.wait_idle()
            assert [i.key for i in service.outbox.store.items()] == [item.key]
            assert text not in bodies(await read_ticket(server.url, ticket_id))
            # Undo: back in the list, and sent now.
            qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: not service.outbox.store.items(), what="sent after Undo")
            assert bodies(await read_ticket(server.url, ticket_id)).count(text) == 1


async def test_the_banner_and_the_status_bar_tell_one_story(
    qtbot: QtBot, tmp_path: Path, english: Any
) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            window = controller.window
            indicator = window.connection
            feed = window.live_feed

            def agree() -> bool:
                banner = window.banners.offline_built
                shown = banner is not None and not banner.isHidden()
                said = "Offline" in indicator.text()
                return shown == said == indicator.offline

            assert indicator.state is ConnectionState.CONNECTED and agree()
            # The live stream drops (as when the service goes away): both say offline.
            feed.connection_changed.emit(False)
            assert agree() and indicator.offline
            assert "127.0.0.1" in window.offline_banner.text.text()
            assert "127.0.0.1" in indicator.text()
            feed.connection_changed.emit(True)
            assert agree() and not indicator.offline
            # A cached start still connecting, then offline: the same (not "Connecting…").
            indicator.set_state(ConnectionState.CONNECTING, server=server.url)
            feed.connection_changed.emit(False)
            assert agree() and "Connecting" not in indicator.text()
            # In Japanese too, the same word in both.
            try:
                english.apply("ja")

                def offline_in_japanese() -> bool:
                    # The real event stream may reconnect meanwhile (a loaded machine) and
                    # say so: offline is told again, as the test's own premise.
                    if not indicator.offline:
                        feed.connection_changed.emit(False)
                    return "オフライン" in indicator.text()

                await wait_until(offline_in_japanese, what="ja indicator")
                banner = window.offline_banner.text.text()
                assert "オフライン" in banner  # read without the joiners (whole words)
            finally:
                english.apply("en")
            window.show_signed_out()
            assert agree() and not indicator.offline


async def _chosen_with_the_keyboard(qtbot: QtBot, window: Any, body: str, *, by: str) -> None:
    """Drafts and outbox shown, the list with the keyboard; the draft of ``body`` chosen
    with Enter (``by`` "enter") or a double-click ("double-click")."""
    window.show_drafts()
    page = window.drafts
    await wait_until(lambda: body in "".join(_shown(page)), what="the draft listed")
    row = next(r for r, text in enumerate(_shown(page)) if body in text)
    page.list.setCurrentRow(row)
    page.list.setFocus()
    await wait_until(page.list.hasFocus, what="the keyboard in the drafts")
    if by == "enter":
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
    else:
        place = page.list.visualItemRect(page.list.item(row)).center()
        # A double-click's first press and release, then the second press (as a hand does).
        qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=place)
        qtbot.mouseDClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=place)


async def test_a_reply_draft_chosen_opens_with_the_keyboard_at_its_end_and_ctrl_enter_sends(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 19: a newcomer opened a reply draft and pressed Ctrl+Enter: nothing happened
    (the keyboard was on the conversation). Chosen in Drafts and outbox, a reply draft
    opens its ticket with the keyboard in the reply box, the cursor at the draft's end."""
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            service = controller.service
            assert service is not None
            window = controller.window
            window.activateWindow()
            await wait_active(window)
            model = window.my_tickets.model
            unread, shown = [
                t.id
                for t in (model.ticket_at(row) for row in range(model.rowCount()))
                if t.status in ("new", "open", "pending") and t.channel != "chat"
            ][:2]
            ticket_page = window.ticket_page
            editor = ticket_page.composer.editor

            # A ticket not read yet: the box takes the keyboard once the thread comes.
            text = "Half a thought about the sync"
            await service.drafts.save(reply_key(unread), text, ticket_id=unread)
            assert service.cached_ticket(unread) is None  # its thread comes after the choice
            await _chosen_with_the_keyboard(qtbot, window, text, by="enter")
            await wait_until(editor.hasFocus, what="the keyboard in the reply box")
            assert ticket_page.ticket is not None and ticket_page.ticket.id == unread
            assert editor.toPlainText() == text
            assert editor.textCursor().position() == len(text)  # typing goes on at its end
            qtbot.keyClicks(editor, ", and the rest.")
            qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            whole = text + ", and the rest."
            # Into the outbox (the box is cleared only then), and from there to the service.
            await wait_until(
                lambda: not editor.toPlainText() and not service.outbox.store.items(),
                what="sent",
            )
            assert bodies(await read_ticket(server.url, unread)).count(whole) == 1
            assert service.drafts.get(reply_key(unread)) is None

            # The ticket on the page already, its cursor left at the start: double-clicked,
            # the keyboard goes to the box at the draft's end all the same.
            other = "Second thoughts on the invitations"
            await service.drafts.save(reply_key(shown), other, ticket_id=shown)
            window.open_ticket(shown)
            await wait_until(lambda: editor.toPlainText() == other, what="its draft shown")
            editor.moveCursor(QTextCursor.MoveOperation.Start)
            await _chosen_with_the_keyboard(qtbot, window, other, by="double-click")
            await wait_until(editor.hasFocus, what="the keyboard in the reply box")
            assert ticket_page.ticket is not None and ticket_page.ticket.id == shown
            assert editor.textCursor().position() == len(other)
            qtbot.keyClicks(editor, " Later.")
            assert editor.toPlainText() == other + " Later."
