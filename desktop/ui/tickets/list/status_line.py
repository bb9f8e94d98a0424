"""A list's status line under its title: how fresh, how many, what a search looked
through, and the service's late finds held (issue 19).

As tall whatever it shows: its height is its tallest part's, shown or hidden (the late
finds' button is taller than the labels), so that a note or a button coming, or
"Up to date" becoming "Last synced 5 minutes ago", moves no row under the pointer. Its
labels keep one line and elide (one_line_label.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
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

    def _height(self) -> int:
        return max((part.sizeHint().height() for part in self._parts), default=0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._height()))
