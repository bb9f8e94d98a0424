"""The main window's pages, one shown at a time: only the page shown sets how short the
window may get, and the widest of them how narrow.

A QStackedWidget asks for the largest minimum of all its pages, and a hidden page's
minimum is whatever it was when the page was last laid out: Qt passes nothing up from a
hidden widget. My tickets hidden behind an opened ticket kept the height it had with the
reading pane docked beside it (the ticket page's height on top of the chart's) and held
the window at 681-715 px, past a small laptop's 640 (scripts/min_height_probe.py).

The width is every page's: the navigation beside the pages gives way to a page that
needs more room (a list's columns, the Insights tiles: Dutch at 150 %), and a stack as
narrow as the page shown had it give way on some pages only. The navigation was 286, 293
and 355 px wide on My tickets, Insights and Billing, and the page beside it jumped
sideways on each switch. A page that comes to need more while hidden is measured when
the stack is next asked (Qt lays out no hidden widget, and tells nothing up from one);
after a new language or font the window builds every page it offers and has them
measured afresh (measure_again), so that no page shown or built the first time later
moves the navigation.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A page shown later is laid out then: if it needs more room, the window grows."""

    def __init__(self) -> None:
        super().__init__()
        # The window's minimum follows the page: Qt asks again when it changes.
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def measure_again(self) -> None:
        """Each hidden page's least as it is now: its layouts keep what they last worked
        out while hidden (a list whose table had come to need 712 px still said 571, and
        the navigation narrowed only when it was shown). Then the window asks again."""
        for index in range(self.count()):
            page = self.widget(index)
            if page is None or page.isVisible():
                continue
            # Each widget's least as its parent's layout holds it (cached there), and each
            # layout's sum of them: both are worked out again when next asked.
            for widget in page.findChildren(QWidget):
                widget.updateGeometry()
            for layout in page.findChildren(QLayout):
                layout.invalidate()
            page.updateGeometry()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        # As Qt's layouts read a widget's minimum: the hint, raised to a set minimum.
        least = _least(page)
        pages = (self.widget(i) for i in range(self.count()))
        widest = max(_least(p).width() for p in pages if p is not None)
        frame = 2 * self.frameWidth()
        return QSize(widest + frame, least.height() + frame)


def _least(page: QWidget) -> QSize:
    return page.minimumSizeHint().expandedTo(page.minimumSize())
