"""Spans of time in words: "42 min", "1 h 5 min", "5 min ago" — short, so no plurals."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.ui.text.formatting import is_today, medium_date

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def span_text(seconds: float) -> str:
    """A length of time, rounded down to what matters: minutes, hours or days."""
    seconds = max(0, int(seconds))
    if seconds < MINUTE:
        return QCoreApplication.translate("Durations", "under 1 min")
    if seconds < HOUR:
        return QCoreApplication.translate("Durations", "{minutes} min").format(
            minutes=seconds // MINUTE
        )
    if seconds < DAY:
        hours, rest = divmod(seconds, HOUR)
        if rest < MINUTE:
            return QCoreApplication.translate("Durations", "{hours} h").format(hours=hours)
        return QCoreApplication.translate("Durations", "{hours} h {minutes} min").format(
            hours=hours, minutes=rest // MINUTE
        )
    days, rest = divmod(seconds, DAY)
    if rest < HOUR:
        return QCoreApplication.translate("Durations", "{days} d").format(days=days)
    return QCoreApplication.translate("Durations", "{days} d {hours} h").format(
        days=days, hours=rest // HOUR
    )


def relative_time(moment: datetime, now: datetime) -> str:
    """How long ago, for today; the day itself before that (the app's one style, see
    :mod:`desktop.ui.text.formatting`; the exact time is in the tooltip)."""
    if not is_today(moment, now):
        return medium_date(moment)
    ago = (now - moment).total_seconds()
    if ago < MINUTE:
        return QCoreApplication.translate("Durations", "just now")
    if ago < HOUR:
        return QCoreApplication.translate("Durations", "{minutes} min ago").format(
            minutes=int(ago) // MINUTE
        )
    return QCoreApplication.translate("Durations", "{hours} h ago").format(hours=int(ago) // HOUR)
