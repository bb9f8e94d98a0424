"""The window holds at 1024×640 (a small laptop's screen) in every language, with every
page built and filled, both banners up, and after the reading pane has come and gone;
and it can be made that wide whatever it showed before (the reading pane, larger text)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import (
    LARGE_FONT_SCALE,
    SMALL_WINDOW_SIZE,
    WIDE_WINDOW_SIZE,
    WINDOW_SIZE,
    scale_app_font,
    settle,
)
from desktop.ui.shell.main_window import MainWindow
from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

SMALL_HEIGHT = SMALL_WINDOW_SIZE[1]


async def fill_every_page(controller: AppController) -> None:
    window = controller.window
    await wait_until(
        lambda: not window.my_tickets._syncing and not window.team_tickets._syncing,
        what="both lists synced",
    )
    window.show_team_tickets()
    window.show_drafts()
    window.show_get_help()
    window.show_billing()
    billing = window.billing
    await wait_until(
        lambda: billing.overview is not None and all(r.isVisible() for r in billing.rows.values()),
        what="the billing page",
    )
    window.show_recommendations()
    await wait_until(lambda: not window.recommendations._loading, what="recommendations")
    window.show_insights()
    insights = window.insights
    await wait_until(lambda: insights.shown is not None and not insights._loading, what="insights")
    window.show_my_tickets()


async def dock_and_give_back(window: MainWindow) -> None:
    """As the screenshots go: a ticket read beside the list, the window narrowed, then a
    ticket opened over the list (My tickets, hidden, last saw the pane docked)."""
    page = window.my_tickets
    window.resize(*WIDE_WINDOW_SIZE)
    await wait_until(lambda: page.docked, what="the reading pane")
    page.table.selectRow(1)
    ticket_page = window.ticket_page
    wanted = page.model.ticket_at(1).id
    await wait_until(
        lambda: ticket_page.ticket is not None and ticket_page.ticket.id == wanted,
        what="the ticket in the pane",
    )
    await settle()
    window.resize(*WINDOW_SIZE)
    await wait_until(lambda: not page.docked, what="the pane given back")
    window.open_ticket(page.model.ticket_at(0).id)
    await wait_until(
        lambda: ticket_page.ticket is not None and not ticket_page._loading_id, what="a ticket"
    )
    await settle()


@asynccontextmanager
async def filled_window(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> AsyncIterator[MainWindow]:
    """Ava's window in ``language`` at its default size, every page built and filled."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language=language) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.resize(*WINDOW_SIZE)
        await fill_every_page(controller)
        yield window


def least_height(window: MainWindow) -> int:
    return window.minimumSizeHint().height()


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_the_window_fits_a_small_laptop_screen(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    async with filled_window(server, qtbot, tmp_path, language) as window:
        await dock_and_give_back(window)
        # The tallest chrome there is: the local workspace's banner and the offline one.
        window.banner.show()
        window.offline_banner.show()
        await settle()
        assert least_height(window) <= SMALL_HEIGHT, ("a ticket opened", least_height(window))
        window.resize(*SMALL_WINDOW_SIZE)
        await settle()
        assert window.height() == SMALL_HEIGHT
        # Every page in turn, as the small window shows it.
        for page in (
            window.my_tickets,
            window.team_tickets,
            window.ticket_page,
            window.drafts,
            window.get_help,
            window.billing,
            window.insights,
            window.recommendations,
        ):
            window.pages.setCurrentWidget(page)
            await settle()
            height = least_height(window)
            assert height <= SMALL_HEIGHT, (page.objectName(), height)
            assert window.height() == SMALL_HEIGHT, page.objectName()


SMALL_WIDTH = SMALL_WINDOW_SIZE[0]


def least_width(window: MainWindow) -> int:
    return window.minimumSizeHint().width()


async def made_small(window: MainWindow, when: str) -> None:
    """The window made 1024×640 in one step (moved to a small laptop's screen, or
    restored from maximised): it is that wide, not held wider by what it showed before."""
    window.resize(*SMALL_WINDOW_SIZE)
    await settle()
    assert window.width() == SMALL_WIDTH, (when, window.width(), pages_least(window))


def pages_least(window: MainWindow) -> dict[str, int]:
    """Each page's least width and the window's: which page holds it wider, when it is."""
    pages = window.pages
    least = {
        pages.widget(i).objectName() or type(pages.widget(i)).__name__: pages.widget(i)
        .minimumSizeHint()
        .width()
        for i in range(pages.count())
    }
    least["window"] = least_width(window)
    least["navigation"] = window.navigation.width()
    return least


async def still_small(window: MainWindow, what: str) -> None:
    """Once ``what`` is laid out: it needs no more than 1024 px, and the window stays so."""
    await settle()
    assert least_width(window) <= SMALL_WIDTH, (what, least_width(window))
    assert window.width() == SMALL_WIDTH, what


async def every_page_still_small(window: MainWindow) -> None:
    """Every page the navigation offers, each in turn: none needs more than 1024 px."""
    navigation = window.navigation
    for number, target in enumerate(navigation.visible_targets(), start=1):
        window.go_to(number)
        await wait_until(lambda: navigation.current_target() == target, what=target)  # noqa: B023
        await still_small(window, target)


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_the_window_can_be_made_1024_wide_whatever_it_showed(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # issue 19: 1086 px in Japanese and Dutch, 1041 after 150 % text
    async with filled_window(server, qtbot, tmp_path, language) as window:
        # As the screenshots go: the pane docked, given back, a ticket opened over the
        # list (My tickets, hidden, last measured with the pane beside its rows).
        await dock_and_give_back(window)
        await made_small(window, "after the reading pane")
        # Straight from a wide window with the pane docked: the pane gives way, the
        # window does not stay as wide as list and pane need side by side.
        lists = window.my_tickets
        window.show_my_tickets()
        window.resize(*WIDE_WINDOW_SIZE)
        await wait_until(lambda: lists.docked, what="the reading pane")
        await settle()
        await made_small(window, "from the docked pane")
        await wait_until(lambda: not lists.docked, what="the pane given back")
        # The text at 150 % while Insights is shown, then back at its size on another
        # page: Insights, hidden, kept the width its larger text had needed.
        window.resize(*WINDOW_SIZE)
        window.show_insights()
        normal = scale_app_font(LARGE_FONT_SCALE)
        try:
            await settle()
            window.show_my_tickets()
            await settle()
        finally:
            normal()
        await settle()
        await made_small(window, "after larger text")
        # Every page the navigation offers (and a ticket), each in turn: none needs more.
        await every_page_still_small(window)
        window.open_ticket(lists.model.ticket_at(0).id)
        await wait_until(lambda: not window.ticket_page._loading_id, what="a ticket")
        await still_small(window, "a ticket")


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_at_150_percent_text_the_window_can_be_made_1024_wide(
    fresh_server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # issue 19: Japanese needed 1,041 px (Insights' tiles in one row), Dutch 1,054
    # (on the session's service, after other tests' tickets: see fresh_server)
    async with filled_window(fresh_server, qtbot, tmp_path, language) as window:
        normal = scale_app_font(LARGE_FONT_SCALE)
        try:
            await settle()
            await made_small(window, "at 150 % text")
            await every_page_still_small(window)
        finally:
            normal()
