"""An icon that is one glyph of the icons' font, drawn in the colour of the text beside it.

Imported when the first icon is made, after the cold start's first paint: naming QIcon
and QIconEngine makes their enum types, QIcon's 151 theme icons among them (~10 M
instructions, bench/README.md), which the first paint does without.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine
from PySide6.QtWidgets import QApplication

from desktop.ui.look.glyph_font import FONT, held_until_first_paint
from desktop.ui.look.qt_values import ALIGN_CENTER
from desktop.ui.look.theme import TextRole, selected_row_colours, text_colour

# Named where a glyph is drawn: PySide makes QFont's 8 enum types and QPainter's 3 when
# the class is first named (~7 M instructions).
if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QPixmap

    from desktop.ui.look.icons import Ink

# QIcon.Mode, as plain ints (desktop/ui/look/qt_values.py).
_MODE_DISABLED = 1
_MODE_SELECTED = 3


class GlyphEngine(QIconEngine):
    """Paints one glyph, centred, in the colour ``ink`` gives for the current palette."""

    def __init__(self, character: str, ink: Ink) -> None:
        super().__init__()
        self._character = character
        self._ink = ink

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._character, self._ink)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if held_until_first_paint():
            return
        family = FONT.load()
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
        if held_until_first_paint():
            return pixmap  # nothing to draw (paint), and no QPainter named for it
        from PySide6.QtGui import QPainter

        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap


def glyph_icon(character: str, ink: Ink) -> QIcon:
    return QIcon(GlyphEngine(character, ink))
