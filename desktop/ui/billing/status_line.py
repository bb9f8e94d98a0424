"""A line that says what just happened: a success for a moment, an error until the next.

Said in the language of the moment: a message given as a callable is asked again when the
language changes (a plain text cannot be rebuilt, so it goes then; desktop/ui/text/said_again.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.said_again import SaidAgain, Text
from desktop.ui.text.wrapped_label import WrappedLabel

# How long a success stays: long enough to read twice, then it is old news.
SUCCESS_SHOWN_MS = 8000


class StatusLine(WrappedLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # Its line is kept while empty: a message appearing must not move what is below.
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self._said = SaidAgain(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SUCCESS_SHOWN_MS)
        self.timer.timeout.connect(self.clear)

    def say(self, text: Text, *, error: bool) -> None:
        """Show ``text`` (translated by the caller, or a callable that translates); a success
        clears itself."""
        self._said.say(text)
        set_text_role(self, TextRole.DANGER if error else TextRole.SUCCESS)
        if error:
            self.timer.stop()
        else:
            self.timer.start()

    def warn(self, text: Text) -> None:
        """Something not known yet (a change whose answer never came): kept until settled."""
        self._said.say(text)
        set_text_role(self, TextRole.WARNING)
        self.timer.stop()

    def keep(self) -> None:
        """A success that must not go by itself (it settles what was said before)."""
        self.timer.stop()

    def clear(self) -> None:
        self.timer.stop()
        super().clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._said.retranslate()
        super().changeEvent(event)
