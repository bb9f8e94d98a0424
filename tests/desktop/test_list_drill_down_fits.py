"""A list opened from an Insights chart (R20) says its filters and its times whole, in
every language (issue 19): the status drop-down's chosen "New, open or pending" was cut
to "New, open or …" (the filters shared their row as "All statuses" needs), and Dutch
cut the Updated column's "22 min geleden" to "22 min geled…" (fitted on rows that said
a date)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.ticket_filters import UNSOLVED
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_list_fits import LIST_WIDTH, SMALL_LIST_WIDTH, _whole_in
from tests.desktop.test_local_store import NOW, ticket
from tests.support.list_pages import list_page, show_rows


def _team_page(qtbot: QtBot, width: int, minutes_ago: tuple[int, ...]) -> TicketListPage:
    page = list_page(qtbot, "team")
    page.model.clock = lambda: NOW  # the tickets' "now": today's times say "… ago"
    rows = (ticket(n, minutes_ago=m) for n, m in enumerate(minutes_ago))
    return show_rows(qtbot, page, rows, width)


@pytest.mark.parametrize("width", [LIST_WIDTH, SMALL_LIST_WIDTH])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_the_chosen_status_is_whole_beside_the_other_filters(
    qtbot: QtBot, english: LanguageSwitcher, language: str, width: int
) -> None:  # R20: an Insights drill-down's "New, open or …"
    english.apply(language)
    try:
        page = _team_page(qtbot, width, (5, 30, 3000))
        page.columns.choose(Column.PRODUCT, False)  # the hidden columns' count shows too
        filters = page.filters
        filters.show_values(UNSOLVED, "", "sharing")  # as a chart's bar opens the list
        qtbot.waitUntil(lambda: filters.status.currentData() == UNSOLVED)
        QApplication.processEvents()  # the rows laid out again
        for combo in (filters.status, filters.product, filters.category):
            assert _whole_in(combo), (language, width, combo.currentText(), combo.width())
        # Back to "All statuses": the row is shared again, nothing cut either.
        filters.status.setCurrentIndex(0)
        QApplication.processEvents()
        for combo in (filters.status, filters.product, filters.category):
            assert _whole_in(combo), (language, width, combo.currentText(), combo.width())
    finally:
        english.apply("en")


@pytest.mark.parametrize("width", [LIST_WIDTH, SMALL_LIST_WIDTH])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
def test_updated_keeps_room_for_minutes_ago_after_rows_that_said_dates(
    qtbot: QtBot, english: LanguageSwitcher, language: str, width: int
) -> None:  # "22 min geled…" in Dutch
    english.apply(language)
    try:
        page = _team_page(qtbot, width, (3000, 4500, 6000))  # days ago: dates
        # Filtered (a drill-down, a search): the rows are others, the columns as fitted.
        page.model.reset((ticket(1, minutes_ago=22), ticket(2, minutes_ago=59)), None)
        table = page.table
        header = table.horizontalHeader()
        for row in range(page.model.rowCount()):
            index = page.model.index(row, Column.UPDATED)
            assert "min" in index.data() or language == "ja"
            wanted = table.sizeHintForIndex(index).width()
            assert wanted <= header.sectionSize(Column.UPDATED), (language, index.data())
    finally:
        english.apply("en")
