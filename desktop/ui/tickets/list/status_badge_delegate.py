"""Draws the list's Status cell as a badge (status_badge.py): tint, icon and name."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.look.icons import glyph
from desktop.ui.look.qt_values import ALIGN_CENTER, DISPLAY_ROLE
from desktop.ui.look.theme import status_badge_colours
from desktop.ui.tickets.list.status_badge import CELL_MARGIN, GAP, ICONS, PADDING, badge_width
from desktop.ui.tickets.list.ticket_table_model import STATUS_ROLE


class StatusBadgeDelegate(QStyledItemDelegate):
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
        fill, ink = status_badge_colours(status, option.palette)
        metrics = option.fontMetrics
        cell: QRect = option.rect
        mark = glyph(ICONS[status], metrics.ascent()) if status in ICONS else None
        mark_width = metrics.ascent() + GAP if mark else 0
        wanted = badge_width(metrics, status, text)
        width = min(cell.width() - 4, wanted)
        height = min(cell.height() - 4, metrics.height() + 4)
        badge = QRectF(cell.left() + 2, cell.top() + (cell.height() - height) / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(fill)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(ink)
        inner = badge.adjusted(PADDING, 0, -PADDING, 0)
        if mark is not None:
            font, character = mark
            painter.save()
            painter.setFont(font)
            painter.drawText(
                QRectF(inner.left(), inner.top(), metrics.ascent(), inner.height()),
                ALIGN_CENTER,
                character,
            )
            painter.restore()
            inner.setLeft(inner.left() + mark_width)
        if wanted > width:
            # Only a column capped to fit elides (the name is whole in the tooltip); Qt's
            # enum is named here, not at every paint (desktop/ui/look/qt_values.py).
            from PySide6.QtCore import Qt

            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(inner, ALIGN_CENTER, text)
        painter.restore()
