"""The main window's pages, one shown at a time, where only the page shown sets how
short the window may get.

A QStackedWidget asks for the largest minimum of all its pages, and a hidden page's
minimum is whatever it was when the page was last laid out: Qt passes nothing up from a
hidden widget. My tickets hidden behind an opened ticket kept the height it had with the
reading pane docked beside it (the ticket page's height on top of the chart's) and held
the window at 681-715 px, past a small laptop's 640 (scripts/min_height_probe.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget


class PageStack(QStackedWidget):
    """A page shown later is laid out then: if it needs more room, the window grows."""

    def __init__(self) -> None:
        super().__init__()
        # The window's minimum follows the page: Qt asks again when it changes.
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        # As Qt's layouts read a widget's minimum: the hint, raised to a set minimum.
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        frame = 2 * self.frameWidth()
        return QSize(least.width() + frame, least.height() + frame)
