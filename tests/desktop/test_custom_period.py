"""What a newcomer sees choosing "Custom…" on Insights (R20): the days shown until then,
written with the year in full in every language, and a calendar that opens inside the
window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.insights import PERIODS, Period, period_for
from desktop.ui.insights.period_selector import PeriodSelector, popup_place
from desktop.ui.insights.table_model import cell_text
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.text.i18n import LanguageSwitcher
from tests.support.app import languages_switched

TODAY = date(2026, 12, 7)
DAY_LABELS = {
    "en": ("Fro&m:", "T&o:"),
    "ja": ("開始日(&M):", "終了日(&O):"),
    "nl": ("&Van:", "T&ot en met:"),
}


@pytest.fixture
def switcher() -> Iterator[LanguageSwitcher]:
    with languages_switched() as languages:
        yield languages
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


def test_the_two_days_are_labelled_from_and_to(qtbot: QtBot) -> None:  # R20
    """Two bare dates beside "Custom…" left a newcomer guessing which was which."""
    periods = selector(qtbot)
    with qtbot.waitExposed(periods):
        periods.show()
    assert not periods.first_label.isVisible() and not periods.last_label.isVisible()
    choose_custom(periods)
    pairs = ((periods.first_label, periods.first_edit), (periods.last_label, periods.last_edit))
    for label, edit in pairs:
        assert label.isVisible() and label.buddy() is edit  # Alt+its letter goes there
        # The label comes just before its field, on screen and to a screen reader.
        assert label.geometry().right() < edit.geometry().left()
    assert [label.text() for label, _ in pairs] == ["Fro&m:", "T&o:"]
    assert [edit.accessibleName() for _, edit in pairs] == ["From", "To"]
    assert periods.first_edit.geometry().right() < periods.last_label.geometry().left()
    # On a line under the period, not beside it: with their labels beside it they held a
    # 1024 px window wider in Dutch and Japanese.
    assert periods.first_label.geometry().top() >= periods.combo.geometry().bottom()
    periods.set_key("4w")
    assert not periods.first_label.isVisible() and not periods.last_edit.isVisible()


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
    [("en", "en_US", "Dec 7, 2026"), ("ja", "ja_JP", "2026/12/07"), ("nl", "nl_NL", "7 dec 2026")],
)
def test_the_dates_have_the_year_in_full(
    qtbot: QtBot, switcher: LanguageSwitcher, code: str, locale: str, written: str
) -> None:  # R20
    periods = selector(qtbot)
    periods.set_custom(date(2026, 9, 15), TODAY)
    QLocale.setDefault(QLocale(locale))
    switcher.apply(code)
    qtbot.waitUntil(lambda: periods.last_edit.text().replace(".", "") == written)
    assert periods.first_edit.date().year() == 2026
    # In the captions' one style (the charts' "Sep 15, 2026 to Dec 7, 2026"), not the
    # short date's "9/15/2026" beside them.
    for edit, day in ((periods.first_edit, date(2026, 9, 15)), (periods.last_edit, TODAY)):
        assert edit.text() == cell_text(day)
    # And which day is which, in the same language.
    labels = (periods.first_label.text(), periods.last_label.text())
    assert labels == DAY_LABELS[code]


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


def test_no_day_after_today_is_counted_or_offered(qtbot: QtBot) -> None:  # R20
    # Dec 21 chosen on Dec 7: the tile said "0 opened this week", the chart drew weeks to
    # come as real zeros, the captions said "to Dec 21".
    assert period_for("custom", TODAY, (date(2026, 9, 15), date(2026, 12, 21))) == Period(
        "custom", date(2026, 9, 15), TODAY
    )
    assert period_for("custom", TODAY, (date(2026, 12, 20), date(2026, 12, 21))) == Period(
        "custom", TODAY, TODAY
    )
    periods = selector(qtbot)
    periods.set_custom(date(2026, 9, 15), TODAY)
    periods.limit_to(TODAY)
    for edit in (periods.first_edit, periods.last_edit):
        assert edit.maximumDate() == QDate(2026, 12, 7)
        edit.setDate(QDate(2026, 12, 21))  # as typed: today at most
        assert edit.date() == QDate(2026, 12, 7)


def test_a_remembered_period_ending_later_ends_today(qtbot: QtBot, tmp_path: Path) -> None:
    # Saved by an earlier version (or before the clock was put right).
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set_insights_period("custom", "2026-09-15", "2026-12-21")
    periods = selector(qtbot)
    periods.remember_in(settings)
    periods.limit_to(TODAY)  # as the page does when it shows the period
    assert periods.last_edit.date() == QDate(2026, 12, 7)
    assert days(periods) == (date(2026, 9, 15), TODAY)


def field(qtbot: QtBot) -> tuple[QWidget, PeriodSelector]:
    window = QWidget()
    row = QHBoxLayout(window)
    before = QPushButton("before")
    periods = PeriodSelector()
    after = QPushButton("after")
    for widget in (before, periods, after):
        row.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(700, 200)
    with qtbot.waitExposed(window):
        window.show()
    periods.set_custom(date(2026, 9, 15), TODAY)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, periods


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen Qt's popup
@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, None)],
)
def test_alt_down_and_f4_open_the_calendar_and_keep_the_date(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None
) -> None:  # R20
    # As a combo box's list opens: Qt's date field took Alt+Down for "a month earlier".
    _window, periods = field(qtbot)
    edit = periods.first_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    if modifier is None:
        QTest.keyClick(edit, key)
    else:
        QTest.keyClick(edit, key, modifier)
    popup = edit.calendarWidget().window()
    try:
        qtbot.waitUntil(popup.isVisible)
        assert edit.date() == QDate(2026, 9, 15)
    finally:
        popup.hide()


def test_tab_leaves_a_date_field_and_the_arrows_move_inside(qtbot: QtBot) -> None:  # R20
    # Qt's date field took Tab for its next section: 7-8 Tabs from Period to a tile.
    window, periods = field(qtbot)
    periods.combo.setFocus()
    qtbot.waitUntil(periods.combo.hasFocus)
    reached = []
    for _ in range(3):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert reached[:2] == [periods.first_edit, periods.last_edit]
    assert isinstance(reached[2], QPushButton) and reached[2].text() == "after"
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Backtab)
    assert window.focusWidget() is periods.last_edit
    QTest.keyClick(periods.last_edit, Qt.Key.Key_Backtab)
    assert window.focusWidget() is periods.first_edit
    # Inside, the arrows still go from section to section (the date itself unchanged).
    edit = periods.first_edit
    edit.setCurrentSectionIndex(0)
    first = edit.currentSection()
    for _ in range(4):
        QTest.keyClick(edit, Qt.Key.Key_Right)
    assert edit.currentSection() != first
    assert edit.date() == QDate(2026, 9, 15)
