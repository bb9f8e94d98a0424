"""Contact support opened on a kept draft says so, with a way to start over.

A newcomer closed the form with Esc and, opening it again, found the text back with no
word of where it came from, nor a way to begin afresh other than deleting each field.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import style_banner
from desktop.ui.text.formatting import thread_time
from desktop.ui.text.wrapped_label import WrappedLabel


class DraftNote(QFrame):
    start_over = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_draft_note")
        style_banner(self, "info")
        self.text = WrappedLabel()
        self.text.setObjectName("contact_draft_note_text")
        self.start_over_button = QPushButton()
        self.start_over_button.setObjectName("start_over_button")
        self.start_over_button.clicked.connect(self.start_over)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.start_over_button)
        self._saved_at: datetime | None = None
        self.hide()
        self.retranslate_ui()

    def show_for(self, saved_at: datetime) -> None:
        """The form holds the draft saved at ``saved_at``."""
        self._saved_at = saved_at
        self.retranslate_ui()
        self.show()

    def retranslate_ui(self) -> None:
        saved = self._saved_at
        when = thread_time(saved, datetime.now(UTC)) if saved is not None else ""
        self.text.setText(self.tr("Your draft, as you left it ({when}).").format(when=when))
        self.start_over_button.setText(self.tr("Start over"))
        self.start_over_button.setAccessibleDescription(
            self.tr("Empties the form; Undo brings the draft back for a few seconds.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
