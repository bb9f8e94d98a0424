"""From a list's search box to what it found by keyboard: Enter or Down goes to the list,
its first row chosen (a newcomer pressed Tab four times through the filters)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.desktop.test_list_fits import _filled_page


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_PageDown])
def test_enter_or_down_in_the_search_goes_to_the_list(qtbot: QtBot, key: Qt.Key) -> None:
    page = _filled_page(qtbot, 1000)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    search = page.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "Subject")
    qtbot.keyClick(search, key)
    qtbot.waitUntil(page.table.hasFocus)
    assert page.table.currentIndex().row() == 0
    assert search.text() == "Subject"  # the search stays as typed


def test_down_with_nothing_listed_stays_in_the_box(qtbot: QtBot) -> None:
    page = _filled_page(qtbot, 1000)
    page.model.reset((), None)
    search = page.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "nothing")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert not page.table.hasFocus()
