"""Team tickets (R17, R18): one list with no lone heading over it, and a note that says
the list starts on a date, not that older tickets are gone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage


def test_team_tickets_has_no_lone_heading_and_says_where_it_starts(qtbot: QtBot) -> None:  # R18
    page = TicketListPage(TaskRunner(lambda error: None), "team")
    qtbot.addWidget(page)
    page.show()
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert "Recent" not in shown  # the only section: a heading over it says nothing
    note = page.scope_note.text()
    assert "changed since Dec 11, 2024" in note
    assert "earlier ones are not listed here" in note
