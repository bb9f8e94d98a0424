"""The light and dark palettes the look's tests paint with.

``light_palette`` is Fusion's own; ``dark_palette`` is a dark desktop's as it hands it
over (a light blue highlight on near-black); ``desktop.bootstrap.shooting.dark_palette``
is the one the screenshots use, and the ``palette`` fixture (tests/desktop/conftest.py)
sets the application to it or to the light one.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

Role = QPalette.ColorRole


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark palette as a desktop in dark mode hands it over."""
    palette = QPalette()
    colours = {
        Role.Window: "#202124",
        Role.WindowText: "#e8eaed",
        Role.Base: "#1b1b1d",
        Role.AlternateBase: "#2a2a2e",
        Role.Text: "#e8eaed",
        Role.Button: "#303134",
        Role.ButtonText: "#e8eaed",
        Role.Highlight: "#8ab4f8",
        Role.HighlightedText: "#202124",
        Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c58af9",
        Role.Mid: "#5f6368",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}
