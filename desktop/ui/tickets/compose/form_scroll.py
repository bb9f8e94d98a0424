"""A form shown whole when the screen has room, scrolled when it has not (large fonts)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Below this the form scrolls rather than shrinks: a few rows stay in view.
MIN_VISIBLE_HEIGHT = 160


class FormScroll(QScrollArea):
    """Asks for the form's full height (Qt caps a scroll area's wish at 24 lines); never
    narrower than the form, so it only ever scrolls up and down."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self._page = page
        self.setObjectName("form_scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        # Not a stop of its own: Tab goes to the fields, and the area follows them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _page_width(self, width: int) -> int:
        return width + self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self._page.sizeHint()
        return QSize(self._page_width(page.width()), page.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self._page.minimumSizeHint()
        return QSize(self._page_width(page.width()), min(page.height(), MIN_VISIBLE_HEIGHT))


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for all it holds, as far as its screen allows.

    It never shrinks (a row that went away leaves room, not a jump), and it moves up
    when growing would take its bottom off the screen.
    """
    # The layouts cache a scroll area's wish: it changes with the form inside, unannounced.
    for area in window.findChildren(FormScroll):
        area.updateGeometry()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().height() - window.height()
    height = min(window.sizeHint().height(), screen.height() - frame)
    if height <= window.height():
        return
    window.resize(window.width(), height)
    overflow = window.frameGeometry().bottom() - screen.bottom()
    if overflow > 0 and window.isWindow():
        window.move(window.x(), max(screen.top(), window.y() - overflow))
