"""The weekly chart's weeks and its time axis: every week of the period, dated readably.

The service sends only the weeks in which something was opened or solved; drawn as
they come, a year's chart began at its first busy week and joined busy weeks across
quiet ones, as if those had not been. Here every week of the period is a point, zero
when nothing happened, and the axis spans the whole period.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.api.insights import Insights, WeekCounts
from desktop.ui.text.formatting import day_pattern

# Up to this many weeks the axis names Mondays ("Sep 14"); over more, months ("Jan"),
# after the first Monday's day where the axis starts mid-month ("Sep 21", "Nov", …):
# a dozen Mondays' dates do not fit under a half-width chart, and a few far apart read
# as arbitrary days.
MONDAY_WEEKS = 16
# At most this many labels: five dates fit under a half-width chart at the UI's type
# size, in every language, at 150 % too; six months touched there ("2026Mar"), four
# (a year's quarters) leave room between.
MOST_MONDAYS = 5
MOST_MONTHS = 4
# Months between labels: those that divide a year, so the same months are named every
# year (every other month from January, the quarters, …).
MONTH_STEPS = (1, 2, 3, 6, 12)


def week_x(monday: date) -> float:
    """A week's place on the time axis: its Monday's local noon, so the label is that day.

    Noon, not midnight: a week with a daylight saving change is an hour shorter or
    longer, and an hour off midnight is the day before; an hour off noon is the same day.
    """
    return _noon(monday)


def _noon(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def counted_days(monday: date, first: date, last: date) -> tuple[date, date]:
    """The days of the week from ``monday`` that the period ``first`` to ``last`` counts.

    A period's ends seldom fall on a Monday and a Sunday: "Last 12 weeks" on Monday
    Dec 7 is Tuesday Sep 15 to Dec 7, so its first point counts Sep 15-20 and its last
    Dec 7 alone. The chart, its table and its keyboard say those days (R20: what is
    counted), not the Monday Sep 14 the period does not include.
    """
    return max(monday, first), min(monday + timedelta(days=6), last)


def period_days(insights: Insights) -> tuple[date, date]:
    """The period's first and last day (UTC, as the service counts weeks)."""
    first = insights.start.date()
    last = (insights.end - timedelta(microseconds=1)).date()  # the end is exclusive
    return first, max(first, last)


def every_week(insights: Insights) -> tuple[WeekCounts, ...]:
    """Each week of the period in order, those the service left out as zero."""
    if not insights.weekly:
        return ()
    first, last = period_days(insights)
    sent = {w.week: w for w in insights.weekly}
    # A week the service counted outside the days it names still shows (never dropped).
    start = min(_monday(first), *sent)
    end = max(_monday(last), *sent)
    weeks = [start + timedelta(weeks=n) for n in range((end - start).days // 7 + 1)]
    return tuple(sent.get(monday, WeekCounts(monday, 0, 0)) for monday in weeks)


def week_axis(
    first: date, last: date, period_last: date | None = None, period_first: date | None = None
) -> QCategoryAxis:
    """The axis under the Mondays ``first`` to ``last``: at most a few dates, none after
    ``period_last`` (the period's last day; the last week's Monday when not given). The
    week holding ``period_first`` is named by that day ("Sep 15" for the week of Sep 14
    whose counted days begin on the 15th): no label names a day the period leaves out.

    Half a week before the first point and after the last (more over many weeks): on the
    plot's edge a point was cut in half (QtCharts clips the lines and their points).
    """
    end_day = period_last or last
    weeks = (last - first).days // 7
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    if weeks == 0:
        # One week: its Monday in the middle, the Mondays around it at the ends.
        start, end = week_x(first - timedelta(weeks=1)) - 1, week_x(last + timedelta(weeks=1)) + 1
        labels = _mondays(first - timedelta(weeks=1), 1, 3, period_first)
    else:
        # Half a week, or a 30th of the weeks (at a year's scale half a week is a few
        # pixels: less than a point's radius).
        pad = max(3.5, 7 * weeks / 30) * 24 * 3600 * 1000
        start, end = week_x(first) - pad, week_x(last) + pad
        if weeks <= MONDAY_WEEKS:
            step = -(-weeks // (MOST_MONDAYS - 1))  # weeks between labels
            labels = _mondays(first, step, weeks // step + 1, period_first)
        else:
            labels = _first_day_and_months(first, end_day, period_first)
    axis.setStartValue(start)
    for text, x in labels:
        axis.append(text, x)
    axis.append(" ", end)  # the padding after the last date: no label of its own
    axis.setRange(start, end)
    return axis


def _mondays(
    first: date, step: int, count: int, since: date | None = None
) -> list[tuple[str, float]]:
    # The app's one date style, as the lists write it, without the year: "14 sep 2026"
    # under every tick is cut at a large font; the card's subtitle names the period's years.
    locale = QLocale()
    pattern = day_pattern(locale, year=False)
    labels = []
    for monday in (first + timedelta(weeks=step * n) for n in range(count)):
        # The week the period starts in, at its point: named by its first counted day.
        d = since if since is not None and monday < since <= monday + timedelta(days=6) else monday
        labels.append((locale.toString(QDate(d.year, d.month, d.day), pattern), week_x(monday)))
    return labels


def _first_day_and_months(
    first: date, last: date, since: date | None = None
) -> list[tuple[str, float]]:
    """The months (``_months``), after the first Monday's day ("Sep 21") where the axis
    starts in a month's later weeks: there a month alone ("Sep", or "Oct" weeks on) did
    not say where the chart begins. Months too near it for room between go."""
    months = _months(first, last)
    if any(_noon(first) <= x < _noon(first + timedelta(weeks=1)) for _t, x in months):
        return months  # a month's first week starts the axis: its name says where
    step = _month_step(first, last)
    room = _noon(first + timedelta(days=round(0.75 * 30 * step)))
    return _mondays(first, 1, 1, since) + [(text, x) for text, x in months if x >= room]


def _month_step(first: date, last: date) -> int:
    """Months between labels: every January over more (the service counts two years at
    most: every 6 months)."""
    return next((s for s in MONTH_STEPS if len(_month_starts(first, last)) / s <= MOST_MONTHS), 12)


def _month_starts(first: date, last: date) -> list[date]:
    starts = []
    day = date(first.year, first.month, 1)
    if day < first:
        day = _next_month(day)
    while day <= last:
        starts.append(day)
        day = _next_month(day)
    return starts


def _months(first: date, last: date) -> list[tuple[str, float]]:
    """The first days of months from ``first`` to ``last``, a few evenly apart, each named
    by its month ("Mar", "3月", "mrt"), January by its year."""
    starts = _month_starts(first, last)
    step = _month_step(first, last)
    chosen = [d for d in starts if (d.month - 1) % step == 0]
    locale = QLocale()
    labels: list[tuple[str, float]] = []
    for d in chosen:
        # January says its year instead ("2026", then "Mar", "May" …): a year's chart
        # crosses a new year, and the month names alone repeat over two.
        text = (
            locale.toString(QDate(d.year, 1, 1), "yyyy")
            if d.month == 1
            else locale.standaloneMonthName(d.month, QLocale.FormatType.ShortFormat)
        )
        while any(text == t for t, _x in labels):
            text += "\u200b"  # the axis keeps one place per label: a second "Jul" unseen apart
        labels.append((text, _noon(d)))
    return labels


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
