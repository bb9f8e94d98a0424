"""Times on the Billing page in the app's one date style (``desktop.ui.text.formatting``).

Days are ``medium_date`` ("Dec 1, 2026") in tables, and ``date_in_text`` (the same date,
held on one line) in sentences that wrap; a day with a time is ``date_and_time``. A
webinar also names its weekday and the zone, because people join it live, across zones.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from desktop.ui.text.formatting import date_and_time

__all__ = ["date_and_time", "webinar_time", "webinar_zone"]


def _there(moment: datetime, zone: QTimeZone | None) -> tuple[QTimeZone, QDateTime]:
    # The system's zone is read now, not cached: it may change while the app runs.
    zone = zone if zone is not None else QTimeZone.systemTimeZone()
    utc = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())
    return zone, utc.toTimeZone(zone)


def webinar_time(moment: datetime, zone: QTimeZone | None = None) -> str:
    """Weekday, date and time in the admin's zone (the system's unless given), the zone
    named as the language abbreviates it: "Tuesday, December 8, 2026, 4:00 PM (CET)".
    Short, because a table row holds it; :func:`webinar_zone` names it in full."""
    zone, there = _there(moment, zone)
    locale = QLocale()
    return QCoreApplication.translate("WebinarTime", "{date}, {time} ({zone})").format(
        # The locale's long date is the medium date with its weekday, placed as it places it.
        date=locale.toString(there.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(there.time(), QLocale.FormatType.ShortFormat),
        zone=zone.displayName(there, QTimeZone.NameType.ShortName, locale),
    )


def webinar_zone(moment: datetime, zone: QTimeZone | None = None) -> str:
    """The zone's full name at that moment: "Central European Standard Time", "日本標準時"."""
    zone, there = _there(moment, zone)
    return zone.displayName(there, QTimeZone.NameType.LongName, QLocale())
