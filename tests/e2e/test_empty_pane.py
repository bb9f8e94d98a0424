"""A list with no row beside the reading pane says no ticket either (newcomer 30): a user
with no tickets sees, beside "You have no tickets yet.", that there is no ticket to show
(not a blank white box), and a search that finds nothing leaves none beside it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support.app import make_settings, running_client
from tests.support.client_flows import docked_my_tickets, submit_sign_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_with_no_tickets_the_pane_says_why(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await submit_sign_in(controller, qtbot, "tia@tiny.example")
        window = controller.window
        page = await docked_my_tickets(window)
        await wait_until(
            lambda: (
                page.empty_state.isVisible() and "no tickets yet" in page.empty_state.label.text()
            ),
            what="You have no tickets yet.",
        )
        ticket_page = window.ticket_page
        assert ticket_page.isVisible() and ticket_page.ticket is None
        assert ticket_page.empty_note.isVisible()
        assert not ticket_page.thread_scroll.isVisible()


async def test_a_search_that_finds_nothing_leaves_no_ticket_beside_the_list(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    """A newcomer's search for "ideeen": "0 tickets" and "No tickets match…", and #1006
    still read beside the empty list. Cleared, the list and the pane are back on it."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await submit_sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        page = await docked_my_tickets(window)
        await wait_until(lambda: page.model.rowCount() > 1, what="Ava's tickets")
        page.table.select_in_view(1)
        chosen = page.selected_ticket()
        ticket_page = window.ticket_page
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == chosen,
            what="the chosen ticket in the pane",
        )
        page.filters.search.setText("ideeen")
        await wait_until(
            lambda: page.empty_state.isVisible() and page.model.rowCount() == 0,
            what="no ticket found",
        )
        await wait_until(lambda: ticket_page.ticket is None, what="no ticket in the pane")
        assert ticket_page.empty_note.isVisible() and not ticket_page.thread_scroll.isVisible()
        page.filters.search.clear()
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == chosen,
            what="the chosen ticket back in the pane",
        )
