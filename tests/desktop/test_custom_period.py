"""What a newcomer sees choosing "Custom…" on Insights (R20): the days shown until then,
written with the year in full in every language, and a calendar that opens inside the
window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.insights import PERIODS, period_for
from desktop.ui.insights.period_selector import PeriodSelector, popup_place
from desktop.ui.text.i18n import LanguageSwitcher
from tests.support.app import compiled_catalogs

TODAY = date(2026, 12, 7)


@pytest.fixture
def switcher() -> Iterator[LanguageSwitcher]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageSwitcher(app, compiled_catalogs())
    yield languages
    languages.apply("en")
    QLocale.setDefault(QLocale("en_US"))


def selector(qtbot: QtBot) -> PeriodSelector:
    periods = PeriodSelector()
    qtbot.addWidget(periods)
    return periods


def choose_custom(periods: PeriodSelector) -> None:
    periods.combo.setCurrentIndex(PERIODS.index("custom"))  # as the admin picks it


def days(periods: PeriodSelector) -> tuple[date, date]:
    shown = periods.period(TODAY)
    return shown.first, shown.last


@pytest.mark.parametrize("key", ["4w", "quarter", "12m"])
def test_custom_starts_from_the_period_shown(qtbot: QtBot, key: str) -> None:  # R20
    periods = selector(qtbot)
    periods.set_days(date(2026, 9, 14), TODAY)  # the last 12 weeks, as the page sets them
    periods.set_key(key)
    shown = period_for(key, TODAY)
    periods.showing(shown)
    choose_custom(periods)
    assert periods.key() == "custom"
    assert days(periods) == (shown.first, shown.last)


def test_days_given_or_remembered_are_kept(qtbot: QtBot) -> None:  # R20
    periods = selector(qtbot)
    periods.showing(period_for("quarter", TODAY))
    periods.set_custom(date(2026, 5, 1), date(2026, 5, 31))
    assert days(periods) == (date(2026, 5, 1), date(2026, 5, 31))


def test_from_open_now_the_days_stay_as_they_were(qtbot: QtBot) -> None:  # R20
    # Open now has no days: a custom period of today alone would not be what was shown.
    periods = selector(qtbot)
    periods.set_days(date(2026, 9, 14), TODAY)
    periods.set_key("open_now")
    periods.showing(period_for("open_now", TODAY))
    choose_custom(periods)
    assert days(periods) == (date(2026, 9, 14), TODAY)


@pytest.mark.parametrize(
    ("code", "locale", "written"),
    [("en", "en_US", "12/7/2026"), ("ja", "ja_JP", "2026/12/07"), ("nl", "nl_NL", "07-12-2026")],
)
def test_the_dates_have_the_year_in_full(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str, locale: str, written: str
) -> None:  # R20
    periods = selector(qtbot)
    periods.set_custom(date(2026, 9, 14), TODAY)
    QLocale.setDefault(QLocale(locale))
    switcher.apply(code)
    qtbot.waitUntil(lambda: periods.last_edit.text() == written)
    assert periods.first_edit.date().year() == 2026


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a popup
def test_the_calendar_opens_inside_the_window(qtbot: QtBot) -> None:  # R20
    # The period sits at the window's right end, as on Insights: Qt put the calendar under
    # the field's left edge, past the window's right edge (kept on the screen only).
    window = QWidget()
    row = QHBoxLayout(window)
    row.addStretch(1)
    periods = PeriodSelector()
    row.addWidget(periods, 0, Qt.AlignmentFlag.AlignTop)
    qtbot.addWidget(window)
    window.resize(640, 420)  # smaller than the test's screen: the window is the bound
    window.move(0, 0)
    with qtbot.waitExposed(window):
        window.show()
    periods.set_custom(date(2026, 9, 14), TODAY)
    edit = periods.last_edit
    qtbot.waitUntil(edit.isVisible)
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    popup = edit.calendarWidget().window()
    qtbot.waitUntil(popup.isVisible)
    try:
        assert window.geometry().contains(popup.geometry()), (popup.geometry(), window)
        # Under the field, its right edge on the field's.
        field = QRect(edit.mapToGlobal(QPoint(0, 0)), edit.size())
        assert popup.geometry().top() == field.bottom() + 1
        assert popup.geometry().right() == field.right()
    finally:
        popup.hide()


def test_a_calendar_that_fits_nowhere_below_opens_above() -> None:
    bounds = QRect(0, 0, 1024, 640)
    field = QRect(900, 600, 110, 24)
    place = popup_place(QRect(0, 0, 250, 180), field, bounds)
    assert place == QPoint(field.right() + 1 - 250, field.top() - 180)
    # Room below and to the right: under the field's left edge, as Qt puts it.
    assert popup_place(QRect(0, 0, 250, 180), QRect(100, 50, 110, 24), bounds) == QPoint(100, 74)
