"""Japanese at 150 % text (a desktop's low-vision setting) in the usual 1100 × 720 window:
the phrases that wrapped labels hold whole never make the window wider (issue 19). Held up
to 12 characters, an Insights tile held 新規・対応中・保留中。 (198 px) and the window grew
to 1145 px."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import WINDOW_SIZE, large_font, settle
from tests.e2e.test_small_window import fill_every_page
from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_held_japanese_phrases_never_widen_the_window_at_150_percent(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language="ja") as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(*WINDOW_SIZE)
        await fill_every_page(controller)
        ticket_page = window.ticket_page
        window.open_ticket(window.my_tickets.model.ticket_at(0).id)
        await wait_until(
            lambda: ticket_page.ticket is not None and not ticket_page._loading_id,
            what="a ticket",
        )
        assert window.insights.tiles.open_tile.detail.text() == "新規・対応中・保留中。"
        async with large_font():
            for page in (
                window.my_tickets,
                window.drafts,
                window.billing,
                window.insights,
                window.recommendations,
                ticket_page,
            ):
                window.pages.setCurrentWidget(page)
                await settle()
                assert window.width() == WINDOW_SIZE[0], (page.objectName(), window.width())
