"""A list made shorter keeps the ticket in view in view (a newcomer's window made
1,024 × 640 left the selected ticket under the list's last row), and leaves alone a
ticket the admin scrolled away from."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.desktop.test_chart_room import _filled


def _list(qtbot: QtBot) -> TicketListPage:
    page = TicketListPage(TaskRunner(lambda error: None), "team")  # no chart over the rows
    qtbot.addWidget(page)
    _filled(page)
    page.resize(1000, 700)
    with qtbot.waitExposed(page):
        page.show()
    return page


def _shows(page: TicketListPage, row: int) -> bool:
    table = page.table
    rect = table.visualRect(table.model().index(row, 0))
    return rect.top() >= 0 and rect.bottom() < table.viewport().height()


def test_the_ticket_in_view_stays_in_view_when_the_list_gets_shorter(qtbot: QtBot) -> None:
    page = _list(qtbot)
    table = page.table
    row = next(r for r in range(table.model().rowCount()) if not _shows(page, r + 4)) - 1
    table.selectRow(row)  # low in the list, in view
    assert _shows(page, row)
    page.resize(1000, 300)
    qtbot.waitUntil(lambda: table.height() < 300)
    assert _shows(page, row)


def test_a_ticket_scrolled_away_from_is_left_where_it_is(qtbot: QtBot) -> None:
    page = _list(qtbot)
    table = page.table
    table.selectRow(0)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())  # reading on
    assert not _shows(page, 0)
    value = table.verticalScrollBar().value()
    page.resize(1000, 400)
    qtbot.waitUntil(lambda: table.height() < 400)
    assert not _shows(page, 0) and table.verticalScrollBar().value() >= value
