"""Team tickets keeps its submitter column when the columns are a few pixels short: the
subject gives them (Dutch Team tickets at the default size lost "Ingediend door" for 2 px
once the Updated column kept room for "… geleden"; a screenshot review). Short by more,
the submitter steps aside as before (beside a reading pane, whose header names them)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.api.models import PersonRef
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.column_fit import MIN_SUBJECT_WIDTH, SUBJECT_GIVES_FIRST
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import ticket


def _page(qtbot: QtBot) -> TicketListPage:
    page = TicketListPage(TaskRunner(lambda error: None), "team")
    qtbot.addWidget(page)
    noah = PersonRef(id="usr_noah", name="Noah de Vries")
    page.model.reset(tuple(ticket(n, submitter=noah) for n in range(1, 20)), None)
    page._state = "ready"  # noqa: SLF001 - as after a sync
    page.retranslate_ui()
    for column in (Column.CHANNEL, Column.PRODUCT):
        page.table.setColumnHidden(column, True)  # as if hidden by the user: out of the way
    page.resize(1600, 600)
    with qtbot.waitExposed(page):
        page.show()
    page.columns.fit()
    return page


def _shown_widths(page: TicketListPage) -> int:
    header = page.table.horizontalHeader()
    return sum(
        header.sectionSize(c)
        for c in Column
        if c != Column.SUBJECT and not page.table.isColumnHidden(c)
    )


@pytest.mark.parametrize(
    ("short", "kept"), [(2, True), (SUBJECT_GIVES_FIRST, True), (SUBJECT_GIVES_FIRST + 30, False)]
)
def test_a_few_pixels_short_the_subject_gives_them(qtbot: QtBot, short: int, kept: bool) -> None:
    page = _page(qtbot)
    table = page.table
    others = _shown_widths(page)  # the submitter's included, all whole at 1600 px
    chrome = page.width() - table.room()
    page.resize(others + MIN_SUBJECT_WIDTH - short + chrome, 600)
    qtbot.waitUntil(lambda: table.room() == others + MIN_SUBJECT_WIDTH - short, timeout=2000)
    page.columns.fit()
    assert table.isColumnHidden(Column.SUBMITTER) is not kept
    if kept:
        header = table.horizontalHeader()
        assert header.sectionSize(Column.SUBMITTER) >= table.sizeHintForColumn(Column.SUBMITTER)
        assert header.sectionSize(Column.SUBJECT) >= MIN_SUBJECT_WIDTH - short
