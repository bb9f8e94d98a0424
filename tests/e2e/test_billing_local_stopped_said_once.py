"""Billing while the local demo workspace is stopped says so once (newcomer run 30).

It said it three times: its amber note under the tabs, a red generic line ("Your work is
kept on this computer…", which means nothing on Billing) from the read that failed, and
the window's banner. The banner (with "Start it again") and Billing's own note stay; the
red line goes. The real local service process, killed with SIGKILL until it gives up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.api.errors import ServerUnreachable
from tests.e2e.test_local_service_recovers import _crash_until_it_gives_up
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until


async def test_billing_opened_while_stopped_says_it_once(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        await _crash_until_it_gives_up(controller)
        await wait_until(window.local_stopped_banner.isVisible, what="not running")
        window.show_billing()  # reads the plan: the read fails
        page = window.billing
        await wait_until(lambda: page.offline_note.isVisible(), what="Billing's note")
        service = page._service
        assert service is not None
        # The read the page made on show, made here to know it is done: it fails as that one.
        with pytest.raises(ServerUnreachable) as failed:
            await service.overview()
        page._load_failed(failed.value)
        assert "“Start it again”" in page.offline_note.text()
        assert page.status.text() == "", page.status.text()
        assert page.summary.text() != "Loading…"  # nothing loads until started again
