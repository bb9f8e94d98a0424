"""Signed out and in again with the same account, each list selects the ticket it had
selected, not the newest (a newcomer lost their place that way)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.sign_in import AVA, signed_out, type_password_and_enter
from tests.support.waiting import wait_until


def _click_row(qtbot: QtBot, page: TicketListPage, row: int) -> str:
    """The row clicked, as the admin chooses a ticket; its id."""
    table = page.table
    table.scrollTo(page.model.index(row, 0))
    place = table.visualRect(page.model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=place)
    chosen = page.selected_ticket()
    assert chosen == page.model.ticket_at(row).id
    return chosen


async def test_each_list_selects_its_ticket_again_after_signing_in_again(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, AVA)
        window = controller.window
        window.resize(1100, 720)
        mine = window.my_tickets
        await wait_until(lambda: not mine._syncing, what="My tickets synced")
        assert mine.model.rowCount() > 3
        chosen_mine = _click_row(qtbot, mine, 2)  # not the newest
        window.show_team_tickets()
        team = window.team_tickets
        await wait_until(lambda: not team._syncing and team.model.rowCount() > 2, what="team")
        chosen_team = _click_row(qtbot, team, 1)
        window.show_my_tickets()

        dialog = await signed_out(controller)
        type_password_and_enter(qtbot, dialog, "demo-password")
        await wait_until(lambda: controller.window.user is not None, what="signed in again")
        await wait_until(lambda: not mine._syncing and not team._syncing, what="synced")

        assert mine.selected_ticket() == chosen_mine != mine.model.ticket_at(0).id
        assert team.selected_ticket() == chosen_team != team.model.ticket_at(0).id
