"""Team tickets in Japanese at 1024×640 (issue 19): a cell shows its text whole, or its
column steps aside with the header's link saying so; never a cut.

A newcomer's window cut "Noah de Vr…" in Submitted by, and the products to "Dropbox …",
after they brought columns back from the link after the filters: those columns were
capped to a few letters rather than stepping aside. The subject now gives them its room
down to its least, and when that is not enough they step aside too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.api.models import PersonRef
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_local_store import ticket
from tests.support.app import compiled_catalogs
from tests.support.list_pages import list_page, show_rows

# Team tickets' room in a 1024×640 window beside the Japanese navigation (780 px here),
# less what the newcomer's wider desktop font took: their window cut these cells.
TEAM_LIST_WIDTH = 740
MEMBERS = ("Noah de Vries", "Liam Smit", "Mia Bakker", "Yuki Tanaka")


@pytest.fixture
def japanese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageSwitcher(app, compiled_catalogs())
    languages.apply("ja")
    yield
    languages.apply("en")


def _team_page(qtbot: QtBot) -> TicketListPage:
    rows = (
        ticket(
            n,
            f"Subject {n}",
            minutes_ago=n,
            product="dash" if n % 2 else "dropbox",
            channel="callback" if n % 3 else "request",
            submitter=PersonRef(id=f"usr_{n % len(MEMBERS)}", name=MEMBERS[n % len(MEMBERS)]),
        )
        for n in range(1, 30)
    )
    return show_rows(qtbot, list_page(qtbot, "team"), rows, TEAM_LIST_WIDTH)


def _cut_cells(page: TicketListPage) -> list[tuple[str, str]]:
    """Each shown cell (but the subject's, which elides by design) narrower than its text."""
    table, model = page.table, page.model
    header = table.horizontalHeader()
    cut = []
    for column in Column:
        if column == Column.SUBJECT or table.isColumnHidden(column):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if table.sizeHintForIndex(index).width() > header.sectionSize(column):
                cut.append((column.name, str(index.data())))
    return cut


@pytest.mark.usefixtures("japanese")
@pytest.mark.parametrize(
    "brought",
    [(Column.PRODUCT, Column.SUBMITTER), (Column.PRODUCT, Column.CHANNEL)],
    ids=["product-submitter", "product-channel"],
)
def test_columns_brought_back_are_whole_or_aside_never_cut(
    qtbot: QtBot, brought: tuple[Column, ...]
) -> None:
    page = _team_page(qtbot)
    assert page.columns.gave_way, "the test wants columns that stepped aside"
    assert _cut_cells(page) == []
    for column in brought:
        page.columns.choose(column, True)  # as the link's menu brings it back
        assert _cut_cells(page) == [], column
        # What is not shown is said by the link after the filters.
        hidden = [c for c in Column if page.table.isColumnHidden(c)]
        button = page.hidden_columns
        assert button is not None
        assert button.columns == hidden
        assert button.isVisible() == bool(hidden)
