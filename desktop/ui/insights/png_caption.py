"""A caption painted above a saved chart: the PNG says what it shows on its own.

Its colours are the window's text on the window, as the chart is drawn on it
(theme.image_caption_colours).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette

from desktop.ui.look.theme import image_caption_colours

PADDING = 12  # around the caption, in the chart's own (logical) pixels
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def with_caption(chart: QImage, lines: list[str], font: QFont, palette: QPalette) -> QImage:
    """``chart`` with ``lines`` above it, the first (the title) bold and larger; each
    wrapped to the chart's width."""
    ratio = chart.devicePixelRatio()
    width = round(chart.width() / ratio)  # logical pixels: the painter's
    inner = max(1, width - 2 * PADDING)
    fonts = [_title_font(font)] + [font] * (len(lines) - 1)
    heights = [
        QFontMetrics(f).boundingRect(QRect(0, 0, inner, 100_000), _WRAP, line).height()
        for f, line in zip(fonts, lines, strict=True)
    ]
    gap = QFontMetrics(font).height() // 4
    band = PADDING * 2 + sum(heights) + gap * max(0, len(lines) - 1)
    image = QImage(chart.width(), chart.height() + round(band * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    background, text = image_caption_colours(palette)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(text)
    top = PADDING
    for line_font, line, height in zip(fonts, lines, heights, strict=True):
        painter.setFont(line_font)
        painter.drawText(QRect(PADDING, top, inner, height), _WRAP, line)
        top += height + gap
    painter.drawImage(0, band, chart)
    painter.end()
    return image


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setBold(True)
    if title.pointSizeF() > 0:
        title.setPointSizeF(title.pointSizeF() * 1.25)
    elif title.pixelSize() > 0:
        title.setPixelSize(round(title.pixelSize() * 1.25))
    return title
