"""A service that stops answering, and comes back: the window says one thing about it.

The service is a real process over HTTP, paused with SIGSTOP (a hung service: connections
are accepted, nothing answers) or stopped and started again on its port.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.tickets.ticket.ticket_page import TicketPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in, signed_in_client
from tests.support.databases import sqlite_database
from tests.support.local_workspace import local_workspace
from tests.support.server import free_port, running_server
from tests.support.waiting import wait_until

# A request to a paused service fails at the client's timeout (15 s): waits allow several.
HUNG = 90.0


def _rows(controller: AppController) -> list[tuple[str, str]]:
    """My tickets' (id, status), in the list's order."""
    model = controller.window.my_tickets.model
    return [(model.ticket_at(r).id, model.ticket_at(r).status) for r in range(model.rowCount())]


async def _open(controller: AppController, ticket_id: str) -> TicketPage:
    window = controller.window
    window.open_ticket(ticket_id)
    page = window.ticket_page
    await wait_until(
        lambda: page.ticket is not None and page.ticket.id == ticket_id and not page._loading_id,
        what=f"ticket {ticket_id} read",
    )
    return page


def _pages_on_screen(window: QWidget) -> QPoint:
    """Where the pages (the list's rows among them) start on the screen."""
    return window.pages.mapToGlobal(QPoint(0, 0))  # type: ignore[attr-defined, no-any-return]


def _no_error_box(controller: AppController) -> bool:
    box = controller.errors.last_box
    return box is None or not box.isVisible()


async def test_a_hung_service_makes_the_window_say_offline_at_once_and_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            window = controller.window
            await wait_until(lambda: window.live_feed.connected, what="the event stream")
            open_ids = [i for i, status in _rows(controller) if status in ("new", "open")]
            first, second = open_ids[:2]
            await _open(controller, second)  # its thread is stored: shown offline later
            page = await _open(controller, first)
            cards = page.thread_scroll.pending_cards
            pid = server.process.pid
            os.kill(pid, signal.SIGSTOP)
            try:
                page.composer.editor.setPlainText("Sent while the service hangs.")
                page.composer.send()
                await wait_until(
                    lambda: [c.item.state for c in cards()] == ["sending"], what="sending"
                )
                # The reply's request fails for want of the service (its timeout) ...
                await wait_until(
                    lambda: [c.item.state for c in cards()] == ["queued"],
                    timeout=HUNG,
                    what="the reply's request failed",
                )
                # ... and at that moment the whole window says offline, not "Connected"
                # (the event stream alone notices after three missed heartbeats).
                assert window.connection.offline, window.connection.text()
                assert "Connected" not in window.connection.text()
                assert window.offline_banner.isVisible()
                # Sent again while offline, the first reply waits: it is not "Sending…".
                page.composer.editor.setPlainText("A second one, queued behind it.")
                page.composer.send()
                await wait_until(
                    lambda: "sending" in [c.item.state for c in cards()],
                    timeout=HUNG,
                    what="the first reply tried again",
                )
                assert window.connection.offline
                texts = [c.state.text() for c in cards()]
                assert not any("Sending" in text for text in texts), texts
                assert all("Waiting" in text for text in texts), texts
                # A ticket opened during the outage: the stored thread, said so.
                page = await _open(controller, second)
                await wait_until(
                    lambda: page.status_line.isVisible() and page._loading_id is None,
                    timeout=HUNG,
                    what="the page's read failed",
                )
                assert "Offline" in page.status_line.text()
                assert not page.followers_box.add_button.isEnabled()
            finally:
                os.kill(pid, signal.SIGCONT)
            # Back: the status bar, the banner and the page follow at once, by themselves.
            await wait_until(
                lambda: not window.connection.offline, timeout=HUNG, what="connected again"
            )
            assert not window.offline_banner.isVisible()
            await wait_until(
                lambda: (
                    not page.status_line.isVisible()
                    and page.followers_box.add_button.isEnabled()
                    and "Offline" not in page.followers_box.add_button.toolTip()
                ),
                what=lambda: f"the page online again: {page.status_line.text()!r}",
            )
            assert _no_error_box(controller)


async def _laid_out() -> None:
    """A few turns of the loop for Qt to lay out. Not QApplication's blocking event
    processing: called inside this test's task, it stepped the app's other tasks inside
    it, and a wakeup lost so left the client's shutdown waiting for good (the test hung
    1 run in 2)."""
    for _ in range(5):
        await asyncio.sleep(0.03)


async def test_offline_a_ticket_never_downloaded_shows_its_row_and_loads_when_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        async with running_client(tmp_path, settings) as controller:
            window = controller.window
            with running_server(url, tmp_path, port=port):
                await signed_in(controller, qtbot, "ava@northwind.example")
                await wait_until(lambda: window.live_feed.connected, what="the event stream")
                solved = next(i for i, status in _rows(controller) if status == "solved")
                page = await _open(controller, solved)
                assert page.satisfaction_box.isVisible()  # a solved ticket asks for a rating
                service = controller.service
                assert service is not None
                model = window.my_tickets.model
                chats = {
                    model.ticket_at(r).id
                    for r in range(model.rowCount())
                    if model.ticket_at(r).channel == "chat"
                }
                # Not a chat: a chat offers no reply box offline (its own test).
                never = next(
                    i
                    for i, status in _rows(controller)
                    if status == "open" and i not in chats and service.cached_ticket(i) is None
                )
                window.show_my_tickets()
                table = window.my_tickets.table
                await wait_until(table.isVisible, what="My tickets")
                window.resize(1100, 720)  # the default size
                await wait_until(lambda: window.width() == 1100, what="resized")
                await _laid_out()
                row_at = _pages_on_screen(window)
            # The service is gone.
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            await _laid_out()  # the banner laid out
            # The pages under the pointer did not move: the banner took its room at the
            # bottom. (Inside the list, "Up to date" becoming "Last synced …" may still
            # wrap to a second line in a narrow list column: not the banner's doing.)
            moved = _pages_on_screen(window)
            assert moved == row_at, (row_at, moved)
            summary = service.store.get(never)
            assert summary is not None
            window.open_ticket(never)
            await wait_until(
                lambda: page.retry_button.isVisible() and page._loading_id is None,
                what=lambda: f"the row shown: {page.status_line.text()!r}",
            )
            # What the list row knows, and plainly that the conversation is not here yet.
            assert f"#{summary.number}" in page.title.text()
            assert summary.subject in page.title.text()
            assert "Open" in page.meta.text()
            assert "not been downloaded yet" in page.status_line.text()
            assert page.composer.isVisible()  # a reply waits in the outbox
            assert not page.satisfaction_box.isVisible()  # an open ticket asks no rating
            assert _no_error_box(controller)  # offline is expected: no dialog
            # The service is back: the conversation loads by itself.
            with running_server(url, tmp_path, port=port, seed=False):
                await wait_until(
                    lambda: page.message_cards() and not page.status_line.isVisible(),
                    timeout=HUNG,
                    what=lambda: f"the thread loaded: {page.status_line.text()!r}",
                )
                assert not page.retry_button.isVisible()
                assert not window.offline_banner.isVisible()
            assert _no_error_box(controller)


async def test_the_local_workspace_not_answering_names_no_address(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        server, service = controller.local_server, controller.service
        assert server is not None and server.pid is not None and service is not None
        ticket_id = _rows(controller)[0][0]
        os.kill(server.pid, signal.SIGSTOP)
        try:
            controller.tasks.run(service.ticket(ticket_id))  # its failure goes to the dialog
            await wait_until(
                lambda: controller.errors.last_box is not None, timeout=HUNG, what="the error"
            )
        finally:
            os.kill(server.pid, signal.SIGCONT)
        assert controller.errors.last_box is not None
        text = controller.errors.last_box.text()
        assert "127.0.0.1" not in text and "address" not in text, text
        assert "local demo workspace is not answering" in text, text
