"""What the add-on includes beyond tickets (R3): the consultation, webinars, trend reviews.

The article promises these without a calendar; our reading, fixed here so the
client and the tests agree:

- **Implementation consultation**: one 1-hour session per product's add-on,
  booked in a slot of the consultants' calendar: working days (Monday–Friday),
  starting 09:00, 11:00, 13:00 and 15:00 UTC, from the next day for two weeks.
  One consultant: a slot booked by any team is gone.
- **Quarterly trend review** (Enhanced only): held at 10:00 UTC on the second
  Tuesday of January, April, July and October; the first one at least 14 days
  after the purchase, so that there are tickets to review, and none after the
  add-on ends (R11).
- **Live webinars**: a fixed programme repeated every two weeks, in English and
  in Japanese (R1). Each session has a page of its own on the help centre, where
  it is joined: the link a calendar entry carries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

CONSULTATION_HOURS_INCLUDED = 1
CONSULTATION_HOURS = (9, 11, 13, 15)
CONSULTATION_LENGTH = timedelta(hours=1)
BOOKING_DAYS_AHEAD = 14
REVIEW_MONTHS = (1, 4, 7, 10)
REVIEW_HOUR = 10
REVIEW_NOT_BEFORE = timedelta(days=14)
WEBINAR_WEEKS_AHEAD = 6
WEBINAR_PAGE = "https://help.example.com/webinars/{id}"


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime


def consultation_slots(
    now: datetime, taken: set[datetime], *, until: datetime | None = None
) -> list[Slot]:
    """The free consultation slots from tomorrow (UTC) for two weeks, oldest first.

    ``until``: the add-on's end (a scheduled removal, R11); no session after it.
    """
    first_day = now.astimezone(UTC).date() + timedelta(days=1)
    slots = []
    for offset in range(BOOKING_DAYS_AHEAD):
        day = first_day + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for hour in CONSULTATION_HOURS:
            start = datetime.combine(day, time(hour), tzinfo=UTC)
            end = start + CONSULTATION_LENGTH
            if start not in taken and (until is None or end <= until):
                slots.append(Slot(start, end))
    return slots


def is_offered(starts_at: datetime, now: datetime, *, until: datetime | None = None) -> bool:
    """Is this the start of a slot of the calendar (free or not) before ``until``?"""
    return any(s.starts_at == starts_at for s in consultation_slots(now, set(), until=until))


def _second_tuesday(year: int, month: int) -> date:
    first = date(year, month, 1)
    first_tuesday = first + timedelta(days=(1 - first.weekday()) % 7)
    return first_tuesday + timedelta(days=7)


def next_trend_review(
    *, enhanced_since: datetime, now: datetime, ends_at: datetime | None
) -> datetime | None:
    """The next quarterly trend review of an Enhanced add-on, or None if it ends first."""
    earliest = max(now, enhanced_since + REVIEW_NOT_BEFORE)
    year = earliest.year
    while True:
        for month in REVIEW_MONTHS:
            moment = datetime.combine(_second_tuesday(year, month), time(REVIEW_HOUR), tzinfo=UTC)
            if moment >= earliest:
                if ends_at is not None and moment >= ends_at:
                    return None
                return moment
        year += 1


@dataclass(frozen=True)
class Webinar:
    id: str
    title: str
    language: str  # en | ja
    starts_at: datetime
    duration_minutes: int
    url: str  # the session's page: join it there


# (id, title, language, weekday 0=Monday, hour UTC, minutes); Japanese ones in JST office hours.
_PROGRAMME = (
    ("admin-console", "Getting the most out of the admin console", "en", 1, 15, 45),
    ("sharing-controls", "Sharing controls for team folders", "en", 3, 16, 45),
    ("dash-connectors", "Connecting your apps to Dropbox Dash", "en", 2, 14, 60),
    ("sso-setup", "Single sign-on: setup and troubleshooting", "en", 4, 15, 60),
    ("admin-console-ja", "管理コンソールを使いこなす", "ja", 1, 2, 45),
    ("dash-ja", "Dropbox Dash でアプリを連携する", "ja", 3, 3, 60),
)
# The programme started on this Monday and repeats every two weeks.
_PROGRAMME_EPOCH = date(2024, 1, 1)


def upcoming_webinars(now: datetime) -> list[Webinar]:
    """The webinars of the next six weeks that have not ended, soonest first."""
    today = now.astimezone(UTC).date()
    monday = today - timedelta(days=today.weekday())
    # The programme's weeks alternate: it runs in even weeks counted from its epoch.
    if ((monday - _PROGRAMME_EPOCH).days // 7) % 2:
        monday -= timedelta(days=7)
    found = []
    for cycle in range(WEBINAR_WEEKS_AHEAD // 2 + 1):
        week = monday + timedelta(days=14 * cycle)
        for key, title, language, weekday, hour, minutes in _PROGRAMME:
            start = datetime.combine(week + timedelta(days=weekday), time(hour), tzinfo=UTC)
            if start + timedelta(minutes=minutes) <= now:
                continue
            if start > now + timedelta(weeks=WEBINAR_WEEKS_AHEAD):
                continue
            webinar_id = f"{key}-{start:%Y%m%d}"
            found.append(
                Webinar(
                    webinar_id,
                    title,
                    language,
                    start,
                    duration_minutes=minutes,
                    url=WEBINAR_PAGE.format(id=webinar_id),
                )
            )
    return sorted(found, key=lambda w: (w.starts_at, w.id))
