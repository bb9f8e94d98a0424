"""The week tile says how much of the week it counts: on a Monday "Opened this week"
beside "5 in the week before" read as a week's tickets against a week's, and it was one
day's (a newcomer, issue 19). A week not whole says its days, "so far" while it runs,
and that the week before is counted whole; a past period's last week is not "this week".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.api.insights import Insights, WeekCounts
from desktop.services.insights import Period
from desktop.ui.insights.kpi_tiles import KpiTiles
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.line_breaks import NO_BREAK_SPACE

MONDAY = date(2026, 12, 7)
BEFORE = MONDAY - timedelta(weeks=1)


def _insights() -> Insights:
    return Insights(
        start=datetime(2026, 9, 15, tzinfo=UTC),
        end=datetime(2026, 12, 8, tzinfo=UTC),
        open_tickets=4,
        top_issues=(),
        top_products_per_issue=(),
        weekly=(WeekCounts(BEFORE, 5, 2), WeekCounts(MONDAY, 1, 0)),
        sla_met=1,
        sla_breached=0,
        median_first_response_minutes=30.0,
    )


def _tile(qtbot: QtBot, last: date, today: date) -> list[str]:
    tiles = KpiTiles()
    qtbot.addWidget(tiles)
    period = Period("12w", last - timedelta(weeks=12) + timedelta(days=1), last)
    now = datetime(today.year, today.month, today.day, 9, 0, tzinfo=UTC)
    tiles.show_insights(_insights(), period, "team", now)
    tile = tiles.week_tile
    texts = [tile.caption.text(), tile.counts.text(), tile.value.text(), tile.detail.text()]
    return [text.replace(NO_BREAK_SPACE, " ") for text in texts]


def test_on_a_monday_the_week_is_one_day_so_far(qtbot: QtBot) -> None:
    assert _tile(qtbot, MONDAY, MONDAY) == [
        "Opened this week so far (1 day)",
        "Tickets opened on Dec 7, 2026",
        "1",
        "5 in the whole week before.",
    ]


def test_on_a_wednesday_three_days_so_far(qtbot: QtBot) -> None:
    wednesday = MONDAY + timedelta(days=2)
    assert _tile(qtbot, wednesday, wednesday)[:2] == [
        "Opened this week so far (3 days)",
        "Tickets opened Dec 7, 2026 to Dec 9, 2026",
    ]


def test_a_whole_week_is_said_as_before(qtbot: QtBot) -> None:
    sunday = MONDAY - timedelta(days=1)
    caption, counts, _value, detail = _tile(qtbot, sunday, sunday)
    assert caption == "Opened this week"
    assert counts == "Tickets opened Nov 30, 2026 to Dec 6, 2026"
    assert detail == "0 in the week before."


def test_a_past_periods_last_week_is_not_this_week(qtbot: QtBot) -> None:
    caption, counts, _value, detail = _tile(qtbot, MONDAY, MONDAY + timedelta(weeks=2))
    assert caption == "Opened in the period's last week"
    assert counts == "Tickets opened on Dec 7, 2026"
    assert detail == "5 in the whole week before."


@pytest.mark.parametrize("code", ["ja", "nl"])
def test_the_monday_words_are_translated(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str
) -> None:
    switcher.apply(code)
    caption, counts, _value, detail = _tile(qtbot, MONDAY, MONDAY)
    week = QCoreApplication.translate("KpiTiles", "Opened this week")
    assert caption not in ("Opened this week so far (1 day)", week)
    assert "1" in caption and "so far" not in caption
    assert "5" in detail and "whole" not in detail
    assert detail != QCoreApplication.translate("KpiTiles", "%n in the week before.", "", 5)
