"""A ticket list's body: its rows, and the reading pane beside them when it is docked.

The window is never held wider by the pane: the body asks the window for its list's
least only, docked or not. The pane docks only where the window has room for both
(shell/reading_pane.py), and gives way as soon as it has not; a least that counted the
pane held a window made narrower in one step (moved to a small laptop's screen, or
restored from maximised) at list and pane side by side, and Qt never narrows a window
back once its least has shrunk: 1,160 px for 1,024 in Dutch, 1,083 in Japanese (issue 19).
Within the body the pane keeps its own least: dragging the handle never squeezes it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter, QWidget


class ListBody(QSplitter):
    """The list's column, then the pane's slot (hidden while the pane is not docked)."""

    def __init__(self, column: QWidget, pane_slot: QWidget) -> None:
        super().__init__()
        self.setChildrenCollapsible(False)
        self.addWidget(column)
        self.addWidget(pane_slot)
        self._column = column
        self._pane_slot = pane_slot

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if self._pane_slot.isHidden():
            return hint  # the list alone: Qt's own sum is the list's least
        # As Qt's layouts read a widget's minimum: the hint, raised to a set minimum.
        column = self._column.minimumSizeHint().expandedTo(self._column.minimumSize())
        return QSize(column.width(), hint.height())
