"""Tiles side by side as far as they fit, the rest on rows below: never held wider.

The headline tiles sat in one row, and the row's least was every tile's least added up:
the figures' widths, read when Insights is first shown (issue 19). Measured empty, the
page said 474 px (Japanese); shown with its figures, 614, and at 1024 px the navigation
narrowed then, once. At 150 % text the row needed 801 px in Japanese and held the window
at 1,041 px for 1,024. Now the least is one tile's: the tiles take as many columns as fit
and wrap onto more rows (the page scrolls up and down, never sideways), so what the page
needs comes from its charts, which need as much before their figures as after.

The chart cards too, two side by side where they fit, else one above the other: two
cards' titles and buttons side by side held Dutch at 150 % text at 1,070 px. Only the
cards shown are placed, and one left alone in a row (of three, or the only one) takes
the row's width: a hidden card left a blank half beside "Top issues".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.ui.insights.rearranging import Rearranging


class TileRows(Rearranging):
    """Lays out :meth:`set_tiles`'s tiles in columns (stretched alike), as many as fit."""

    def __init__(
        self, parent: QWidget | None = None, *, most: int = 0, shown_only: bool = False
    ) -> None:
        """``most``: the most columns (0: as many as there are tiles). ``shown_only``:
        the hidden tiles leave no room, and a lone tile first takes a whole row; else
        every tile keeps its cell, shown or not (a tile alone keeps a tile's width)."""
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._most = most
        self._shown_only = shown_only
        self._tiles: list[QWidget] = []
        self._columns = 0  # as placed now (0: not yet)
        self._placed: list[QWidget] = []  # the tiles placed now, in order

    def grid(self) -> QGridLayout:
        return self._grid

    def set_tiles(self, tiles: list[QWidget]) -> None:
        self._tiles = list(tiles)
        for tile in self._tiles:
            # Made this widget's first, shown with it unless hidden: a tile yet without a
            # parent is a hidden window, which ``shown_only`` would never place.
            self._grid.addWidget(tile, 0, 0)
        self._columns = 0
        self._placed = []
        self.arrange()

    def columns(self) -> int:
        return self._columns

    def _least_of(self, tile: QWidget) -> int:
        return tile.minimumSizeHint().expandedTo(tile.minimumSize()).width()

    def _tile_least(self) -> int:
        shown = [t for t in self._tiles if not t.isHidden()] or self._tiles
        return max((self._least_of(t) for t in shown), default=0)

    def _room(self) -> int:
        margins = self._grid.contentsMargins()
        return self.width() - margins.left() - margins.right()

    def _placing(self) -> list[QWidget]:
        """The tiles to place: every one, or those shown (``shown_only``)."""
        if not self._shown_only:
            return self._tiles
        return [t for t in self._tiles if not t.isHidden()]

    def _holds(self, columns: int) -> bool:
        """Whether the width holds every tile at its least in ``columns`` columns (each
        as wide as its widest tile)."""
        widest = [0] * columns
        for index, tile in enumerate(self._placing()):
            widest[index % columns] = max(widest[index % columns], self._least_of(tile))
        gap = max(0, self._grid.horizontalSpacing())
        return sum(widest) + gap * (columns - 1) <= self._room()

    def _fitting(self) -> int:
        """As many columns as hold every tile at its least, the rows evened out (five
        tiles in four columns would leave one alone: three and two)."""
        count = len(self._placing())
        if count == 0:
            return 0
        for most in range(min(count, self._most or count), 1, -1):
            columns = math.ceil(count / math.ceil(count / most))
            if self._holds(columns):
                return columns
        return 1

    def arrange(self) -> None:
        """Placed again when the columns that fit change (or, ``shown_only``, the tiles
        shown). Else counted for every tile, shown or not: a headline tile alone ("open
        now") keeps a tile's width, not the row's."""
        columns = self._fitting()
        placing = self._placing()
        if columns == self._columns and placing == self._placed:
            return
        self._columns, self._placed = columns, placing
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        # Shown only: those a full row leaves over go first, sharing a row of their own.
        lead = len(placing) % columns if self._shown_only and columns else 0
        for index, tile in enumerate(placing[:lead]):
            span = columns // lead + (columns % lead if index == lead - 1 else 0)
            self._grid.addWidget(tile, 0, index * (columns // lead), 1, span)
        rest = placing[lead:]
        for index, tile in enumerate(rest):
            self._grid.addWidget(tile, (1 if lead else 0) + index // columns, index % columns)
        for column in range(len(self._tiles)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # One tile's least wide, as tall as the rows placed now need.
        margins = self._grid.contentsMargins()
        width = self._tile_least() + margins.left() + margins.right()
        return QSize(width, super().minimumSizeHint().height())
