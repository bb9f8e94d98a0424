"""Draws the list's Status cell as a badge (status_badge.py): tint, icon and name."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.look.icons import glyph
from desktop.ui.look.qt_values import ALIGN_CENTER, DISPLAY_ROLE
from desktop.ui.look.theme import status_badge_colours
from desktop.ui.tickets.list.status_badge import CELL_MARGIN, GAP, ICONS, PADDING, badge_width
from desktop.ui.tickets.list.ticket_table_model import STATUS_ROLE

# Badges kept drawn: five statuses in a few widths; more means the language, palette or
# font changed, and the old ones are dropped.
MAX_KEPT = 64
BadgeKey = tuple[str, str, int, int, str, int, float]


class StatusBadgeDelegate(QStyledItemDelegate):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._drawn: dict[BadgeKey, QPixmap] = {}

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the whole badge, so a column fitted to its contents shows it whole."""
        size = super().sizeHint(option, index)
        status = str(index.data(STATUS_ROLE) or "")
        wanted = badge_width(option.fontMetrics, status, str(index.data(DISPLAY_ROLE) or ""))
        return QSize(max(size.width(), wanted + CELL_MARGIN), size.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if "Qt" not in vars(QtCore):
            # The cold start's first paint: painting a badge names Qt's enum types, which
            # PySide builds on first use (~14 ms, desktop/ui/look/qt_values.py). Plain text
            # until the session, bound right after, has named them (the sort indicator).
            super().paint(painter, option, index)
            return
        # Here, not at the top: PySide makes QStyle's ~20 enum types when the class is
        # first named (~10 ms), and the first paint draws plain text (above).
        from PySide6.QtWidgets import QStyle

        text = str(index.data(DISPLAY_ROLE) or "")
        status = str(index.data(STATUS_ROLE) or "")
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the row's background and selection, without the text
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        metrics = option.fontMetrics
        cell: QRect = option.rect
        wanted = badge_width(metrics, status, text)
        width = min(cell.width() - 4, wanted)
        height = min(cell.height() - 4, metrics.height() + 4)
        if width <= 0 or height <= 0:
            return
        badge = self._badge(status, text, wanted, QSize(width, height), option)
        painter.drawPixmap(cell.left() + 2, cell.top() + (cell.height() - height) // 2, badge)

    def _badge(
        self, status: str, text: str, wanted: int, size: QSize, option: QStyleOptionViewItem
    ) -> QPixmap:
        """The badge drawn once and kept: a list repaints the same few badges at every
        paint (each clock tick, each keystroke), and drawing one costs a rounded path,
        its icon's font and two texts, in Python."""
        palette = option.palette
        ratio = option.widget.devicePixelRatioF() if option.widget is not None else 1.0
        font = option.font.key()
        key = (status, text, size.width(), size.height(), font, palette.cacheKey(), ratio)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            if len(self._drawn) > MAX_KEPT:
                self._drawn.clear()  # another language, palette or font: draw afresh
            pixmap = self._drawn[key] = draw_badge(status, text, wanted, size, option, ratio)
        return pixmap


def draw_badge(
    status: str, text: str, wanted: int, size: QSize, option: QStyleOptionViewItem, ratio: float
) -> QPixmap:
    """The badge of ``size`` on a transparent pixmap: tint, icon and name (elided when
    the column is narrower than ``wanted``)."""
    fill, ink = status_badge_colours(status, option.palette)
    metrics = option.fontMetrics
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(option.font)
    painter.setPen(fill)
    painter.setBrush(fill)
    badge = QRectF(0, 0, size.width(), size.height())
    painter.drawRoundedRect(badge, size.height() / 2, size.height() / 2)
    painter.setPen(ink)
    inner = badge.adjusted(PADDING, 0, -PADDING, 0)
    mark = glyph(ICONS[status], metrics.ascent()) if status in ICONS else None
    if mark is not None:
        font, character = mark
        painter.setFont(font)
        painter.drawText(
            QRectF(inner.left(), inner.top(), metrics.ascent(), inner.height()),
            ALIGN_CENTER,
            character,
        )
        painter.setFont(option.font)
        inner.setLeft(inner.left() + metrics.ascent() + GAP)
    if wanted > size.width():
        # Only a column capped to fit elides (the name is whole in the tooltip); Qt's
        # enum is named here, not at every paint (desktop/ui/look/qt_values.py).
        from PySide6.QtCore import Qt

        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
    painter.drawText(inner, ALIGN_CENTER, text)
    painter.end()
    return pixmap
