"""A live webinar as an .ics file: an RFC 5545 VEVENT that calendars read (R3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from desktop.api.billing import Webinar
from desktop.services.webinar_calendar import calendar_file_name, webinar_ics
from tests.support.ics import parse_ics, unescape

STAMP = datetime(2026, 12, 5, 21, 45, 30, tzinfo=UTC)
# A Japanese session, given in JST: the file must carry it in UTC.
JST = timezone(timedelta(hours=9))
LONG_JA = Webinar(
    id="admin-console-ja-20261208",
    title=(
        "管理コンソールを使いこなす: 共有, 同期; バックアップ\\復元 — "
        "長いタイトルの折り返しを確かめる"
    ),
    language="ja",
    starts_at=datetime(2026, 12, 8, 11, 0, tzinfo=JST),
    duration_minutes=45,
    url="https://help.example.com/webinars/admin-console-ja-20261208?lang=ja,en",
)


def test_the_file_is_one_vevent_in_utc_with_its_page() -> None:  # R3
    text = webinar_ics(LONG_JA, stamp=STAMP)
    components = dict(parse_ics(text))
    assert set(components) == {"VCALENDAR", "VCALENDAR/VEVENT"}
    calendar, event = components["VCALENDAR"], components["VCALENDAR/VEVENT"]
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert event["UID"] == "admin-console-ja-20261208@webinars.premium-support-desk"
    assert event["DTSTAMP"] == "20261205T214530Z"
    # 11:00 in Tokyo is 02:00 UTC; 45 minutes long.
    assert event["DTSTART"] == "20261208T020000Z"
    assert event["DTEND"] == "20261208T024500Z"
    assert unescape(event["SUMMARY"]) == LONG_JA.title
    # A URI is not TEXT: its comma stays as it is.
    assert event["URL"] == LONG_JA.url


def test_long_japanese_lines_fold_between_characters() -> None:
    text = webinar_ics(LONG_JA, stamp=STAMP)
    summary = [line for line in text.split("\r\n") if line.startswith(("SUMMARY", " "))]
    assert len(summary) > 1  # folded, and each piece is whole UTF-8 (decoded above)
    for line in text.split("\r\n"):
        line.encode("utf-8").decode("utf-8")


def test_a_webinar_without_a_page_still_makes_a_valid_event() -> None:
    plain = Webinar("sso-setup-20261211", "Single sign-on", "en", STAMP, 60)
    event = dict(parse_ics(webinar_ics(plain, stamp=STAMP)))["VCALENDAR/VEVENT"]
    assert "URL" not in event and event["SUMMARY"] == "Single sign-on"
    assert event["DTEND"] == "20261205T224530Z"


def test_file_names_are_safe_everywhere() -> None:
    assert calendar_file_name(LONG_JA) == "admin-console-ja-20261208.ics"
    odd = Webinar("../a b/c", "x", "en", STAMP, 60)
    assert calendar_file_name(odd) == "---a-b-c.ics"
