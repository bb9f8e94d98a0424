"""Clickable parts of the insight charts, and cells of their tables, show that they are (R20).

Over a bar, a point or a part of the response chart the pointer becomes a hand,
the part is highlighted and a tooltip says what a click does: "Show these 5
tickets". Parts that count nothing are not clickable and say nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarSet, QChartView, QLineSeries, QPieSeries, QPieSlice
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QMouseEvent
from PySide6.QtWidgets import QTableView, QToolTip

from desktop.ui.insights.table_model import RowsModel
from desktop.ui.insights.week_axis import week_x


class HoverHint(QObject):
    # A QObject for its tr(): lupdate takes plural forms from tr(), not from translate().
    def text(self, count: int) -> str:
        return self.tr("Show these %n ticket(s)", "", count)


def hint(count: int) -> str:
    """What a click on a part that counts ``count`` tickets does."""
    return HoverHint().text(count)


def highlight(colour: QColor) -> QColor:
    # Darker on a light colour, lighter on a dark one: visible on both themes.
    return colour.darker(130) if colour.lightnessF() > 0.5 else colour.lighter(150)


def hover(view: QChartView, count: int | None) -> None:
    """Over a part counting ``count`` tickets (None: off every part)."""
    viewport = view.viewport()
    # Not once the chart is hidden: a hover that comes after the click that opened the
    # tickets (the page gone) left "Show these 17 tickets" over the list's rows.
    if count and view.isVisible():
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), hint(count), viewport)
    else:
        viewport.unsetCursor()
        QToolTip.hideText()


def hint_bars(view: QChartView, sets: list[QBarSet]) -> None:
    for bars in sets:
        bars.setSelectedColor(highlight(bars.color()))

        def hovered(over: bool, index: int, bars: QBarSet = bars) -> None:
            if over:
                bars.selectBar(index)
            else:
                bars.deselectAllBars()
            hover(view, int(bars.at(index)) if over else None)

        bars.hovered.connect(hovered)


def hint_lines(view: QChartView, lines: list[QLineSeries], weeks: list[date]) -> None:
    places = [week_x(monday) for monday in weeks]

    def nearest(point: QPointF) -> int:
        # The line says where on it the pointer is: the nearest week's point is meant.
        return min(range(len(places)), key=lambda i: abs(places[i] - point.x()))

    for line in lines:
        line.setSelectedColor(highlight(line.color()))

        def hovered(point: QPointF, over: bool, line: QLineSeries = line) -> None:
            line.deselectAllPoints()
            if not over or not places:
                hover(view, None)
                return
            index = nearest(point)
            line.selectPoint(index)
            hover(view, int(line.at(index).y()))

        line.hovered.connect(hovered)


def hint_pie(view: QChartView, pie: QPieSeries) -> None:
    def hovered(part: QPieSlice, over: bool) -> None:
        count = int(part.value())
        part.setExploded(over and count > 0)
        hover(view, count if over else None)

    pie.hovered.connect(hovered)


class TableHover(QObject):
    """A chart's table: over a count the hand, the cell highlighted, its tooltip (the model's)."""

    def __init__(self, table: QTableView, model: RowsModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        model.hint = hint
        table.setMouseTracking(True)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            index = self._table.indexAt(event.position().toPoint())
            cell = (index.row(), index.column())
            self._over(cell if self._model.clickable(*cell) else None)
        elif event.type() == QEvent.Type.Leave:
            self._over(None)
        return False

    def _over(self, cell: tuple[int, int] | None) -> None:
        self._model.set_hovered(cell)
        viewport = self._table.viewport()
        if cell is None:
            viewport.unsetCursor()
        else:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
