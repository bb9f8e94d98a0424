"""When Japanese support next opens, by rule R4, for a contact form opened offline.

Online the service says (``/v1/availability``, backend/domain/hours.py); offline the
form still says when a Japanese request's response clock will start, from the same
fixed rule: Monday to Friday 09:00–17:00 Japan Standard Time (UTC+9, no daylight
saving). Without it, a Japanese request written on a Saturday was promised "a first
answer within 1 hour".
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")
OPENS = time(9, 0)
CLOSES = time(17, 0)


def next_japanese_opening(now: datetime) -> datetime | None:
    """The next moment Japanese support opens after ``now``; None while it is open."""
    local = now.astimezone(JST)
    if local.weekday() < 5 and OPENS <= local.time() < CLOSES:
        return None
    day = local.date()
    if local.time() >= OPENS:
        day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, OPENS, tzinfo=JST).astimezone(now.tzinfo)
