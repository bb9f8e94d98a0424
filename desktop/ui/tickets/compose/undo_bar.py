"""A passing strip: "Draft discarded. [Undo]"; the discard happens only when it goes.

Nothing is deleted while Undo is on offer: the bar says what was discarded,
and only when it expires (``UNDO_MS``, or another discard) is it done for real.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.look.theme import style_banner
from desktop.ui.text.wrapped_label import WrappedLabel

UNDO_MS = 8000


class UndoBar(QFrame):
    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        style_banner(self, "info")
        self.text = WrappedLabel()
        self.text.setObjectName("undo_bar_text")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_button")
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_MS)
        self.timer.timeout.connect(self.commit)
        self._commit: Callable[[], None] | None = None
        self._message: Callable[[], str] = str
        self.hide()
        self.retranslate_ui()

    def offer(self, message: Callable[[], str], commit: Callable[[], None]) -> None:
        """Show ``message`` (a function: it follows the language) with Undo; ``commit`` later.

        A discard still on offer is done now: one Undo at a time.
        """
        self.commit()
        self._message, self._commit = message, commit
        self.retranslate_ui()
        self.show()
        self.timer.start()

    @property
    def pending(self) -> bool:
        return self._commit is not None

    def commit(self) -> None:
        """Do the discard now (the time is up, or another one comes)."""
        self.timer.stop()
        commit, self._commit = self._commit, None
        self.hide()
        if commit is not None:
            commit()

    def undo(self) -> None:
        self.timer.stop()
        had = self._commit is not None
        self._commit = None
        self.hide()
        if had:
            self.undone.emit()

    def retranslate_ui(self) -> None:
        self.text.setText(self._message())
        self.undo_button.setText(self.tr("Undo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
