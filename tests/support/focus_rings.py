"""The app's keyboard focus ring measured on the pixels painted (a grab of the window):
the band just outside a control, before and after Tab reaches it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.look.theme import FOCUS_RING_WIDTH, contrast

# WCAG 2.4.11 / 2.4.13 / 1.4.11: a focus indicator 3:1 against what is next to it.
AT_LEAST = 3.0

# The sides side_points() gives, in its order.
SIDES = ("top", "bottom", "left", "right")


def shown_active(qtbot: QtBot, window: QWidget) -> None:
    """``window`` on screen and active: the keyboard's focus (and so the ring) can be in it."""
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()


def side_points(widget: QWidget, depth: int, rect: QRect | None = None) -> list[QPoint]:
    """The middle of each side of ``rect`` in ``widget`` (by default the whole widget),
    ``depth`` pixels out (0: its own edge, less than 0: inside it), in the coordinates of
    the window that is grabbed."""
    area = widget.rect() if rect is None else rect
    top_left = widget.mapTo(widget.window(), area.topLeft())
    left, top = top_left.x(), top_left.y()
    right, bottom = left + area.width() - 1, top + area.height() - 1
    mid_x, mid_y = (left + right) // 2, (top + bottom) // 2
    return [
        QPoint(mid_x, top - depth),
        QPoint(mid_x, bottom + depth),
        QPoint(left - depth, mid_y),
        QPoint(right + depth, mid_y),
    ]


def colours(image: QImage, points: list[QPoint]) -> list[QColor]:
    return [image.pixelColor(point) for point in points]


def grabs_around_tab(
    qtbot: QtBot, rings: FocusRings, window: QWidget, control: QWidget
) -> tuple[QImage, QImage]:
    """``window`` grabbed with the keyboard on the window itself, then again once
    ``control`` has it as Tab gives it (the app's ring on ``control``)."""
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    unfocused = window.grab().toImage()
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    assert rings.ring is not None and rings.ring.widget() is control
    return unfocused, window.grab().toImage()


def assert_ring_stands_out(
    unfocused: QImage,
    focused: QImage,
    widget: QWidget,
    at_least: float,
    what: object = "",
    rect: QRect | None = None,
) -> None:
    """The application's ring, just outside ``rect`` in ``widget`` (by default the whole
    widget) on all four sides, stands out ``at_least`` from the surface just outside it
    and from what it covers."""
    around = colours(focused, side_points(widget, FOCUS_RING_WIDTH + 1, rect))
    for depth in range(1, FOCUS_RING_WIDTH + 1):
        points = side_points(widget, depth, rect)
        painted, before = colours(focused, points), colours(unfocused, points)
        for side, ring, next_to_it, covered in zip(SIDES, painted, around, before, strict=True):
            where = (what, side, depth, ring.name())
            assert contrast(ring, next_to_it) >= at_least, (*where, next_to_it.name())
            assert contrast(ring, covered) >= at_least, (*where, covered.name())
