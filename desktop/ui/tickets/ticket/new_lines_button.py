"""The "new messages" button over a thread the admin scrolled up in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui.look.icons import primary_icon
from desktop.ui.look.theme import style_primary


class NewLinesButton(QPushButton):
    """Hidden until lines arrive below what is being read; the thread view places it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("new_messages_button")
        # Reached by Tab like any button, and Enter or Space presses it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setIcon(primary_icon("arrow-down"))
        # It must stand out against the cards it floats over (and shows its focus ring).
        style_primary(self)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("New messages"))
        self.setAccessibleName(self.tr("New messages: go to the newest"))
        self.setToolTip(self.tr("Go to the newest message"))
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
