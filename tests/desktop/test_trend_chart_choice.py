"""View → Issue trend chart: the admin may put My tickets' chart (R12) away, and it stays
away in the next run; the rows get its room (a newcomer at 1,024 × 640 saw five rows under
it and found no way to fold it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from tests.desktop.test_chart_room import _filled
from tests.support.app import make_settings


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(TaskRunner(lambda error: None), make_settings(tmp_path))
    qtbot.addWidget(window)
    _filled(window.my_tickets)
    window.menus.show_session(admin=True)
    window.resize(1296, 810)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_trend_chart_put_away_stays_away_and_gives_its_room(  # R12
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    page, action = window.my_tickets, window.menus.trend_chart_action
    chart = page.trend_chart
    assert chart is not None
    qtbot.waitUntil(chart.isVisible)
    assert action.isChecked() and action.isVisible()
    with_chart = page.table.height()

    action.trigger()  # View → Issue trend chart, unticked
    qtbot.waitUntil(lambda: not chart.isVisible())
    qtbot.waitUntil(lambda: page.table.height() > with_chart)
    window.close()

    again = _window(qtbot, tmp_path)  # the next run, with the same settings
    assert not again.menus.trend_chart_action.isChecked()
    again_chart = again.my_tickets.trend_chart
    assert again_chart is not None
    assert not again_chart.isVisible()  # placed as the page was shown and sized

    again.menus.trend_chart_action.trigger()  # and back
    qtbot.waitUntil(again_chart.isVisible)


def test_the_view_menu_is_an_admins(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    view = window.findChild(QMenu, "view_menu")
    assert view is not None and window.menus.trend_chart_action in view.actions()
    assert view.menuAction().isVisible()
    window.menus.show_session(admin=False)  # a member: Get help, no My tickets chart
    assert not view.menuAction().isVisible()
