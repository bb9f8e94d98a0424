"""Clickable parts of the insight charts show that they are (R20).

The pointer is moved over a real chart drawn in a real view: the hand, the
highlight and the tooltip come from the hover QtCharts reports, as for a user.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCharts import QBarSet, QChart, QChartView, QLineSeries, QPieSeries
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QToolTip
from pytestqt.qtbot import QtBot

from desktop.api.insights import Insights, IssueCount, ProductIssueCount, WeekCounts
from desktop.ui.insights import charts, hover
from desktop.ui.insights.table_model import RowsModel

MONDAY = date(2026, 9, 7)


def insights() -> Insights:
    return Insights(
        start=datetime(2026, 9, 7, tzinfo=UTC),
        end=datetime(2026, 9, 21, tzinfo=UTC),
        open_tickets=3,
        top_issues=(IssueCount("sync", 5), IssueCount("billing", 1)),
        top_products_per_issue=(
            ProductIssueCount("billing", "dropbox", 1),
            ProductIssueCount("sync", "dash", 2),
            ProductIssueCount("sync", "dropbox", 3),
        ),
        weekly=(WeekCounts(MONDAY, 4, 0), WeekCounts(MONDAY + timedelta(weeks=1), 2, 1)),
        sla_met=4,
        sla_breached=1,
        median_first_response_minutes=12.0,
    )


def shown(qtbot: QtBot) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.resize(600, 400)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    return chart, view


def move(view: QChartView, chart: QChart, where: QPointF, series: object) -> None:
    """The pointer to a place given in the series' values (as the user would move it)."""
    QCoreApplication.processEvents()  # the chart lays out what was just drawn
    scene = chart.mapToPosition(where, series)  # type: ignore[arg-type]
    QTest.mouseMove(view.viewport(), view.mapFromScene(scene))


def off(view: QChartView) -> None:
    QTest.mouseMove(view.viewport(), QPoint(2, 2))  # the corner: no part there


def hand(view: QChartView) -> bool:
    return view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_a_bar_shows_a_hand_a_highlight_and_how_many_it_opens(qtbot: QtBot) -> None:  # R20
    chart, view = shown(qtbot)
    bars = charts.draw_top_issues(chart, insights(), QPalette())
    hover.hint_bars(view, bars)
    series = chart.series()[0]
    # Drawn bottom-up: the top bar (index 1) is "sync", 5 tickets.
    move(view, chart, QPointF(2.5, 1), series)
    qtbot.waitUntil(lambda: hand(view))
    assert bars[0].isBarSelected(1) and not bars[0].isBarSelected(0)
    assert QToolTip.text() == "Show these 5 tickets"
    move(view, chart, QPointF(0.5, 0), series)
    qtbot.waitUntil(lambda: bars[0].isBarSelected(0))
    assert not bars[0].isBarSelected(1)
    assert QToolTip.text() == "Show this ticket"
    off(view)
    qtbot.waitUntil(lambda: not hand(view))
    assert not bars[0].isBarSelected(0)


def test_a_products_part_counts_its_own_tickets(qtbot: QtBot) -> None:  # R20
    chart, view = shown(qtbot)
    sets = charts.draw_products_per_issue(chart, insights(), QPalette())
    hover.hint_bars(view, sets)
    dash, dropbox = sets  # sorted: dash first, drawn from 0
    # The sync bar (top, index 1): Dash 0–2, Dropbox 2–5.
    move(view, chart, QPointF(3.5, 1), chart.series()[0])
    qtbot.waitUntil(lambda: dropbox.isBarSelected(1))
    assert hand(view) and QToolTip.text() == "Show these 3 tickets"
    assert not dash.isBarSelected(1)


def test_a_weeks_point_and_a_response_part_show_the_same(qtbot: QtBot) -> None:  # R20
    chart, view = shown(qtbot)
    data = insights()
    lines = charts.draw_weekly(chart, data, QPalette())
    hover.hint_lines(view, lines, [w.week for w in data.weekly])
    opened: QLineSeries = lines[0]
    move(view, chart, opened.at(0), opened)
    qtbot.waitUntil(lambda: hand(view))
    assert opened.isPointSelected(0) and QToolTip.text() == "Show these 4 tickets"
    off(view)
    qtbot.waitUntil(lambda: not hand(view))

    pie = charts.draw_sla(chart, data, QPalette())
    assert isinstance(pie, QPieSeries)
    hover.hint_pie(view, pie)
    in_time = pie.slices()[0]
    in_time.hovered.emit(True)  # a ring's part has no value place to move to
    assert in_time.isExploded() and hand(view)
    assert QToolTip.text() == "Show these 4 tickets"
    in_time.hovered.emit(False)
    assert not in_time.isExploded() and not hand(view)


def test_a_part_counting_nothing_does_not_offer_a_click(qtbot: QtBot) -> None:  # R20
    chart, view = shown(qtbot)
    bars = QBarSet("x")
    hover.hint_bars(view, [bars])
    bars.append([0.0])
    bars.hovered.emit(True, 0)
    assert not hand(view)


def test_a_tables_count_shows_the_same(qtbot: QtBot) -> None:  # R20: cells open tickets too
    model = RowsModel()
    table = QTableView()
    table.setModel(model)
    hover.TableHover(table, model)
    model.set_rows(["Issue", "Tickets"], [["Sync", 5], ["Billing", 0]])
    table.resize(400, 200)
    qtbot.addWidget(table)
    with qtbot.waitExposed(table):
        table.show()

    def point(row: int, column: int) -> QPoint:
        return table.visualRect(model.index(row, column)).center()

    count = model.index(0, 1)
    QTest.mouseMove(table.viewport(), point(0, 1))
    qtbot.waitUntil(lambda: table.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor)
    assert model.data(count, Qt.ItemDataRole.ToolTipRole) == "Show these 5 tickets"
    assert model.data(count, Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    # The issue's name, or a count of none: nothing to click, nothing said.
    for row, column in ((0, 0), (1, 1)):
        QTest.mouseMove(table.viewport(), point(row, column))
        qtbot.waitUntil(lambda: table.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor)
        assert model.data(count, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) is None


def test_no_hint_once_the_chart_is_gone(qtbot: QtBot) -> None:
    # A hover that came after the click which opened the tickets (the Insights page hidden)
    # left "Show these 17 tickets" over the opened list's rows (a newcomer's report).
    view = QChartView(QChart())
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    hover.hover(view, 17)
    qtbot.waitUntil(QToolTip.isVisible)
    hover.hover(view, None)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    view.hide()
    hover.hover(view, 17)
    QTest.qWait(50)
    assert not QToolTip.isVisible()
