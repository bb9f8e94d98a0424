"""A window as tall as its wrapped text needs at its width.

Qt opens a window at most two thirds of the screen high, and a layout's least height
counts a wrapped label as one short line: on a 640 px screen the Settings dialog opened
~50 px short, and its server note was drawn over the address field, cut in half
(Japanese and Dutch, where the notes are longer). The window's least height is kept at
what its layout needs at the window's width, as that width and the texts change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

WATCHED = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest)
# What a window's title bar and frame take of the screen's height, about.
TITLE_BAR_ROOM = 40


class WholeHeight(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in WATCHED:
            self.fit()
        return False

    def fit(self) -> None:
        window = self._window
        layout = window.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(window.width())
        screen = window.screen()
        if screen is not None:
            # Never taller than the screen: there a window's own scrolling must do.
            needed = min(needed, screen.availableGeometry().height() - TITLE_BAR_ROOM)
        if needed > 0 and needed != window.minimumHeight():
            window.setMinimumHeight(needed)


def keep_text_whole(window: QWidget) -> WholeHeight:
    """Never shorter than ``window``'s wrapped text needs (see the module's note)."""
    return WholeHeight(window)
