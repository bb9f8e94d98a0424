"""Once the rating is sent, the keyboard stays on the rating, never on an unrelated
toggle (newcomer30: after Mark solved, Good and Send rating it was on "Followers (1)")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.app import make_settings, running_client
from tests.support.client_flows import docked_my_tickets, signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_send_rating_leaves_the_keyboard_on_the_rating(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.activateWindow()
        page = await docked_my_tickets(window)
        await wait_until(lambda: not page._syncing and page.model.rowCount() > 1)
        model = page.model
        found = next(
            model.ticket_at(r)
            for r in range(model.rowCount())
            if model.ticket_at(r).status in ("open", "pending")
            and model.ticket_at(r).first_responded_at
        )
        service = controller.service
        assert service is not None
        liam = next(p for p in await service.team_people() if p.name == "Liam Smit")
        await service.add_follower(found.id, liam.id)  # "Followers (1)", as reported
        window.open_ticket(found.id)
        ticket_page = window.ticket_page
        box = ticket_page.satisfaction_box
        await wait_until(
            lambda: (
                ticket_page.ticket is not None
                and ticket_page.ticket.id == found.id
                and bool(ticket_page.ticket.followers)
            ),
            what="the answered ticket, followed, in the pane",
        )
        qtbot.mouseClick(ticket_page.solve_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: QApplication.focusWidget() is box.good_button, what="on Good")
        qtbot.mouseClick(box.good_button, Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is box.comment
        qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.satisfaction is not None,
            what="the rating sent",
        )
        await wait_until(
            lambda: QApplication.focusWidget() is box.good_button,
            what=lambda: f"the keyboard on Good (it is on {QApplication.focusWidget()})",
        )
