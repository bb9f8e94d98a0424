"""Back on Insights from the tickets a tile or a chart opened (Esc, Alt+Left, "← Insights"):
the keyboard is where it was, not on Period 6-12 Tabs away (a newcomer's report; R20)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.services.insights import Shown
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from tests.desktop.test_chart_keys import PERIOD, hint
from tests.desktop.test_insight_hover import insights
from tests.support.app import make_settings


def on_insights(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(TaskRunner(lambda _error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_insights()
    page = window.insights
    # The numbers as the service sent them (no service here: nothing else is read).
    page.shown, page.period, page.scope = Shown(insights()), PERIOD, "team"
    page.retranslate_ui()
    return window


def test_back_from_a_tiles_tickets_on_the_tile(qtbot: QtBot, tmp_path: Path) -> None:
    window = on_insights(qtbot, tmp_path)
    tile = window.insights.tiles.week_tile
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus)
    QTest.keyClick(tile, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.team_tickets
    window.show_insights()  # as "← Insights", Esc and Alt+Left do
    assert window.focusWidget() is tile
    # Reached from the navigation afterwards: on the period, as before.
    window.show_insights()
    assert window.focusWidget() is window.insights.periods.combo


def test_back_from_a_charts_tickets_on_its_part(qtbot: QtBot, tmp_path: Path) -> None:
    window = on_insights(qtbot, tmp_path)
    card = window.insights.weekly
    opened_line, _solved = card.drawn  # type: ignore[misc]
    card.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.view.hasFocus)
    QTest.keyClick(card.view, Qt.Key.Key_End)
    QTest.keyClick(card.view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.team_tickets
    window.show_insights()
    assert window.focusWidget() is card.view
    assert opened_line.isPointSelected(1) and not opened_line.isPointSelected(0)
    assert hint(card).startswith("Opened, week of Sep 14, 2026: 2 tickets")
