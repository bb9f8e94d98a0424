"""A push button reached with Tab shows a ring that is easy to find, wherever the button
sits: on the window, on a banner's tint, as the page's primary action; light and dark.

Measured on the pixels painted (a grab of the window), not on the palette: the ring of a
banner's button was drawn in the window's blue, 2.8:1 on the banner's tint (2.6:1 dark).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
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
from tests.support.focus_rings import (
    AT_LEAST,
    assert_ring_stands_out,
    colours,
    grabs_around_tab,
    shown_active,
    side_points,
)


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
    layout = QVBoxLayout(window)
    layout.setContentsMargins(16, 16, 16, 16)
    button = make(window)
    holder = button.parentWidget()
    layout.addWidget(holder if holder is not window and holder is not None else button)
    window.resize(640, 120)
    shown_active(qtbot, window)
    return window, button


@pytest.mark.parametrize("place", list(PLACES))
def test_a_focused_button_s_ring_stands_out_from_what_is_around_it(
    qtbot: QtBot, rings: FocusRings, palette: QPalette, place: str
) -> None:
    window, button = shown_in_window(qtbot, PLACES[place])
    unfocused, focused = grabs_around_tab(qtbot, rings, window, button)
    # The application's ring, just outside: against the surface just outside it and what
    # it covers,
    assert_ring_stands_out(unfocused, focused, button, AT_LEAST, place)
    # and against what it surrounds: the control's own edge, focused, just inside it.
    within = colours(focused, side_points(button, 0))
    for depth in range(1, FOCUS_RING_WIDTH + 1):
        painted = colours(focused, side_points(button, depth))
        for ring_pixel, inside in zip(painted, within, strict=True):
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
