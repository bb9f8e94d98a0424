"""Recommendations offline say they are as last synced, and when, and offer no verdict.

The page on screen as the service went away kept its cards, with nothing to say they
might be out of date, and kept offering Mark as done and Not useful, which could not
reach the service (nothing queues them). A real service that stops, and comes back on
its port.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.recommendations.recommendations_page import RecommendationsPage
from desktop.ui.text.durations import relative_time
from desktop.ui.text.formatting import long_datetime
from tests.e2e.test_recommendations import open_recommendations
from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.service_away import service_that_goes_away
from tests.support.waiting import wait_until


def _verdicts_offered(page: RecommendationsPage) -> list[bool]:
    return [b.isEnabled() for c in page.cards for b in (c.done_button, c.not_useful_button)]


async def test_recommendations_say_they_are_as_last_synced_and_take_no_verdict_offline(
    qtbot: QtBot, tmp_path: Path
) -> None:  # R19, DESIGN: offline first
    with service_that_goes_away(tmp_path) as service:
        settings = make_settings(tmp_path, server_url=service.url)
        async with running_client(tmp_path, settings) as app:
            window = app.window
            try:
                await sign_in(app, qtbot, "ava@northwind.example")
                page = await open_recommendations(app)
                await wait_until(lambda: window.live_feed.connected, what="the event stream")
                assert page.cards and all(_verdicts_offered(page))  # online: offered
                assert not page.status.isVisible()
                titles = [card.item.title for card in page.cards]
                # A verdict given online: its Undo is offered.
                qtbot.mouseClick(page.cards[0].done_button, Qt.MouseButton.LeftButton)
                await wait_until(page.undo_button.isVisible, what="Undo")
                titles = [card.item.title for card in page.cards]
            finally:
                service.stop()  # the service goes away
            # On screen as the connection goes: the note comes, unasked, and no verdict.
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            await wait_until(
                lambda: page.status.isVisible() and page.status.text().startswith("Offline"),
                what=lambda: f"the last-synced note, not {page.status.text()!r}",
            )
            synced_at = page.last_synced.at()
            assert synced_at is not None
            text = page.status.text()
            assert text == (
                f"Offline: recommendations as last synced {relative_time(synced_at, page._now())}."
            ), text
            assert page.status.toolTip() == long_datetime(synced_at)
            assert [card.item.title for card in page.cards] == titles  # as last synced
            assert page.cards and not any(_verdicts_offered(page))
            assert not page.undo_button.isVisible()
            card = page.cards[0]
            assert card.done_button.toolTip() == (
                "Offline: this can be marked once the service is back."
            )
            assert card.open_button.isEnabled()  # the browser needs no service of ours
            # Away and back while offline: read from this computer's copy, said so.
            window.show_my_tickets()
            window.show_recommendations()
            await wait_until(lambda: not page._loading, what="the stored recommendations")
            assert page.shown is not None and page.shown.stored_at is not None
            assert page.status.text().startswith("Offline: recommendations as last synced ")
            assert page.cards and not any(_verdicts_offered(page))
            # The service comes back: the cards are read again, offered again, note gone.
            with service.start():
                qtbot.mouseClick(window.offline_banner.retry_button, Qt.MouseButton.LeftButton)
                await wait_until(
                    lambda: not window.offline_banner.isVisible(), timeout=60, what="back online"
                )
                await wait_until(
                    lambda: page.shown is not None and page.shown.stored_at is None,
                    what="the service's cards again",
                )
                await wait_until(
                    lambda: not page.status.text().startswith("Offline"), what="the note gone"
                )
                assert page.status.text().endswith(" marked as done.")  # as before: its Undo
                assert page.undo_button.isVisible()
                assert page.cards and all(_verdicts_offered(page))
                assert all(not c.done_button.toolTip() for c in page.cards)
