"""A form shown whole when the screen has room, scrolled when it has not (large fonts)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Below this the form scrolls rather than shrinks: a few rows stay in view.
MIN_VISIBLE_HEIGHT = 160
# Kept between a field shown by keep_in_view and the viewport's edge (its focus ring).
VIEW_MARGIN = 6


class FormPage(QWidget):
    """The scrolled page of a form, laid out afresh whenever its size changes.

    A form layout resized reuses the row heights it worked out for that width before a
    row was shown or hidden: in Japanese at 1024×640, choosing a phone call (its number's
    row shown) gave the rows above it their taller narrow-width heights and took the
    difference from the description, so the channel buttons moved 32 px down under the
    pointer. Worked out again, each row has its height at the width it has.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        super().resizeEvent(event)


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
        # The scroll bar's room is kept on the page's right while it is hidden: shown (a
        # phone row, a missing-field mark), it narrowed the fields, their notes wrapped
        # anew and the radio buttons moved down under the pointer.
        layout = page.layout()
        self._right = layout.contentsMargins().right() if layout is not None else 0
        self._reserve = 0
        self.verticalScrollBar().rangeChanged.connect(self._keep_field_width)
        self._keep_field_width()

    def keep_in_view(self, *widgets: QWidget) -> None:
        """Scroll as little as shows ``widgets`` (a field, its missing mark) whole; when
        together they are taller than the viewport, the first one's top is shown."""
        page = self.widget()
        if page is None:
            return
        shown = [w for w in widgets if w.isVisibleTo(page)]
        if not shown:
            return
        area = QRect()
        for widget in shown:
            area = area.united(QRect(widget.mapTo(page, QPoint(0, 0)), widget.size()))
        top = shown[0].mapTo(page, QPoint(0, 0)).y() - VIEW_MARGIN
        bottom = area.bottom() + VIEW_MARGIN
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        value = bar.value()
        if bottom >= value + height:
            value = bottom - height + 1
        value = min(value, top)  # the field's own top first, should it not all fit
        bar.setValue(max(0, value))

    def shows_at_top(self, widget: QWidget) -> bool:
        """Whether ``widget`` is whole in view with the form at its top: focused there, it
        would not scroll the form (keep_in_view's reckoning, with its margin)."""
        page = self.widget()
        if page is None or not widget.isVisibleTo(page):
            return False
        bottom = widget.mapTo(page, QPoint(0, 0)).y() + widget.height() - 1 + VIEW_MARGIN
        return bottom < self.viewport().height()

    def _keep_field_width(self, *_range: int) -> None:
        layout = self._page.layout()
        if layout is None:
            return
        bar = self.verticalScrollBar()
        reserve = 0 if bar.maximum() > 0 else bar.sizeHint().width()
        if reserve != self._reserve:
            self._reserve = reserve
            margins = layout.contentsMargins()
            margins.setRight(self._right + reserve)
            layout.setContentsMargins(margins)

    def _page_width(self, width: int) -> int:
        # The page's hint holds the kept room already while the bar is hidden.
        return width + self.verticalScrollBar().sizeHint().width() - self._reserve

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self._page.sizeHint()
        return QSize(self._page_width(page.width()), self._page_height(page))

    def _page_height(self, hint: QSize) -> int:
        """The page's height at the width it has (or will have), not at its narrower hint
        width: there wrapped text (help articles' titles) reckoned taller than it is, and
        the dialog grew as they came (Send moved away under the pointer)."""
        if not self._page.hasHeightForWidth():
            return hint.height()
        # As wide as it is with no scroll bar: what it asks for is the room not to scroll.
        width = max(hint.width(), self.contentsRect().width())
        height = self._page.heightForWidth(width)
        return height if height > 0 else hint.height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self._page.minimumSizeHint()
        return QSize(self._page_width(page.width()), min(page.height(), MIN_VISIBLE_HEIGHT))


def available_geometry(window: QWidget) -> QRect:
    """The part of ``window``'s screen it may cover (without the task bar or dock)."""
    return window.screen().availableGeometry()


def room_for(window: QWidget) -> QRect:
    """Where ``window`` may be: its screen's available part, and within the height of the
    main window it belongs to when that is smaller (its buttons never below the app's).

    A main window too short to hold the form's least usable height (a few rows scrolling
    above the buttons) leaves the screen's height, as before.
    """
    screen = available_geometry(window)
    parent = window.parentWidget()
    main = parent.window() if parent is not None else None
    if main is None or main is window or not main.isVisible() or main.isMinimized():
        return screen
    frame = main.frameGeometry()
    top, bottom = max(screen.top(), frame.top()), min(screen.bottom(), frame.bottom())
    if bottom - top + 1 < window.minimumHeight():
        return screen
    return QRect(screen.left(), top, screen.width(), bottom - top + 1)


def fit_to_screen(window: QWidget) -> None:
    """Never taller than the screen (or its main window) leaves room for: the form inside
    scrolls instead.

    A form sized to what it holds ran off a 1024×640 screen, its Send button below the
    task bar; capped, the buttons stay in view and the scroll area takes what is left.
    In a main window smaller than the screen, Send fell below the app's window.
    """
    area = room_for(window)
    frame = window.frameGeometry().height() - window.height()  # the title bar, once shown
    room = max(window.minimumHeight(), area.height() - frame)
    window.setMaximumHeight(room)
    if window.height() > room:
        window.resize(window.width(), room)
    if not window.isWindow():
        return
    outer = window.frameGeometry()
    y = outer.top() - max(0, outer.bottom() - area.bottom())
    y = max(area.top(), y)
    if y != outer.top():
        window.move(window.x(), y)


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
    # The wish is reckoned without a scroll bar; one shown (the window was short a line)
    # narrows the page, its text wraps taller, and it stayed scrolled (Japanese, 1440x900).
    # What still scrolls is added once, while the screen has room.
    if layout is not None:
        layout.activate()
    hidden = sum(area.verticalScrollBar().maximum() for area in window.findChildren(FormScroll))
    height = min(window.height() + hidden, window.maximumHeight())
    if height > window.height():
        window.resize(window.width(), height)
    fit_to_screen(window)
