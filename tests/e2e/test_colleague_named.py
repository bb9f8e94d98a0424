"""A teammate's reply on Ava's ticket names the teammate, as the service does (R17)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_a_teammates_reply_shows_their_name_and_initials(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R17
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        model = window.my_tickets.model
        page = window.ticket_page
        # The demo world has Noah answer on some of Ava's tickets ("Noah here: …").
        for row in range(model.rowCount()):
            ticket_id = model.ticket_at(row).id
            window.open_ticket(ticket_id)
            await wait_until(
                lambda ticket_id=ticket_id: page.ticket is not None and page.ticket.id == ticket_id,
                what="the ticket",
            )
            colleagues = [c for c in page.message_cards() if c.message.author_kind == "colleague"]
            if colleagues:
                break
        assert colleagues, "no teammate's reply on Ava's tickets"
        card = colleagues[0]
        assert card.message.author_name == "Noah de Vries"  # what the service sends
        assert card.author.text() == "Noah de Vries (Colleague)"
        assert card.avatar.text == "NV"
