"""Dates and times for people: in their time zone, in their UI language's one style.

The whole app writes a moment one way (issue 19):

- a day is the language's *medium* date (:func:`day_text`): "Dec 4, 2026", "4 dec 2026",
  "2026/12/04" — in lists, headers, thread bubbles, chart axes, Billing and Insights;
  inside a sentence that wraps, held on one line (:func:`date_in_text`);
- a moment is how long ago for today, that day before (:func:`thread_time`, which the
  lists' :func:`desktop.ui.text.durations.relative_time` is); in a thread, where several
  messages share a day, that day with its time (:func:`message_time`);
- the full date and time go in the tooltip (:func:`long_datetime`);
- a day with its time, where the time matters (a booking, a deadline):
  :func:`date_and_time`.

The locale is ``QLocale()``, the UI language's (set by the language switcher), so a
Dutch UI writes Dutch dates. CSV exports are not for people: they stay ISO.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from desktop.ui.text.line_breaks import NO_BREAK_SPACE

# What joins a weekday to the rest of a long date: "dddd, ", "dddd ", a trailing "dddd".
_WEEKDAYS = ("dddd, ", "dddd ", " dddd", "dddd")


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware UTC datetime as a QDateTime in the user's local time."""
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


def day_pattern(locale: QLocale | None = None, *, year: bool = True) -> str:
    """The medium date's pattern: the long date without its weekday, months abbreviated.

    Qt has a long and a short format only; the short one is ambiguous (12/4/26 is
    April 12th to most of the world) and the long one too wide for a list. Languages
    that write months as numbers (Japanese: 2026年12月4日) use their short date with
    the year in full instead, as CLDR's medium date does: 2026/12/04.

    Without ``year`` it is the same date with its year left off ("Dec 4", "4 dec",
    "12/04"): a chart's row of recent weeks, where twelve years do not fit.
    """
    if not year:
        # The year and what joins it to the rest, at either end: ", yyyy", "yyyy/".
        return re.sub(r"^y+[^A-Za-z]*|[^A-Za-z]*y+$", "", day_pattern(locale))
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in _WEEKDAYS:
        pattern = pattern.replace(weekday, "")
    pattern = pattern.strip(" ,")
    if "MMMM" in pattern:
        return pattern.replace("MMMM", "MMM")
    return numeric_day_pattern(locale)


def numeric_day_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date with the year in full: 12/7/2026, 07-12-2026, 2026/12/07.

    Qt's short date writes two digits of the year in most languages ("12/7/26"): in a
    date field that reads as day 26 or as 1926 to many. Numbers only, so that each part
    of the date is typed as a number.
    """
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"y+", "yyyy", pattern)


def day_text(day: QDate, locale: QLocale | None = None, *, year: bool = True) -> str:
    """A calendar day in the medium style: a chart's week, an Insights table's row."""
    locale = locale or QLocale()
    return locale.toString(day, day_pattern(locale, year=year))


def medium_date(moment: datetime) -> str:
    """The day of a moment, in the user's zone, in the medium style."""
    return day_text(to_qdatetime(moment).date())


def date_in_text(moment: datetime) -> str:
    """The medium date of a moment as a sentence that wraps shows it: never broken across
    lines ("renewal date 1 jan" with "2027" below, a newcomer at 1024 px in Dutch).

    No-break spaces for its spaces: Qt wraps at none of them, and copies them as spaces.
    Tables and single-line labels keep :func:`medium_date`: nothing wraps there."""
    return medium_date(moment).replace(" ", NO_BREAK_SPACE)


def short_time(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)


def long_datetime(moment: datetime) -> str:
    """The full date and time, for tooltips and sentences that need it all: the long date
    with the short time (Qt's long format would add the zone's full name)."""
    locale = QLocale()
    pattern = (
        f"{locale.dateFormat(QLocale.FormatType.LongFormat)} "
        f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    )
    return locale.toString(to_qdatetime(moment), pattern)


def date_and_time(moment: datetime) -> str:
    """A day and a time, where the time matters: a booked session, a deadline."""
    return QCoreApplication.translate("Formatting", "{date}, {time}").format(
        date=medium_date(moment), time=short_time(moment)
    )


def is_today(moment: datetime, now: datetime) -> bool:
    """Whether ``moment`` falls on the same day as ``now`` in the user's zone."""
    return to_qdatetime(moment).date() == to_qdatetime(now).date()


def thread_time(moment: datetime, now: datetime) -> str:
    """A past moment, as lists, headers and bubbles say it: how long ago for today
    ("5 min ago"), the medium date before that; the full date and time go in the
    tooltip (:func:`long_datetime`)."""
    from desktop.ui.text.durations import relative_time

    return relative_time(moment, now)


def message_time(moment: datetime, now: datetime) -> str:
    """A message's or an event's moment in the thread: how long ago for today, as the
    lists say it; before that the same day with its time ("Dec 4, 2026, 10:32"), since a
    conversation's lines often share a day and their order in it is what is read."""
    if is_today(moment, now):
        return thread_time(moment, now)
    return date_and_time(moment)


def moment_text(moment: datetime, now: datetime) -> str:
    """A deadline near now, as a ticket's header says it: the time alone for today
    ("19:30"), the date and time otherwise (a deadline's hour matters)."""
    if is_today(moment, now):
        return short_time(moment)
    return date_and_time(moment)
