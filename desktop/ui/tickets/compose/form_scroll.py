"""A form shown whole when the screen has room, scrolled when it has not (large fonts)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
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


def available_geometry(window: QWidget) -> QRect:
    """The part of ``window``'s screen it may cover (without the task bar or dock)."""
    return window.screen().availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Never taller than the screen leaves room for: the form inside scrolls instead.

    A form sized to what it holds ran off a 1024×640 screen, its Send button below the
    task bar; capped, the buttons stay in view and the scroll area takes what is left.
    """
    screen = available_geometry(window)
    frame = window.frameGeometry().height() - window.height()  # the title bar, once shown
    room = max(window.minimumHeight(), screen.height() - frame)
    window.setMaximumHeight(room)
    if window.height() > room:
        window.resize(window.width(), room)
    overflow = window.frameGeometry().bottom() - screen.bottom()
    if overflow > 0 and window.isWindow():
        window.move(window.x(), max(screen.top(), window.y() - overflow))


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
    fit_to_screen(window)
    height = min(window.sizeHint().height(), window.maximumHeight())
    if height > window.height():
        window.resize(window.width(), height)
    fit_to_screen(window)
