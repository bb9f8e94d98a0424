"""Icons: Font Awesome 6 Free (solid), drawn in the colour of the text beside them.

The glyphs come from the font files the QtAwesome package ships (SIL OFL 1.1 for the
font, CC BY 4.0 for the icons, MIT for QtAwesome; docs/third-party.md), so they work
offline and in the frozen app (packaging collects the two files). The files are read
here rather than through ``qtawesome.icon``: importing QtAwesome imports QtPy, whose
``from PySide6.QtCore import *`` builds all of PySide's enum types (~130 ms, bench/README.md)
before the first paint; loading one font is ~6 ms.

An icon is a glyph painted at paint time in the palette's text colour for its mode, so
it follows light and dark, selection and disabled like the text it stands beside. It
is a decoration: every place that shows one also says in words what it means, and an
icon that cannot be drawn (a font that did not load) is simply empty.

Imported before the cold start's first paint, which makes no icon (QIcon's enum types:
glyph_engine.py): the widgets there keep the room of the icon they get right after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

from desktop.ui.look.glyph_font import FONT, font_files
from desktop.ui.look.theme import primary_colours

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QIcon

__all__ = ["GLYPHS", "button_icon", "font_files", "glyph", "icon", "primary_icon"]

Ink = Callable[[QPalette], QColor]


# The glyphs the app uses, by Font Awesome 6's name. Code points, not the font's JSON
# charmap: reading JSON before the first paint costs an import the start avoids
# (tests/e2e/test_first_paint.py); tests/desktop/test_icons.py checks each against the
# charmap that ships with the font.
GLYPHS = {
    "inbox": 0xF01C,
    "people-group": 0xE533,
    "circle-question": 0xF059,
    "file-pen": 0xF31C,
    "credit-card": 0xF09D,
    "chart-column": 0xE0E3,
    "lightbulb": 0xF0EB,
    "circle-plus": 0xF055,
    "circle-dot": 0xF192,
    "hourglass-half": 0xF252,
    "circle-check": 0xF058,
    "box-archive": 0xF187,
    "paper-plane": 0xF1D8,
    "headset": 0xF590,
    "arrows-rotate": 0xF021,
    "paperclip": 0xF0C6,
    "file-export": 0xF56E,
    "arrow-down": 0xF063,
    "thumbs-up": 0xF164,
    "thumbs-down": 0xF165,
}


def _role_ink(role: QPalette.ColorRole) -> Ink:
    return lambda palette: palette.color(role)


def icon(name: str, ink: Ink | None = None) -> QIcon:
    """Font Awesome's ``name`` as an icon in ``ink``'s colour (the window's text by default);
    empty if it cannot be drawn."""
    if FONT.files() is None:
        from PySide6.QtGui import QIcon

        return QIcon()
    from desktop.ui.look.glyph_engine import glyph_icon

    return glyph_icon(chr(GLYPHS[name]), ink or _role_ink(QPalette.ColorRole.WindowText))


def button_icon(name: str) -> QIcon:
    """An icon for a push button's face, in its text colour."""
    return icon(name, _role_ink(QPalette.ColorRole.ButtonText))


def primary_icon(name: str) -> QIcon:
    """An icon for the page's main action (theme.style_primary), in that button's text colour."""
    return icon(name, lambda palette: primary_colours(palette)[1])


def glyph(name: str, pixel_size: int) -> tuple[QFont, str] | None:
    """The font and character to draw ``name`` as text (a badge's icon), if it can be."""
    family = FONT.load()
    if not family:
        return None
    from PySide6.QtGui import QFont

    font = QFont(family)
    font.setPixelSize(pixel_size)
    return font, chr(GLYPHS[name])
