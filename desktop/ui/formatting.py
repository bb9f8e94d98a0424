"""Dates and times for people: in their time zone, in their language's format."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware UTC datetime as a QDateTime in the user's local time."""
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


def short_datetime(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def short_date(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).date(), QLocale.FormatType.ShortFormat)


def long_datetime(moment: datetime) -> str:
    """The long date with the short time: Qt's long format adds the zone's full name."""
    locale = QLocale()
    pattern = (
        f"{locale.dateFormat(QLocale.FormatType.LongFormat)} "
        f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    )
    return locale.toString(to_qdatetime(moment), pattern)
