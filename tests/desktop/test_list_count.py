"""The count under a list ("12 tickets") is read once typing pauses, not at each key, and a
sort keeps it: the same tickets in another order (a count per key kept the store's reading
thread scanning for counts nobody saw). A store change counts again.

A real service (the demo world) fills a real store; the page counts through the store's
own reading thread. The store's count is wrapped only to see how often it is asked.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.api.models import PersonRef
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.store.tickets import TicketQuery
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.online_search import SearchState
from desktop.ui.tickets.list.ticket_list_page import COUNT_PAUSE_MS
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_list_sorting import EMAIL, _bound_page, _click_header
from tests.desktop.test_local_store import ticket
from tests.support.app import make_settings
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

# Longer than the pause and the count together, on a slow machine too.
SETTLED = COUNT_PAUSE_MS / 1000 * 4


async def test_the_count_waits_for_typing_to_pause_and_a_sort_keeps_it(
    qtbot: QtBot, server: RunningServer, tmp_path: Path
) -> None:
    client = ApiClient(server.url)
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    tasks = TaskRunner(lambda error: None)
    try:
        user = await client.sign_in(EMAIL, "demo-password")
        service = TicketService(client, store)
        asked: list[TicketQuery] = []
        real_count = service.store.count_in_background

        async def counting(query: TicketQuery, *, exact: bool = False) -> int:
            asked.append(query)
            return await real_count(query, exact=exact)

        service.store.count_in_background = counting  # type: ignore[method-assign]
        page = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        await wait_until(lambda: page.count_said != "", what="the first count")
        asked.clear()

        # Typed a key at a time, faster than the pause: no count of "s", "sy" or "syn";
        # "sync" counted (again once the service's finds for it are in the list).
        for key in "sync":
            QTest.keyClicks(page.filters.search, key)
            await asyncio.sleep(COUNT_PAUSE_MS / 1000 / 5)
        await wait_until(lambda: page.online_search.state == SearchState.DONE, what="the finds")
        await asyncio.sleep(SETTLED)
        assert {q.text for q in asked} == {"sync"}, [q.text for q in asked]
        assert len(asked) <= 2
        expected = store.tickets.count(page._query(service))  # noqa: SLF001
        assert expected > 0
        assert page.count_said == f"{expected} tickets"
        counted = len(asked)

        # Sorted: the same tickets, the same count, not read again.
        _click_header(page, Column.SUBJECT)
        _click_header(page, Column.NUMBER)
        await asyncio.sleep(SETTLED)
        assert len(asked) == counted
        assert page.count_said == f"{expected} tickets"

        # A ticket of hers about sync arrives in the store: counted again.
        await store.tickets.save(
            [
                ticket(
                    9901,
                    "Sync stops on the new laptop",
                    updated_at=datetime.now(UTC),
                    submitter=PersonRef(id=user.id, name=user.name),
                )
            ]
        )
        await wait_until(
            lambda: page.count_said == f"{expected + 1} tickets",
            what="the new count",
        )
        assert len(asked) == counted + 1
    finally:
        await tasks.cancel_all()
        await client.aclose()
        await store.close()


async def test_another_list_never_shows_the_last_ones_count(
    qtbot: QtBot, server: RunningServer, tmp_path: Path
) -> None:
    """A filter (or a drill-down) shows other tickets: until they are counted, no count is
    said (a drill-down of 4 tickets was headed "26 tickets", the count before it)."""
    client = ApiClient(server.url)
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    tasks = TaskRunner(lambda error: None)
    try:
        await client.sign_in(EMAIL, "demo-password")
        service = TicketService(client, store)
        page = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        await wait_until(lambda: page.count_said != "", what="the first count")
        every = page.count_said
        said: list[str] = []
        page.model.modelReset.connect(lambda: said.append(page.count_said))
        combo = page.filters.status
        combo.setCurrentIndex(combo.findData("solved"))
        await wait_until(lambda: bool(said), what="the solved tickets listed")
        await asyncio.sleep(0)  # the state line follows the rows in the same pass
        shown = page.count_said
        assert shown in ("", f"{store.tickets.count(page._query(service))} tickets")  # noqa: SLF001
        assert shown != every
        expected = store.tickets.count(page._query(service))  # noqa: SLF001
        await wait_until(
            lambda: page.count_said == f"{expected} tickets",
            what="their own count",
        )
    finally:
        await tasks.cancel_all()
        await client.aclose()
        await store.close()
