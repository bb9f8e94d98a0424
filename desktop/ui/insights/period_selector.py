"""Which tickets Insights counts: those open now (R20's reading), or those opened in
4 weeks, 12 weeks, this quarter, 12 months, or days chosen."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.services.insights import PERIODS, Period, period_for

if TYPE_CHECKING:
    from desktop.ui.settings.app_settings import AppSettings


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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
        self.first_edit = QDateEdit()
        self.first_edit.setObjectName("period_first")
        self.last_edit = QDateEdit()
        self.last_edit.setObjectName("period_last")
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.hide()
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.combo.currentIndexChanged.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.combo, self.first_edit, self.last_edit):
            layout.addWidget(widget)
        self.retranslate_ui()

    def key(self) -> str:
        return str(self.combo.currentData())

    def set_key(self, key: str) -> None:
        self.combo.setCurrentIndex(PERIODS.index(key))

    def period(self, today: date) -> Period:
        custom = (_to_date(self.first_edit.date()), _to_date(self.last_edit.date()))
        return period_for(self.key(), today, custom)

    def set_custom(self, first: date, last: date) -> None:
        self.set_days(first, last)
        self.set_key("custom")

    def set_days(self, first: date, last: date) -> None:
        """The days a custom period starts with, without choosing it."""
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

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
            self.set_days(*days)
        self.set_key(key)

    def _chosen(self, _index: int) -> None:
        custom = self.key() == "custom"
        self.first_edit.setVisible(custom)
        self.last_edit.setVisible(custom)
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Period:"))
        names = {
            "open_now": self.tr("Open now"),
            "4w": self.tr("Last 4 weeks"),
            "12w": self.tr("Last 12 weeks"),
            "quarter": self.tr("This quarter"),
            "12m": self.tr("Last 12 months"),
            "custom": self.tr("Custom…"),
        }
        for row, key in enumerate(PERIODS):
            self.combo.setItemText(row, names[key])
        self.combo.setAccessibleName(self.tr("Period"))
        self.first_edit.setAccessibleName(self.tr("From"))
        self.last_edit.setAccessibleName(self.tr("To"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
