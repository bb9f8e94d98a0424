"""After keyboard navigation every focusable control shows a clear ring: 2 px, in the
theme's colour, at 3:1 or more against what is painted around it, light and dark
(WCAG 2.4.7 focus visible, 1.4.11 non-text contrast; STYLE.md)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.look.focus_ring import FocusRings, install_focus_rings, remove_focus_rings
from desktop.ui.look.theme import (
    FOCUS_RING_WIDTH,
    contrast,
    focus_ring_colour,
    ring_surfaces,
    style_primary,
)
from tests.support.palettes import dark_palette, light_palette

PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture
def rings() -> Iterator[FocusRings]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield install_focus_rings(app)
    remove_focus_rings(app)


def controls(qtbot: QtBot, palette: QPalette) -> tuple[QWidget, list[QWidget]]:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(palette)
    layout = QHBoxLayout(window)
    layout.setSpacing(12)
    layout.setContentsMargins(16, 16, 16, 16)
    button = QPushButton("Refresh")
    tool = QToolButton()
    tool.setText("Columns")
    check = QCheckBox("Unread only")
    combo = QComboBox()
    combo.addItems(["All statuses", "Pending"])
    field = QLineEdit()
    shown: list[QWidget] = [button, tool, check, combo, field]
    for widget in shown:
        layout.addWidget(widget)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, shown


def ring_band(image: QImage, widget: QWidget) -> list[QColor]:
    """The pixels in the middle of each side of the 2 px band just outside ``widget``."""
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    left, top = top_left.x(), top_left.y()
    right, bottom = left + widget.width() - 1, top + widget.height() - 1
    mid_x, mid_y = (left + right) // 2, (top + bottom) // 2
    points = []
    for depth in range(1, FOCUS_RING_WIDTH + 1):
        points += [
            (mid_x, top - depth),
            (mid_x, bottom + depth),
            (left - depth, mid_y),
            (right + depth, mid_y),
        ]
    return [QColor(image.pixel(x, y)) for x, y in points]


def ring_shown(rings: FocusRings) -> bool:
    return rings.ring is not None and rings.ring.isVisible()


def near(one: QColor, other: QColor, tolerance: int = 12) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in (
            (one.red(), other.red()),
            (one.green(), other.green()),
            (one.blue(), other.blue()),
        )
    )


@pytest.mark.parametrize("name", PALETTES)
def test_the_ring_colour_stands_out_from_every_surface(name: str) -> None:
    palette = PALETTES[name]()
    ring = focus_ring_colour(palette)
    for surface in ring_surfaces(palette):
        assert contrast(ring, surface) >= 3.0, (name, ring.name(), surface.name())


@pytest.mark.parametrize("name", PALETTES)
def test_a_control_reached_by_keyboard_shows_a_clear_ring(
    qtbot: QtBot, rings: FocusRings, name: str
) -> None:
    window, shown = controls(qtbot, PALETTES[name]())
    for widget in shown:
        window.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(lambda: not ring_shown(rings))
        unfocused = window.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab moves it
        qtbot.waitUntil(widget.hasFocus)
        ring = rings.ring
        assert ring is not None and ring.isVisible() and ring.widget() is widget
        focused = window.grab().toImage()
        expected = focus_ring_colour(widget.palette())
        painted_before = ring_band(unfocused, widget)
        for before, after in zip(painted_before, ring_band(focused, widget), strict=True):
            # Every pixel of the band is the ring's colour now, and stands out 3:1 from
            # what was painted there without the focus (the window's surface).
            assert near(after, expected), (name, type(widget).__name__, after.name())
            assert contrast(after, before) >= 3.0, (name, before.name(), after.name())


def test_the_tab_key_moves_the_ring_along(qtbot: QtBot, rings: FocusRings) -> None:
    window, shown = controls(qtbot, light_palette())
    shown[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(shown[0].hasFocus)
    QTest.keyClick(shown[0], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: shown[1].hasFocus())
    assert rings.ring is not None and rings.ring.widget() is shown[1]
    assert rings.ring.isVisible()


def test_a_primary_button_has_the_application_s_ring(qtbot: QtBot, rings: FocusRings) -> None:
    """Outside its fill, as every control's (test_button_focus_ring.py measures it)."""
    window, shown = controls(qtbot, light_palette())
    primary = QPushButton("New ticket")
    primary.setObjectName("primary")
    style_primary(primary)
    layout = window.layout()
    assert layout is not None
    layout.addWidget(primary)
    primary.show()
    primary.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(primary.hasFocus)
    assert ring_shown(rings)
    assert rings.ring is not None and rings.ring.widget() is primary
