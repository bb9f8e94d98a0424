"""The Subject cell while the list is searched: the subject, and under it the words around
the first hit in the ticket's cached messages, the searched words in bold.

The message's text is drawn as plain text (QPainter.drawText): markup in a message is
shown as the characters it is, never read. Cut at the cell's edge with …, so the row
never needs a sideways scrollbar. Secondary text on the row's own background (theme.py
keeps it ≥ 4.5:1 in light and dark); the hits in the row's full text colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.ui.look.theme import TextRole, text_colour
from desktop.ui.tickets.list.ticket_table_model import SNIPPET_ROLE, Column

if TYPE_CHECKING:
    from desktop.store.tickets import TicketStore
    from desktop.ui.tickets.list.ticket_table_model import TicketTableModel

PADDING = 4
ELLIPSIS = "…"


def segments(text: str, hits: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """The snippet as runs of (text, is a hit), in order."""
    runs: list[tuple[str, bool]] = []
    at = 0
    for start, end in hits:
        if start > at:
            runs.append((text[at:start], False))
        runs.append((text[start:end], True))
        at = end
    if at < len(text):
        runs.append((text[at:], False))
    return runs


def row_height(option_height: int, line_height: int) -> int:
    """Two lines and their padding: the subject, and the snippet under it."""
    return max(option_height, 2 * line_height + 3 * PADDING)


class SubjectSnippetDelegate(QStyledItemDelegate):
    """Set on the Subject column only while a search is on (``follow_search``): without
    one the column is the view's own, drawn in C++, so the first paint makes no call into
    Python per subject (nor the style option's enum types it would convert)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._installed = False

    def follow(self, searching: bool) -> None:
        if searching != self._installed:
            self._installed = searching
            # None (Qt's nullptr): the column goes back to the view's own delegate.
            delegate = self if searching else None
            self._table.setItemDelegateForColumn(Column.SUBJECT, delegate)  # type: ignore[arg-type]

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE) is None:
            return size
        return QSize(size.width(), row_height(size.height(), option.fontMetrics.height()))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if snippet is None:
            super().paint(painter, option, index)
            return
        # Here, not at the top: naming QStyle makes its ~20 enum types, which the first
        # paint (no search yet) must not pay for (tests/e2e/test_first_paint.py).
        from PySide6.QtWidgets import QStyle

        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        cell: QRect = option.rect
        line = item.fontMetrics.height()
        # The subject as the style draws it, in the top line.
        top = QStyleOptionViewItem(item)
        top.rect = QRect(cell.left(), cell.top() + PADDING, cell.width(), line)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        background = QStyleOptionViewItem(item)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        top.backgroundBrush = item.backgroundBrush
        top.state = item.state & ~QStyle.StateFlag.State_HasFocus
        painter.save()
        painter.setClipRect(cell)
        style.drawItemText(
            painter,
            top.rect.adjusted(PADDING, 0, -PADDING, 0),
            int(item.displayAlignment),
            item.palette,
            True,
            item.fontMetrics.elidedText(item.text, item.textElideMode, cell.width() - 2 * PADDING),
            self._text_role(item),
        )
        self._paint_snippet(painter, item, snippet, cell.top() + 2 * PADDING + line)
        painter.restore()

    @staticmethod
    def _text_role(item: QStyleOptionViewItem) -> QPalette.ColorRole:
        from PySide6.QtWidgets import QStyle

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        return QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text

    def _paint_snippet(
        self, painter: QPainter, item: QStyleOptionViewItem, snippet: object, top: int
    ) -> None:
        from PySide6.QtWidgets import QStyle

        text = str(getattr(snippet, "text", ""))
        hits = tuple(getattr(snippet, "hits", ()))
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        full = item.palette.color(self._text_role(item))
        # Secondary text is faded towards the window (theme.py): on a selected row's
        # highlight that would not be read, so the selected row keeps its own colour.
        quiet = full if selected else text_colour(TextRole.SECONDARY, item.palette)
        plain = QFont(item.font)
        plain.setBold(False)
        bold = QFont(item.font)
        bold.setBold(True)
        left = item.rect.left() + PADDING
        right = item.rect.right() - PADDING
        baseline = top + item.fontMetrics.ascent()
        x = left
        ellipsis_width = painter.fontMetrics().horizontalAdvance(ELLIPSIS) + 2
        for run, is_hit in segments(text, hits):
            painter.setFont(bold if is_hit else plain)
            painter.setPen(full if is_hit else quiet)
            metrics = painter.fontMetrics()
            width = metrics.horizontalAdvance(run)
            if x + width <= right:
                painter.drawText(QPoint(x, baseline), run)
                x += width
                continue
            # The cell's edge: as much of the run as fits, then …
            room = right - x - ellipsis_width
            cut = run
            while cut and metrics.horizontalAdvance(cut) > room:
                cut = cut[:-1]
            painter.drawText(QPoint(x, baseline), cut)
            x += metrics.horizontalAdvance(cut)
            painter.setFont(plain)
            painter.setPen(quiet)
            painter.drawText(QPoint(x, baseline), ELLIPSIS)
            return


def follow_search(
    snippets: SubjectSnippetDelegate,
    table: QTableView,
    model: TicketTableModel,
    store: TicketStore,
    text: str,
) -> None:
    """Before the rows are read again: snippets for ``text`` (none without one), and rows
    tall enough for a snippet under the subject while a search is on."""
    model.set_search(text, store.snippet if text.strip() else None)
    snippets.follow(model.searching)
    header = table.verticalHeader()
    normal = header.property("normal_row_height")
    if normal is None:
        normal = header.defaultSectionSize()
        header.setProperty("normal_row_height", normal)
    line = table.fontMetrics().height()
    header.setDefaultSectionSize(row_height(int(normal), line) if model.searching else int(normal))
