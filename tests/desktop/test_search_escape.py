"""Esc in a list's search box empties it; with the box already empty, Esc goes on to
whatever the window does with it (here a window-wide Esc shortcut)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.ticket_filters import TicketFilters


def test_escape_clears_the_search_then_does_what_it_did_before(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    filters = TicketFilters()
    QVBoxLayout(window).addWidget(filters)
    escaped: list[bool] = []
    QShortcut(QKeySequence(Qt.Key.Key_Escape), window, lambda: escaped.append(True))
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):  # the window's Esc shortcut works in the active window
        window.activateWindow()
    changes: list[bool] = []
    filters.changed.connect(lambda: changes.append(True))
    filters.search.setFocus()
    QTest.keyClicks(filters.search, "finder")
    qtbot.waitUntil(lambda: bool(changes))

    changes.clear()
    QTest.keyClick(filters.search, Qt.Key.Key_Escape)
    assert filters.search.text() == ""
    assert escaped == []  # the first Esc only cleared the search
    qtbot.waitUntil(lambda: bool(changes))  # the list is told: every ticket again
    assert filters.values()["q"] == ""

    QTest.keyClick(filters.search, Qt.Key.Key_Escape)
    assert escaped == [True]  # the box was empty: Esc did what it did before


def test_escape_with_a_modifier_is_left_alone(qtbot: QtBot) -> None:
    filters = TicketFilters()
    qtbot.addWidget(filters)
    filters.show()
    filters.search.setText("finder")
    QTest.keyClick(filters.search, Qt.Key.Key_Escape, Qt.KeyboardModifier.ShiftModifier)
    assert filters.search.text() == "finder"
