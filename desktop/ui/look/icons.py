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
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.look.qt_values import ALIGN_CENTER
from desktop.ui.look.theme import TextRole, primary_colours, selected_row_colours, text_colour

# Named where a glyph is drawn, after the cold start's first paint: PySide makes QFont's
# 8 enum types and QPainter's 3 when the class is first named (~7 M instructions).
if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPainter, QPixmap

Ink = Callable[[QPalette], QColor]

# QIcon.Mode, as plain ints (desktop/ui/look/qt_values.py: no enum before the first paint).
_MODE_DISABLED = 1
_MODE_SELECTED = 3


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


class _Font:
    """The font's family, once it has been added to the application (when first drawn).

    Not when the first icon is made: the window's icons are made before the cold start's
    first paint, which draws none (_FirstPaint), and adding the font costs ~6 ms, naming
    QFontDatabase ~3.5 ms more (its enum types).
    """

    def __init__(self) -> None:
        self.loaded = False
        self.family = ""
        self._files: tuple[Path, Path] | None = None
        self._looked = False

    def files(self) -> tuple[Path, Path] | None:
        if not self._looked:
            self._looked = True
            self._files = font_files()
        return self._files

    def load(self) -> str:
        if not self.loaded:
            from PySide6.QtGui import QFontDatabase

            self.loaded = True
            files = self.files()
            font_id = QFontDatabase.addApplicationFont(str(files[0])) if files else -1
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            self.family = families[0] if families else ""
        return self.family


_FONT = _Font()


def font_files() -> tuple[Path, Path] | None:
    """The solid Font Awesome 6 font and its charmap, from QtAwesome's package folder.

    Found without importing QtAwesome (see the module's note); the newest 6.x present. The
    frozen app has them at the same place in its bundle (packaging/premium-support-desk.spec).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        fonts = Path(bundle) / "qtawesome" / "fonts"
    else:
        spec = find_spec("qtawesome")
        if spec is None or not spec.submodule_search_locations:
            return None
        fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    fonts_found = sorted(fonts.glob("fontawesome6-solid-webfont-*.ttf"))
    if not fonts_found:
        return None
    ttf = fonts_found[-1]
    version = ttf.stem.removeprefix("fontawesome6-solid-webfont-")
    charmap = fonts / f"fontawesome6-solid-webfont-charmap-{version}.json"
    return (ttf, charmap) if charmap.is_file() else None


class _FirstPaint:
    """Whether icons wait: the cold start's first paint goes without them.

    Painting a glyph in a colour names Qt's enum types (QPainter.setPen's overloads), which
    PySide builds on first use (~14 ms, desktop/ui/look/qt_values.py); the first paint of the
    cached list goes without icons and the window is painted again, with them, right after
    (desktop/ui/shell/first_paint.py).
    """

    held = False


def hold_until_first_paint() -> None:
    _FirstPaint.held = True


def paint_from_now_on(window: QWidget) -> None:
    _FirstPaint.held = False
    window.update()  # the regions with icons are painted again, now with them


class _GlyphEngine(QIconEngine):
    """Paints one glyph, centred, in the colour ``ink`` gives for the current palette."""

    def __init__(self, character: str, ink: Ink) -> None:
        super().__init__()
        self._character = character
        self._ink = ink

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._character, self._ink)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if _FirstPaint.held:
            return
        family = _FONT.load()
        if not family:
            return  # the font's file is there but Qt could not add it
        palette = QApplication.palette()
        if int(mode.value) == _MODE_DISABLED:
            colour = text_colour(TextRole.SECONDARY, palette)
        elif int(mode.value) == _MODE_SELECTED:
            colour = selected_row_colours(palette)[1]  # as the selected row's text
        else:
            colour = self._ink(palette)
        from PySide6.QtGui import QFont

        font = QFont(family)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.85)))
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, ALIGN_CENTER, self._character)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        from PySide6.QtGui import QPixmap

        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))
        if _FirstPaint.held:
            return pixmap  # nothing to draw (paint), and no QPainter named for it
        from PySide6.QtGui import QPainter

        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap


def _role_ink(role: QPalette.ColorRole) -> Ink:
    return lambda palette: palette.color(role)


def icon(name: str, ink: Ink | None = None) -> QIcon:
    """Font Awesome's ``name`` as an icon in ``ink``'s colour (the window's text by default);
    empty if it cannot be drawn."""
    if _FONT.files() is None:
        return QIcon()
    ink = ink or _role_ink(QPalette.ColorRole.WindowText)
    return QIcon(_GlyphEngine(chr(GLYPHS[name]), ink))


def button_icon(name: str) -> QIcon:
    """An icon for a push button's face, in its text colour."""
    return icon(name, _role_ink(QPalette.ColorRole.ButtonText))


def primary_icon(name: str) -> QIcon:
    """An icon for the page's main action (theme.style_primary), in that button's text colour."""
    return icon(name, lambda palette: primary_colours(palette)[1])


def glyph(name: str, pixel_size: int) -> tuple[QFont, str] | None:
    """The font and character to draw ``name`` as text (a badge's icon), if it can be."""
    family = _FONT.load()
    if not family:
        return None
    from PySide6.QtGui import QFont

    font = QFont(family)
    font.setPixelSize(pixel_size)
    return font, chr(GLYPHS[name])
