"""A notice laid over the bottom of an area, not in its layout: it moves nothing there.

A banner put above the pages pushed them down as it came (the help article's "Glad the
article helped" strip: ~33 px, under the admin's pointer, a newcomer's report). Laid over
the area's bottom edge instead, what is under the pointer stays where it was; the notice
covers the last line or two of the page until it is dismissed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

# Room between the notice and the area's sides and bottom.
MARGIN = 8

WATCHED = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest)


class FloatingPlace(QObject):
    """Keeps ``notice`` over ``area``'s bottom edge, as wide as the area, on top."""

    def __init__(self, notice: QWidget, area: QWidget) -> None:
        super().__init__(notice)
        self._notice = notice
        self._area = area
        notice.setParent(area)
        area.installEventFilter(self)
        notice.installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in WATCHED and (watched is self._area or watched is self._notice):
            self.place()
        return False

    def place(self) -> None:
        notice, area = self._notice, self._area
        width = max(1, area.width() - 2 * MARGIN)
        height = (
            notice.heightForWidth(width)
            if notice.hasHeightForWidth()
            else notice.sizeHint().height()
        )
        height = max(height, notice.minimumSizeHint().height())
        notice.setGeometry(MARGIN, area.height() - height - MARGIN, width, height)
        if notice.isVisible():
            notice.raise_()  # over the pages, which are laid out after it was made


def float_over(notice: QWidget, area: QWidget) -> FloatingPlace:
    """Lay ``notice`` over ``area``'s bottom edge (see the module's note)."""
    return FloatingPlace(notice, area)
