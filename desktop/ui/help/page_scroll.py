"""A page that scrolls only when the window is shorter than the page's least height.

A scroll area sizes its widget by the widget's height for its width, and a layout's
height for a width is what its items would like (a table likes 192 px), not what they
need: the Get help page scrolled at the default size, a column stepping aside for the
scroll bar. The content here answers with its layout's least height instead, so the
scroll bar comes only where the window cannot hold the form and the list's least rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class LeastContent(QWidget):
    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


class PageScroll(QScrollArea):
    """Holds ``content`` (a LeastContent) at the viewport's width, scrolling up and down."""

    def __init__(self, content: LeastContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        # Not a stop of its own: Tab goes to the fields, and the area follows them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
