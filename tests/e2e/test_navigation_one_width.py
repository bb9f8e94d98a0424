"""The navigation keeps its width when Insights is first shown (issue 19).

It narrowed once then: the headline tiles' row needed every figure's width side by
side, read only then (Japanese at 12 pt, 1024×640).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import SMALL_WINDOW_SIZE, scale_app_font, settle
from desktop.ui.shell.main_window import MainWindow
from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def _measured(window: MainWindow) -> int:
    """The navigation's width once the window has measured its pages and the layout is
    still (a list's columns are fitted a pass after its rows)."""
    await wait_until(lambda: not window.split.measure_asked, what="the pages measured")
    while True:
        before = window.navigation.width(), window.pages.minimumSizeHint().width()
        await settle()
        if (window.navigation.width(), window.pages.minimumSizeHint().width()) == before:
            return before[0]


async def _insights_shown(window: MainWindow) -> None:
    window.show_insights()
    insights = window.insights
    await wait_until(lambda: insights.shown is not None and not insights._loading, what="figures")  # noqa: SLF001
    await settle()


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_insights_first_shown_leaves_the_navigation_its_width(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(*SMALL_WINDOW_SIZE)
        # At 12 pt: the pages measured afresh, Insights built without figures.
        normal = scale_app_font(12 / QApplication.font().pointSizeF())
        try:
            before = await _measured(window)
            await _insights_shown(window)
            assert window.navigation.width() == before, (before, window.navigation.width())
            assert window.width() == SMALL_WINDOW_SIZE[0]
        finally:
            normal()
