"""Esc in a searched list (the keyboard in the rows) clears the search, as Esc in the search
box does: every ticket again, the selected one still selected, the keyboard still in the
list (a newcomer pressed Esc there and nothing happened). With no search, Esc goes on to
whatever the window does with it (a docked ticket's "back", here a window-wide shortcut).

A real service's tickets in a real store; the page is bound to it as the window binds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.desktop.test_online_search import bound_page, search_for, shown_ids
from tests.support.databases import run_in_own_loop, sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import create_ticket
from tests.support.waiting import wait_until

WORD = "zanzibarquill"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningServer, str]]:
    directory = tmp_path_factory.mktemp("list-escape")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        found: list[str] = []

        async def open_them() -> None:
            ticket = await create_ticket(server.url, subject=f"The {WORD} printer jams")
            found.append(str(ticket["id"]))
            await create_ticket(server.url, subject="Newer, without the word")

        run_in_own_loop(open_them)
        yield server, found[0]


async def test_escape_in_the_searched_list_clears_the_search_and_keeps_the_ticket(
    server: tuple[RunningServer, str], qtbot: QtBot, tmp_path: Path
) -> None:
    running, found = server
    async with bound_page(qtbot, tmp_path, running.url) as (page, _service, _tasks):
        window_escapes: list[bool] = []
        QShortcut(QKeySequence(Qt.Key.Key_Escape), page, lambda: window_escapes.append(True))
        everything = shown_ids(page)
        assert found in everything and everything.index(found) > 0
        page.table.selectRow(0)  # another ticket chosen before the search
        before = page.selected_ticket()
        assert before != found

        await search_for(page, WORD)
        assert shown_ids(page) == [found]
        assert page.selected_ticket() == found  # the page chose its first result
        page.activateWindow()
        page.table.setFocus()
        await wait_until(page.table.hasFocus, what="the list focused")

        QTest.keyClick(page.table, Qt.Key.Key_Escape)
        assert page.filters.search.text() == ""
        assert window_escapes == []  # this Esc cleared the search, nothing else
        await wait_until(lambda: page.online_search.text == "", what="the search cleared")
        await wait_until(lambda: before in shown_ids(page), what="every ticket again")
        await wait_until(lambda: page.selected_ticket() is not None, what="a selection")
        assert page.selected_ticket() == found  # not back on the one from before
        assert page.table.hasFocus()

        QTest.keyClick(page.table, Qt.Key.Key_Escape)
        assert window_escapes == [True]  # no search: Esc does what it did before
        assert page.selected_ticket() == found
