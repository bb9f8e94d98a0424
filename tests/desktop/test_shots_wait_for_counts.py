"""``--screenshots`` shoots a ticket list once it says how many tickets it holds: Team
tickets, first opened for its dark picture, was shot before its count came ("Up to date"
without "26 tickets"; the count is read a moment after the rows, off the GUI thread).

A real service's demo tickets in a real store; the page is bound as the window binds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.bootstrap.shooting import list_counted
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("shots-counts")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def test_a_list_first_shown_is_shot_with_its_count(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    client = ApiClient(server.url)
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    tasks = TaskRunner(lambda error: None)
    try:
        await client.sign_in("ava@northwind.example", "demo-password")
        page = TicketListPage(tasks, "team")
        qtbot.addWidget(page)
        page.resize(1100, 640)
        page.show()
        page.bind(TicketService(client, store))  # as the window does when first opened
        await list_counted(page)
        rows = page.model.rowCount()
        assert rows > 0
        assert page.count_said == f"{rows} tickets"
    finally:
        await tasks.cancel_all()
        await client.aclose()
        await store.close()
