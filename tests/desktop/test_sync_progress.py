"""A first sync of a big team says how far it got, then when it was done (issue 6).

A real service over a database with a few hundred of Ava's tickets more than the demo
has: the sync reads them in pages of 200, and My tickets says so as each page lands.
"""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.store.tickets import TicketQuery
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.support.databases import sqlite_database
from tests.support.many_tickets import add_tickets_for
from tests.support.server import run_cli, running_server
from tests.support.waiting import wait_until

EMAIL = "ava@northwind.example"
SO_FAR = re.compile(r"Syncing… (\d+) tickets so far")


async def test_a_first_sync_shows_how_far_it_got_then_when_it_was_done(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sqlite_database(tmp_path) as url:
        assert run_cli(url, "migrate").returncode == 0
        assert run_cli(url, "seed-demo").returncode == 0
        await add_tickets_for(url, EMAIL, 450)
        with running_server(url, tmp_path, seed=False) as server:
            client = ApiClient(server.url)
            store = await AccountStore.open(tmp_path / "store.sqlite3")
            tasks = TaskRunner(lambda error: None)
            page = TicketListPage(tasks, "mine")
            qtbot.addWidget(page)
            try:
                await client.health()
                user = await client.sign_in(EMAIL, "demo-password")
                page.show()
                said: list[str] = []
                set_text = page.synced.setText

                def record(text: str) -> None:  # what the label is told, in order
                    said.append(text)
                    set_text(text)

                page.synced.setText = record  # type: ignore[method-assign]
                page.bind(TicketService(client, store))  # the first sync, as signing in does
                await wait_until(
                    lambda: page.synced.text().startswith("Last synced"),
                    what=lambda: f"the sync done (said so far: {said})",
                )
                # The label is also redrawn as rows land: the distinct counts, in order.
                counts = list(
                    dict.fromkeys(int(m.group(1)) for m in map(SO_FAR.fullmatch, said) if m)
                )
                mine = store.tickets.count(TicketQuery(user_id=user.id))
                assert mine > 450
                # A page of 200 at a time, each said as it landed, up to all of them.
                assert counts[:2] == [200, 400], said
                assert counts == sorted(counts) and counts[-1] >= mine
                assert said[-1] == "Last synced just now"
            finally:
                await tasks.cancel_all()
                await client.aclose()
                await store.close()
