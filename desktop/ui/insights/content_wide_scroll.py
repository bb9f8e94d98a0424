"""A scroll area that scrolls up and down only: never narrower than its content's least.

Asked each time, not set once: a least width set from the content went stale while the
page was hidden (Qt lays out no hidden widget and tells nothing up from one). Insights
shown at 150 % text kept the 833 px its tiles had needed there after the text was back
at its size, and held the window at 1,041 px for 1,024 in Japanese (issue 19); asked
afresh, the page's least follows its content whenever the window measures its pages.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea, QWidget


class ContentWideScroll(QScrollArea):
    """``content`` in a frameless area, resized with it, scrolled only vertically."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        # Room for the vertical scrollbar too, shown or not: its coming never cuts a tile.
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.minimumSizeHint().width() + bar, hint.height())
