"""Help → Keyboard shortcuts: every shortcut of the app, in the platform's own notation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Key = QKeySequence.StandardKey


def _keys(*sequences: QKeySequence | Key | str) -> str:
    """Shown as the platform writes them (⌘N on macOS, Ctrl+N elsewhere)."""
    texts = []
    for sequence in sequences:
        key = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
        # The key is labelled Enter on most keyboards; Qt names it Return.
        text = key.toString(QKeySequence.SequenceFormat.NativeText).replace("Return", "Enter")
        if text:
            texts.append(text)
    return " / ".join(texts)


def key_margin(table: QWidget) -> int:
    """The room each column keeps beyond its text."""
    return table.fontMetrics().horizontalAdvance("MM")


class ShortcutsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, pages: Callable[[], int] = lambda: 7
    ) -> None:
        super().__init__(parent)
        self._pages = pages  # how many pages the navigation shows now (admins and members differ)
        self.setObjectName("shortcuts_dialog")
        self.table = QTableWidget(0, 2)
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move within
        self.table.setObjectName("shortcuts_table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)  # one line a row: the table is made wide enough
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Its width set in _fit: its text and a margin (made to fit its text only, the
        # longest keys, Dutch "Esc / Alt+Pijl links", ended at the table's very edge).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def rows(self) -> list[tuple[str, str]]:
        settings = QKeySequence(Key.Preferences)
        quit_keys = QKeySequence(Key.Quit)
        return [
            (self.tr("Contact support (new ticket)"), _keys(Key.New)),
            # Issue 19: no Tab stop after the subject (Tab goes on to the description).
            (
                self.tr("Contact support: from the subject to the suggested help articles"),
                _keys("Down"),
            ),
            (self.tr("Search the ticket list"), _keys(Key.Find)),
            (self.tr("Clear the search (in the search box or the list)"), _keys("Esc")),
            (self.tr("Refresh the page shown"), _keys(Key.Refresh)),
            (
                self.tr("Go to the 1st, 2nd … page of the navigation (the Go menu lists them)"),
                " … ".join((_keys("Ctrl+1"), _keys(f"Ctrl+{max(self._pages(), 1)}"))),
            ),
            (self.tr("Open the selected ticket"), _keys("Return")),
            (self.tr("The list's first or last ticket"), _keys("Home", "End")),
            (
                self.tr("Sort the list, show or hide its columns (on a row)"),
                _keys("Menu", "Shift+F10"),
            ),
            # Insights: a chart reached by Tab, its bars by the arrows (Home, End: the
            # first and last); a bar's or a tile's tickets open as by a click.
            (
                self.tr("Insights: the chart's next bar (first, last)"),
                self.tr("Arrows, {keys}").format(keys=_keys("Home", "End")),
            ),
            (self.tr("Insights: open a bar's or a tile's tickets"), _keys("Return", "Space")),
            # From a list too (its selected ticket: beside it in the pane, or opened).
            (
                self.tr("Write a reply (to the open ticket, or the one selected in a list)"),
                _keys("R"),
            ),
            (self.tr("Send the reply"), _keys("Ctrl+Return")),
            (self.tr("Send a chat line (Shift+Enter: a new line)"), _keys("Return")),
            (
                self.tr("Back (to the list; from a chart's tickets, to Insights)"),
                _keys("Esc", Key.Back),
            ),
            (self.tr("Close the chat window"), _keys(Key.Close)),
            (self.tr("Settings"), _keys(settings if not settings.isEmpty() else "Ctrl+,")),
            (self.tr("Keyboard shortcuts"), _keys(Key.HelpContents)),
            (self.tr("Quit"), _keys(quit_keys if not quit_keys.isEmpty() else "Ctrl+Q")),
        ]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.retranslate_ui()  # the pages shown may have changed since (a sign-in)
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (action, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(action))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self._fit()

    def _fit(self) -> None:
        """Every row shown, each on one line, without a scrollbar: compact rows, and the
        table as wide and tall as its text (on a 1024×640 screen, in every language)."""
        table = self.table
        line = table.fontMetrics().height()
        table.verticalHeader().setDefaultSectionSize(line + 8)
        header = table.horizontalHeader()
        needed = [
            max(table.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
            for c in range(table.columnCount())
        ]
        # Air between the actions and the keys, and after the keys, which end at the
        # table's edge: two letters' width, in the table's font, in every language.
        needed = [width + key_margin(table) for width in needed]
        header.resizeSection(1, needed[1])
        columns = sum(needed)
        frame = 2 * table.frameWidth()
        table.setMinimumSize(
            columns + frame,
            header.sizeHint().height() + table.verticalHeader().length() + frame,
        )
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
