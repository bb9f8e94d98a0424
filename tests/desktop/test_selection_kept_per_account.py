"""A list bound to a new session of the same account selects the ticket that account had
selected, also one far down the list (read down to it, as a sort keeps its ticket); one
gone since leaves the first row selected, as in any new session. Another account's
choice is never brought to it.

A real store file; the page is bound and unbound as the window does at sign-in and out
(the service is not reached: the store answers).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.api.list_models import PersonRef, User
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import PAGE, TicketListPage
from tests.desktop.test_local_store import ticket
from tests.support.waiting import wait_until

AVA = User("usr_ava", "Ava Jansen", "ava@northwind.example", "admin", "team_1", None, "en")
NOAH = User("usr_noah", "Noah de Vries", "noah@northwind.example", "admin", "team_1", None, "en")
# More than the rows a new list reads first: the last ones are reached by reading on.
TICKETS = PAGE + 60


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AccountStore]:
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    noah = PersonRef(id=NOAH.id, name=NOAH.name)
    await store.tickets.save(
        [ticket(n, minutes_ago=n) for n in range(1, TICKETS + 1)]
        + [ticket(n, minutes_ago=n, submitter=noah) for n in range(9001, 9006)]
    )
    try:
        yield store
    finally:
        await store.close()


def _session(store: AccountStore, user: User, clients: list[ApiClient]) -> TicketService:
    client = ApiClient("http://127.0.0.1:9")  # never answers: the store is what is shown
    client.resume_offline("kept-refresh-token", user)
    clients.append(client)
    return TicketService(client, store)


async def _bound(page: TicketListPage, service: TicketService) -> None:
    page.bind(service)
    await wait_until(lambda: not page._syncing, what="the (failed) sync over")


async def test_the_same_account_finds_its_ticket_selected_again(
    qtbot: QtBot, store: AccountStore
) -> None:
    tasks = TaskRunner(lambda _error: None)
    clients: list[ApiClient] = []
    page = TicketListPage(tasks, "mine")
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    try:
        await _bound(page, _session(store, AVA, clients))
        far_down = f"tkt_{TICKETS - 3}"  # past the first rows read
        assert page.model.row_of(far_down) is None
        assert page.reveal(far_down)  # chosen (read down to it)

        page.bind(None)  # signed out
        await _bound(page, _session(store, NOAH, clients))  # someone else in between
        assert page.selected_ticket() == "tkt_9001"  # their newest, not Ava's choice
        page.bind(None)
        await _bound(page, _session(store, AVA, clients))  # Ava again
        await wait_until(lambda: page.selected_ticket() == far_down, what="her ticket again")

        page.bind(None)
        await store.tickets.forget(far_down)  # gone (no longer hers to see)
        await _bound(page, _session(store, AVA, clients))
        await wait_until(lambda: page.selected_ticket() is not None, what="a row selected")
        assert page.selected_ticket() == "tkt_1"  # the newest, as a new session's list
    finally:
        page.bind(None)
        await tasks.cancel_all()
        for client in clients:
            await client.aclose()
