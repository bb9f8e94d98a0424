"""A user with no tickets: beside "You have no tickets yet." the reading pane says there is
no ticket to show, rather than standing as a blank white box (newcomer30)."""

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
