"""The navigation is as wide on every page at the same window size, in every language and
at 150 % text: the page beside it stays where it is when another page is opened.

It gives way to a page that needs more room (a list's columns, the Insights tiles), and
gave way to the page shown only: Dutch at 150 % had it 286, 293 and 355 px wide on My
tickets, Insights and Billing, the page beside it jumping sideways at each switch (a
screenshot review). Every page built, as after each has been opened once.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.navigation import TARGETS
from desktop.ui.text.i18n import LanguageSwitcher
from tests.desktop.test_insight_labels import TWELVE_WEEKS, every_issue
from tests.desktop.test_local_store import AVA
from tests.desktop.test_ticket_list_columns import _cached_tickets
from tests.support.waiting import wait_until
from tests.support.windows import admin_window, show_at

PAGES = (
    "my_tickets",
    "team_tickets",
    "drafts",
    "billing",
    "insights",
    "recommendations",
    "get_help",
)


def left_of(page: QWidget, window: QWidget) -> int:
    return page.mapTo(window, page.rect().topLeft()).x()


@pytest.mark.parametrize("size", [(1100, 720), (1024, 640)], ids=["default", "1024x640"])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_the_navigation_is_as_wide_on_every_page(
    qtbot: QtBot,
    switcher: LanguageSwitcher,
    tmp_path: Path,
    language: str,
    text_scale: float,
    size: tuple[int, int],
) -> None:
    window = admin_window(qtbot, tmp_path, switcher, language)
    navigation = window.navigation
    # The pages with the most to show: a list's rows, the Insights tiles and charts.
    window.my_tickets.show_cached(await _cached_tickets(tmp_path), AVA.id)
    window.team_tickets.show_cached(await _cached_tickets(tmp_path / "team"), AVA.id)
    window.insights._show(every_issue(), TWELVE_WEEKS)  # noqa: SLF001 - numbers, no service
    await show_at(window, *size)
    await wait_until(
        lambda: all(navigation.item_for(t).text() == navigation.text_for(t) for t in TARGETS)
    )
    for name in PAGES:  # each opened once: shown, laid out in this language and size
        window.pages.setCurrentWidget(getattr(window, name))
        await asyncio.sleep(0.1)

    widths: dict[str, tuple[int, int]] = {}
    for name in PAGES:
        page = getattr(window, name)
        window.pages.setCurrentWidget(page)
        await asyncio.sleep(0.1)  # a few turns for a layout that would move it
        widths[name] = (navigation.width(), left_of(window.pages, window))
    assert len(set(widths.values())) == 1, widths
    assert window.width() == size[0]
