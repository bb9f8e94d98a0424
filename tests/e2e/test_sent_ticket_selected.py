"""A request just sent is the ticket selected in My tickets (issue 19): back from it (Esc or
Back) the admin finds it there, and a reading pane beside the list shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from tests.support.app import make_settings, running_client
from tests.support.client_flows import open_contact, signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def send_a_request(controller: AppController, qtbot: QtBot, subject: str) -> str:
    """Contact support filled and sent; the new ticket's id once its page shows it."""
    dialog = await open_contact(controller, qtbot)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("sharing"))
    dialog.subject_edit.setText(subject)
    dialog.body_edit.setPlainText("Links to the Board folder ask for a password since today.")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    page = controller.window.ticket_page
    await wait_until(
        lambda: page.ticket is not None and page.ticket.subject == subject,
        what="the new ticket",
    )
    assert page.ticket is not None
    return page.ticket.id


async def test_back_from_a_request_just_sent_finds_it_selected(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(1100, 720)  # no room for a reading pane: the ticket opens over the list
        mine = window.my_tickets
        await wait_until(lambda: not mine._syncing, what="the first sync")
        mine.table.selectRow(0)
        before = mine.selected_ticket()
        new = await send_a_request(controller, qtbot, "Shared link asks for a password")
        assert window.pages.currentWidget() is window.ticket_page
        await wait_until(lambda: mine.model.row_of(new) is not None, what="the ticket listed")
        window.activateWindow()  # Esc is the window's shortcut: as when the admin uses it
        await wait_until(lambda: QApplication.activeWindow() is window, what="the window active")
        focused = QApplication.focusWidget()
        assert focused is not None and window.ticket_page.isAncestorOf(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Escape)
        assert window.pages.currentWidget() is mine
        assert mine.selected_ticket() == new != before

        # Sent again, Back rather than Esc.
        newer = await send_a_request(controller, qtbot, "Board folder is read-only")
        await wait_until(lambda: mine.model.row_of(newer) is not None, what="the ticket listed")
        qtbot.mouseClick(window.ticket_page.back_button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is mine
        assert mine.selected_ticket() == newer


async def test_a_request_just_sent_is_selected_beside_the_reading_pane(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(1500, 900)
        mine = window.my_tickets
        await wait_until(lambda: mine.docked, what="the reading pane beside the list")
        await wait_until(lambda: not mine._syncing, what="the first sync")
        mine.table.selectRow(0)
        new = await send_a_request(controller, qtbot, "Shared link expired early")
        assert window.pages.currentWidget() is mine  # the list stays, the pane reads it
        await wait_until(lambda: mine.selected_ticket() == new, what="the new ticket selected")
        page = window.ticket_page
        await wait_until(
            lambda: page.ticket is not None and page.ticket.id == new and page.isVisible(),
            what="the new ticket in the pane",
        )
