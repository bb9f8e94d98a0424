"""Whose tickets Insights counts: the whole team's, or only the admin's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from desktop.ui.settings.app_settings import AppSettings

SCOPES = ("team", "mine")


class ScopeSelector(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scope_selector")
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("scope_combo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for scope in SCOPES:
            self.combo.addItem("", scope)
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.retranslate_ui()

    def scope(self) -> str:
        return str(self.combo.currentData())

    def set_scope(self, scope: str) -> None:
        self.combo.setCurrentIndex(SCOPES.index(scope))

    def remember_in(self, settings: AppSettings) -> None:
        """Whose tickets as last left in ``settings`` (as the period: the admin's choice
        outlives a restart; a newcomer found "Mine" back at "Whole team"), each new
        choice kept there."""
        if settings.insights_scope in SCOPES:
            self.set_scope(settings.insights_scope)

        def keep() -> None:
            settings.insights_scope = self.scope()

        self.changed.connect(keep)

    def name(self, scope: str) -> str:
        """Whose tickets, as the list offers it ("Whole team"); a saved chart says it."""
        return self.tr("Mine") if scope == "mine" else self.tr("Whole team")

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Tickets:"))
        for row, scope in enumerate(SCOPES):
            self.combo.setItemText(row, self.name(scope))
        self.combo.setAccessibleName(self.tr("Whose tickets"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
