"""Times on the Billing page in the app's one date style (``desktop.ui.formatting``).

Days in sentences are ``medium_date`` ("December 1, 2026"), in tables ``short_date``;
a day with a time reads as in a ticket's thread. A webinar also names its weekday and
the zone, because people join it live, across zones.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from desktop.ui.formatting import medium_date, short_time


def date_and_time(moment: datetime) -> str:
    """A day and a time in the user's zone: a booked session, a quote's end."""
    return QCoreApplication.translate("Formatting", "{date}, {time}").format(
        date=medium_date(moment), time=short_time(moment)
    )


def webinar_time(moment: datetime, zone: QTimeZone | None = None) -> str:
    """Weekday, date and time in the admin's zone, the zone named in the language:
    "Tuesday, December 8, 2026, 16:00 (Central European Standard Time)".

    ``zone``: the system's when not given (read now: it may change while the app runs).
    """
    zone = zone if zone is not None else QTimeZone.systemTimeZone()
    locale = QLocale()
    there = QDateTime.fromMSecsSinceEpoch(
        int(moment.timestamp() * 1000), QTimeZone.utc()
    ).toTimeZone(zone)
    return QCoreApplication.translate("WebinarTime", "{date}, {time} ({zone})").format(
        # The locale's long date is the medium date with its weekday, placed as it places it.
        date=locale.toString(there.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(there.time(), QLocale.FormatType.ShortFormat),
        zone=zone.displayName(there, QTimeZone.NameType.LongName, locale),
    )
