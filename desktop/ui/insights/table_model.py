"""A chart's numbers as a table: the accessible view, the CSV file and "Copy as table"."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from desktop.ui.text.export_stamp import as_of_cell, as_of_header
from desktop.ui.text.formatting import day_text

Cell = str | int | date
RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the value itself: a number, a date


def cell_text(value: Cell, locale: QLocale | None = None) -> str:
    """Numbers and dates as the user's language writes them."""
    locale = locale or QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, date):
        return day_text(QDate(value.year, value.month, value.day), locale)
    return value


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Cell]] = []
        self.hovered: tuple[int, int] | None = None  # (row, column) under the pointer
        # A count's tooltip, what a click on it does (hover.hint); set by the card.
        self.hint: Callable[[int], str] | None = None

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self.beginResetModel()
        self.hovered = None
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, int) and value > 0:
            return self.hint(value) if self.hint is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and self.hovered == (index.row(), index.column()):
            # The palette's highlight, faint: the cell stands out in light and dark alike.
            colour = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
            colour.setAlpha(60)
            return colour
        return None

    def clickable(self, row: int, column: int) -> bool:
        """A count of tickets (not none): a click on it lists them."""
        if not (0 <= row < len(self.rows) and 0 <= column < len(self.headers)):
            return False
        value = self.rows[row][column]
        return isinstance(value, int) and value > 0

    def set_hovered(self, cell: tuple[int, int] | None) -> None:
        """The clickable cell under the pointer (None: none), highlighted."""
        if cell == self.hovered:
            return
        before, self.hovered = self.hovered, cell
        for changed in (before, cell):
            if changed is not None:
                index = self.index(*changed)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def to_csv(self, as_of: datetime) -> str:
        """Plain numbers and ISO dates: a spreadsheet in any language reads them. The
        last column says when the numbers are so (export_stamp.py)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([*self.headers, as_of_header()])
        stamp = as_of_cell(as_of)
        for row in self.rows:
            writer.writerow([v.isoformat() if isinstance(v, date) else v for v in row] + [stamp])
        return out.getvalue()

    def to_tsv(self) -> str:
        lines = ["\t".join(self.headers)]
        lines += ["\t".join(cell_text(v) for v in row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        """A table an e-mail program pastes as a table."""
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell_text(v))}</td>" for v in row) + "</tr>"
            for row in self.rows
        )
        return f"<table><tr>{head}</tr>{body}</table>"
