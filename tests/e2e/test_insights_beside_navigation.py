"""Insights at 150 % text fits beside the navigation's width in a 1024 px window (issue 19).

Its title, "Tickets" and "Period" sat in one row: in Dutch that row alone needed 709 px,
and the navigation, wanting 341 of the window's 1,020, gave way (its entries wrapped).
Japanese with "Custom…"'s days held the window at 1,088 px. The choices now go below
the title where the row does not fit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import LARGE_FONT_SCALE, SMALL_WINDOW_SIZE, scale_app_font, settle
from desktop.ui.shell.main_window import MainWindow
from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


def _room_beside_the_navigation(window: MainWindow) -> int:
    """What the window leaves the pages when the navigation has the width it wants."""
    return sum(window.split.sizes()) - window.navigation.wanted_width


async def _still(window: MainWindow) -> None:
    """Until a few turns change neither the page's least nor the window's width."""
    seen = None
    while (now := (window.insights.minimumSizeHint().width(), window.width())) != seen:
        seen = now
        await settle()


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_at_150_percent_text_insights_fits_beside_the_navigation_at_1024_px(
    fresh_server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # the demo world as seeded (conftest's fresh_server says why)
    settings = make_settings(tmp_path, server_url=fresh_server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(*SMALL_WINDOW_SIZE)
        normal = scale_app_font(LARGE_FONT_SCALE)
        try:
            window.show_insights()
            page = window.insights
            await wait_until(
                lambda: page.shown is not None and not page._loading,  # noqa: SLF001
                what="the demo's figures",
            )
            await _still(window)
            least, room = page.minimumSizeHint().width(), _room_beside_the_navigation(window)
            assert least <= room, (least, room)
            # "Custom…": its days on a line of their own under the period, which is wider.
            page.periods.set_key("custom")
            await wait_until(
                lambda: page.period is not None and page.period.key == "custom",
                what="the custom period",
            )
            await wait_until(lambda: not page._loading, what="its figures")  # noqa: SLF001
            await _still(window)
            least, room = page.minimumSizeHint().width(), _room_beside_the_navigation(window)
            assert least <= room, ("custom", least, room)
            assert window.width() == SMALL_WINDOW_SIZE[0]
        finally:
            normal()
