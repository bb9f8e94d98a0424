"""Esc and Back (Alt+Left) go one step back from where the admin is (a newcomer's report:
beside Team tickets, and from the tickets behind an Insights chart, they went to My tickets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.support.insights_flows import (
    admin_on_insights,
    drill_down_on_top_issue,
    insights_loaded,
)
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


def _press(keys: QKeySequence | Qt.Key) -> None:
    """As the admin presses it: to the widget with the keyboard focus."""
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    if isinstance(keys, QKeySequence):
        combo = keys[0]
        QTest.keyClick(focused, combo.key(), combo.keyboardModifiers())
    else:
        QTest.keyClick(focused, keys)


async def test_back_beside_a_list_and_from_an_insights_chart(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R20
    async with admin_on_insights(server, qtbot, tmp_path, (1600, 900)) as (window, insights):
        window.activateWindow()
        back = QKeySequence(QKeySequence.StandardKey.Back)

        # Team tickets with the selected ticket read beside it.
        window.show_team_tickets()
        team = window.team_tickets
        await wait_until(lambda: team.docked, what="the reading pane beside Team tickets")
        team.table.selectRow(0)
        pane = window.ticket_page
        await wait_until(lambda: pane.ticket is not None, what="a ticket in the pane")
        pane.thread_scroll.setFocus()
        await wait_until(lambda: pane.thread_scroll.hasFocus(), what="the keyboard in the pane")
        # Esc in the pane: the keyboard back to the list, which stays on screen.
        _press(Qt.Key.Key_Escape)
        assert window.pages.currentWidget() is team
        assert QApplication.focusWidget() is team.table
        # Esc and Back in the list itself: nowhere further (it was My tickets).
        _press(Qt.Key.Key_Escape)
        _press(back)
        assert window.pages.currentWidget() is team

        # The tickets behind an Insights chart: back to Insights, its period kept.
        window.show_insights()
        insights.periods.set_key("12m")
        await insights_loaded(insights)
        await drill_down_on_top_issue(window, insights)
        assert team.drill_down is not None
        team.table.setFocus()
        await wait_until(lambda: team.table.hasFocus(), what="the keyboard in the list")
        _press(back)
        assert window.pages.currentWidget() is window.insights
        assert insights.period is not None and insights.period.key == "12m"

        # Narrow, a ticket over the list: back to that list, as before.
        window.show_team_tickets()
        window.resize(1100, 720)
        await wait_until(lambda: not team.docked, what="the pane given back")
        window.open_ticket(team.model.ticket_at(0).id)
        assert window.pages.currentWidget() is pane
        _press(Qt.Key.Key_Escape)
        assert window.pages.currentWidget() is team
