"""Above a ticket list opened from Insights: the way back to Insights, which tickets it
shows, and the way to all of them.

"← Insights" names where it goes, as the ticket page's Back does ("← Tickets from
Insights"); a newcomer found no visible way back to Insights but its navigation entry. It
is a button (Tab reaches it, Space presses it) and the window's Back keys do the same
(desktop/ui/shell/going_back.py): its tooltip names them. The bar shows only while the list
shows a drill-down, so the button does too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.text.wrapped_label import WrappedLabel


class DrillDownBar(QFrame):
    cleared = Signal()
    back_requested = Signal()  # "← Insights": back where the list came from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drill_down_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.back_button = QPushButton()
        self.back_button.setObjectName("drill_down_back_button")
        self.back_button.clicked.connect(self.back_requested)
        self.label = WrappedLabel()
        self.label.setObjectName("drill_down_label")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("drill_down_clear_button")
        self.clear_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.addWidget(self.back_button)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← Insights"))
        self.back_button.setAccessibleName(self.tr("Back to Insights"))
        # The window's keys, as this system writes them (Alt+Left here, ⌘[ on a Mac).
        keys = QKeySequence(QKeySequence.StandardKey.Back).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.back_button.setToolTip(
            self.tr("Back to Insights, its period as it was ({keys} or Esc)").format(keys=keys)
        )
        self.clear_button.setText(self.tr("Show all team tickets"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
