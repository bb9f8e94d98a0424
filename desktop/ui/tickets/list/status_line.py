"""A list's status line under its title: how fresh, how many, what a search looked
through, and the service's late finds held (issue 19).

As tall whatever it shows: its height is its tallest part's, shown or hidden (the late
finds' button is taller than the labels), so that a note or a button coming, or
"Up to date" becoming "Last synced 5 minutes ago", moves no row under the pointer. Its
labels keep one line and elide (one_line_label.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget


class StatusLine(QWidget):
    def __init__(self, name: str, parts: tuple[QWidget, ...]) -> None:
        super().__init__()
        self.setObjectName(name)
        self._parts = parts
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for part in parts:
            row.addWidget(part)
        row.addStretch(1)  # the parts side by side from the left, the note beside the count
        self._keep_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # The parts' heights follow the font (150 % text) and the style: measured again.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_height()
        super().changeEvent(event)

    def _keep_height(self) -> None:
        # The tallest part's height, shown or hidden, held as the line's least height. Not
        # by overriding sizeHint: Qt asks a layout's every widget for it again and again,
        # and an override answers each time in Python (~0.5 M instructions of the cold
        # start, bench/README.md, session 22).
        self.setMinimumHeight(max((part.sizeHint().height() for part in self._parts), default=0))
