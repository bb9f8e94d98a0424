"""Cancel callback while the local demo workspace is stopped (newcomer 29, item 4).

Stopped, Cancel callback is off and says "Start it again" (it needs the service, as Mark
solved does). Asked before the service gave up and answered after, the choice must not
be sent to a port nobody serves: the call is kept, and the status bar says why. Here
the page is told the workspace stopped (as the window tells it) while a real service
without the demo agent keeps the call queued: were the choice sent, it would cancel it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.ticket.cancel_call_box import CancelCallBox
from tests.support.client_flows import opened_ticket, signed_in_client
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import create_ticket, read_ticket
from tests.support.waiting import wait_until


@pytest.fixture(scope="module")
def quiet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """No demo agent: a callback stays queued until the admin cancels it."""
    directory = tmp_path_factory.mktemp("stopped-callback")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def test_cancel_callback_is_not_sent_while_stopped(
    quiet: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R15
    created = await create_ticket(
        quiet.url, subject="Call me about the team folder", channel="callback", phone="+31201234569"
    )
    ticket_id = str(created["id"])
    async with signed_in_client(quiet, qtbot, tmp_path, "ava@northwind.example") as controller:
        window = controller.window
        page = await opened_ticket(window, ticket_id)
        button = page.cancel_call_button
        assert button.isVisible() and button.isEnabled()
        # Asked while it ran …
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.findChild(CancelCallBox), what="the question")
        box = page.findChild(CancelCallBox)
        assert isinstance(box, CancelCallBox)
        # … the local service gives up, and then the choice is made.
        page.set_local_stopped(True)
        assert button.isVisible() and not button.isEnabled()
        assert "“Start it again”" in button.toolTip()
        qtbot.mouseClick(box.keep_open_button, Qt.MouseButton.LeftButton)
        status = window.statusBar()
        await wait_until(
            lambda: "not cancelled" in status.currentMessage(), what="said it was not sent"
        )
        assert "“Start it again”" in status.currentMessage()
        served = await read_ticket(quiet.url, ticket_id)
        assert served["callback"]["state"] == "queued"  # nothing was sent
        assert page.ticket is not None and page.ticket.callback is not None
        assert page.ticket.callback.state == "queued" and not button.isEnabled()

        page.set_local_stopped(False)  # started again: offered again, as it was
        assert button.isEnabled() and "Start it again" not in button.toolTip()
