"""The least a window like the client's can cost: its kinds of widgets, 50 rows, no app code.

A yardstick for ``bench_offline.py``'s cold start, between the bare window and
the real client: navigation list, splitter, a page with title, buttons, a search
field and three filters, a table of 50 rows of text, menus and a status bar.
``--async`` also imports asyncio, qasync and sqlite3, as the client must before it
can read its store and talk to the service. Prints ``painted <wall> <cpu>`` once
the table's first paint is done, and exits.
"""

from __future__ import annotations

import sys

from bare_window import report_painted  # the yardstick's own probe: the same print
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

ROWS = 50
COLUMNS = 7


class Rows(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Shared links open a blank page ({index.row()}, {index.column()})"
        return None


class Table(QTableView):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        report_painted()


def main() -> None:
    app = QApplication([])
    if "--async" in sys.argv:
        import asyncio  # noqa: F401
        import sqlite3  # noqa: F401

        import qasync  # noqa: F401
    window = QMainWindow()
    window.resize(1100, 720)
    navigation = QListWidget()
    for text in ("My tickets", "Team tickets", "Drafts", "Billing", "Insights", "Recommendations"):
        navigation.addItem(text)
    page = QWidget()
    layout = QVBoxLayout(page)
    header = QHBoxLayout()
    header.addWidget(QLabel("My tickets"))
    header.addStretch()
    header.addWidget(QLabel("Last synced: just now"))
    header.addWidget(QPushButton("Contact support…"))
    header.addWidget(QPushButton("Refresh"))
    layout.addLayout(header)
    filters = QHBoxLayout()
    filters.addWidget(QLineEdit())
    for _ in range(3):
        filters.addWidget(QComboBox())
    layout.addLayout(filters)
    table = Table()
    rows = Rows()
    table.setModel(rows)
    layout.addWidget(table)
    pages = QStackedWidget()
    pages.addWidget(page)
    splitter = QSplitter()
    splitter.addWidget(navigation)
    splitter.addWidget(pages)
    window.setCentralWidget(splitter)
    window.menuBar().addMenu("File")
    window.menuBar().addMenu("Help")
    window.statusBar().showMessage("Connected")
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
