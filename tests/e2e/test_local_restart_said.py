"""The local service killed once: the app restarts it, and says so (newcomer 29, item 2).

It said "Offline: cannot reach the local demo workspace, trying again…" (the status bar,
and the offline banner with "Try again now") while it was restarting the service itself.
The real local service process, killed once with SIGKILL.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.notices.connection_indicator import ConnectionState
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until


async def test_a_crash_is_said_as_a_restart_not_as_offline(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        server = controller.local_server
        assert server is not None
        await wait_until(lambda: server.serving, timeout=90, what="the service up")
        indicator = window.connection
        said: list[str] = []
        indicator.restarting_changed.connect(lambda _restarting: said.append(indicator.text()))
        pid = server.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        await wait_until(lambda: said, timeout=90, what="the restart said")
        assert said[0] == "● Restarting the local demo workspace…"
        banner = window.offline_banner
        if banner.isVisible():  # a request found no service meanwhile: the same words
            assert "Restarting the local demo workspace" in banner.text.text()
            assert "Offline" not in banner.text.text()
            assert not banner.retry_button.isVisible()
        await wait_until(lambda: server.restarts == 1 and server.serving, timeout=90, what="up")
        await wait_until(
            lambda: indicator.state is ConnectionState.CONNECTED and not indicator.offline,
            timeout=90,
            what=lambda: f"connected again: {indicator.text()!r}",
        )
        assert not indicator.restarting and "Restarting" not in indicator.text()
        assert not window.local_stopped_banner.isVisible()
