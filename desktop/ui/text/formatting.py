"""Dates and times for people: in their time zone, in their language's format."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware UTC datetime as a QDateTime in the user's local time."""
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


def short_datetime(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def short_date(moment: datetime) -> str:
    """The locale's short date with the year in full (11/24/2026, not 11/24/26)."""
    return short_day(to_qdatetime(moment).date())


def short_day(day: QDate, locale: QLocale | None = None) -> str:
    """A calendar day as ``short_date`` writes it: lists, Insights and Billing alike."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(day, pattern)


def long_datetime(moment: datetime) -> str:
    """The long date with the short time: Qt's long format adds the zone's full name."""
    locale = QLocale()
    pattern = (
        f"{locale.dateFormat(QLocale.FormatType.LongFormat)} "
        f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    )
    return locale.toString(to_qdatetime(moment), pattern)


def medium_date(moment: datetime) -> str:
    """The date as the language writes it in full, without the weekday: "5 December 2026",
    "December 5, 2026", "2026年12月5日" (Qt's short format is ambiguous: 12/5/26)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    # Drop the weekday and what joins it to the rest ("dddd, ", "dddd ", a trailing "dddd").
    for weekday in ("dddd, ", "dddd ", " dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return locale.toString(to_qdatetime(moment).date(), pattern.strip(" ,"))


def short_time(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)


def thread_time(moment: datetime, now: datetime) -> str:
    """A thread's times: how long ago for today, the date and time before that.

    One style for every message and event; the full date and time go in the tooltip
    (:func:`long_datetime`).
    """
    from desktop.ui.text.durations import relative_time

    if to_qdatetime(moment).date() == to_qdatetime(now).date():
        return relative_time(moment, now)
    return QCoreApplication.translate("Formatting", "{date}, {time}").format(
        date=medium_date(moment), time=short_time(moment)
    )


def moment_text(moment: datetime, now: datetime) -> str:
    """A moment near now, as a ticket's header says it: the time alone for today ("19:30"),
    the date and time otherwise, in the thread's style (the full date is in tooltips)."""
    if to_qdatetime(moment).date() == to_qdatetime(now).date():
        return short_time(moment)
    return QCoreApplication.translate("Formatting", "{date}, {time}").format(
        date=medium_date(moment), time=short_time(moment)
    )
