"""Which tickets Insights counts: those open now (R20's reading), or those opened in
4 weeks, 12 weeks, this quarter, 12 months, or days chosen.

"Custom…" starts from the days shown until then (a newcomer who looked at this quarter
and chose Custom… found 12 weeks instead). The dates are written with the year in full
in every language, and their calendar opens inside the window (Qt keeps it on the
screen only: at the right end of a 1024 px window it hung past the window's edge).

No day after today can be chosen: a period ending Dec 21 on Dec 7 showed "0 opened this
week" and future weeks as real zeros. A period remembered with later days (from an
earlier version, or a clock since put right) shows as ending today.

By keyboard the fields work as the combo box beside them: Alt+Down and F4 open the
calendar (Qt's date field changed the month instead), and Tab leaves the field (Qt's
stepped through day, month and year first); the arrows Left and Right, or typing the
separator, move between the sections.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.insights import PERIODS, Period, period_for
from desktop.ui.text.formatting import day_pattern

if TYPE_CHECKING:
    from desktop.ui.settings.app_settings import AppSettings


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def popup_place(popup: QRect, field: QRect, bounds: QRect) -> QPoint:
    """Where a field's popup goes (all in screen coordinates): under the field, its left
    edge on the field's, or its right edge on the field's where that overflows ``bounds``
    (the window on its screen); above the field where below overflows; within bounds."""
    x = field.left()
    if x + popup.width() > bounds.right() + 1:
        x = field.right() + 1 - popup.width()
    x = max(bounds.left(), min(x, bounds.right() + 1 - popup.width()))
    y = field.bottom() + 1
    if y + popup.height() > bounds.bottom() + 1:
        y = field.top() - popup.height()
    y = max(bounds.top(), min(y, bounds.bottom() + 1 - popup.height()))
    return QPoint(x, y)


_OPENING = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)


class CalendarInWindow(QObject):
    """Moves a date field's calendar, as it opens, to where ``popup_place`` says."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self.popup: QWidget | None = None
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self._edit and self.popup is None and kind in _OPENING:
            # Qt makes the calendar's window with the first click or key that opens it:
            # made here first (Qt then uses it), to be told when it shows.
            self.popup = self._edit.calendarWidget().window()
            self.popup.installEventFilter(self)
        elif watched is self.popup and kind == QEvent.Type.Show:
            self.place()
        return False

    def place(self) -> None:
        if self.popup is None:
            return
        edit = self._edit
        field = QRect(edit.mapToGlobal(QPoint(0, 0)), edit.size())
        window = edit.window().geometry()
        screen = edit.screen().availableGeometry()
        bounds = window.intersected(screen) if window.intersects(screen) else screen
        size = self.popup.size()
        if size.width() > bounds.width() or size.height() > bounds.height():
            bounds = screen  # a window smaller than the calendar: the screen, as Qt does
        self.popup.move(popup_place(QRect(QPoint(0, 0), size), field, bounds))


def _opens_popup(event: QKeyEvent) -> bool:
    """Alt+Down or F4: what opens a combo box's list."""
    alt = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_F4 and not alt) or (
        event.key() == Qt.Key.Key_Down and alt == Qt.KeyboardModifier.AltModifier
    )


class DateField(QDateEdit):
    """A date with its calendar, by keyboard as a combo box: Alt+Down or F4 opens the
    calendar (never changes the date), Tab and Shift+Tab go to the next or previous
    field; the arrows and typing work inside as Qt's own."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            mods & ~Qt.KeyboardModifier.ShiftModifier
        ):
            # QDateTimeEdit steps through its sections on Tab: QWidget's, to the next field.
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return
        if self.calendarPopup() and _opens_popup(event):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """As a click on the arrow does (Qt offers no call for it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center())
        left = Qt.MouseButton.LeftButton
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            self.mapToGlobal(at),
            left,
            left,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self, press)  # the calendar opens on the press


class PeriodSelector(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_selector")
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("period_combo")
        # Fits the longest name in every language (Dutch is longer than English).
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in PERIODS:
            self.combo.addItem("", key)
        self.combo.setCurrentIndex(PERIODS.index("12w"))
        self.label.setBuddy(self.combo)
        self.first_edit = DateField()
        self.first_edit.setObjectName("period_first")
        self.last_edit = DateField()
        self.last_edit.setObjectName("period_last")
        # Said beside the fields, not only to a screen reader: two bare dates left a
        # newcomer guessing which was which.
        self.first_label = QLabel()
        self.first_label.setObjectName("period_first_label")
        self.first_label.setBuddy(self.first_edit)
        self.last_label = QLabel()
        self.last_label.setObjectName("period_last_label")
        self.last_label.setBuddy(self.last_edit)
        for hidden in (self.first_label, self.first_edit, self.last_label, self.last_edit):
            hidden.hide()  # shown for "Custom…" only
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)

            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.calendars = [CalendarInWindow(e) for e in (self.first_edit, self.last_edit)]
        self._key = self.key()  # the choice before the one being made
        self._shown: Period | None = None  # the days shown (the page says)
        self.combo.currentIndexChanged.connect(self._chosen)
        # The days of "Custom…" on a line of their own under the period: beside it, with
        # their labels, they held a 1024 px window wider in Dutch and Japanese.
        chosen = QHBoxLayout()
        chosen.addStretch(1)  # the period at the right end, over its days
        chosen.addWidget(self.label)
        chosen.addWidget(self.combo)
        days = QHBoxLayout()
        days.addStretch(1)
        for widget in (self.first_label, self.first_edit, self.last_label, self.last_edit):
            days.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chosen)
        layout.addLayout(days)
        self.retranslate_ui()

    def key(self) -> str:
        return str(self.combo.currentData())

    def set_key(self, key: str) -> None:
        self.combo.setCurrentIndex(PERIODS.index(key))

    def limit_to(self, today: date) -> None:
        """No day after ``today`` (the admin's) can be chosen; days after it become today."""
        latest = QDate(today.year, today.month, today.day)
        for edit in (self.first_edit, self.last_edit):
            edit.blockSignals(True)  # the page reads the period when it asks for the limit
            edit.setMaximumDate(latest)
            edit.blockSignals(False)

    def period(self, today: date) -> Period:
        custom = (_to_date(self.first_edit.date()), _to_date(self.last_edit.date()))
        return period_for(self.key(), today, custom)

    def set_custom(self, first: date, last: date) -> None:
        self._key = "custom"  # these days, not those shown
        self.set_days(first, last)
        self.set_key("custom")

    def set_days(self, first: date, last: date) -> None:
        """The days a custom period starts with, without choosing it."""
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def showing(self, period: Period) -> None:
        """The period the page shows now: "Custom…" starts from its days."""
        self._shown = period

    def remember_in(self, settings: AppSettings) -> None:
        """The period as last left in ``settings`` (the admin's choice outlives a restart),
        and each new choice kept there."""
        saved = settings.insights_period()
        if saved is not None:
            self._restore(*saved)
        self.changed.connect(lambda: settings.set_insights_period(*self._saved_form()))

    def _saved_form(self) -> tuple[str, ...]:
        key = self.key()
        if key != "custom":
            return (key,)  # a preset moves with today: its name, not its days
        first, last = _to_date(self.first_edit.date()), _to_date(self.last_edit.date())
        return key, first.isoformat(), last.isoformat()

    def _restore(self, key: str, first: str, last: str) -> None:
        if key not in PERIODS:
            return  # a period this version does not offer (or a damaged file): the default
        if key == "custom":
            try:
                days = date.fromisoformat(first), date.fromisoformat(last)
            except ValueError:
                return  # custom without its days means nothing
            self._key = "custom"  # the days remembered, not those shown
            self.set_days(*days)
        self.set_key(key)

    def _chosen(self, _index: int) -> None:
        custom = self.key() == "custom"
        shown, before = self._shown, self._key
        self._key = self.key()
        # From a period with days, its days: what the admin was looking at. ("Open now"
        # has none: the days stay as they were, the last chosen or the last 12 weeks.)
        if custom and before != "custom" and shown is not None and not shown.open_now:
            self.set_days(shown.first, shown.last)
        for widget in (self.first_label, self.first_edit, self.last_label, self.last_edit):
            widget.setVisible(custom)
        self.changed.emit()

    def name(self, key: str) -> str:
        """A period's name as the list offers it ("Last 12 weeks"); a saved chart says it."""
        names = {
            "open_now": self.tr("Open now"),
            "4w": self.tr("Last 4 weeks"),
            "12w": self.tr("Last 12 weeks"),
            "quarter": self.tr("This quarter"),
            "12m": self.tr("Last 12 months"),
            "custom": self.tr("Custom…"),
        }
        return names.get(key, key)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Period:"))
        for row, key in enumerate(PERIODS):
            self.combo.setItemText(row, self.name(key))
        self.combo.setAccessibleName(self.tr("Period"))
        self.first_label.setText(self.tr("Fro&m:", "the first day of a custom period"))
        self.last_label.setText(self.tr("T&o:", "the last day of a custom period"))
        self.first_edit.setAccessibleName(self.tr("From"))
        self.last_edit.setAccessibleName(self.tr("To"))
        # The app's one date style (formatting.day_pattern), as the captions under the
        # charts write the same days: "Sep 15, 2026" above "9/15/2026" read as two styles
        # to a newcomer. Its year is in full in every language (the short date's two digits,
        # "12/7/26", read as a day, or as 1926); a month by name is typed by its name.
        locale = QLocale()
        for edit in (self.first_edit, self.last_edit):
            edit.setLocale(locale)
            edit.setDisplayFormat(day_pattern(locale))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
