"""Esc in the search box clears the search, and the ticket selected before it stays
selected and in view in the whole list, as mail clients do: among the first rows a cleared
search reads (selected at once, before Qt laid the new rows out: the list stayed at its
top), and further down (the list is read a page at a time; the store finds its place).

A real service (the demo data and 250 more of Ava's tickets) fills a real store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_list_sorting import (
    _ava_with_many_tickets,
    _bound_page,
    _selected,
    _shown,
)
from tests.support.app import make_settings
from tests.support.waiting import wait_until


def _in_view(page: TicketListPage, ticket_id: str) -> bool:
    row = page.model.row_of(ticket_id)
    if row is None:
        return False
    rect = page.table.visualRect(page.model.index(row, Column.SUBJECT))
    return rect.isValid() and page.table.viewport().rect().contains(rect.center())


@pytest.mark.parametrize("where", ["below the first screen", "past the first page"])
async def test_escape_in_the_search_box_keeps_the_ticket_selected_and_in_view(
    qtbot: QtBot, tmp_path: Path, where: str
) -> None:
    async with _ava_with_many_tickets(tmp_path) as world:
        page = await _bound_page(qtbot, world.tasks, make_settings(tmp_path), world.service)
        if where == "past the first page":
            page.table.scrollToBottom()
            await wait_until(lambda: len(_shown(page)) > 230, what="the next page")
            row = 230
        else:
            row = page.table.rowAt(page.table.viewport().height() - 1) + 5
        far = _shown(page)[row].id
        page.table.selectRow(row)
        page.table.scrollTo(page.model.index(row, 0))
        assert _in_view(page, far)
        page.activateWindow()
        page.filters.search.setFocus()
        QTest.keyClicks(page.filters.search, "dash")  # a few of the demo's tickets
        await wait_until(lambda: page.online_search.text == "dash", what="the search")
        assert 0 < len(_shown(page)) < 5
        assert far not in [t.id for t in _shown(page)]
        QTest.keyClick(page.filters.search, Qt.Key.Key_Escape)
        assert page.filters.search.text() == ""
        await wait_until(lambda: page.online_search.text == "", what="the search cleared")
        await wait_until(lambda: _selected(page) == far, what="the ticket selected before")
        await wait_until(lambda: _in_view(page, far), what="it scrolled into view")


async def test_escape_finds_a_ticket_scrolled_to_past_two_thousand_rows(
    qtbot: QtBot, tmp_path: Path
) -> None:  # the list looks this far for a ticket it lost (RESELECT_ROWS), but it was read
    async with _ava_with_many_tickets(tmp_path, count=2_300) as world:
        page = await _bound_page(qtbot, world.tasks, make_settings(tmp_path), world.service)
        while len(_shown(page)) <= 2_100:
            read = len(_shown(page))
            page.table.scrollToBottom()
            await wait_until(lambda: len(_shown(page)) > read, what="the next page")  # noqa: B023
        row = 2_100
        far = _shown(page)[row].id
        page.table.selectRow(row)
        page.filters.search.setFocus()
        QTest.keyClicks(page.filters.search, "dash")
        await wait_until(lambda: page.online_search.text == "dash", what="the search")
        QTest.keyClick(page.filters.search, Qt.Key.Key_Escape)
        await wait_until(lambda: page.online_search.text == "", what="the search cleared")
        await wait_until(lambda: _selected(page) == far, what="the ticket selected before")
        await wait_until(lambda: _in_view(page, far), what="it scrolled into view")
