"""Issue trends on My tickets: tickets opened per week over 12 weeks, stacked by category."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.api.models import Trend
from desktop.ui.labels import CATEGORIES, category_label

# One colour per category, kept whatever else is in the chart (colour-blind-safe hues).
CATEGORY_COLOURS = dict(
    zip(
        CATEGORIES,
        (
            "#0072b2",
            "#e69f00",
            "#009e73",
            "#cc79a7",
            "#56b4e9",
            "#d55e00",
            "#f0e442",
            "#6a3d9a",
            "#999999",
        ),
        strict=True,
    )
)
CHART_HEIGHT = 190


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.trend: Trend | None = None
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # A small chart: smaller type, so 12 weeks and up to 9 categories fit without eliding.
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() - 2))
        title = QFont(self._small)
        title.setBold(True)
        self.chart.setTitleFont(title)
        self.chart.legend().setFont(self._small)
        self.view = QChartView(self.chart)
        self.view.setObjectName("trend_chart_view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFixedHeight(CHART_HEIGHT)
        self.empty = QLabel()
        self.empty.setObjectName("trend_chart_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.view)
        self._stack.setFixedHeight(CHART_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.retranslate_ui()

    def show_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        self.retranslate_ui()

    def bar_sets(self) -> list[QBarSet]:
        series = self.chart.series()
        return list(series[0].barSets()) if series else []  # type: ignore[attr-defined]

    def _draw(self, trend: Trend) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QStackedBarSeries()
        for category, counts in trend.series:
            bars = QBarSet(category_label(category))
            bars.append([float(n) for n in counts])
            bars.setColor(QColor(CATEGORY_COLOURS.get(category, "#999999")))
            bars.setBorderColor(QColor("transparent"))
            series.append(bars)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        weeks = QBarCategoryAxis()
        weeks.append([self._week_label(QDate(w.year, w.month, w.day)) for w in trend.weeks])
        weeks.setGridLineVisible(False)
        weeks.setLabelsFont(self._small)
        self.chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(weeks)
        most = max(
            (sum(c[i] for _cat, c in trend.series) for i in range(len(trend.weeks))), default=0
        )
        tickets = QValueAxis()
        tickets.setLabelFormat("%d")
        tickets.setLabelsFont(self._small)
        # Whole tickets only: a tick every 1, 2, 3 … so that about four fit.
        step = max(1, -(-most // 4))
        tickets.setRange(0, max(step * 2, -(-most // step) * step))
        tickets.setTickType(QValueAxis.TickType.TicksDynamic)
        tickets.setTickAnchor(0)
        tickets.setTickInterval(step)
        self.chart.addAxis(tickets, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(tickets)

    @staticmethod
    def _week_label(monday: QDate) -> str:
        locale = QLocale()
        if locale.language() in (QLocale.Language.Japanese, QLocale.Language.Chinese):
            return locale.toString(monday, "M/d")
        return locale.toString(monday, "d MMM")

    def retranslate_ui(self) -> None:
        self.chart.setTitle(self.tr("Issue trends: your tickets per week, by category"))
        self.view.setAccessibleName(self.tr("Issue trends"))
        trend = self.trend
        if trend is None:
            self.empty.setText(self.tr("Loading issue trends…"))
            self._stack.setCurrentWidget(self.empty)
        elif trend.total == 0:
            self.empty.setText(self.tr("No tickets in the last 12 weeks: no trends to show."))
            self._stack.setCurrentWidget(self.empty)
        else:
            self._draw(trend)  # labels and week names are in the current language
            self._stack.setCurrentWidget(self.view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
