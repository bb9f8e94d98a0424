"""The add-on's consultation calendar, trend reviews and webinars as plain Python (R3, R11)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.domain import entitlements

# A Wednesday.
NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


def test_consultation_slots_are_working_day_hours_from_tomorrow_for_two_weeks() -> None:  # R3
    slots = entitlements.consultation_slots(NOW, set())
    assert slots[0].starts_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert all(s.ends_at - s.starts_at == timedelta(hours=1) for s in slots)
    assert all(s.starts_at.weekday() < 5 for s in slots)
    assert {s.starts_at.hour for s in slots} == {9, 11, 13, 15}
    assert slots[-1].starts_at < NOW + timedelta(days=15)
    assert len(slots) == 10 * 4  # ten working days in two weeks


def test_a_taken_slot_is_not_offered_but_is_still_part_of_the_calendar() -> None:
    first = entitlements.consultation_slots(NOW, set())[0].starts_at
    assert first not in {s.starts_at for s in entitlements.consultation_slots(NOW, {first})}
    assert entitlements.is_offered(first, NOW)
    assert not entitlements.is_offered(first + timedelta(minutes=30), NOW)
    assert not entitlements.is_offered(NOW - timedelta(days=1), NOW)


def test_no_consultation_after_a_scheduled_removal_ends_the_addon() -> None:  # R11
    ends = datetime(2026, 12, 1, tzinfo=UTC)
    slots = entitlements.consultation_slots(NOW, set(), until=ends)
    assert slots and all(s.ends_at <= ends for s in slots)
    assert len(slots) == 3 * 4  # 26, 27 and 30 November
    assert not entitlements.is_offered(datetime(2026, 12, 2, 9, tzinfo=UTC), NOW, until=ends)
    assert entitlements.is_offered(datetime(2026, 11, 30, 15, tzinfo=UTC), NOW, until=ends)


def test_trend_review_is_the_second_tuesday_of_a_quarter_at_least_two_weeks_on() -> None:
    review = entitlements.next_trend_review(enhanced_since=NOW, now=NOW, ends_at=None)
    assert review == datetime(2027, 1, 12, 10, 0, tzinfo=UTC)  # Tuesday 12 January 2027
    # Bought the day before a review: the first one is the quarter after.
    just_before = datetime(2027, 1, 11, 10, 0, tzinfo=UTC)
    assert entitlements.next_trend_review(
        enhanced_since=just_before, now=just_before, ends_at=None
    ) == datetime(2027, 4, 13, 10, 0, tzinfo=UTC)


def test_no_trend_review_after_the_addon_ends() -> None:  # R11
    assert (
        entitlements.next_trend_review(
            enhanced_since=NOW - timedelta(days=300),
            now=NOW,
            ends_at=datetime(2026, 12, 1, tzinfo=UTC),
        )
        is None
    )


def test_webinars_are_upcoming_in_english_and_japanese_soonest_first() -> None:  # R1, R3
    webinars = entitlements.upcoming_webinars(NOW)
    assert webinars and all(
        w.starts_at + timedelta(minutes=w.duration_minutes) > NOW for w in webinars
    )
    assert [w.starts_at for w in webinars] == sorted(w.starts_at for w in webinars)
    assert {w.language for w in webinars} == {"en", "ja"}
    assert all(w.starts_at <= NOW + timedelta(weeks=6) for w in webinars)
    assert len({w.id for w in webinars}) == len(webinars)
