"""After an Insights drill-down, "← Insights" above the list goes back (a newcomer found no
visible way back but the navigation): shown only while the list shows a drill-down, reached
by Tab, and back on Insights its period and scroll are as they were. Clearing the
drill-down's filters by hand ends it: the button goes with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.support.insights_flows import (
    admin_on_insights,
    drill_down_on_top_issue,
    insights_loaded,
)
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_back_to_insights_from_its_tickets(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    async with admin_on_insights(server, qtbot, tmp_path, (1100, 720)) as (window, insights):
        window.show_insights()
        insights.periods.set_key("12m")
        await insights_loaded(insights)
        scroll = insights._scroll.verticalScrollBar()
        await wait_until(lambda: scroll.maximum() > 200, what="Insights taller than the window")
        scroll.setValue(scroll.maximum() // 2)
        place = scroll.value()

        team = await drill_down_on_top_issue(window, insights)
        back = team.drill_down_bar.back_button
        assert back.isVisible() and back.text() == "← Insights"
        assert back.accessibleName() == "Back to Insights"
        assert back.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached by Tab

        qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
        assert window.pages.currentWidget() is window.insights
        await insights_loaded(insights)
        assert insights.period is not None and insights.period.key == "12m"
        assert scroll.value() == place

        # The whole team list: no way "back" to show.
        window.show_team_tickets()
        team.clear_filters()
        assert team.drill_down is None and not team.drill_down_bar.isVisible()

        # The tickets open now (a tile), their one filter set back to all by hand.
        window.show_insights()
        await insights_loaded(insights)
        insights.tiles.open_tile.activated.emit()
        await wait_until(lambda: window.pages.currentWidget() is team, what="the open tickets")
        assert team.drill_down is not None and back.isVisible()
        team.filters.status.setCurrentIndex(0)  # "All statuses"
        await wait_until(lambda: team.drill_down is None, what="the drill-down ended")
        assert not back.isVisible() and not team.drill_down_bar.isVisible()


async def test_team_tickets_chosen_again_ends_the_drill_down(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    """Back from a drill-down, then Team tickets in the navigation (Ctrl+2, or its entry):
    Team tickets itself, with the admin's own search and filters from before the
    drill-down, not Insights' tickets under its name (a newcomer had to find "Show all
    team tickets"). A ticket opened from a drill-down names that list on its Back."""
    async with admin_on_insights(server, qtbot, tmp_path, (1100, 720)) as (window, insights):
        team = window.team_tickets
        window.show_team_tickets()
        team.filters.product.setCurrentIndex(1)
        team.filters.search.setText("order")
        own = team.filters.values()
        assert own["product"] and own["q"] == "order"

        async def drill_down() -> None:
            window.show_insights()
            await insights_loaded(insights)
            insights.tiles.open_tile.activated.emit()
            await wait_until(lambda: window.pages.currentWidget() is team, what="drill-down")
            assert team.drill_down is not None and team.drill_down_bar.isVisible()
            assert team.filters.values()["status"]

        await drill_down()
        going_back = window.going_back
        assert going_back is not None
        going_back.go_back()  # Esc: back to Insights
        assert window.pages.currentWidget() is window.insights
        window.go_to(1)
        window.go_to(2)
        assert window.pages.currentWidget() is team
        assert team.drill_down is None and not team.drill_down_bar.isVisible()
        assert team.filters.values() == own
        assert team.table.accessibleName() == "Team tickets"

        # Its entry clicked, from Insights: the same.
        await drill_down()
        window.show_insights()
        entry = window.navigation.item_for("team_tickets")
        rect = window.navigation.visualItemRect(entry)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.pages.currentWidget() is team and team.drill_down is None
        assert team.filters.values() == own

        # Its entry clicked while in the drill-down (the entry marked already): the same.
        await drill_down()
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.pages.currentWidget() is team and team.drill_down is None
        assert team.filters.values() == own

        # A ticket opened from a drill-down (over the list): Back names that list.
        await drill_down()
        window.resize(900, 720)
        await wait_until(lambda: not team.docked, what="the pane given back")
        await wait_until(lambda: team.model.rowCount() > 0, what="the drill-down's rows")
        window.open_ticket(team.model.ticket_at(0).id)
        assert window.ticket_page.back_button.text() == "← Tickets from Insights"
        going_back.go_back()
        assert window.pages.currentWidget() is team and team.drill_down is not None
        window.open_ticket(team.model.ticket_at(0).id)
        window.go_to(2)  # Team tickets chosen from the ticket: the list itself
        assert window.pages.currentWidget() is team and team.drill_down is None


async def test_show_all_team_tickets_keeps_the_keyboard_in_the_list(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    """ "Show all team tickets" pressed from the keyboard: the keyboard in the list, on its
    selected row, not on the next control in the window (the button goes with the bar)."""
    async with admin_on_insights(server, qtbot, tmp_path, (1100, 720)) as (window, insights):
        window.activateWindow()
        window.show_insights()
        await insights_loaded(insights)
        insights.tiles.open_tile.activated.emit()
        team = window.team_tickets
        await wait_until(lambda: window.pages.currentWidget() is team, what="the drill-down")
        show_all = team.drill_down_bar.clear_button
        show_all.setFocus()
        await wait_until(show_all.hasFocus, what="the keyboard on Show all team tickets")
        qtbot.keyClick(show_all, Qt.Key.Key_Space)
        assert team.drill_down is None
        await wait_until(lambda: team.model.rowCount() > 0, what="the whole list")
        await wait_until(team.table.hasFocus, what="the keyboard in the list")
        assert team.table.currentIndex().isValid()
