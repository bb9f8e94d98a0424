"""The icons' font (Font Awesome 6 Free, solid), and whether icons are drawn yet.

Apart from the icons themselves (icons.py, glyph_engine.py) so that what draws a glyph
and what makes an icon share them without importing each other.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtWidgets import QWidget


class GlyphFont:
    """The font's family, once it has been added to the application (when first drawn).

    Not when the first icon is made: adding the font costs ~6 ms, naming QFontDatabase
    ~3.5 ms more (its enum types), and the cold start's first paint draws no icon
    (held_until_first_paint).
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


FONT = GlyphFont()


def font_files() -> tuple[Path, Path] | None:
    """The solid Font Awesome 6 font and its charmap, from QtAwesome's package folder.

    Found without importing QtAwesome (see icons.py's note); the newest 6.x present. The
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


def held_until_first_paint() -> bool:
    return _FirstPaint.held


def hold_until_first_paint() -> None:
    _FirstPaint.held = True


def paint_from_now_on(window: QWidget) -> None:
    _FirstPaint.held = False
    window.update()  # the regions with icons are painted again, now with them
