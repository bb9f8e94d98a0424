"""The insight charts by keyboard (R20): Tab reaches each chart, the arrows move the
hover's highlight from bar to bar, its hint says the bar's name and count, Enter opens
the tickets behind it as a click does, Home and End go to the first and last.

A newcomer found the bars reachable by mouse only; the tables were by keyboard.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.api.insights import Insights
from desktop.services.insights import DrillDown, Period, Shown
from desktop.ui.insights import drill_down
from desktop.ui.insights.chart_card import ChartCard
from desktop.ui.insights.insights_page import InsightsPage
from desktop.ui.look.theme import focus_ring_colour
from desktop.ui.shell.tasks import TaskRunner
from tests.desktop.test_focus_ring import near
from tests.desktop.test_insight_hover import MONDAY, insights

PERIOD = Period("custom", date(2026, 9, 7), date(2026, 9, 20))


def shown(qtbot: QtBot, data: Insights | None = None) -> tuple[InsightsPage, list[DrillDown]]:
    page = InsightsPage(TaskRunner(lambda error: None))
    qtbot.addWidget(page)
    page.resize(1200, 1400)
    # The numbers as the service sent them (no service here: nothing else is read).
    page.shown, page.period, page.scope = Shown(data or insights()), PERIOD, "team"
    page.retranslate_ui()
    opened: list[DrillDown] = []
    page.drill_down_requested.connect(opened.append)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)  # keys go to it
    return page, opened


def focus(qtbot: QtBot, card: ChartCard) -> None:
    card.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.view.hasFocus)


def press(card: ChartCard, key: Qt.Key) -> None:
    QTest.keyClick(card.view, key)


def hint(card: ChartCard) -> str:
    return card.view.accessibleDescription()


def test_tab_reaches_every_chart(qtbot: QtBot) -> None:  # R20
    page, _opened = shown(qtbot)
    page.periods.combo.setFocus()
    reached: list[QWidget] = []
    highlighted = {}
    for _ in range(60):
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        reached.append(page.focusWidget())
        for card in page.cards():
            if page.focusWidget() is card.view:  # its first part highlighted and named
                highlighted[card.objectName()] = card.keys.hint.isVisible() and hint(card)
    for card in page.cards():
        assert card.view in reached, card.objectName()
        assert highlighted[card.objectName()], card.objectName()


def test_up_and_down_move_along_the_issues_and_enter_opens(qtbot: QtBot) -> None:  # R20
    page, opened = shown(qtbot)
    card = page.top_issues
    bars = card.drawn
    assert isinstance(bars, list)
    focus(qtbot, card)
    # The top bar first: "Sync", 5 tickets (drawn bottom-up: index 1).
    assert bars[0].isBarSelected(1) and not bars[0].isBarSelected(0)
    assert hint(card) == "Sync: 5 tickets\nShow these 5 tickets"
    assert card.keys.hint.isVisible() and card.keys.hint.text() == hint(card)
    press(card, Qt.Key.Key_Down)
    assert bars[0].isBarSelected(0) and not bars[0].isBarSelected(1)
    assert hint(card) == "Billing: 1 ticket\nShow this ticket"
    press(card, Qt.Key.Key_Down)  # the last stays
    assert bars[0].isBarSelected(0)
    press(card, Qt.Key.Key_Home)
    assert bars[0].isBarSelected(1)
    press(card, Qt.Key.Key_End)
    assert bars[0].isBarSelected(0)
    press(card, Qt.Key.Key_Up)
    assert bars[0].isBarSelected(1)
    press(card, Qt.Key.Key_Return)
    # As a click on the bar: the tickets of that issue in the period.
    assert opened == [drill_down.issue(PERIOD, "team", "sync")]


def test_left_and_right_move_across_a_bars_products(qtbot: QtBot) -> None:  # R20
    page, opened = shown(qtbot)
    card = page.products
    sets = card.drawn
    assert isinstance(sets, list)
    dash, dropbox = sets
    focus(qtbot, card)
    assert dash.isBarSelected(1) and hint(card).startswith("Sync, Dropbox Dash: 2 tickets")
    press(card, Qt.Key.Key_Right)
    assert dropbox.isBarSelected(1) and not dash.isBarSelected(1)
    assert hint(card).startswith("Sync, Dropbox: 3 tickets")
    press(card, Qt.Key.Key_Enter)
    assert opened == [drill_down.issue(PERIOD, "team", "sync", "dropbox")]
    # Billing has no Dash part (none drawn): Down lands on its Dropbox part; Left stays.
    press(card, Qt.Key.Key_Down)
    assert dropbox.isBarSelected(0) and hint(card).startswith("Billing, Dropbox: 1 ticket")
    press(card, Qt.Key.Key_Left)
    assert dropbox.isBarSelected(0) and not dash.isBarSelected(0)


def test_left_and_right_move_along_the_weeks(qtbot: QtBot) -> None:  # R20
    page, opened = shown(qtbot)
    card = page.weekly
    lines = card.drawn
    assert isinstance(lines, list)
    opened_line, solved_line = lines
    focus(qtbot, card)
    assert opened_line.isPointSelected(0)
    assert hint(card).startswith("Opened, week of Sep 7, 2026: 4 tickets")
    press(card, Qt.Key.Key_Right)
    assert opened_line.isPointSelected(1) and not opened_line.isPointSelected(0)
    press(card, Qt.Key.Key_Down)  # across: the solved line
    assert solved_line.isPointSelected(1) and not opened_line.isPointSelected(1)
    assert hint(card) == "Solved, week of Sep 14, 2026: 1 ticket\nShow this ticket"
    press(card, Qt.Key.Key_Return)
    second = MONDAY + timedelta(weeks=1)
    assert opened == [drill_down.solved_week(PERIOD, "team", second)]
    # A week of none is shown, and opens nothing.
    press(card, Qt.Key.Key_Home)
    assert solved_line.isPointSelected(0) and hint(card) == "Solved, week of Sep 7, 2026: 0 tickets"
    press(card, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_the_arrows_move_round_the_response_ring(qtbot: QtBot) -> None:  # R20
    page, opened = shown(qtbot)
    card = page.sla
    pie = card.drawn
    focus(qtbot, card)
    in_time, late = pie.slices()  # type: ignore[attr-defined]
    assert in_time.isExploded() and hint(card).startswith("In time: 4 tickets")
    press(card, Qt.Key.Key_Right)
    assert late.isExploded() and not in_time.isExploded()
    press(card, Qt.Key.Key_Space)
    assert [replace(d, now=None) for d in opened] == [
        DrillDown(PERIOD.first, PERIOD.last + timedelta(days=1), response="breached")
    ]


def test_leaving_a_chart_takes_its_highlight_off(qtbot: QtBot) -> None:  # R20
    page, _opened = shown(qtbot)
    card = page.top_issues
    bars = card.drawn
    assert isinstance(bars, list)
    focus(qtbot, card)
    assert bars[0].isBarSelected(1)
    page.periods.combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not card.view.hasFocus())
    assert not bars[0].isBarSelected(1)
    assert hint(card) == card.caption.text()  # which tickets the chart counts, again
    assert not card.keys.hint.isVisible()


@pytest.mark.parametrize("name", ["top_issues", "weekly"])
def test_a_focused_chart_shows_the_focus_ring(qtbot: QtBot, name: str) -> None:  # R20
    page, _opened = shown(qtbot)
    card: ChartCard = getattr(page, name)
    view = card.view
    middle = view.height() // 2
    focus(qtbot, card)
    ring = focus_ring_colour(page.palette())
    image = page.grab().toImage()
    left = view.mapTo(page, view.rect().topLeft())
    colour = QColor(image.pixel(left.x() + 1, left.y() + middle))
    assert near(colour, ring), colour.name()


def test_help_lists_the_chart_and_tile_keys(qtbot: QtBot) -> None:  # R20
    from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Insights: the chart's next bar (first, last)"] == "Arrows, Home / End"
    assert rows["Insights: open a bar's or a tile's tickets"] == "Enter / Space"


def test_a_chart_reached_in_a_small_window_scrolls_into_view(qtbot: QtBot) -> None:  # R20
    # 1024×640 less the navigation: Insights scrolls, and the weekly chart is below.
    page, _opened = shown(qtbot)
    page.resize(820, 580)
    qtbot.waitUntil(lambda: page.weekly.view.mapTo(page, QPoint(0, 0)).y() > page.height())
    card = page.weekly
    focus(qtbot, card)
    press(card, Qt.Key.Key_End)
    view = card.view
    # What of the chart is seen in the page's window (Qt's visibleRegion counts the
    # focus ring over the chart as hiding it).
    seen = QRect(view.mapFrom(page, QPoint(0, 0)), page.size()).intersected(view.rect())
    part = card.keys.part()
    assert part is not None
    assert seen.contains(view.mapFromScene(part.place()))
    assert seen.contains(card.keys.hint.geometry()), (seen, card.keys.hint.geometry())
