"""Issue trends on My tickets: tickets opened per week over 12 weeks, stacked by category.

The chart itself (QtCharts) is made when there is a trend to draw: My tickets is
the first page painted at start, and the trend comes from the service later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QDate, QEvent, QMargins
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.look.chart_legend import ChartLegend
from desktop.ui.look.qt_values import ALIGN_CENTER
from desktop.ui.look.theme import TextRole, set_text_role, small_font
from desktop.ui.text.formatting import day_text
from desktop.ui.text.labels import CATEGORIES, category_label

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView
    from PySide6.QtGui import QFontMetrics

    from desktop.api.models import Trend

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
# What of a chart's width the weeks do not get: the ticket axis and the margins.
AXIS_ROOM = 48
# Between two week labels, so they read as two; QtCharts cuts a label with "…" short of
# its category's full width (at 150 % text "14 sep" was cut where "5 okt" was not).
LABEL_GAP = 16


def week_labels(weeks: list[QDate], room: int, metrics: QFontMetrics) -> list[str]:
    """Each week's label in the app's date style, or, when those do not fit in ``room``
    pixels a week (large text, a narrow window; QtCharts would cut them to "Sep..."),
    the day alone with the month named at each month's first week: "Oct 5", "12", "19"
    (or "Oct", "12", "19" when even that is too wide)."""
    from PySide6.QtCore import QLocale  # drawn after the first paint

    full = [day_text(monday, year=False) for monday in weeks]
    if max((metrics.horizontalAdvance(text) for text in full), default=0) + LABEL_GAP <= room:
        return full
    locale = QLocale()
    labels: list[str] = []
    for monday, text in zip(weeks, full, strict=True):
        if monday.day() > 7 and labels:
            label = locale.toString(monday, "d")
        elif metrics.horizontalAdvance(text) + LABEL_GAP <= room:
            label = text
        else:  # the month alone where even "Nov 2" is too wide
            label = locale.toString(monday, "MMM")
        while label in labels:  # the axis needs each category once (Feb 8, Mar 8)
            label += "\u200b"
        labels.append(label)
    return labels


def in_category_order(
    series: tuple[tuple[str, tuple[int, ...]], ...],
) -> list[tuple[str, tuple[int, ...]]]:
    """The series in the categories' fixed order (unknown ones after, by name).

    The service lists them by count: a new ticket could swap two, and the legend and the
    stacks reordered under the admin's eyes. Fixed, a category keeps its place.
    """
    rank = {category: place for place, category in enumerate(CATEGORIES)}
    return sorted(series, key=lambda item: (rank.get(item[0], len(rank)), item[0]))


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.trend: Trend | None = None
        self._unavailable = False
        self.chart: QChart | None = None
        self.view: QChartView | None = None
        self._labels: list[str] = []  # the weeks' labels drawn
        self._weeks_axis: QBarCategoryAxis | None = None
        self.empty = QLabel()
        self.empty.setObjectName("trend_chart_empty")
        # As a property: setAlignment() would name Qt.AlignmentFlag (qt_values.py).
        self.empty.setProperty("alignment", ALIGN_CENTER)
        set_text_role(self.empty, TextRole.SECONDARY)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.setFixedHeight(CHART_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        # Under the chart, wrapping: every category named, in every language.
        self.legend = ChartLegend()
        self.legend.hide()
        layout.addWidget(self.legend)
        self.retranslate_ui()

    def show_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        self._unavailable = False
        self.retranslate_ui()

    def show_unavailable(self) -> None:
        """No trends seen yet, and the service cannot be reached now."""
        self.trend = None
        self._unavailable = True
        self.retranslate_ui()

    def bar_sets(self) -> list[QBarSet]:
        series = self.chart.series() if self.chart is not None else []
        return list(series[0].barSets()) if series else []  # type: ignore[attr-defined]

    def _chart_view(self) -> tuple[QChart, QChartView]:
        if self.chart is None or self.view is None:
            from PySide6.QtCharts import QChart, QChartView
            from PySide6.QtGui import QPainter

            chart = QChart()
            chart.setBackgroundVisible(False)
            chart.setMargins(QMargins(0, 0, 0, 0))
            chart.legend().hide()  # ours wraps instead (desktop/ui/look/chart_legend.py)
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            view = QChartView(chart)
            view.setObjectName("trend_chart_view")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setFixedHeight(CHART_HEIGHT)
            # Nothing in it answers a key (the legend names every category): a tab stop
            # here drew no ring and did nothing. (Drawing it names Qt's enums anyway.)
            view.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            # Week labels long or short as the bars' width allows (a resize, larger text).
            chart.plotAreaChanged.connect(self._plot_area_changed)
            self._stack.addWidget(view)
            self.chart, self.view = chart, view
        return self.chart, self.view

    def _draw(self, trend: Trend) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries, QValueAxis

        chart, view = self._chart_view()
        title = QFont(self._small())
        title.setBold(True)
        chart.setTitleFont(title)
        chart.setTitle(self.tr("Issue trends: your tickets per week, by category"))
        view.setAccessibleName(self.tr("Issue trends"))
        self._weeks_axis = None  # removed next: not relabelled while the chart is rebuilt
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QStackedBarSeries()
        entries: list[tuple[str, QColor]] = []
        for category, counts in in_category_order(trend.series):
            bars = QBarSet(category_label(category))
            bars.append([float(n) for n in counts])
            colour = QColor(CATEGORY_COLOURS.get(category, "#999999"))
            bars.setColor(colour)
            entries.append((category_label(category), colour))
            bars.setBorderColor(QColor("transparent"))
            series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        self.legend.show_entries(entries)
        weeks = self._weeks_axis = QBarCategoryAxis()
        self._labels = self._week_labels(trend)
        weeks.append(self._labels)
        weeks.setGridLineVisible(False)
        weeks.setLabelsFont(self._small())
        chart.addAxis(weeks, QtCore.Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(weeks)
        most = max(
            (sum(c[i] for _cat, c in trend.series) for i in range(len(trend.weeks))), default=0
        )
        tickets = QValueAxis()
        tickets.setLabelFormat("%d")
        tickets.setLabelsFont(self._small())
        # Whole tickets only: a tick every 1, 2, 3 … so that about four fit.
        step = max(1, -(-most // 4))
        tickets.setRange(0, max(step * 2, -(-most // step) * step))
        tickets.setTickType(QValueAxis.TickType.TicksDynamic)
        tickets.setTickAnchor(0)
        tickets.setTickInterval(step)
        chart.addAxis(tickets, QtCore.Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(tickets)
        self._colour_chart()

    def _colour_chart(self) -> None:
        """Text and grid from the palette: readable in light and in dark."""
        from desktop.ui.insights.palette import apply_theme

        if self.chart is not None:
            apply_theme(self.chart, self.palette())
            self.chart.setBackgroundVisible(False)  # the page's own background shows

    def _small(self) -> QFont:
        """A point below the UI's type, never below what reads (issue 19: not ~8 px)."""
        return small_font(self.font())

    def _week_labels(self, trend: Trend) -> list[str]:
        # The app's one date style, as the list below writes it; twelve weeks of years
        # do not fit under the bars, and they are the last twelve weeks.
        mondays = [QDate(w.year, w.month, w.day) for w in trend.weeks]
        from PySide6.QtGui import QFontMetrics

        # The bars' width as last laid out (the value axis's labels take the rest), or
        # before the first layout an estimate.
        plot = self.chart.plotArea().width() if self.chart is not None else 0.0
        width = int(plot) if plot > 0 else self.width() - AXIS_ROOM
        room = width // max(1, len(mondays))
        return week_labels(mondays, room, QFontMetrics(self._small()))

    def _plot_area_changed(self) -> None:
        trend, axis = self.trend, self._weeks_axis
        if trend is not None and trend.total and axis is not None:
            labels = self._week_labels(trend)
            if labels != self._labels:  # the other form fits now
                self._labels = labels
                axis.setCategories(labels)

    def retranslate_ui(self) -> None:
        trend = self.trend
        if trend is None and self._unavailable:
            self.empty.setText(self.tr("Issue trends are shown when the connection returns."))
            self._stack.setCurrentWidget(self.empty)
        elif trend is None:
            self.empty.setText(self.tr("Loading issue trends…"))
            self._stack.setCurrentWidget(self.empty)
        elif trend.total == 0:
            self.empty.setText(self.tr("No tickets in the last 12 weeks: no trends to show."))
            self._stack.setCurrentWidget(self.empty)
        else:
            self._draw(trend)  # labels and week names are in the current language
            self._stack.setCurrentWidget(self._chart_view()[1])
        self.legend.setVisible(self._stack.currentWidget() is not self.empty)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._colour_chart()  # light ↔ dark
        elif event.type() == QEvent.Type.FontChange and self.chart is not None:
            self.retranslate_ui()  # drawn again in the new size (the desktop's text scaled)
        super().changeEvent(event)
