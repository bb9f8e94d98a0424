"""A page's title with its choices beside it where they fit, else on rows of their own.

Insights' title, "Tickets" and "Period" sat in one row, whose least was the three side by
side: Dutch at 150 % text needed 709 px for the page, and at a 1024 px window the
navigation beside it gave way, its entries wrapped (issue 19). Now the least is the
widest one's: the choices go onto a row below the title where the row does not fit,
and each onto its own where they do not fit side by side either. As the tiles below
(tile_rows.py), they are placed again as the width changes: nothing is measured ahead,
and a hidden page says what it needs from its pieces' own sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.ui.insights.rearranging import Rearranging


def _wanted(widget: QWidget) -> int:
    """The width ``widget`` shows whole in (a combo box its longest choice)."""
    return (
        widget.sizeHint()
        .expandedTo(widget.minimumSizeHint())
        .expandedTo(widget.minimumSize())
        .width()
    )


class HeaderRows(Rearranging):
    """``title`` at the left; ``choices`` at the right, in one row with it where they
    fit, else together on the row below, else each on a row of its own."""

    ONE_ROW, CHOICES_BELOW, EACH_BELOW = 1, 2, 3

    def __init__(
        self, title: QWidget, choices: list[QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._choices = list(choices)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # Column 0 takes the room left (the title's, or blank at the choices' left).
        self._grid.setColumnStretch(0, 1)
        self._placed = 0  # how the pieces are placed now (0: not yet)
        self.arrange()

    def placed(self) -> int:
        """ONE_ROW, CHOICES_BELOW or EACH_BELOW: as placed now."""
        return self._placed

    def _room(self) -> int:
        margins = self._grid.contentsMargins()
        return self.width() - margins.left() - margins.right()

    def _side_by_side(self, pieces: list[QWidget]) -> int:
        shown = [p for p in pieces if not p.isHidden()]
        gap = max(0, self._grid.horizontalSpacing())
        return sum(_wanted(p) for p in shown) + gap * max(0, len(shown) - 1)

    def _fitting(self) -> int:
        room = self._room()
        if self._side_by_side([self._title, *self._choices]) <= room:
            return self.ONE_ROW
        if self._side_by_side(self._choices) <= room:
            return self.CHOICES_BELOW
        return self.EACH_BELOW

    def arrange(self) -> None:
        """Placed again when what fits changes."""
        placed = self._fitting()
        if placed == self._placed:
            return
        self._placed = placed
        grid = self._grid
        for piece in (self._title, *self._choices):
            grid.removeWidget(piece)
        right = Qt.AlignmentFlag.AlignRight
        last = len(self._choices)  # the last column's index
        if placed == self.ONE_ROW:
            grid.addWidget(self._title, 0, 0)
            for column, choice in enumerate(self._choices, start=1):
                grid.addWidget(choice, 0, column)
        elif placed == self.CHOICES_BELOW:
            grid.addWidget(self._title, 0, 0, 1, last + 1)
            # Their first lines level ("Tickets" beside "Period", over "Custom…"'s days).
            top = Qt.AlignmentFlag.AlignTop
            for column, choice in enumerate(self._choices, start=1):
                grid.addWidget(choice, 1, column, top)
        else:
            grid.addWidget(self._title, 0, 0, 1, last + 1)
            for row, choice in enumerate(self._choices, start=1):
                grid.addWidget(choice, row, 0, 1, last + 1, right)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The widest piece whole, as tall as the rows placed now need.
        margins = self._grid.contentsMargins()
        pieces = [p for p in (self._title, *self._choices) if not p.isHidden()]
        width = max((_wanted(p) for p in pieces), default=0)
        return QSize(width + margins.left() + margins.right(), super().minimumSizeHint().height())
