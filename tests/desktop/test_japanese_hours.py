"""The client's copy of R4's hours answers as the service's does (backend/domain/hours.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.domain import hours
from desktop.services.japanese_hours import next_japanese_opening


def test_the_next_opening_is_the_service_s_at_every_half_hour_of_two_weeks() -> None:  # R4
    start = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)  # a Friday, through two weekends
    for step in range(14 * 48):
        now = start + timedelta(minutes=30 * step, seconds=step % 7)
        expected = None if hours.japanese_open(now) else hours.next_japanese_opening(now)
        assert next_japanese_opening(now) == expected, now
