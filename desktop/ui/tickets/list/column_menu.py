"""The list header's context menu: show or hide any column but the subject.

Hidden columns are part of the header's state, which the window keeps per list with
the column widths (MainWindow saves it at quit, the list restores it at start). A column
that stepped aside for lack of room shows unticked; ticking it brings it back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QTableView

from desktop.ui.tickets.list.ticket_table_model import Column, column_titles


class ColumnMenu(QObject):
    def __init__(
        self,
        table: QTableView,
        optional: tuple[Column, ...],
        chosen: Callable[[Column, bool], None],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._optional = optional
        self._chosen = chosen
        self.menu: QMenu | None = None
        header = table.horizontalHeader()
        # Made after the first paint: naming Qt's enums costs the start (qt_values.py).
        from PySide6.QtCore import Qt

        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show)

    def build(self) -> QMenu:
        """A checkable entry per column the user may hide, ticked when shown."""
        if self.menu is not None:
            self.menu.deleteLater()  # the one shown last time
        menu = QMenu(self._table)
        menu.setObjectName("column_menu")
        titles = column_titles()
        for column in self._optional:
            action = menu.addAction(titles[column])
            action.setCheckable(True)
            action.setChecked(not self._table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self._set_shown(c, shown))
        self.menu = menu
        return menu

    def _show(self, position: QPoint) -> None:
        menu = self.build()
        menu.popup(self._table.horizontalHeader().mapToGlobal(position))

    def _set_shown(self, column: Column, shown: bool) -> None:
        self._chosen(column, shown)  # the list shows or hides it and shares the room again
