"""While the local demo workspace's service is given up, messages say what is so (newcomer
26, item 2).

Billing's Choose Basic (and End chat: the same message) said "the app keeps trying to
reach it" while nothing retried until Start it again (both are now not offered while
stopped: test_local_stopped_ticket_actions.py); a ticket never downloaded said its
conversation "loads by itself when the connection returns", beside a Retry that asked the
dead port (honest26 made it say so and offer no Retry); here it loads once started
again, the same ticket shown. The real local service process, killed with SIGKILL until
it gives up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.notices.connection_indicator import ConnectionState
from tests.e2e.test_local_service_recovers import _crash_until_it_gives_up
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until


async def _given_up(controller: AppController) -> None:
    await _crash_until_it_gives_up(controller)


async def test_a_ticket_not_downloaded_loads_after_start_it_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        service = controller.service
        assert service is not None
        model = window.my_tickets.model
        rows = [model.ticket_at(row).id for row in range(model.rowCount())]
        never_read = next(i for i in rows if service.cached_ticket(i) is None)
        await _given_up(controller)
        window.open_ticket(never_read)
        page = window.ticket_page
        await wait_until(
            lambda: page.shown_id == never_read and page._loading_id is None,
            what=lambda: f"the row shown: {page.status_line.text()!r}",
        )
        said = page.status_line.text()
        assert "by itself" not in said
        assert "started again" in said
        # What brings it back (it said "once the service answers again", which it would
        # not by itself).
        assert page.followers_box.reason.text() == (
            "The local demo workspace is not running: followers can be changed once you "
            "choose “Start it again”."
        )
        banner = window.local_stopped_banner
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: window.connection.state is ConnectionState.CONNECTED, timeout=90, what="back"
        )
        # The same ticket, its conversation downloaded now.
        await wait_until(
            lambda: page.message_cards() and page.shown_id == never_read,
            timeout=90,
            what=lambda: f"the conversation: {page.status_line.text()!r}",
        )
