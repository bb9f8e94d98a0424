""" "Last 12 weeks" on Monday Dec 7 is Sep 15 to Dec 7, as the caption says; the weekly
chart's 13 points (the weeks of Sep 14 … Dec 7) must not claim Sep 14, a day the period
leaves out (R20: say exactly what is counted)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QCategoryAxis, QChart
from PySide6.QtGui import QPalette

from desktop.api.insights import WeekCounts
from desktop.services.insights import period_for
from desktop.ui.insights import chart_keys, charts, tables
from desktop.ui.insights.week_axis import counted_days
from tests.desktop.test_insight_charts import _over, label, tick_labels

TODAY = date(2026, 12, 7)  # a Monday
PERIOD = period_for("12w", TODAY)  # Tuesday Sep 15 to Dec 7
MONDAYS = [date(2026, 9, 14) + timedelta(weeks=n) for n in range(13)]


def test_the_period_starts_inside_its_first_week() -> None:  # R20
    assert (PERIOD.first, PERIOD.last) == (date(2026, 9, 15), TODAY)
    assert counted_days(MONDAYS[0], PERIOD.first, PERIOD.last) == (
        date(2026, 9, 15),
        date(2026, 9, 20),
    )
    assert counted_days(MONDAYS[-1], PERIOD.first, PERIOD.last) == (TODAY, TODAY)


def test_the_first_week_is_named_by_its_first_counted_day() -> None:  # R20
    weekly = tuple(WeekCounts(m, 1, 1) for m in MONDAYS)
    insights = _over(PERIOD.first, PERIOD.last, weekly)
    chart = QChart()
    lines = charts.draw_weekly(chart, insights, QPalette())
    assert lines[0].count() == 13  # every week the period touches, the partial ones too
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    labels = tick_labels(axis)
    assert labels[0] == label(date(2026, 9, 15))
    assert label(date(2026, 9, 14)) not in labels
    # Its table row too, and the keyboard's words for its points (and the last's).
    rows = tables.weekly_table(insights)[1]
    assert rows[0][0] == date(2026, 9, 15) and rows[1][0] == MONDAYS[1]
    days = [counted_days(m, PERIOD.first, PERIOD.last) for m in MONDAYS]
    parts = chart_keys.line_parts(chart, lines, MONDAYS, days)
    texts = [row[0].label for row in parts if row[0] is not None]
    assert texts[0] == "Opened, Sep 15, 2026 to Sep 20, 2026"
    assert texts[1] == "Opened, week of Sep 21, 2026"
    assert texts[-1] == "Opened, Dec 7, 2026"
