"""The four insight charts (R20), each drawn from the service's numbers and no others.

Every function fills an empty QChart and returns the bar sets or lines it drew,
so the card can report a click on a bar or a point.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
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
from desktop.ui.insights.week_axis import every_week, period_days, week_axis, week_x
from desktop.ui.text.labels import category_label, product_label
from desktop.ui.text.line_breaks import WORD_JOINER, whole_words

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
    # Every week of the period, the quiet ones at zero: not only those the service sent.
    weeks = every_week(insights)
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
        for week in weeks:
            line.append(week_x(week.week), float(getattr(week, field)))
        chart.addSeries(line)
        lines.append(line)
    # A few dates or months, not one label per week: 53 weeks of labels do not fit.
    first_day, last_day = period_days(insights)
    axis = week_axis(weeks[0].week, weeks[-1].week, last_day, first_day)
    axis.setGridLineVisible(False)
    # A date is wider than its category's share at a large font: whole, centred on its
    # day (the axis hides one that would overlap its neighbour).
    axis.setTruncateLabels(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    most = max((max(w.opened, w.solved) for w in weeks), default=0)
    tickets = count_axis(most)
    # Room above the highest point and below zero: a point on the plot's edge is drawn
    # half (QtCharts clips the lines and their points to the plot). The ticks stay whole
    # numbers from 0 (anchored there); the half step below has none.
    step = tickets.tickInterval()
    top = tickets.max() + (step / 2 if most >= tickets.max() else 0)
    tickets.setRange(-step / 2, top)
    chart.addAxis(tickets, Qt.AlignmentFlag.AlignLeft)
    for line in lines:
        line.attachAxis(axis)
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
    # Japanese words held whole (サインインと / アクセス, not サインインとア / クセス): the
    # joiners of desktop/ui/text/line_breaks.py, taken out again from each line.
    shown = whole_words(text)
    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    hyphen = QFontMetricsF(font).horizontalAdvance("-")
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(room - hyphen, 1.0))
        start, end = line.textStart(), line.textStart() + line.textLength()
        part = shown[start:end].replace(WORD_JOINER, "").strip()
        # A Latin word cut in two says so; Japanese is written without it.
        if end < len(shown) and _latin_letter(shown[end - 1]) and _latin_letter(shown[end]):
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
