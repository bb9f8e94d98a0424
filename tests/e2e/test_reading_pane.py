"""Master–detail: a wide window reads the selected ticket beside the list (issue 19)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap.look_screenshots import open_own_ticket
from tests.support.app import make_settings, running_client
from tests.support.client_flows import docked_my_tickets, signed_in
from tests.support.server import RunningServer
from tests.support.tickets import agent_reply
from tests.support.waiting import wait_until


async def test_the_pane_follows_the_selection_and_gives_way_when_narrow(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        page = await docked_my_tickets(window)
        ticket_page = window.ticket_page
        assert window.pages.currentWidget() is page  # the list stays on screen
        assert not ticket_page.back_button.isVisible()  # nothing to go back to

        # The first sync done: a later re-read of the list would reset its current row.
        await wait_until(lambda: not page._syncing and page.model.rowCount() > 1)
        page.table.setFocus()
        page.table.selectRow(0)
        first = page.model.ticket_at(0).id
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == first,
            what="the first ticket in the pane",
        )
        # The arrows walk the list; the pane follows where the walk stops.
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        second = page.model.ticket_at(1).id
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == second,
            what="the pane following the arrow",
        )
        assert window.pages.currentWidget() is page

        # Enter reads it in the pane rather than leaving the list.
        window.open_ticket(second)
        assert window.pages.currentWidget() is page
        assert ticket_page.isVisible()

        # Narrow again: the list alone, and a ticket opens over it as before.
        window.resize(1100, 720)
        await wait_until(lambda: not page.docked, what="the pane given back")
        window.open_ticket(first)
        assert window.pages.currentWidget() is ticket_page
        assert ticket_page.back_button.isVisible()
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == first,
            what="the ticket over the list",
        )


async def test_a_ticket_link_selects_its_ticket_in_its_list_and_reads_it_beside(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(1500, 900)
        window.show_billing()  # elsewhere when the link comes
        team = window.team_tickets
        await wait_until(lambda: team.model.rowCount() > 2, what="the team's tickets")
        teammates = team.model.ticket_at(2)
        controller.ticket_links.open_link(f"premium-support-desk://ticket/{teammates.number}")
        await wait_until(
            lambda: (
                window.ticket_page.ticket is not None
                and window.ticket_page.ticket.id == teammates.id
            ),
            what="the linked ticket read",
        )
        # Its list is shown with it selected: the navigation, the row and the pane agree.
        assert window.pages.currentWidget() is team
        assert team.selected_ticket() == teammates.id
        assert team.docked


async def test_an_answer_moves_the_read_ticket_up_and_the_pane_stays_on_it(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        page = await docked_my_tickets(window)
        await wait_until(lambda: not page._syncing and page.model.rowCount() > 4)  # noqa: SLF001
        await wait_until(lambda: window.live_feed.connected, what="the event stream")
        page.table.setFocus()
        page.table.selectRow(3)
        read = page.model.ticket_at(3).id
        ticket_page = window.ticket_page
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == read,
            what="the fourth ticket in the pane",
        )
        selected: list[str] = []
        page.ticket_selected.connect(selected.append)

        # Support answers it (elsewhere): the event moves its row to the top of Updated.
        await agent_reply(server.url, read, "Fixed on our side: please try again.")
        await wait_until(lambda: page.model.row_of(read) == 0, what="the row on top")
        assert page.selected_ticket() == read
        assert set(selected) <= {read}  # the pane was never sent to another ticket
        assert ticket_page.ticket is not None and ticket_page.ticket.id == read


async def test_a_ticket_opened_from_another_page_says_where_it_belongs(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    """A notification opens the admin's ticket over Insights: the navigation and Back
    both say My tickets (the navigation had stayed on Insights, Back said another list)."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(1100, 720)  # no pane: the ticket opens over the page
        mine = window.my_tickets.model.ticket_at(0).id
        window.show_team_tickets()
        window.show_insights()
        assert window.navigation.currentItem().text() == "Insights"
        window._open_from_notification(mine)  # noqa: SLF001 - as a click on the notification
        assert window.pages.currentWidget() is window.ticket_page
        assert window.navigation.currentItem().text() == "My tickets"
        assert window.ticket_page.back_button.text().endswith("My tickets")
        qtbot.mouseClick(window.ticket_page.back_button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.my_tickets


async def test_an_own_ticket_opened_over_team_tickets_names_my_tickets(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    """At 1024×640 (no pane) a notification opens the admin's own ticket while Team tickets
    is shown: the navigation and Back name My tickets, where it is listed (they said Team
    tickets, which does not list it); a ticket opened from a list names that list."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(1024, 640)
        mine = window.my_tickets.model.ticket_at(0).id
        window.show_team_tickets()
        team = window.team_tickets
        await wait_until(lambda: team.model.rowCount() > 0, what="team tickets")
        assert not team.docked
        window._open_from_notification(mine)  # noqa: SLF001 - as a click on the notification
        assert window.pages.currentWidget() is window.ticket_page
        assert window.navigation.currentItem().text() == "My tickets"
        assert window.ticket_page.back_button.text() == "← My tickets"
        assert window.my_tickets.selected_ticket() == mine  # where Back leads, selected
        qtbot.mouseClick(window.ticket_page.back_button, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.my_tickets

        # The screenshots' own way (ticket-small): from My tickets too, not over Team tickets.
        window.show_team_tickets()
        await open_own_ticket(window, mine)
        assert window.navigation.currentItem().text() == "My tickets"
        assert window.ticket_page.back_button.text() == "← My tickets"

        # Opened from each list (what Enter or a double click on its row sends), each names
        # its own.
        for page, name in ((window.my_tickets, "My tickets"), (team, "Team tickets")):
            (window.show_my_tickets if page is window.my_tickets else window.show_team_tickets)()
            page.ticket_open_requested.emit(page.model.ticket_at(0).id)
            assert window.pages.currentWidget() is window.ticket_page
            assert window.navigation.currentItem().text() == name
            assert window.ticket_page.back_button.text() == f"← {name}"
            window.leave_ticket()
            assert window.pages.currentWidget() is page
