"""Local mode recovers after its service gave up (it crashed more than MAX_RESTARTS times).

The app kept the dead LocalServer: choosing the local workspace again, or "Try again
now", asked the dead port and could never succeed until the app was restarted. The real
local service process, killed with SIGKILL until it gives up.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.services.local_server import MAX_RESTARTS
from desktop.ui.notices.connection_indicator import ConnectionState
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until


async def _crash_until_it_gives_up(controller: AppController) -> None:
    server = controller.local_server
    assert server is not None
    for crash in range(MAX_RESTARTS + 1):
        restarts = crash + 1
        # Killed once it answers and is watched (killed while starting, it gives up at once).
        await wait_until(lambda: server.serving, timeout=90, what="the service up")
        pid = server.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        if crash < MAX_RESTARTS:
            await wait_until(
                lambda n=restarts: server.restarts == n,
                timeout=90,
                what=f"restart {restarts}",
            )
    window = controller.window
    await wait_until(
        lambda: window.connection.state is ConnectionState.FAILED,
        timeout=90,
        what="the connection failed",
    )


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=0.5).status_code == 200
    except httpx.TransportError:
        return False


async def _back(controller: AppController, dead_pid: int | None) -> None:
    """A fresh local service, and Ava signed in to it again."""
    window = controller.window
    await wait_until(
        lambda: window.connection.state is ConnectionState.CONNECTED, timeout=90, what="back"
    )
    server = controller.local_server
    assert server is not None and server.serving and server.pid != dead_pid
    assert controller.signed_in is not None
    assert controller.signed_in.client.server_url == server.url
    assert controller.signed_in.user.email == "ava@northwind.example"
    assert not window.local_stopped_banner.isVisible()
    await wait_until(lambda: window.my_tickets.model.rowCount() > 0, what="her tickets")


async def test_the_local_workspace_starts_again_after_its_service_gave_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        gave_up = controller.local_server
        await _crash_until_it_gives_up(controller)
        assert gave_up is not None and gave_up.failed
        # What the window offers then: the banner's button, no box over it (newcomer 27).
        assert controller.errors.last_box is None
        banner = window.local_stopped_banner
        await wait_until(banner.isVisible, what="the not-running banner")
        assert banner.retry_button.text() == "Start it again"
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        # The fresh service killed as it starts: a failed start, and the way back again.
        await wait_until(lambda: controller.local_server is not None, what="a fresh service")
        starting = controller.local_server
        assert starting is not None and starting is not gave_up
        await wait_until(lambda: starting.pid is not None, what="its process")
        assert starting.pid is not None
        os.kill(starting.pid, signal.SIGKILL)
        # Shown while it started ("Starting … again"), and saying "not running" again.
        await wait_until(
            lambda: banner.isVisible() and not banner.starting,
            timeout=90,
            what="not running, again",
        )
        assert controller.local_server is None
        assert window.connection.state is ConnectionState.FAILED
        # Not "Starting the local demo workspace…" under "not running".
        # The session is kept over a failed start: its cached tickets stay listed.
        assert "Starting" not in window.my_tickets.empty_state.label.text()
        assert window.my_tickets.model.rowCount() > 0
        assert controller.errors.last_box is None  # the banner says why it did not start
        assert "while it started" in banner.text.text()
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        await _back(controller, gave_up.pid)

        # Given up again: the local workspace chosen again (Settings → Server…, the local
        # banner's link) starts it too.
        again = controller.local_server
        assert again is not None
        await _crash_until_it_gives_up(controller)
        window.banner.link.click()
        dialog = controller.settings_dialog
        await wait_until(lambda: dialog is not None and dialog.isVisible(), what="settings")
        assert dialog is not None
        dialog.local_radio.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        await _back(controller, again.pid)
