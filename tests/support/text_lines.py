"""A text's lines as a word-wrapped label lays them out: what line-break tests read."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QFont, QTextLayout, QTextOption

from desktop.ui.text.line_breaks import WORD_JOINER


class Line(NamedTuple):
    text: str  # as laid out, joiners and all
    overflows: bool  # wider than the room: a word that could not break

    @property
    def read(self) -> str:
        """The line as it reads (joiners are not drawn)."""
        return self.text.replace(WORD_JOINER, "")


def laid_out(text: str, font: QFont, width: int, *, anywhere: bool = False) -> list[Line]:
    """``text`` laid out ``width`` pixels wide, as a QLabel with word wrap does
    (``anywhere``: breaking a word that cannot fit, as a QTextEdit does)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        shown = text[line.textStart() : line.textStart() + line.textLength()]
        lines.append(Line(shown, line.naturalTextWidth() > width))
    layout.endLayout()
    return lines
