"""Insights in the real client against a real service (the demo world): Ava signed in,
the page open, loaded, and a drill-down from it into Team tickets."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.insights.insights_page import InsightsPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.support.app import make_settings, running_client
from tests.support.billing import nav_texts
from tests.support.server import RunningServer
from tests.support.sign_in import sign_in
from tests.support.waiting import wait_until


async def open_insights(controller: AppController) -> InsightsPage:
    assert "Insights" in nav_texts(controller)
    controller.window.show_insights()
    page = controller.window.insights
    await wait_until(lambda: page.shown is not None and not page._loading, what="insights")
    return page


async def synced_insights(controller: AppController, qtbot: QtBot) -> InsightsPage:
    """Ava's Insights, with both ticket lists synced (drill-downs list from the store)."""
    await sign_in(controller, qtbot, "ava@northwind.example")
    window = controller.window
    await wait_until(
        lambda: not window.my_tickets._syncing and not window.team_tickets._syncing,
        what="both lists synced",
    )
    return await open_insights(controller)


@asynccontextmanager
async def admin_on_insights(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> AsyncIterator[tuple[MainWindow, InsightsPage]]:
    """The client against ``server``, Ava's Insights open (synced_insights) in a window of
    ``size``."""
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        insights = await synced_insights(controller, qtbot)
        window = controller.window
        window.resize(*size)
        yield window, insights


async def insights_loaded(insights: InsightsPage) -> None:
    """The page has its numbers for the period it shows (none on their way)."""
    await wait_until(lambda: not insights._loading and insights.shown is not None)


async def period_chosen(insights: InsightsPage, key: str) -> None:
    """The period ``key`` ("12w", "12m", "quarter" …) chosen, and its numbers shown."""
    insights.periods.set_key(key)
    await wait_until(lambda: insights.period is not None and insights.period.key == key)
    await wait_until(
        lambda: not insights._loading and insights.shown is not None,
        what=f"the numbers of {key}",
    )


async def drill_down_on_top_issue(window: MainWindow, insights: InsightsPage) -> TicketListPage:
    """The most frequent issue's bar on Top issues clicked: Team tickets shows its tickets."""
    bars = insights.top_issues.drawn
    assert isinstance(bars, list)
    bars[0].clicked.emit(bars[0].count() - 1)
    team = window.team_tickets
    await wait_until(lambda: window.pages.currentWidget() is team, what="the drill-down")
    return team
