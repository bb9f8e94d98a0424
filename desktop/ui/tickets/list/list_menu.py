"""The ticket list's own context menu: open the row's ticket, sort by any column, and show
or hide columns.

Opened on a row by a right-click, the Menu key or Shift+F10: what the header's clicks and
its context menu do, from the keyboard too. The header takes no keyboard focus, so a
newcomer found that sorting needed the mouse (issue 19). Choosing the column the list is
sorted by turns its order round, as a second click on its header does. On a row, "Open"
comes first, bold as the default (what a double-click or Enter does): a newcomer's
right-click on a ticket offered everything but opening it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QTableView

from desktop.ui.tickets.list.ticket_table_model import Column, column_titles


class ListMenu(QObject):
    def __init__(
        self,
        table: QTableView,
        sortable: Callable[[], list[Column]],
        columns: Callable[[], QMenu],
        open_row: Callable[[QModelIndex], None] | None = None,
    ) -> None:
        """``sortable``: the columns shown that the list can be sorted by, in their order;
        ``columns``: the header's show-or-hide menu, made afresh; ``open_row``: what a
        double-click on a row does (None: no Open)."""
        super().__init__(table)
        self._table = table
        self._open_row = open_row
        self._sortable = sortable
        self._columns = columns
        self.menu: QMenu | None = None
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show)

    def build(self, row: QModelIndex | None = None) -> QMenu:
        """The menu for ``row`` (None or invalid: for the list, with no Open)."""
        if self.menu is not None:
            self.menu.deleteLater()  # the one shown last time
        table = self._table
        header = table.horizontalHeader()
        current = header.sortIndicatorSection()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        menu = QMenu(table)
        menu.setObjectName("list_menu")
        if row is not None and row.isValid() and self._open_row is not None:
            opener = self._open_row
            index = QModelIndex(row)  # the row's, not the index the view moves on
            open_action = menu.addAction(
                QCoreApplication.translate("ListMenu", "&Open", "action: open the ticket")
            )
            open_action.setObjectName("open_ticket_action")
            open_action.triggered.connect(lambda _checked=False: opener(index))
            menu.setDefaultAction(open_action)  # drawn bold, as the double-click's action
            menu.addSeparator()
        by = menu.addMenu(QCoreApplication.translate("ListMenu", "&Sort by"))
        by.setObjectName("sort_by_menu")
        titles = column_titles()
        columns = QActionGroup(by)
        for column in self._sortable():
            action = by.addAction(titles[column])
            action.setObjectName(f"sort_by_{column.name.lower()}")
            action.setCheckable(True)
            action.setChecked(column == current)
            action.setActionGroup(columns)
            action.triggered.connect(lambda _checked=False, c=column: self.sort_by(c))
        by.addSeparator()
        orders = QActionGroup(by)
        for name, text, order in (
            (
                "sort_ascending",
                QCoreApplication.translate("ListMenu", "&Ascending"),
                Qt.SortOrder.AscendingOrder,
            ),
            (
                "sort_descending",
                QCoreApplication.translate("ListMenu", "&Descending"),
                Qt.SortOrder.DescendingOrder,
            ),
        ):
            action = by.addAction(text)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setChecked(descending == (order == Qt.SortOrder.DescendingOrder))
            action.setActionGroup(orders)
            action.triggered.connect(lambda _checked=False, o=order: self._order(o))
        shown = self._columns()
        shown.setTitle(QCoreApplication.translate("ListMenu", "&Columns"))
        menu.addMenu(shown)
        self.menu = menu
        return menu

    def sort_by(self, column: Column) -> None:
        """As a click on ``column``'s header: the other way round if the list is sorted
        by it, else in the order the header starts it in."""
        header = self._table.horizontalHeader()
        if header.sortIndicatorSection() == column:
            flipped = (
                Qt.SortOrder.AscendingOrder
                if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                else Qt.SortOrder.DescendingOrder
            )
            header.setSortIndicator(column, flipped)
            return
        first = self._table.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.InitialSortOrderRole
        )
        order = Qt.SortOrder(first) if isinstance(first, int) else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)

    def _order(self, order: Qt.SortOrder) -> None:
        header = self._table.horizontalHeader()
        header.setSortIndicator(header.sortIndicatorSection(), order)

    def _show(self, position: QPoint) -> None:
        """At ``position`` in the rows (the pointer's, or the current row's middle)."""
        table = self._table
        row = QModelIndex()
        if table.viewport().rect().contains(position):
            row = table.indexAt(position)  # the Menu key's position is the current row's
        else:
            position = table.viewport().rect().topLeft()  # no row: the list's corner
        self.build(row).popup(table.viewport().mapToGlobal(position))
