"""The header's context menu hides and shows columns, and the choice is kept."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import ticket


def shown_page(qtbot: QtBot, scope: str) -> TicketListPage:
    page = TicketListPage(TaskRunner(lambda error: None), scope)
    qtbot.addWidget(page)
    page.resize(1100, 500)  # room for every column: none steps aside
    page.model.reset(tuple(ticket(n) for n in range(1, 10)), None)
    page._state = "ready"  # noqa: SLF001 - as after a sync
    page.retranslate_ui()
    page.show()
    page.columns.fit()  # as the first rows do
    page._install_column_menu()  # noqa: SLF001 - as binding the session does
    return page


def test_a_column_hidden_from_the_header_menu_stays_hidden(qtbot: QtBot) -> None:
    page = shown_page(qtbot, "team")
    assert page.column_menu is not None
    menu = page.column_menu.build()
    titles = [a.text() for a in menu.actions()]
    assert "Subject" not in titles  # the subject always shows
    assert titles == [
        "Number",
        "Status",
        "Response",
        "Channel",
        "Product",
        "Submitted by",
        "Updated",
    ]
    channel = next(a for a in menu.actions() if a.text() == "Channel")
    assert channel.isChecked()
    channel.toggle()
    assert page.table.isColumnHidden(Column.CHANNEL)
    state = page.column_widths()
    assert state is not None

    again = shown_page(qtbot, "team")
    again.restore_column_widths(state)
    assert again.table.isColumnHidden(Column.CHANNEL)
    assert not again.table.isColumnHidden(Column.SUBMITTER)
    menu = again.column_menu.build() if again.column_menu else None
    assert menu is not None
    assert not next(a for a in menu.actions() if a.text() == "Channel").isChecked()


def test_my_tickets_offer_no_submitter_column(qtbot: QtBot) -> None:
    page = shown_page(qtbot, "mine")
    assert page.column_menu is not None
    titles = [a.text() for a in page.column_menu.build().actions()]
    assert "Submitted by" not in titles  # R17: only among the team's
