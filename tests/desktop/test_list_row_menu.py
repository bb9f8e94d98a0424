"""A ticket row's menu opens the ticket (newcomer 100): "Open" first and bold, as the
list's double-click and Enter do; on no row, only sorting and columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import TICKET_ID_ROLE
from tests.desktop.test_local_store import ticket
from tests.support.list_pages import list_page, show_rows

POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def _page(qtbot: QtBot, scope: str) -> TicketListPage:
    rows = [ticket(n, f"Subject {n}", minutes_ago=n * 7) for n in range(1, 6)]
    page = show_rows(qtbot, list_page(qtbot, scope), rows, 1000)
    page._install_column_menu()  # noqa: SLF001 - as bind() does, with no service here
    return page


def _shown_menu(page: TicketListPage) -> QMenu:
    assert page.list_menu is not None
    menu = page.list_menu.menu
    assert menu is not None and menu.isVisible()
    return menu


@POPUP
@pytest.mark.parametrize("scope", ["mine", "team"])
def test_a_rows_menu_opens_its_ticket_as_a_double_click(qtbot: QtBot, scope: str) -> None:
    page = _page(qtbot, scope)
    table = page.table
    opened: list[str] = []
    page.ticket_open_requested.connect(opened.append)
    row = table.model().index(2, 0)
    expected = str(row.data(TICKET_ID_ROLE))

    # A right-click on the third row (the pointer's place): Open, first and the default.
    table.customContextMenuRequested.emit(table.visualRect(row).center())
    menu = _shown_menu(page)
    first = menu.actions()[0]
    assert first.objectName() == "open_ticket_action" and first.text() == "&Open"
    assert menu.defaultAction() is first  # drawn bold
    first.trigger()
    menu.close()
    assert opened == [expected]
    table.doubleClicked.emit(row)  # the same ticket as a double-click
    assert opened == [expected, expected]

    # By the keyboard (Shift+F10 on the current row): its ticket, too.
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = _shown_menu(page)
    action = menu.findChild(QAction, "open_ticket_action")
    assert action is not None and menu.defaultAction() is action
    action.trigger()
    menu.close()
    assert opened[-1] == str(table.model().index(0, 0).data(TICKET_ID_ROLE))


@POPUP
def test_the_menu_under_the_rows_has_no_open(qtbot: QtBot) -> None:
    page = _page(qtbot, "mine")
    table = page.table
    below = QPoint(10, table.viewport().height() - 2)
    assert not table.indexAt(below).isValid()
    table.customContextMenuRequested.emit(below)
    menu = _shown_menu(page)
    assert menu.findChild(QAction, "open_ticket_action") is None
    assert menu.defaultAction() is None
    menu.close()
