"""Support hours (R4): English 24/7; Japanese Monday–Friday 09:00–17:00 JST."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

# Japan Standard Time: UTC+9, no daylight saving.
JST = timezone(timedelta(hours=9), "JST")
JAPANESE_OPENS = time(9, 0)
JAPANESE_CLOSES = time(17, 0)
LIVE_CHANNELS = ("chat", "callback")


def japanese_open(now: datetime) -> bool:
    local = now.astimezone(JST)
    return local.weekday() < 5 and JAPANESE_OPENS <= local.time() < JAPANESE_CLOSES


def next_japanese_opening(now: datetime) -> datetime:
    """The next moment Japanese support opens (``now`` itself if it is open)."""
    if japanese_open(now):
        return now
    local = now.astimezone(JST)
    day = local.date()
    if local.time() >= JAPANESE_OPENS:
        day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, JAPANESE_OPENS, tzinfo=JST).astimezone(now.tzinfo)


@dataclass(frozen=True)
class Availability:
    language: str
    channel: str
    open: bool
    next_open_at: datetime | None


def availability(now: datetime) -> list[Availability]:
    """Per language and channel: can one start it now, and when it opens if not.

    Written requests are always accepted (R4): a Japanese one sent out of hours
    is answered once support opens, so its response clock starts then.
    """
    rows = []
    for language in ("en", "ja"):
        for channel in ("request", "chat", "callback"):
            is_open = language == "en" or channel not in LIVE_CHANNELS or japanese_open(now)
            answered_from = (
                None if language == "en" or japanese_open(now) else next_japanese_opening(now)
            )
            rows.append(
                Availability(
                    language=language,
                    channel=channel,
                    open=is_open,
                    next_open_at=answered_from,
                )
            )
    return rows


def response_clock_start(language: str, now: datetime) -> datetime:
    """When the response target starts counting: Japanese tickets count in hours only."""
    return next_japanese_opening(now) if language == "ja" else now
