"""A push button reached with Tab shows a ring that is easy to find, wherever the button
sits: on the window, on a banner's tint, as the page's primary action; light and dark.

Measured on the pixels painted (a grab of the window), not on the palette: the ring of a
banner's button was drawn in the window's blue, 2.8:1 on the banner's tint (2.6:1 dark).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.look.theme import (
    FOCUS_RING_CONTRAST,
    FOCUS_RING_WIDTH,
    contrast,
    style_primary,
)
from desktop.ui.notices.connection_indicator import ConnectionIndicator
from desktop.ui.notices.local_banner import LocalModeBanner
from desktop.ui.notices.offline_banner import OfflineBanner

# WCAG 2.4.11/1.4.11: a focus indicator 3:1 against what is next to it.
AT_LEAST = 3.0


def plain(host: QWidget) -> QPushButton:
    button = QPushButton("Refresh", host)
    button.setObjectName("refresh_button")
    return button


def primary(host: QWidget) -> QPushButton:
    button = QPushButton("Send request", host)
    button.setObjectName("create_ticket_button")
    style_primary(button)
    return button


def on_local_banner(host: QWidget) -> QPushButton:
    banner = LocalModeBanner(host)
    banner.set_user_name("Ava Jansen")
    return banner.link


def on_offline_banner(host: QWidget) -> QPushButton:
    banner = OfflineBanner(ConnectionIndicator(), host)
    banner.show()
    return banner.retry_button


PLACES: dict[str, Callable[[QWidget], QPushButton]] = {
    "window": plain,
    "primary": primary,
    "local banner": on_local_banner,
    "offline banner": on_offline_banner,
}


def shown_in_window(
    qtbot: QtBot, make: Callable[[QWidget], QPushButton]
) -> tuple[QWidget, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(16, 16, 16, 16)
    button = make(window)
    holder = button.parentWidget()
    layout.addWidget(holder if holder is not window and holder is not None else button)
    window.resize(640, 120)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, button


def side_points(widget: QWidget, depth: int) -> list[QPoint]:
    """The middle of each side of ``widget``, ``depth`` pixels out (0: its own edge, less
    than 0: inside it)."""
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    left, top = top_left.x(), top_left.y()
    right, bottom = left + widget.width() - 1, top + widget.height() - 1
    mid_x, mid_y = (left + right) // 2, (top + bottom) // 2
    return [
        QPoint(mid_x, top - depth),
        QPoint(mid_x, bottom + depth),
        QPoint(left - depth, mid_y),
        QPoint(right + depth, mid_y),
    ]


def colours(image: QImage, points: list[QPoint]) -> list[QColor]:
    return [image.pixelColor(point) for point in points]


def assert_ring_stands_out(
    unfocused: QImage, focused: QImage, widget: QWidget, at_least: float, what: object = ""
) -> None:
    """The application's ring, just outside ``widget`` on all four sides, stands out
    ``at_least`` from the surface just outside it and from what it covers."""
    around = colours(focused, side_points(widget, FOCUS_RING_WIDTH + 1))
    for depth in range(1, FOCUS_RING_WIDTH + 1):
        painted = colours(focused, side_points(widget, depth))
        before = colours(unfocused, side_points(widget, depth))
        for ring, next_to_it, replaced in zip(painted, around, before, strict=True):
            assert contrast(ring, next_to_it) >= at_least, (what, depth, ring.name())
            assert contrast(ring, replaced) >= at_least, (what, depth, replaced.name())


@pytest.mark.parametrize("place", list(PLACES))
def test_a_focused_button_s_ring_stands_out_from_what_is_around_it(
    qtbot: QtBot, rings: FocusRings, palette: QPalette, place: str
) -> None:
    window, button = shown_in_window(qtbot, PLACES[place])
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    unfocused = window.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab moves it
    qtbot.waitUntil(button.hasFocus)
    focused = window.grab().toImage()
    assert rings.ring is not None and rings.ring.widget() is button
    outside = FOCUS_RING_WIDTH + 1
    around = colours(focused, side_points(button, outside))
    # What lies just inside the ring as it shows: the control's own edge, focused.
    within = colours(focused, side_points(button, 0))
    for depth in range(1, FOCUS_RING_WIDTH + 1):  # the application's ring, just outside
        painted = colours(focused, side_points(button, depth))
        before = colours(unfocused, side_points(button, depth))
        for ring_pixel, next_to_it, inside, replaced in zip(
            painted, around, within, before, strict=True
        ):
            # Against the surface just outside the ring, what it covers, and what it
            # surrounds.
            assert contrast(ring_pixel, next_to_it) >= AT_LEAST, (
                place,
                ring_pixel.name(),
                next_to_it.name(),
            )
            assert contrast(ring_pixel, replaced) >= AT_LEAST, (place, ring_pixel.name())
            assert contrast(ring_pixel, inside) >= AT_LEAST, (
                place,
                ring_pixel.name(),
                inside.name(),
            )


def test_a_focused_primary_button_has_its_ring_clear_of_its_fill(
    qtbot: QtBot, rings: FocusRings, palette: QPalette
) -> None:
    """Between the ring and the primary action's fill, a line of the surface it sits on:
    its own ring, an edge in the text's colour, was 2.4:1 on the fill in the dark."""
    window, button = shown_in_window(qtbot, primary)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    focused = window.grab().toImage()
    surface = colours(focused, side_points(button, FOCUS_RING_WIDTH + 1))
    gap = colours(focused, side_points(button, 0))
    fill = colours(focused, side_points(button, -2))
    ring = colours(focused, side_points(button, 1))
    for line, ground, inside, band in zip(gap, surface, fill, ring, strict=True):
        assert contrast(line, ground) < 1.05, (line.name(), ground.name())
        assert contrast(inside, ground) >= 1.5, inside.name()  # the fill, not the window
        assert contrast(band, line) >= FOCUS_RING_CONTRAST - 0.5, (band.name(), line.name())
