"""The four insight charts (R20), each drawn from the service's numbers and no others.

Every function fills an empty QChart and returns the bar sets or lines it drew,
so the card can report a click on a bar or a point.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPalette, QPen

from desktop.api.insights import Insights
from desktop.ui.insights.palette import GREEN, VERMILLION, apply_theme, primary, product_colour
from desktop.ui.text.formatting import day_pattern
from desktop.ui.text.labels import category_label, product_label


def clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def count_axis(most: int) -> QValueAxis:
    """Whole tickets only: a tick every 1, 2, 5 … so that about five fit."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    step = max(1, -(-most // 5))
    axis.setRange(0, max(step * 2, -(-most // step) * step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    return axis


def category_order(insights: Insights) -> list[str]:
    """Top issues first; a horizontal chart draws its first category at the bottom."""
    return [i.category for i in insights.top_issues]


def draw_top_issues(chart: QChart, insights: Insights, palette: QPalette) -> list[QBarSet]:
    clear(chart)
    categories = list(reversed(category_order(insights)))
    counts = {i.category: i.count for i in insights.top_issues}
    bars = QBarSet(QCoreApplication.translate("InsightCharts", "Tickets"))
    bars.append([float(counts[c]) for c in categories])
    bars.setColor(primary(palette))
    bars.setBorderColor(QColor("transparent"))
    bars.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    # One more than the most: room for the number after the longest bar.
    _attach_axes(chart, series, [category_label(c) for c in categories], max(counts.values()) + 1)
    chart.legend().hide()
    apply_theme(chart, palette)
    return [bars]


def draw_products_per_issue(chart: QChart, insights: Insights, palette: QPalette) -> list[QBarSet]:
    clear(chart)
    categories = list(reversed(category_order(insights)))
    products = sorted({i.product for i in insights.top_products_per_issue})
    counts = {(i.category, i.product): i.count for i in insights.top_products_per_issue}
    series = QHorizontalStackedBarSeries()
    sets = []
    for product in products:
        bars = QBarSet(product_label(product))
        bars.append([float(counts.get((c, product), 0)) for c in categories])
        bars.setColor(product_colour(product, palette))
        bars.setBorderColor(QColor("transparent"))
        series.append(bars)
        sets.append(bars)
    chart.addSeries(series)
    most = max(i.count for i in insights.top_issues)
    _attach_axes(chart, series, [category_label(c) for c in categories], most)
    chart.legend().hide()  # the card's legend names the series (legend_entries)
    apply_theme(chart, palette)
    return sets


def draw_weekly(chart: QChart, insights: Insights, palette: QPalette) -> list[QLineSeries]:
    clear(chart)
    lines = []
    styles = (
        (QCoreApplication.translate("InsightCharts", "Opened"), VERMILLION, Qt.PenStyle.SolidLine),
        (QCoreApplication.translate("InsightCharts", "Solved"), GREEN, Qt.PenStyle.DashLine),
    )
    for (name, colour, style), field in zip(styles, ("opened", "solved"), strict=True):
        line = QLineSeries()
        line.setName(name)
        # Colour and dash both tell the lines apart: colour alone is not enough for everyone.
        pen = QPen(QColor(colour))
        pen.setWidthF(2.5)
        pen.setStyle(style)
        line.setPen(pen)
        line.setPointsVisible(True)  # one week is a point, not an invisible line
        for week in insights.weekly:
            line.append(week_x(week.week), float(getattr(week, field)))
        chart.addSeries(line)
        lines.append(line)
    # A time axis, not one label per week: 53 weeks of labels do not fit, a few dates do.
    weeks = QDateTimeAxis()
    locale = QLocale()
    # The app's one date style, as the lists write it, without the year: "14 sep 2026"
    # under every tick is cut at a large font; the card's subtitle names the period's years.
    weeks.setFormat(day_pattern(locale, year=False))
    _week_ticks(weeks, insights.weekly[0].week, insights.weekly[-1].week)
    weeks.setGridLineVisible(False)
    chart.setLocale(locale)  # month names in the user's language
    chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
    most = max((max(w.opened, w.solved) for w in insights.weekly), default=0)
    tickets = count_axis(most)
    chart.addAxis(tickets, Qt.AlignmentFlag.AlignLeft)
    for line in lines:
        line.attachAxis(weeks)
        line.attachAxis(tickets)
    chart.legend().hide()  # the card's legend names the series (legend_entries)
    apply_theme(chart, palette)
    return lines


def draw_sla(chart: QChart, insights: Insights, palette: QPalette) -> QPieSeries:
    clear(chart)
    pie = QPieSeries()
    # A smaller ring, short arms and thin margins leave the labels room beside it: at a
    # large font (150 %) "Op tijd: 27" was cut to "Op tijd:..." in a narrow card.
    pie.setPieSize(0.6)
    pie.setHoleSize(0.38)
    chart.setMargins(QMargins(0, 0, 0, 0))
    locale = QLocale()
    for text, count, colour in (
        (QCoreApplication.translate("InsightCharts", "In time: {n}"), insights.sla_met, GREEN),
        (
            QCoreApplication.translate("InsightCharts", "Late: {n}"),
            insights.sla_breached,
            VERMILLION,
        ),
    ):
        part = pie.append(text.format(n=locale.toString(count)), float(count))
        part.setColor(QColor(colour))
        part.setBorderColor(palette.color(QPalette.ColorRole.Base))
        part.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
        part.setLabelArmLengthFactor(0.05)
        part.setLabelVisible(count > 0)
    chart.addSeries(pie)
    chart.legend().hide()  # the card's legend names the series (legend_entries)
    apply_theme(chart, palette)
    return pie


def legend_entries(chart: QChart) -> list[tuple[str, QColor]]:
    """The names and colours a legend shows: several bar sets, the lines, the pie's parts.

    One bar set (top issues) needs none: the axis names its bars.
    """
    entries: list[tuple[str, QColor]] = []
    for series in chart.series():
        if isinstance(series, QHorizontalStackedBarSeries):
            entries += [(bars.label(), bars.color()) for bars in series.barSets()]
        elif isinstance(series, QLineSeries):
            entries.append((series.name(), series.pen().color()))
        elif isinstance(series, QPieSeries):
            entries += [(part.label(), part.color()) for part in series.slices()]
    return entries


def _week_ticks(axis: QDateTimeAxis, first: date, last: date) -> None:
    """Ticks on Mondays: at most 5, the same number of weeks apart, from the first week on
    (five dates fit under a half-width chart at the UI's type size, in every language).

    The axis puts its ticks evenly between its ends, so across a daylight saving change
    a tick lands up to an hour off its Monday's noon: still on that Monday.
    """
    spans = (last - first).days // 7  # weeks from the first point to the last
    if spans == 0:  # one week: its Monday in the middle, the Mondays around it at the ends
        start, end = week_x(first - timedelta(weeks=1)), week_x(first + timedelta(weeks=1))
        axis.setTickCount(3)
    else:
        intervals = min(4, spans)
        step = -(-spans // intervals)  # weeks between ticks
        start = week_x(first)
        end = week_x(first + timedelta(weeks=step * intervals))
        axis.setTickCount(intervals + 1)
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end))
    )


def week_x(monday: date) -> float:
    """A week's place on the time axis: its Monday's local noon, so the label is that day.

    Noon, not midnight: a week with a daylight saving change is an hour shorter or
    longer, and an hour off midnight is the day before; an hour off noon is the same day.
    """
    day = QDate(monday.year, monday.month, monday.day)
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


def _attach_axes(chart: QChart, series: object, labels: list[str], most: int) -> None:
    names = QBarCategoryAxis()
    names.append(labels)
    names.setGridLineVisible(False)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    counts = count_axis(most)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)  # type: ignore[attr-defined]
    series.attachAxis(counts)  # type: ignore[attr-defined]
