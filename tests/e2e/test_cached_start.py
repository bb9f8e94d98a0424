"""A stored session opens on its cache at once, whatever the service does (issue 6).

The service here does the worst thing it can: it takes the connection and never
answers. The window must show the cached tickets all the same, long before any
request could time out, and pick the service up when it is back.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.store.drafts import reply_key
from desktop.ui.notices.connection_indicator import ConnectionState
from tests.conftest import MemoryKeyring
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, free_port, running_server
from tests.support.waiting import wait_until

# Far below the client's 15 s request timeout: the cache cannot have come from waiting.
AT_ONCE_SECONDS = 8.0


@contextmanager
def silent_service(port: int) -> Iterator[None]:
    """A port that accepts connections (the kernel's backlog) and never answers a byte."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(64)
    try:
        yield
    finally:
        listener.close()


async def test_a_stored_session_shows_the_cache_while_the_service_is_silent(
    qtbot: QtBot, tmp_path: Path
) -> None:
    port = free_port()
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path, port=port):
            async with running_client(tmp_path, settings) as controller:
                await signed_in(controller, qtbot, "ava@northwind.example")
                cached = controller.window.my_tickets.model.rowCount()
                assert cached > 0
        with silent_service(port):
            async with running_client(tmp_path, settings) as controller:
                controller.start()
                window = controller.window
                await wait_until(
                    lambda: window.my_tickets.model.rowCount() == cached,
                    timeout=AT_ONCE_SECONDS,
                    what="the cached list",
                )
                assert window.user is not None and window.user.name == "Ava Jansen"
                assert controller.sign_in_dialog is None  # nothing asked of the user
                # Not "Connected … as Ava": the service has not said so (yet).
                assert window.connection.state is ConnectionState.CONNECTING
        # The service is back: the session is confirmed by it and goes on as usual.
        with running_server(url, tmp_path, port=port, seed=False):
            async with running_client(tmp_path, settings) as controller:
                controller.start()
                await wait_until(lambda: controller.signed_in is not None, what="session")
                assert controller.opened_from_cache
                await wait_until(
                    lambda: controller.session_confirmed,
                    timeout=20,
                    what="the service confirmed the user",
                )
                await wait_until(
                    lambda: (
                        controller.window.connection.state is ConnectionState.CONNECTED
                        and controller.window.connection.live
                    ),
                    timeout=20,
                    what="connected, live events flowing",
                )


async def test_issue_trends_are_kept_for_a_start_without_the_service(
    qtbot: QtBot, tmp_path: Path
) -> None:
    port = free_port()  # closed once the service stops: refused at once, as when offline
    settings = make_settings(tmp_path, server_url=f"http://127.0.0.1:{port}")
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path, port=port):
            async with running_client(tmp_path, settings) as controller:
                await signed_in(controller, qtbot, "ava@northwind.example")
                chart = controller.window.my_tickets.trend_chart
                assert chart is not None
                await wait_until(lambda: chart.trend is not None, what="the issue trends")
                seen = chart.trend
                assert seen is not None and seen.total > 0

    # R12: the trends as last seen, though the service cannot be reached.
    async with running_client(tmp_path, settings) as controller:
        controller.start()
        chart = controller.window.my_tickets.trend_chart
        assert chart is not None
        await wait_until(lambda: chart.trend is not None, what="the cached issue trends")
        assert chart.trend == seen
        store = controller.store
        assert store is not None
        # A store that never saw them (one from before they were kept, say) says why not.
        await store.database.write(lambda c: c.execute("DELETE FROM snapshot"))
        controller.window.my_tickets.bind(controller.service)
        await wait_until(
            lambda: chart.empty.text() == "Issue trends are shown when the connection returns.",
            what="the trends said to come with the connection",
        )


async def test_a_session_the_service_ended_asks_for_the_password_and_keeps_the_draft(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    email = "ava@northwind.example"
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, email)
        ticket_id = controller.window.my_tickets.model.ticket_at(0).id
        controller.window.open_ticket(ticket_id)
        page = controller.window.ticket_page
        await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
        page.composer.editor.setPlainText("Written before the session ended")
        drafts = controller.store.drafts if controller.store else None
        assert drafts is not None
        await wait_until(lambda: drafts.get(reply_key(ticket_id)) is not None, what="saved")
    # Ended by the service while the app was closed (signed out on another device).
    kept = memory_keyring.kept_token(server.url, email)
    assert kept is not None
    elsewhere = ApiClient(server.url)
    await elsewhere.resume(kept)
    await elsewhere.sign_out()
    await elsewhere.aclose()

    async with running_client(tmp_path, settings) as controller:
        controller.start()
        # The service says the session is over: the password is asked for.
        await wait_until(
            lambda: controller.sign_in_dialog and controller.sign_in_dialog.isVisible(),
            what="asked for the password",
        )
        dialog = controller.sign_in_dialog
        assert dialog is not None
        assert dialog.error_label.isVisible()
        assert "session has expired" in dialog.error_label.text()
        assert dialog.email_edit.text() == email  # only the password to type
        await controller.credentials.flush()
        assert memory_keyring.kept_token(server.url, email) is None  # the ended one is dropped
        await signed_in(controller, qtbot, email, start=False)
        page = controller.window.ticket_page
        controller.window.open_ticket(ticket_id)
        await wait_until(lambda: page.ticket is not None and page.ticket.id == ticket_id)
        # Nothing typed was lost.
        assert page.composer.editor.toPlainText() == "Written before the session ended"
