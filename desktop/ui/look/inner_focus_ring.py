"""A focus ring drawn just inside a widget that sits flush with its page (the ticket table).

The application's ring (focus_ring.py) is drawn outside a control, in its parent: around
a table that fills its page edge to edge it was clipped away, and the focused table
looked like an unfocused one. A style sheet ring (theme.style_focus_ring) would do, but a
style-sheeted table keeps the font it was polished with when its page's grows. So a thin
overlay, on top of the view and clear to the mouse, draws the ring over the view's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.look.theme import FOCUS_RING_WIDTH, focus_ring_colour


class InnerFocusRing(QWidget):
    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.setObjectName("inner_focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._watched = watched
        watched.setProperty("own_focus_ring", True)  # the application's ring leaves it alone
        watched.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
            QEvent.Type.ChildAdded,  # a scroll bar shown later would cover the ring
        ):
            self._follow()
        return False

    def _follow(self) -> None:
        self.setGeometry(self._watched.rect())
        self.setVisible(self._watched.hasFocus())
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        # The application's palette: the view's own has its selection colours in it.
        pen = QPen(focus_ring_colour(QApplication.palette(self._watched)), FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


def draw_focus_ring_inside(widget: QWidget) -> InnerFocusRing:
    """Show clearly when ``widget`` has the keyboard focus, with a ring on its own edge."""
    return InnerFocusRing(widget)
