"""Last synced counts what the event stream brought (newcomer 27, item 2).

The local service killed, the list said "Last synced 6 min ago", the time of its last
whole sync, although the event stream had updated its rows seconds before: while the
stream is connected, every change reaches the rows as it happens, so they were up to date
until it ended. The real local service process, killed with SIGKILL until it gives up;
its last whole sync made an hour old before the last kill.
"""

from __future__ import annotations

import os
import signal
from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.local_server import MAX_RESTARTS
from desktop.store.tickets import synced_at_key
from desktop.ui.notices.connection_indicator import ConnectionState
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until


async def test_last_synced_is_when_the_stream_ended(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        page = window.my_tickets
        server = controller.local_server
        assert server is not None
        for crash in range(MAX_RESTARTS):
            await wait_until(lambda: server.serving, timeout=90, what="the service up")
            assert server.pid is not None
            os.kill(server.pid, signal.SIGKILL)
            await wait_until(
                lambda n=crash + 1: server.restarts == n, timeout=90, what=f"restart {crash + 1}"
            )
        # Live again, its sync done: "Up to date".
        await wait_until(
            lambda: page.synced.text() == "Up to date" and not page.syncing,
            timeout=90,
            what=lambda: f"up to date, not {page.synced.text()!r}",
        )
        service = controller.service
        assert service is not None
        # The last whole sync an hour ago: the stream alone kept the rows up to date since.
        an_hour_ago = service.now() - timedelta(hours=1)
        await service.store.set_state(synced_at_key("mine"), an_hour_ago.isoformat())
        assert server.pid is not None
        os.kill(server.pid, signal.SIGKILL)  # given up now (MAX_RESTARTS used)
        await wait_until(
            lambda: window.connection.state is ConnectionState.FAILED,
            timeout=90,
            what="given up",
        )
        await wait_until(lambda: page.synced.text() != "Up to date", what="no longer live")
        assert page.synced.text() == "Last synced just now"

        # Kept as the list's last sync: said so after a restart too.
        def stored() -> datetime:
            saved = service.store.state(synced_at_key("mine"))
            assert saved is not None
            return datetime.fromisoformat(saved)

        await wait_until(
            lambda: stored() > an_hour_ago + timedelta(minutes=59),
            what=lambda: f"the stored time, not {stored()}",
        )
