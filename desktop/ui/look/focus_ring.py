"""The keyboard focus ring: one for the whole application, drawn around whichever control
has the focus (a button, a tool button, a check box, a combo box, a text field, the
navigation, a list).

Styles draw focus their own way, and Fusion's is a 1 px tint of a plain button's edge
that is hard to see. Rather than a style sheet on every control (which would replace
their native look) one :class:`QFocusFrame` follows the focus: Qt keeps it around the
widget as it moves, resizes or hides, so the ring is the 2 px band just outside the
control, on the surface it sits on. Its colour is the theme's
(:func:`desktop.ui.look.theme.ring_colour_for`: 7:1 against every surface it may sit
on, a banner's tint included, light and dark).

The ring is laid over the window (or the scrolled area the control is in), not in the
control's own parent: a control flush with its parent's edges (the Insights period box
in its row, a dialog's buttons in their box, a tab bar in its tab widget) had its ring
clipped to two slivers, or to nothing. On a tab bar it goes around the current tab (the
one the arrow keys move), not the whole bar.

The ring shows wherever the focus is, however it came (as the style sheets' ``:focus``
rings of the primary button and the reply box always did: a control clicked is also
where the next key goes). Widgets whose style sheet draws a ring of its own keep theirs
alone.

Installed once per application, after the first paint (the start pays nothing for it).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QTabBar,
    QWidget,
)

from desktop.ui.look.theme import FOCUS_RING_WIDTH, has_own_focus_ring, ring_colour_for


class _RingStyle(QProxyStyle):
    """The ring's own style: the frame over the window, FOCUS_RING_WIDTH around the control.

    Qt's QFocusFrame puts itself in the control's parent, under the control, unless its
    style says "above the widget": then in the window (or the scrolled area's viewport),
    raised, following the control's ancestors as they move. Unmasked: it paints only its
    band (a tab's sides lie inside the bar's edge). Only the ring asks this style; the
    controls keep the application's.
    """

    def styleHint(  # noqa: N802 - Qt's name
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 - Qt's name
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0  # no mask around the control's edge: a tab's ring is inside the bar's
        return super().styleHint(hint, option, widget, returnData)

    def pixelMetric(  # noqa: N802 - Qt's name
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return FOCUS_RING_WIDTH
        return super().pixelMetric(metric, option, widget)


class FocusRing(QFocusFrame):
    """The ring itself: a rounded 2 px band in the theme's colour (the style draws none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focus_ring")
        self._style = _RingStyle()  # held: a widget does not own the style it is given
        self.setStyle(self._style)

    def ringed(self) -> QRect:
        """The rectangle the ring goes around, in the ring's coordinates: the control, or
        a tab bar's current tab."""
        watched = self.widget()
        around = watched.rect()
        if isinstance(watched, QTabBar) and watched.currentIndex() >= 0:
            around = watched.tabRect(watched.currentIndex())
        host = self.parentWidget()  # the window, or a scrolled area's viewport, around it
        if host is None or not host.isAncestorOf(watched):
            return QRect()
        return QRect(self.mapFrom(host, watched.mapTo(host, around.topLeft())), around.size())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        watched = self.widget()
        ringed = self.ringed() if watched is not None else QRect()
        if watched is None or ringed.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ring_colour_for(watched), FOCUS_RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_RING_WIDTH / 2  # the pen's middle: its band is just outside the control
        band = QRectF(ringed).adjusted(-half, -half, half, half)
        painter.drawRoundedRect(band, 3, 3)
        painter.end()


class FocusRings:
    """Moves the application's one ring to each widget that takes the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        self.ring: FocusRing | None = None
        self._app = app
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())  # what has it already

    def remove(self) -> None:
        """No more ring (a test's application goes on to others)."""
        self._app.focusChanged.disconnect(self._focus_changed)
        if self.ring is not None:
            self.ring.deleteLater()
            self.ring = None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self._wants_ring(new):
            self._hide()
            return
        ring = self.ring
        if ring is None:
            ring = self.ring = FocusRing()
            # Qt deletes the ring with the window it was last put in: made again then.
            ring.destroyed.connect(self._ring_destroyed)
        ring.setWidget(new)
        if isinstance(new, QTabBar):  # the ring goes with the current tab
            new.currentChanged.connect(ring.update, Qt.ConnectionType.UniqueConnection)
        ring.update()

    def _wants_ring(self, widget: QWidget) -> bool:
        if widget.isWindow() or has_own_focus_ring(widget):
            return False
        # A combo box's open list, a menu: the popup is where the focus is, unmistakably.
        return widget.window().windowType() != Qt.WindowType.Popup

    def _hide(self) -> None:
        if self.ring is not None:
            self.ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
            self.ring.hide()

    def _ring_destroyed(self) -> None:
        self.ring = None


_INSTALLED: dict[int, FocusRings] = {}


def install_focus_rings(app: QApplication) -> FocusRings:
    """Show the focus ring in ``app`` from now on (once; later calls return the same)."""
    rings = _INSTALLED.get(id(app))
    if rings is None:
        rings = _INSTALLED[id(app)] = FocusRings(app)
    return rings


def remove_focus_rings(app: QApplication) -> None:
    rings = _INSTALLED.pop(id(app), None)
    if rings is not None:
        rings.remove()
