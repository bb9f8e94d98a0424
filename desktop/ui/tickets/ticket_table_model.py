"""My tickets as a Qt table model: one row per ticket, loaded a page at a time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.api.models import TicketSummary
from desktop.ui.formatting import long_datetime, short_datetime, to_qdatetime
from desktop.ui.labels import product_label, status_label

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    SUBJECT = 0
    NUMBER = 1
    STATUS = 2
    PRODUCT = 3
    SUBMITTER = 4
    UPDATED = 5


TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ORDER = {s: i for i, s in enumerate(("new", "open", "pending", "solved", "closed"))}


class TicketTableModel(QAbstractTableModel):
    """Rows in the order the service gives them (newest first).

    ``canFetchMore``/``fetchMore`` let the view ask for the next page when the
    user scrolls to the end; the page widget loads it and calls ``append_page``.
    """

    more_requested = Signal(str)  # the cursor of the page to load

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketSummary] = []
        self._next_cursor: str | None = None
        self._loading_more = False

    # -- filling ---------------------------------------------------------------

    def reset(self, items: tuple[TicketSummary, ...], next_cursor: str | None) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._next_cursor = next_cursor
        self._loading_more = False
        self.endResetModel()

    def append_page(self, items: tuple[TicketSummary, ...], next_cursor: str | None) -> None:
        known = {t.id for t in self._rows}
        fresh = [t for t in items if t.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._next_cursor = next_cursor
        self._loading_more = False

    def loading_more_failed(self) -> None:
        self._loading_more = False

    def ticket_at(self, row: int) -> TicketSummary:
        return self._rows[row]

    def retranslate(self) -> None:
        """Labels are translated at paint time; tell the views to repaint them."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._next_cursor is not None and not self._loading_more

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if self.canFetchMore(parent) and self._next_cursor is not None:
            self._loading_more = True
            self.more_requested.emit(self._next_cursor)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.SUBJECT: QCoreApplication.translate("TicketTableModel", "Subject"),
            Column.NUMBER: QCoreApplication.translate("TicketTableModel", "Number"),
            Column.STATUS: QCoreApplication.translate("TicketTableModel", "Status"),
            Column.PRODUCT: QCoreApplication.translate("TicketTableModel", "Product"),
            Column.SUBMITTER: QCoreApplication.translate("TicketTableModel", "Submitted by"),
            Column.UPDATED: QCoreApplication.translate("TicketTableModel", "Updated"),
        }.get(Column(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        ticket = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, column)
        if role == SORT_ROLE:
            return self._sort_key(ticket, column)
        if role == TICKET_ID_ROLE:
            return ticket.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.UPDATED:
                return long_datetime(ticket.updated_at)
            if column == Column.SUBJECT:
                return ticket.subject
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(ticket: TicketSummary, column: Column) -> str:
        if column == Column.SUBJECT:
            return ticket.subject
        if column == Column.NUMBER:
            return f"#{ticket.number}"
        if column == Column.STATUS:
            return status_label(ticket.status)
        if column == Column.PRODUCT:
            return product_label(ticket.product)
        if column == Column.SUBMITTER:
            return ticket.submitter.name
        return short_datetime(ticket.updated_at)

    @staticmethod
    def _sort_key(ticket: TicketSummary, column: Column) -> Any:
        if column == Column.NUMBER:
            return ticket.number
        if column == Column.UPDATED:
            return to_qdatetime(ticket.updated_at)
        if column == Column.STATUS:
            # The workflow's order, not the alphabet of the current language.
            return STATUS_ORDER.get(ticket.status, len(STATUS_ORDER))
        return TicketTableModel._display(ticket, column).casefold()
