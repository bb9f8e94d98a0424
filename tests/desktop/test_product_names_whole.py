"""Product names are whole at the default size (a screenshot review: "Dropbox Dash" read
"Dropbox …" in Team tickets at 1100×720 in English). The Product column fits every
product's name, not only those of the rows it measured (the first FIT_ROWS, often all
"Dropbox"); the product filter shows "Dropbox Dash" whole when chosen. The subject is the
column that elides."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.insights import UNSOLVED
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.text.labels import PRODUCTS, product_label
from desktop.ui.tickets.list.cell_width import widest_cell
from desktop.ui.tickets.list.ticket_list_page import FIT_ROWS, TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_list_fits import (
    DOCKED_LIST_WIDTH,
    LIST_WIDTH,
    SMALL_LIST_WIDTH,
    _whole_in,
)
from tests.desktop.test_local_store import ticket
from tests.support.list_pages import list_page, show_rows


def _page(qtbot: QtBot, scope: str, width: int = LIST_WIDTH) -> TicketListPage:
    # The measured rows all Dropbox; a Dash ticket below them, as in the demo team.
    rows = (
        ticket(n, f"Subject {n}", minutes_ago=n, product="dash" if n > FIT_ROWS else "dropbox")
        for n in range(1, FIT_ROWS + 6)
    )
    return show_rows(qtbot, list_page(qtbot, scope), rows, width)


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
@pytest.mark.parametrize("scope", ["mine", "team"])
def test_every_product_name_is_whole_in_its_column_at_the_default_size(
    qtbot: QtBot, english: LanguageSwitcher, language: str, scope: str
) -> None:
    english.apply(language)
    try:
        page = _page(qtbot, scope)
        table = page.table
        assert not table.isColumnHidden(Column.PRODUCT), (language, scope)
        wanted = widest_cell(table, [product_label(p) for p in PRODUCTS])
        width = table.horizontalHeader().sectionSize(Column.PRODUCT)
        assert width >= wanted, (language, scope, width, wanted)
    finally:
        english.apply("en")


@pytest.mark.parametrize("width", [LIST_WIDTH, SMALL_LIST_WIDTH, DOCKED_LIST_WIDTH])
@pytest.mark.parametrize("language", ["en", "ja", "nl"])
@pytest.mark.parametrize("scope", ["mine", "team"])
def test_the_chosen_product_is_whole_in_its_filter(
    qtbot: QtBot, english: LanguageSwitcher, language: str, scope: str, width: int
) -> None:
    english.apply(language)
    try:
        page = _page(qtbot, scope, width)
        filters = page.filters
        combo = filters.product
        combo.setCurrentIndex(combo.findData("dash"))
        QApplication.processEvents()
        assert _whole_in(combo), (language, scope, combo.currentText(), combo.width())
        if width == DOCKED_LIST_WIDTH:
            # Beside the reading pane (a 1440 px window), three long choices at once need
            # more than the row has in Dutch: they elide, each whole in its tooltip.
            return
        # As a drill-down from the products chart of the tickets open now sets them all.
        filters.show_values(UNSOLVED, "dash", "sign_in")
        QApplication.processEvents()
        for each in (filters.status, filters.product, filters.category):
            assert _whole_in(each), (language, scope, width, each.currentText(), each.width())
    finally:
        english.apply("en")
