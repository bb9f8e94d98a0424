"""The ticket list's own context menu: sort by any column, and show or hide columns.

Opened on a row by a right-click, the Menu key or Shift+F10: what the header's clicks and
its context menu do, from the keyboard too. The header takes no keyboard focus, so a
newcomer found that sorting needed the mouse (issue 19). Choosing the column the list is
sorted by turns its order round, as a second click on its header does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QTableView

from desktop.ui.tickets.list.ticket_table_model import Column, column_titles


class ListMenu(QObject):
    def __init__(
        self,
        table: QTableView,
        sortable: Callable[[], list[Column]],
        columns: Callable[[], QMenu],
    ) -> None:
        """``sortable``: the columns shown that the list can be sorted by, in their order;
        ``columns``: the header's show-or-hide menu, made afresh."""
        super().__init__(table)
        self._table = table
        self._sortable = sortable
        self._columns = columns
        self.menu: QMenu | None = None
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show)

    def build(self) -> QMenu:
        if self.menu is not None:
            self.menu.deleteLater()  # the one shown last time
        table = self._table
        header = table.horizontalHeader()
        current = header.sortIndicatorSection()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        menu = QMenu(table)
        menu.setObjectName("list_menu")
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
        if not table.viewport().rect().contains(position):
            position = table.viewport().rect().topLeft()  # no row: the list's corner
        self.build().popup(table.viewport().mapToGlobal(position))
