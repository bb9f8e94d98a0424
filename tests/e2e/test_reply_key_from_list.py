"""R from the list writes a reply (newcomer 27, item 1).

With a ticket read in the pane beside My tickets and the keyboard in the list, R did
nothing (the ticket page's R is its own and its children's), although F1 names it; the
reply typed next went into the list's type-ahead and silently selected another ticket.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import docked_my_tickets, signed_in, window_active
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


def _open_row(page: TicketListPage) -> int:
    """A row whose ticket takes a reply (not closed), and not the first: the type-ahead
    below has another ticket's subject to jump to."""
    for row in range(1, page.model.rowCount()):
        if page.model.ticket_at(row).status != "closed":
            return row
    raise AssertionError("no open ticket listed")


def _another_subject(page: TicketListPage, row: int) -> str:
    """The start of another ticket's subject, without an R (R has its job in the list)."""
    mine = page.model.ticket_at(row).subject.lower()
    for other in range(page.model.rowCount()):
        start = page.model.ticket_at(other).subject.lower()[:3]
        if other != row and "r" not in start and not mine.startswith(start):
            return start
    raise AssertionError("no other subject to type")


async def test_r_in_the_list_writes_a_reply_and_letters_select_no_row(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        await window_active(window)
        page = await docked_my_tickets(window)
        await wait_until(lambda: not page._syncing and page.model.rowCount() > 2)  # noqa: SLF001
        ticket_page = window.ticket_page
        row = _open_row(page)
        chosen = page.model.ticket_at(row).id
        page.table.setFocus()
        page.table.select_in_view(row)
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == chosen,
            what="the chosen ticket in the pane",
        )
        await wait_until(page.table.hasFocus, what="the keyboard in the list")

        # Letters in the list select no row: another ticket's subject typed, nothing moves.
        qtbot.keyClicks(page.table, _another_subject(page, row))
        assert page.selected_ticket() == chosen
        assert page.table.hasFocus()

        # R: the pane's reply box takes the keyboard; what follows is the reply.
        qtbot.keyClick(page.table, Qt.Key.Key_R)
        editor = ticket_page.composer.editor
        await wait_until(
            lambda: QApplication.focusWidget() is editor, what="the keyboard in the reply box"
        )
        assert window.pages.currentWidget() is page  # still beside the list
        qtbot.keyClicks(editor, "Thanks")
        assert editor.toPlainText() == "Thanks"
        assert page.selected_ticket() == chosen
        assert ticket_page.ticket is not None and ticket_page.ticket.id == chosen

        # Narrow (no pane): R opens the ticket over the list, the keyboard in its reply.
        editor.clear()
        window.resize(1100, 720)
        await wait_until(lambda: not page.docked, what="the pane given back")
        page.table.setFocus()
        await wait_until(page.table.hasFocus, what="the keyboard in the list")
        qtbot.keyClick(page.table, Qt.Key.Key_R)
        assert window.pages.currentWidget() is ticket_page
        await wait_until(
            lambda: QApplication.focusWidget() is editor, what="the reply box over the list"
        )
