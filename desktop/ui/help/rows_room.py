"""A list kept tall enough for some whole rows, whatever else shares its page.

Get help's form above the member's requests took all but 1.5 rows of a 1,024 × 640
window (a newcomer): the page scrolls instead (get_help_page.py), and the list keeps
room for ``rows`` whole rows under its header, in any language and text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

# What changes a row's or the header's height: the font, the style, the words.
WATCHED = (
    QEvent.Type.Show,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LanguageChange,
)


class RowsRoom(QObject):
    def __init__(self, table: QTableView, rows: int) -> None:
        super().__init__(table)
        self._table = table
        self.rows = rows
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in WATCHED:
            self.fit()
        return False

    def least_height(self) -> int:
        table = self._table
        header = table.horizontalHeader()
        header_height = header.height() if header.isVisible() else 0
        header_height = max(header_height, header.sizeHint().height())
        rows = table.verticalHeader().defaultSectionSize() * self.rows
        return header_height + rows + 2 * table.frameWidth()

    def fit(self) -> None:
        self._table.setMinimumHeight(self.least_height())
