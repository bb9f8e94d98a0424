"""A ticket found by a list's search opens with the searched words marked in its thread,
beside the list (the reading pane) and over it (a narrow window); clearing the search
unmarks them (tests/desktop/test_thread_search_marks.py: how they are marked)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.tickets import create_ticket
from tests.support.waiting import wait_until

WORD = "wombatpéché"


def _marked(page: TicketPage) -> list[str]:
    """The messages (their ids) with a word marked."""
    return [c.message.id for c in page.thread_scroll.cards() if "<span " in c.body.text()]


def _showing(page: TicketPage, ticket_id: str) -> bool:
    return (
        page.ticket is not None and page.ticket.id == ticket_id and bool(page.thread_scroll.cards())
    )


async def test_a_find_opens_with_the_searched_words_marked(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    found = str(
        (
            await create_ticket(
                server.url,
                subject="Uploads vanish at night",
                body=f"Every night the {WORD} folder empties itself.",
            )
        )["id"]
    )
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        page = window.my_tickets
        window.resize(1500, 900)
        await wait_until(lambda: page.docked, what="the reading pane beside the list")
        await wait_until(lambda: not page.syncing and page.model.rowCount() > 1)
        ticket_page = window.ticket_page

        page.filters.search.setText("WOMBATPECHE")  # accents and case as the list ignores
        await wait_until(lambda: page.model.row_of(found) is not None, what="the find")
        page.table.selectRow(page.model.row_of(found) or 0)
        await wait_until(lambda: _showing(ticket_page, found), what="the find beside")
        await wait_until(lambda: len(_marked(ticket_page)) == 1, what="its word marked")

        page.filters.search.clear()
        await wait_until(lambda: page.search_text == "" and not _marked(ticket_page))

        # Over the list, in a narrow window: the same.
        window.resize(1100, 720)
        await wait_until(lambda: not page.docked, what="the pane given back")
        page.filters.search.setText(WORD)
        await wait_until(lambda: page.model.row_of(found) is not None, what="the find")
        window.open_ticket(found)
        assert window.pages.currentWidget() is ticket_page
        await wait_until(lambda: _showing(ticket_page, found), what="the find opened")
        await wait_until(lambda: len(_marked(ticket_page)) == 1, what="its word marked")
