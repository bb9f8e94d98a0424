"""A round badge with someone's initials: who wrote a message, at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import author_accent, contrast, mix

Role = QPalette.ColorRole
SIZE = 28
# The same hues as the cards' tints (theme.author_accent), stronger; ours grey.


def initials(name: str) -> str:
    """ "Sam Agent" → "SA"; one word → its first letter; CJK names → their first character."""
    words = name.split()
    if not words:
        return "?"
    first = words[0][0]
    if len(words) == 1 or not first.isascii():
        return first.upper()
    return (first + words[-1][0]).upper()


class Avatar(QWidget):
    def __init__(self, name: str, author_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("avatar")
        self.text = initials(name)
        self.author_kind = author_kind
        self.setFixedSize(SIZE, SIZE)

    def show_name(self, name: str) -> None:
        """Initials for ``name`` (the label shown beside: "Colleague" for a teammate's
        message on the admin's ticket, R17, so the circle does not name who it was)."""
        text = initials(name)
        if text != self.text:
            self.text = text
            self.update()

    def colours(self) -> tuple[QColor, QColor]:
        """The circle's colour and the initials', which read on it (the better of two)."""
        palette = self.palette()
        accent = author_accent(palette, self.author_kind)
        window = palette.color(Role.Window)
        fill = (
            mix(window, accent, 0.75)
            if accent is not None
            else mix(window, palette.color(Role.WindowText), 0.35)
        )
        text = max(
            (palette.color(Role.Window), palette.color(Role.WindowText)),
            key=lambda candidate: contrast(candidate, fill),
        )
        return fill, text

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        fill, text = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(fill)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(0.5, 0.5, SIZE - 1, SIZE - 1))
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()
