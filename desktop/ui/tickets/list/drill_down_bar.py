"""Above a ticket list opened from Insights: which tickets it shows, and the way back to all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.text.wrapped_label import WrappedLabel


class DrillDownBar(QFrame):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drill_down_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = WrappedLabel()
        self.label.setObjectName("drill_down_label")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("drill_down_clear_button")
        self.clear_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.clear_button.setText(self.tr("Show all team tickets"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
