"""The local service given up: the banner says why, and no box covers it (newcomer 27).

Killed from outside until the app gave up, the window showed a modal box over the banner
that already offered "Start it again": it said "send the details below to support", its
details hidden behind Show Details… and nothing but the log's access lines
("INFO backend.access: GET /v1/events 200"), the process's end (signal 15) not said. The
real local service process, killed with SIGTERM as the newcomer did.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.services.local_server import MAX_RESTARTS
from desktop.ui.notices.connection_indicator import ConnectionState
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until


async def _terminate_until_it_gives_up(controller: AppController) -> None:
    server = controller.local_server
    assert server is not None
    for crash in range(MAX_RESTARTS + 1):
        await wait_until(lambda: server.serving, timeout=90, what="the service up")
        pid = server.pid
        assert pid is not None
        os.kill(pid, signal.SIGTERM)
        if crash < MAX_RESTARTS:
            await wait_until(
                lambda n=crash + 1: server.restarts == n, timeout=90, what=f"restart {crash + 1}"
            )
    await wait_until(
        lambda: controller.window.connection.state is ConnectionState.FAILED,
        timeout=90,
        what="the connection failed",
    )


def _boxes() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


async def test_the_banner_says_why_and_no_box_covers_it(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        server = controller.local_server
        assert server is not None
        await _terminate_until_it_gives_up(controller)
        banner = window.local_stopped_banner
        await wait_until(banner.isVisible, what="the not-running banner")
        # Nothing modal over the window: what is typed reaches it, the banner's button too.
        assert _boxes() == []
        assert QApplication.activeModalWidget() is None
        said = banner.text.text()
        # In plain words (newcomer 29): the signal's name and number are Details…' only.
        assert "something outside the app ended its service" in said
        assert "SIGTERM" not in said and "signal" not in said
        assert "send the details" not in said
        assert banner.retry_button.isVisible() and banner.retry_button.text() == "Start it again"

        # Its details: the reason, what to do, the log's place, its error lines only.
        assert banner.details_button.isVisible()
        qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
        details = banner.details
        assert details is not None
        await wait_until(details.isVisible, what="the details")
        assert not details.isModal()
        assert "SIGTERM (15)" in details.reason.text()
        assert "Start it again" in details.reason.text()
        assert details.log_path.text() == str(server.log_path)
        shown = details.errors.toPlainText()
        assert "backend.access" not in shown
        assert " INFO " not in shown
        details.close()

        # Started again, the details of the stop are gone with it.
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: window.connection.state is ConnectionState.CONNECTED, timeout=90, what="back"
        )
        assert not banner.isVisible()
