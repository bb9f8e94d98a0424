"""The four insight charts (R20), each drawn from the service's numbers and no others.

Every function fills an empty QChart and returns the bar sets or lines it drew,
so the card can report a click on a bar or a point.
"""

from __future__ import annotations

import html
import math
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPalette,
    QPen,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from desktop.api.insights import Insights
from desktop.ui.insights.palette import GREEN, VERMILLION, apply_theme, primary, product_colour
from desktop.ui.text.formatting import day_pattern
from desktop.ui.text.labels import category_label, product_label

# How QtCharts lays out a vertical axis (cartesianchartlayout.cpp, verticalaxis.cpp): it
# gets at most 0.4 of the chart's width, its labels 4 px of padding from the axis, and
# each category's label the axis's height over (categories + 1), less twice the padding.
# A label wider or taller than that is cut to "…" (at 150 % in Japanese every issue was).
AXIS_SHARE = 0.4
LABEL_PADDING = 4
# What QtCharts keeps beside a label beyond its padding, less the 2 px our measure adds
# (found by measuring: a label fits up to ~10-12 px short of 0.4 of the chart's width).
LABEL_SLACK = 3
WHOLE_LABELS = "whole_labels"  # the category axis's labels unwrapped (a property)


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
    # A few dates, not one label per week: 53 weeks of labels do not fit, a few dates do.
    weeks = _week_axis(insights.weekly[0].week, insights.weekly[-1].week)
    weeks.setGridLineVisible(False)
    # A date is wider than its category's share at a large font: whole, centred on its
    # Monday (the axis hides one that would overlap its neighbour).
    weeks.setTruncateLabels(False)
    chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
    most = max((max(w.opened, w.solved) for w in insights.weekly), default=0)
    tickets = count_axis(most)
    # Room above the highest point and below zero: a point on the plot's edge is drawn
    # half (QtCharts clips the lines and their points to the plot). The ticks stay whole
    # numbers from 0 (anchored there); the half step below has none.
    step = tickets.tickInterval()
    top = tickets.max() + (step / 2 if most >= tickets.max() else 0)
    tickets.setRange(-step / 2, top)
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


def _week_axis(first: date, last: date) -> QCategoryAxis:
    """Dates on Mondays: at most 5, the same number of weeks apart, from the first week on
    (five dates fit under a half-width chart at the UI's type size, in every language),
    each at its Monday's noon, where that week's points are.

    Half a tick's weeks before the first point and after the last (unless a date lies
    further out): drawn on the plot's edge, they were cut in half there (QtCharts clips
    the lines and their points to the plot).
    """
    spans = (last - first).days // 7  # weeks from the first point to the last
    if spans == 0:  # one week: its Monday in the middle, the Mondays around it at the ends
        step, start, count = 1, first - timedelta(weeks=1), 3
    else:
        intervals = min(4, spans)
        step = -(-spans // intervals)  # weeks between ticks
        start, count = first, intervals + 1
    mondays = [start + timedelta(weeks=step * n) for n in range(count)]
    pad = timedelta(days=7 * step / 2)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    # The app's one date style, as the lists write it, without the year: "14 sep 2026"
    # under every tick is cut at a large font; the card's subtitle names the period's years.
    locale = QLocale()
    pattern = day_pattern(locale, year=False)
    half = pad.total_seconds() * 1000
    # Before the first date, by one millisecond when the first point lies after it (one
    # week: its Monday is the middle date), else half a tick.
    axis.setStartValue(min(week_x(mondays[0]) - 1, week_x(first) - half))
    for monday in mondays:
        axis.append(
            locale.toString(QDate(monday.year, monday.month, monday.day), pattern), week_x(monday)
        )
    # The last date can lie weeks after the last point (13 weeks a tick over a year): then
    # that is room enough; if not, half a tick after the last point.
    end = max(week_x(mondays[-1]) + 1, week_x(last) + half)
    axis.append(" ", end)  # the padding after the last date: no label of its own
    axis.setRange(axis.startValue(), end)
    return axis


def week_x(monday: date) -> float:
    """A week's place on the time axis: its Monday's local noon, so the label is that day.

    Noon, not midnight: a week with a daylight saving change is an hour shorter or
    longer, and an hour off midnight is the day before; an hour off noon is the same day.
    """
    day = QDate(monday.year, monday.month, monday.day)
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


def _attach_axes(chart: QChart, series: object, labels: list[str], most: int) -> None:
    names = QBarCategoryAxis()
    names.append([html.escape(text) for text in labels])  # QtCharts shows labels as HTML
    names.setProperty(WHOLE_LABELS, labels)
    names.setGridLineVisible(False)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    counts = count_axis(most)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)  # type: ignore[attr-defined]
    series.attachAxis(counts)  # type: ignore[attr-defined]


def _label_size(text: str, font: QFont) -> tuple[float, float]:
    """A label's width and height as QtCharts draws it (an HTML document in its font)."""
    document = QTextDocument()
    document.setDocumentMargin(1)  # as QtCharts measures its labels
    document.setDefaultFont(font)
    document.setHtml(text)
    size = document.size()
    return size.width(), size.height()


def wrap_label(text: str, font: QFont, room: float) -> str:
    """``text`` as HTML, on as many lines as it needs to be at most ``room`` wide: between
    words, or anywhere in a word longer than the room (Japanese has no spaces)."""
    whole = html.escape(text)
    if _label_size(whole, font)[0] <= room:
        return whole
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    hyphen = QFontMetricsF(font).horizontalAdvance("-")
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(room - hyphen, 1.0))
        start, end = line.textStart(), line.textStart() + line.textLength()
        part = text[start:end].strip()
        # A Latin word cut in two says so; Japanese is written without it.
        if end < len(text) and _latin_letter(text[end - 1]) and _latin_letter(text[end]):
            part += "-"
        lines.append(part)
    layout.endLayout()
    return "<br>".join(html.escape(part) for part in lines if part)


def _latin_letter(char: str) -> bool:
    return char.isalpha() and ord(char) < 0x2E80  # below the CJK blocks


def fit_category_labels(chart: QChart) -> int:
    """Wraps a bar chart's category labels to the room QtCharts gives them at the chart's
    width, so none is cut; returns the height the chart needs for them (0: no such axis).

    Called again as the chart's width or font changes: a label on one line when there is
    room, on two or more in a narrow card or at a large font."""
    axis = next((a for a in chart.axes() if isinstance(a, QBarCategoryAxis)), None)
    if axis is None:
        return 0
    whole = [str(text) for text in (axis.property(WHOLE_LABELS) or [])]
    if not whole:
        return 0
    margins = chart.margins()
    width = chart.size().width() - margins.left() - margins.right()
    room = AXIS_SHARE * width - 2 * LABEL_PADDING - LABEL_SLACK
    font = axis.labelsFont()
    fitted = [wrap_label(text, font, room) for text in whole]
    shown = axis.categories()
    if fitted != shown and len(fitted) == len(shown):
        for before, after in zip(shown, fitted, strict=True):
            axis.replace(before, after)
    tallest = max(_label_size(text, font)[1] for text in fitted)
    row = tallest + 2 * LABEL_PADDING + 4  # a few pixels of rounding
    # The rows share the plot's height; the rest (margins, the count axis below) stays.
    plot = chart.plotArea().height()
    around = chart.size().height() - plot if plot > 0 else 0
    return math.ceil((len(fitted) + 1) * row + around)
