"""When Japanese support opens (R4), in Japan's time and in the admin's own."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from desktop.ui.text.formatting import to_qdatetime

# Japan Standard Time has no daylight saving: a fixed offset is exact (backend/domain/hours.py).
JST_OFFSET_SECONDS = 9 * 3600


def opening_times(opens: datetime) -> tuple[str, str]:
    """("Monday 09:00", "01:00"): the opening in Japan, and here (with the day if it differs)."""
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    with_day = f"dddd {time_format}"
    in_japan = QDateTime.fromMSecsSinceEpoch(
        int(opens.timestamp() * 1000), QTimeZone(JST_OFFSET_SECONDS)
    )
    here = to_qdatetime(opens)
    same_day = here.date() == in_japan.date()
    return (
        locale.toString(in_japan, with_day),
        locale.toString(here, time_format if same_day else with_day),
    )
