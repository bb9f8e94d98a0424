"""A scroll area that scrolls up and down only: never narrower than its content's least.

Asked each time, not set once: a least width set from the content went stale while the
page was hidden (Qt lays out no hidden widget and tells nothing up from one). Insights
shown at 150 % text kept the 833 px its tiles had needed there after the text was back
at its size, and held the window at 1,041 px for 1,024 in Japanese (issue 19); asked
afresh, the page's least follows its content whenever the window measures its pages.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize
from PySide6.QtWidgets import QScrollArea, QWidget


class ContentWideScroll(QScrollArea):
    """``content`` in a frameless area, resized with it, scrolled only vertically.

    ``steady``: a part of ``content`` whose least width counts hidden too (the charts,
    hidden until their figures come): the page is as wide before them as after, and
    the navigation beside it keeps its width when they come (issue 19)."""

    def __init__(self, content: QWidget, steady: QWidget | None = None) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(content)
        self._steady = steady

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        # Room for the vertical scrollbar too, shown or not: its coming never cuts a tile.
        bar = self.verticalScrollBar().sizeHint().width()
        least = content.minimumSizeHint().width()
        steady = self._steady
        if steady is not None and steady.isHidden():
            layout = content.layout()
            margins = layout.contentsMargins() if layout is not None else QMargins()
            aside = margins.left() + margins.right()
            least = max(least, steady.minimumSizeHint().width() + aside)
        return QSize(least + bar, hint.height())
