"""The weekly insights chart's time axis: each week shows on its own Monday in any zone (R20)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries
from PySide6.QtCore import QDate, QDateTime, QLocale, QRectF, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.insights import Insights, WeekCounts
from desktop.services.insights import DrillDown, Period
from desktop.ui.insights import charts, drill_down, tables
from desktop.ui.insights.week_axis import week_x
from desktop.ui.text.formatting import day_pattern


@pytest.fixture
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The process's local time zone for one test (Qt reads it too), then the old one."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def weeks(first: date, count: int) -> Insights:
    return Insights(
        start=datetime.combine(first, datetime.min.time(), tzinfo=UTC),
        end=datetime.combine(first + timedelta(weeks=count), datetime.min.time(), tzinfo=UTC),
        open_tickets=1,
        top_issues=(),
        top_products_per_issue=(),
        weekly=tuple(WeekCounts(first + timedelta(weeks=n), n, count - n) for n in range(count)),
        sla_met=0,
        sla_breached=0,
        median_first_response_minutes=None,
    )


def tick_days(axis: QCategoryAxis) -> list[date]:
    """The days the axis labels: each label sits on its value (a Monday's noon)."""
    days = []
    for text in axis.categoriesLabels():
        if not text.strip():
            continue  # the padding after the last date
        day = QDateTime.fromMSecsSinceEpoch(int(axis.endValue(text))).date()
        days.append(date(day.year(), day.month(), day.day()))
    return days


def tick_labels(axis: QCategoryAxis) -> list[str]:
    return [text for text in axis.categoriesLabels() if text.strip()]


def label(day: date) -> str:
    return QLocale().toString(
        QDate(day.year, day.month, day.day), day_pattern(QLocale(), year=False)
    )


# (zone, the first Monday shown): 13 weeks with a daylight saving change inside.
AROUND_CHANGES = [
    ("Europe/Amsterdam", date(2026, 2, 16)),  # summer time from Sunday 29 March
    ("Europe/Amsterdam", date(2026, 9, 14)),  # winter time from Sunday 25 October
    ("America/New_York", date(2026, 2, 16)),  # from Sunday 8 March
    ("America/New_York", date(2026, 9, 14)),  # until Sunday 1 November
    ("Australia/Sydney", date(2026, 3, 2)),  # until Sunday 5 April, southern autumn
]


@pytest.mark.parametrize(
    ("zone", "first"),
    AROUND_CHANGES,
    indirect=["zone"],
    ids=[f"{z}-{d}" for z, d in AROUND_CHANGES],
)
def test_week_labels_are_their_mondays_across_a_daylight_saving_change(
    zone: str, first: date, qtbot: QtBot
) -> None:  # R20
    january, july = (QDateTime(QDate(2026, m, 1), QTime(12, 0)).offsetFromUtc() for m in (1, 7))
    assert january != july, f"Qt follows TZ={zone}: it has daylight saving time"
    insights = weeks(first, 13)
    chart = QChart()
    lines = charts.draw_weekly(chart, insights, QPalette())
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    # 13 weeks: a tick every 3 weeks from the first Monday, each labelled with its Monday.
    mondays = [first + timedelta(weeks=3 * n) for n in range(5)]
    assert tick_days(axis) == mondays
    assert tick_labels(axis) == [label(d) for d in mondays]
    # Every point sits on its own Monday, on both lines.
    for line in lines:
        assert isinstance(line, QLineSeries)
        for point, week in zip(line.points(), insights.weekly, strict=True):
            day = QDateTime.fromMSecsSinceEpoch(int(point.x())).date()
            assert date(day.year(), day.month(), day.day()) == week.week


@pytest.mark.parametrize(
    ("zone", "first"), AROUND_CHANGES[:2], indirect=["zone"], ids=["spring", "autumn"]
)
def test_one_week_sits_between_the_mondays_around_it(zone: str, first: date, qtbot: QtBot) -> None:
    change = first + timedelta(weeks=6)  # the week of the change
    chart = QChart()
    charts.draw_weekly(chart, weeks(change, 1), QPalette())
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    assert tick_days(axis) == [change - timedelta(weeks=1), change, change + timedelta(weeks=1)]


@pytest.mark.parametrize(
    ("zone", "first"), AROUND_CHANGES[:2], indirect=["zone"], ids=["spring", "autumn"]
)
def test_a_click_on_a_point_opens_its_own_week(zone: str, first: date, qtbot: QtBot) -> None:  # R20
    insights = weeks(first, 13)
    period = Period("custom", first + timedelta(days=2), first + timedelta(weeks=13, days=-3))
    chart = QChart()
    lines = charts.draw_weekly(chart, insights, QPalette())
    opened: list[DrillDown] = []
    drill_down.connect_weekly(lines, insights, period, "team", opened.append)
    for index, week in enumerate(insights.weekly):
        for line, solved in zip(lines, (False, True), strict=True):
            line.clicked.emit(line.at(index))
            shown = opened.pop()
            assert shown.solved is solved
            # The week's days inside the period: the first and last weeks are cut short.
            assert shown.first == max(week.week, period.first)
            assert shown.before == min(week.week + timedelta(days=7), period.last + timedelta(1))
            which = "solved" if solved else "created"
            assert set(shown.filters()) == {f"{which}_from", f"{which}_before"}


@pytest.mark.parametrize("count", [1, 12, 13, 53])
def test_every_point_and_its_marker_lie_inside_the_plot(qtbot: QtBot, count: int) -> None:
    """The first and last weeks sat on the plot's left and right edges, a top or zero
    count on its top or bottom: QtCharts clips lines and points to the plot, so their
    markers were cut in half (the last week's most visibly)."""
    first = date(2026, 9, 14)
    insights = Insights(
        start=datetime.combine(first, datetime.min.time(), tzinfo=UTC),
        end=datetime.combine(first + timedelta(weeks=count), datetime.min.time(), tzinfo=UTC),
        open_tickets=1,
        top_issues=(),
        top_products_per_issue=(),
        # 15 is a whole number of ticks (0, 3 … 15): the top of a range that just holds it.
        weekly=tuple(
            WeekCounts(first + timedelta(weeks=n), 15 if n == count - 1 else n % 4, 0)
            for n in range(count)
        ),
        sla_met=0,
        sla_breached=0,
        median_first_response_minutes=None,
    )
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(340, 280)  # a card of the Insights page's two columns
    lines = charts.draw_weekly(chart, insights, QPalette())
    with qtbot.waitExposed(view):
        view.show()
    QApplication.processEvents()
    plot = chart.plotArea()
    for line in lines:
        radius = max(line.markerSize(), line.pen().widthF()) / 2
        for point in line.points():
            centre = chart.mapToPosition(point, line)
            marker = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            assert plot.contains(marker), (line.name(), point, marker, plot)


def _over(first: date, last: date, weekly: tuple[WeekCounts, ...]) -> Insights:
    """Insights for the days ``first`` to ``last`` with only ``weekly``'s weeks counted."""
    return Insights(
        start=datetime.combine(first, datetime.min.time(), tzinfo=UTC),
        end=datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=UTC),
        open_tickets=1,
        top_issues=(),
        top_products_per_issue=(),
        weekly=weekly,
        sla_met=0,
        sla_breached=0,
        median_first_response_minutes=None,
    )


def test_a_year_shows_every_week_and_its_months_within_the_period(qtbot: QtBot) -> None:  # R20
    """Issue 19: over a year the service sends only the busy weeks (here 5 of 53, from
    June on). The chart began at June and joined busy weeks across quiet ones, and its
    last date (Dec 28) lay after the period's end (Dec 7)."""
    first, last = date(2025, 12, 8), date(2026, 12, 7)
    busy = {date(2026, 6, 15): (1, 1), date(2026, 6, 29): (2, 0), date(2026, 11, 30): (17, 7)}
    insights = _over(first, last, tuple(WeekCounts(m, *counts) for m, counts in busy.items()))
    chart = QChart()
    lines = charts.draw_weekly(chart, insights, QPalette())
    mondays = [first + timedelta(weeks=n) for n in range(53)]  # Dec 8 2025 … Dec 7 2026
    for line, field in zip(lines, (0, 1), strict=True):
        assert isinstance(line, QLineSeries)
        days = [QDateTime.fromMSecsSinceEpoch(int(p.x())).date() for p in line.points()]
        assert [date(d.year(), d.month(), d.day()) for d in days] == mondays
        # The quiet weeks at zero, the busy ones as counted.
        assert [p.y() for p in line.points()] == [
            float(busy.get(monday, (0, 0))[field]) for monday in mondays
        ]
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    assert axis.min() < week_x(mondays[0]) and axis.max() > week_x(mondays[-1])
    # The first Monday's day (the axis starts mid-December), then the quarters' months
    # (January, 3 weeks on, too near it); none after the period's last day.
    months = [QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in (4, 7, 10)]
    assert tick_labels(axis) == [label(first), *months]
    assert tick_days(axis) == [first, *(date(2026, m, 1) for m in (4, 7, 10))]
    assert max(tick_days(axis)) <= last
    # The table lists the same weeks; a click on a quiet week's point opens that week.
    assert [row[0] for row in tables.weekly_table(insights)[1]] == mondays
    period = Period("12m", first, last)
    opened: list[DrillDown] = []
    drill_down.connect_weekly(lines, insights, period, "team", opened.append)
    quiet = mondays.index(date(2026, 9, 7))
    lines[0].clicked.emit(lines[0].at(quiet))
    assert opened[-1].first == date(2026, 9, 7)


def test_the_last_monday_labelled_is_not_after_the_period() -> None:  # R20
    """12 weeks (11 from the first Monday to the last): the labels stop at the last week."""
    first = date(2026, 9, 14)
    insights = weeks(first, 12)
    chart = QChart()
    charts.draw_weekly(chart, insights, QPalette())
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    assert max(tick_days(axis)) <= first + timedelta(weeks=11)


def test_two_years_keep_every_month_label() -> None:  # R20
    """Over two years a month's name comes twice: the axis keeps one place per label, so
    the second "Jul" was dropped (the service counts at most two years)."""
    first, last = date(2024, 12, 9), date(2026, 12, 7)
    insights = _over(first, last, (WeekCounts(date(2026, 6, 15), 1, 1),))
    chart = QChart()
    charts.draw_weekly(chart, insights, QPalette())
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    # From the first Monday's day (January 2025, 3 weeks on, too near it), every half year.
    assert tick_days(axis) == [first, date(2025, 7, 1), date(2026, 1, 1), date(2026, 7, 1)]
    assert [text.strip("\u200b") for text in tick_labels(axis)][::2] == [label(first), "2026"]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # Mid-April: the first label says the day, not "Apr" or "May" (May 1 is too near).
        (date(2026, 4, 20), [date(2026, 4, 20), date(2026, 7, 1), date(2026, 9, 1)]),
        # July 1 is in the first week (from Monday June 29): "Jul" names it, as it is.
        (date(2026, 6, 29), [date(2026, 7, 1), date(2026, 9, 1), date(2026, 11, 1)]),
    ],
)
def test_months_start_with_the_first_mondays_day_when_mid_month(
    first: date, expected: list[date]
) -> None:  # R20
    """A newcomer read just "Sep" under the first point of a chart starting Sep 21."""
    last = first + timedelta(weeks=20)
    chart = QChart()
    charts.draw_weekly(chart, _over(first, last, (WeekCounts(first, 1, 1),)), QPalette())
    axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
    assert tick_days(axis)[:3] == expected
    if first.month == 4:
        assert tick_labels(axis)[0] == label(first)
