"""A live webinar as an iCalendar file (RFC 5545), for the admin's own calendar.

One VEVENT, times in UTC (``Z``): every calendar shows them in its user's zone,
so the file needs no VTIMEZONE. The UID is the webinar's id, which names one
session, so adding the same session twice updates one entry instead of two.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.api.billing import Webinar

PRODID = "-//Premium Support Desk//Live webinars//EN"
UID_DOMAIN = "webinars.premium-support-desk"
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8
    character (a Japanese title is three octets a character); continuations start
    with a space, which counts towards their 75."""
    pieces: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, LINE_OCTETS - 1
        current += char
        size += width
    pieces.append(current)
    return [pieces[0], *(" " + piece for piece in pieces[1:])]


def webinar_ics(webinar: Webinar, *, stamp: datetime) -> str:
    """The calendar file's text: CRLF line ends, folded lines. ``stamp``: when it is made."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{webinar.id}@{UID_DOMAIN}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(webinar.starts_at)}",
        f"DTEND:{_utc(webinar.ends_at)}",
        f"SUMMARY:{_text(webinar.title)}",
    ]
    if webinar.url:
        # A URI value: no TEXT escaping (RFC 5545 3.8.4.6); the description repeats it
        # for calendars that do not show URL.
        lines.append(f"URL:{webinar.url}")
        lines.append(f"DESCRIPTION:{_text(webinar.url)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _fold(line)]
    return "\r\n".join(folded) + "\r\n"


def calendar_file_name(webinar: Webinar) -> str:
    """A name that is safe on every file system: the session's id is ASCII letters,
    digits and dashes."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in webinar.id)
    return f"{safe or 'webinar'}.ics"
