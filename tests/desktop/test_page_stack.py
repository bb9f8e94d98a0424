"""The page shown sets how short the window may get; a taller page shown later grows it."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.page_stack import PageStack


def page(least_height: int) -> QWidget:
    widget = QWidget()
    widget.setMinimumHeight(least_height)
    return widget


def test_a_hidden_tall_page_does_not_hold_the_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = PageStack()
    short, tall = page(100), page(500)
    stack.addWidget(short)
    stack.addWidget(tall)
    window.setCentralWidget(stack)
    window.resize(400, 600)
    with qtbot.waitExposed(window):
        window.show()
    window.resize(400, 300)
    qtbot.waitUntil(lambda: window.height() == 300)  # a QStackedWidget holds it at 500
    stack.setCurrentWidget(tall)
    qtbot.waitUntil(lambda: window.height() >= 500)  # the page shown gets its room
    assert tall.height() >= 500
