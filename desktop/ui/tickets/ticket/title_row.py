"""The ticket page's top row: Back on the left, the ticket's actions on the right.

When the page is too narrow for both on one line (Dutch with the text at 150 %: "← Tickets
van het team", "Chatvenster openen", "Markeren als opgelost"), the actions move to a
line of their own below Back, still on the right, rather than making the window wider or
cutting a button's text. The row never asks for more width than its widest part.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from desktop.ui.look.theme import FOCUS_RING_ROOM

# Between Back and the actions when they share a line (the layouts' usual spacing).
GAP = 6


class TitleRow(QWidget):
    def __init__(
        self, back: QWidget, actions: Sequence[QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_title_row")
        self._back = back
        # A layout, not a widget: the buttons stay this row's children, so their focus
        # rings are drawn here, where the margins leave room for them.
        self.action_row = QHBoxLayout()
        # Between the buttons: room for a ring each (a grid's spacing is not inherited).
        self.action_row.setSpacing(GAP)
        for action in actions:
            self.action_row.addWidget(action)
        self._grid = QGridLayout(self)
        room = FOCUS_RING_ROOM
        self._grid.setContentsMargins(room, room, room, room)
        self._grid.setHorizontalSpacing(GAP)
        self._grid.setVerticalSpacing(4)
        self._grid.addWidget(back, 0, 0, Qt.AlignmentFlag.AlignLeft)
        self._grid.setColumnStretch(1, 1)
        self.wrapped = False
        self._grid.addLayout(self.action_row, 0, 1, Qt.AlignmentFlag.AlignRight)

    def _margins(self) -> int:
        margins = self._grid.contentsMargins()
        return margins.left() + margins.right()

    def one_line_width(self) -> int:
        """What Back and the actions need side by side (a hidden Back takes nothing)."""
        back = self._back.sizeHint().width() + GAP if not self._back.isHidden() else 0
        return back + self.action_row.sizeHint().width() + self._margins()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the wider of Back and the actions: they can take two lines."""
        height = super().minimumSizeHint().height()
        back = 0 if self._back.isHidden() else self._back.minimumSizeHint().width()
        widest = max(back, self.action_row.minimumSize().width())
        return QSize(widest + self._margins(), height)

    def _arrange(self) -> None:
        wrapped = self.width() < self.one_line_width()
        if wrapped == self.wrapped:
            return
        self.wrapped = wrapped
        self._grid.removeItem(self.action_row)
        if wrapped:
            self._grid.addLayout(self.action_row, 1, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        else:
            self._grid.addLayout(self.action_row, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.updateGeometry()  # one line more or less: the page lays out again

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        # A button shown, hidden or renamed (another ticket, another language, a larger
        # font) changes what one line needs.
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange()
        return super().event(event)
