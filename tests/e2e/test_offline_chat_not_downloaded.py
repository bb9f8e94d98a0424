"""Offline, a chat ticket whose conversation was never downloaded offers no chat: no box to
type in and no window to follow it in (neither reaches the agent), only "not downloaded
yet" and Retry; the chat comes back with the connection.

The real window against a real service, stopped and started again on its port.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.databases import sqlite_database
from tests.support.server import free_port, running_server
from tests.support.waiting import wait_until

# The service started again answers the client's next try, a few seconds on.
BACK = 90.0


def _open_chats(controller: AppController) -> list[str]:
    """My tickets that are chats not solved yet, in the list's order."""
    model = controller.window.my_tickets.model
    tickets = [model.ticket_at(row) for row in range(model.rowCount())]
    return [t.id for t in tickets if t.channel == "chat" and t.status in ("new", "open")]


async def test_offline_a_chat_never_downloaded_offers_retry_only(
    qtbot: QtBot, tmp_path: Path
) -> None:  # R15: a chat is a live session
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        async with running_client(tmp_path, settings) as controller:
            window = controller.window
            with running_server(url, tmp_path, port=port):
                await signed_in(controller, qtbot, "ava@northwind.example")
                await wait_until(lambda: window.live_feed.connected, what="the event stream")
                service = controller.service
                assert service is not None
                chat = next(i for i in _open_chats(controller) if service.cached_ticket(i) is None)
            # The service is gone.
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            window.open_ticket(chat)
            page = window.ticket_page
            await wait_until(
                lambda: page.retry_button.isVisible() and page._loading_id is None,
                what=lambda: f"the row shown: {page.status_line.text()!r}",
            )
            assert "not been downloaded yet" in page.status_line.text()
            # No chat on offer that cannot reach the agent: no box, no window, no end.
            assert not page.composer.isVisible()
            assert not page.chat_window_button.isVisible()
            assert not page.end_chat_button.isVisible()
            assert not page.chat_handover.isVisible()
            # The service is back: the chat with it.
            with running_server(url, tmp_path, port=port, seed=False):
                await wait_until(
                    lambda: page.message_cards() and not page.retry_button.isVisible(),
                    timeout=BACK,
                    what=lambda: f"the chat loaded: {page.status_line.text()!r}",
                )
                assert page.composer.isVisible()
