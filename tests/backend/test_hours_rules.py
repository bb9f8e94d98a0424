"""R4: Japanese support hours, in Japan Standard Time whatever the caller's zone."""

from __future__ import annotations

from datetime import UTC, datetime

from backend.domain.hours import (
    JST,
    availability,
    japanese_open,
    next_japanese_opening,
    response_clock_start,
)


def jst(day: int, hour: int, minute: int = 0) -> datetime:
    # November 2026: the 23rd is a Monday, the 28th a Saturday.
    return datetime(2026, 11, day, hour, minute, tzinfo=JST)


def test_open_on_weekdays_from_nine_to_five_jst() -> None:  # R4
    assert japanese_open(jst(23, 9, 0))
    assert japanese_open(jst(27, 16, 59))
    assert not japanese_open(jst(27, 17, 0))
    assert not japanese_open(jst(23, 8, 59))
    assert not japanese_open(jst(28, 11, 0))  # Saturday
    assert not japanese_open(jst(29, 11, 0))  # Sunday


def test_the_zone_of_the_caller_does_not_matter() -> None:  # R4
    # 01:30 UTC on Monday is 10:30 JST: open.
    assert japanese_open(datetime(2026, 11, 23, 1, 30, tzinfo=UTC))
    # 09:00 UTC on Monday is 18:00 JST: closed.
    assert not japanese_open(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


def test_next_opening() -> None:  # R4
    assert next_japanese_opening(jst(28, 11)) == jst(30, 9)  # Saturday → Monday 09:00
    assert next_japanese_opening(jst(27, 18)) == jst(30, 9)  # Friday evening → Monday
    assert next_japanese_opening(jst(24, 7)) == jst(24, 9)  # Tuesday early → same day
    assert next_japanese_opening(jst(24, 20)) == jst(25, 9)  # Tuesday evening → Wednesday
    assert next_japanese_opening(jst(24, 10)) == jst(24, 10)  # open: now


def test_availability_on_a_saturday_in_tokyo() -> None:  # R4
    rows = {(a.language, a.channel): a for a in availability(jst(28, 11))}
    assert all(
        rows[("en", c)].open and rows[("en", c)].next_open_at is None
        for c in ("request", "chat", "callback")
    )
    assert rows[("ja", "request")].open  # written requests are always accepted
    assert not rows[("ja", "chat")].open and not rows[("ja", "callback")].open
    assert rows[("ja", "chat")].next_open_at == jst(30, 9)


def test_japanese_response_clock_starts_when_support_opens() -> None:  # R4
    assert response_clock_start("ja", jst(28, 11)) == jst(30, 9)
    assert response_clock_start("ja", jst(23, 10)) == jst(23, 10)
    assert response_clock_start("en", jst(28, 11)) == jst(28, 11)
