"""A widget that places its pieces again whenever what fits may have changed.

Insights' header (header_rows.py) and its tiles and cards (tile_rows.py) both decide from
their width how many rows to use; both did so on a resize and on a LayoutRequest (a
piece's size changed: another language, larger text, new figures), each with its own
copy of the two overrides. One copy here: a subclass says how to arrange, not when.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class Rearranging(QWidget):
    """Calls :meth:`arrange` after each resize and each LayoutRequest."""

    def arrange(self) -> None:
        """Places the pieces for the width there is now (cheap when nothing changed)."""
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.arrange()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A piece's least changed (another language, larger text, new figures).
        if event.type() == QEvent.Type.LayoutRequest:
            self.arrange()
        return handled
