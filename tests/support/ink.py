"""Text measured on the pixels painted (a grab): where a widget is in the grab, and the
colour its text is drawn in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from desktop.ui.look.theme import contrast


def in_window(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` is in a grab of ``window`` (one of its ancestors)."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def strongest_ink(image: QImage, area: QRect, ground: QColor) -> QColor:
    """The pixel in ``area`` that stands out most from ``ground``: the text's own colour."""
    pixels = (
        image.pixelColor(x, y)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )
    return max(pixels, key=lambda pixel: contrast(pixel, ground))
