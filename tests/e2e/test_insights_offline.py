"""Insights offline says its numbers are as last synced, and when (issue 19).

Every other page said so once the service went away ("Last synced …", the offline
banner); Insights kept showing the numbers it had read, with nothing to tell that they
were this computer's copy. A real service that stops, and comes back on its port.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.text.durations import relative_time
from desktop.ui.text.formatting import long_datetime
from tests.e2e.test_insights import open_insights
from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.service_away import service_that_goes_away
from tests.support.waiting import wait_until


async def test_insights_say_they_are_as_last_synced_while_offline(
    qtbot: QtBot, tmp_path: Path
) -> None:  # R20, DESIGN: offline first
    with service_that_goes_away(tmp_path) as service:
        settings = make_settings(tmp_path, server_url=service.url)
        async with running_client(tmp_path, settings) as app:
            window = app.window
            try:
                await sign_in(app, qtbot, "ava@northwind.example")
                page = await open_insights(app)
                await wait_until(lambda: window.live_feed.connected, what="the event stream")
                assert not page.status.isVisible()  # online: the service's own numbers
                open_count = page.tiles.open_tile.value.text()
            finally:
                service.stop()  # the service goes away
            # Insights on screen as the connection goes: the note comes, unasked.
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            await wait_until(lambda: page.status.isVisible(), what="the last-synced note")
            text = page.status.text()
            assert text.startswith("Offline: insights as last synced "), text
            synced_at = page.last_synced.at()
            assert page.status.toolTip() == long_datetime(synced_at), page.status.toolTip()
            assert text.endswith(f"{relative_time(synced_at, page._now())}."), text
            assert page.tiles.open_tile.value.text() == open_count  # the same, last synced
            # Away and back (Ctrl+5) while offline: read from this computer's copy, said so.
            window.show_my_tickets()
            window.show_insights()
            await wait_until(lambda: not page._loading, what="the stored insights")
            assert page.shown is not None and page.shown.stored_at is not None
            assert page.status.isVisible()
            assert page.status.text().startswith("Offline: insights as last synced "), text
            # A period never read while online: none stored for it, and only for it (the
            # last 12 weeks' are): "no insights were stored yet" said more than is so.
            page.periods.set_key("12m")
            await wait_until(
                lambda: page.period is not None and page.period.key == "12m" and not page._loading,
                what="the year asked for",
            )
            assert page.status.text() == (
                "The service cannot be reached and no insights for this period were stored yet."
            )
            page.periods.set_key("12w")
            await wait_until(lambda: page.shown is not None, what="the stored 12 weeks again")
            # The service comes back: the numbers are read again, and the note goes.
            with service.start():
                qtbot.mouseClick(window.offline_banner.retry_button, Qt.MouseButton.LeftButton)
                await wait_until(
                    lambda: not window.offline_banner.isVisible(), timeout=60, what="back online"
                )
                await wait_until(
                    lambda: page.shown is not None and page.shown.stored_at is None,
                    what="the service's numbers again",
                )
                await wait_until(lambda: not page.status.isVisible(), what="the note gone")
                assert page.tiles.open_tile.value.text() == open_count
