"""Webinars are joined live: their time is shown in the admin's zone, weekday and zone named."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.api.billing import Webinar
from desktop.ui.billing.table_models import WebinarColumn, WebinarModel
from desktop.ui.text.i18n import LanguageSwitcher

# Tuesday 8 December 2026, 15:00 UTC: Tuesday 16:00 in Amsterdam, Wednesday 00:00 in Tokyo.
STARTS = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)


@pytest.fixture
def system_zone() -> Iterator[object]:
    """Sets the computer's zone (TZ) as the admin's system would, and puts it back."""
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize(
    ("zone", "code", "text", "named"),
    [
        (
            "Asia/Tokyo",
            "en",
            "Wednesday, December 9, 2026, 12:00\u202fAM (JST)",
            "Japan Standard Time",
        ),
        ("Asia/Tokyo", "ja", "2026年12月9日水曜日 0:00 (JST)", "日本標準時"),
        (
            "Asia/Tokyo",
            "nl",
            "woensdag 9 december 2026 om 00:00 (GMT+9)",
            "Japanse standaardtijd",
        ),
        (
            "Europe/Amsterdam",
            "en",
            "Tuesday, December 8, 2026, 4:00\u202fPM (CET)",
            "Central European Standard Time",
        ),
        (
            "Europe/Amsterdam",
            "nl",
            "dinsdag 8 december 2026 om 16:00 (CET)",
            "Midden-Europese standaardtijd",
        ),
    ],
)
def test_webinar_time_in_the_admins_zone_with_the_zone_named(
    switcher: LanguageSwitcher,
    system_zone: object,
    zone: str,
    code: str,
    text: str,
    named: str,
) -> None:  # R3
    assert callable(system_zone)
    system_zone(zone)
    switcher.apply(code)
    model = WebinarModel()
    model.set_webinars([Webinar("sso-20261208", "Single sign-on", "en", STARTS, 60)])
    when = model.index(0, WebinarColumn.WHEN)
    # The row says it briefly; the tooltip names the zone in full.
    assert when.data() == text
    assert when.data(Qt.ItemDataRole.ToolTipRole) == named
