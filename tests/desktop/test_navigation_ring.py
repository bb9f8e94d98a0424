"""The navigation's chosen entry: highlighted edge to edge, padded, and ringed in the text's
colour while the list has the keyboard focus, with no dotted frame inside (issue 19). Its
delegate draws all of it (a style sheet did before: the start's first style sheet cost the
cold start ~2.9 M instructions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.look.theme import (
    FOCUS_RING_WIDTH,
    MIN_RING_CONTRAST,
    contrast,
    selected_row_colours,
)
from desktop.ui.shell.navigation import PADDING_H, Navigation
from tests.support.palettes import dark_palette, light_palette

PALETTES: dict[str, Callable[[], QPalette]] = {"light": light_palette, "dark": dark_palette}


def shown_navigation(qtbot: QtBot, palette: QPalette) -> tuple[QWidget, Navigation]:
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(palette)
    layout = QHBoxLayout(window)
    navigation = Navigation()
    layout.addWidget(navigation)
    layout.addWidget(QLineEdit())  # somewhere else for the focus to be
    navigation.show_session(admin=True, billing=True, insights=True)
    window.resize(320, 400)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    navigation.setCurrentRow(0)
    return window, navigation


def entry_pixels(window: QWidget, navigation: Navigation) -> tuple[QColor, QColor, QColor]:
    """The first entry's edge (its middle row), a pixel inside the ring, and one in its
    padding beside the icon."""
    rect = navigation.visualItemRect(navigation.item(0))
    origin = navigation.viewport().mapTo(window, QPoint(0, 0))
    middle = origin.y() + rect.center().y()
    left = origin.x() + rect.left()
    image = window.grab().toImage()
    return (
        image.pixelColor(left, middle),
        image.pixelColor(left + FOCUS_RING_WIDTH, middle),
        image.pixelColor(left + PADDING_H - 1, middle),
    )


def rgb(colour: QColor) -> str:
    """A colour as painted: 8 bits a channel (a mixed colour's floats are not)."""
    return colour.name()


@pytest.mark.parametrize("theme", PALETTES)
def test_the_focused_chosen_entry_is_ringed_around_its_highlight(qtbot: QtBot, theme: str) -> None:
    palette = PALETTES[theme]()
    window, navigation = shown_navigation(qtbot, palette)
    navigation.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(navigation.hasFocus)
    edge, inside, padding = entry_pixels(window, navigation)
    ink = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    fill = selected_row_colours(palette)[0]
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    assert rgb(edge) == rgb(ink)
    if contrast(ink, fill) >= MIN_RING_CONTRAST:
        assert rgb(inside) == rgb(fill)  # the ring on the highlight itself
    else:
        # A ring close to the highlight's tone: the list's surface between them.
        assert rgb(inside) == rgb(base)
        assert contrast(ink, base) >= MIN_RING_CONTRAST
    assert rgb(padding) == rgb(fill)  # and no dotted frame inside


@pytest.mark.parametrize("theme", PALETTES)
def test_without_the_focus_the_chosen_entry_is_highlighted_edge_to_edge(
    qtbot: QtBot, theme: str
) -> None:
    palette = PALETTES[theme]()
    window, navigation = shown_navigation(qtbot, palette)
    field = window.findChild(QLineEdit)
    assert field is not None
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    edge, inside, padding = entry_pixels(window, navigation)
    fill = selected_row_colours(palette)[0]
    assert [rgb(c) for c in (edge, inside, padding)] == [rgb(fill)] * 3
