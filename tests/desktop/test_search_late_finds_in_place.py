"""A search's late finds (the service's, read in after the store's own) arrive above the
selected row: it stays where it is on screen, the list scrolled by their height (a
newcomer saw the row they had chosen slide away under the pointer).

A real service holds tickets whose subjects have the word (the store finds those at
once) and newer ones that have it only in a message (the service finds those); the
page is bound to a real store as the window binds its lists. The service's answer is
held until the admin has chosen a row (the question itself goes to the service).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.online_search import SearchState
from desktop.ui.tickets.list.ticket_list_page import LIVE_ROWS, TicketListPage
from tests.desktop.test_online_search import bound_page, search_for, shown_ids
from tests.support.databases import run_in_own_loop, sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import DEMO_PASSWORD
from tests.support.waiting import wait_until

WORD = "kiwiflute"
LATE = 3  # found only in messages: newer than the rest, so listed above them
# Subjects with the word: fewer than LIVE_ROWS in all (each find is placed in the list),
# or more (the list is read again).
FEW, MANY = 24, LIVE_ROWS + 6


class Finds:
    def __init__(self, server: RunningServer, late: dict[int, list[str]]) -> None:
        self.server = server
        self.late = late  # the tickets only the service finds, by how many were in subjects


async def _open(api: httpx.AsyncClient, headers: dict[str, str], subject: str, body: str) -> str:
    fields = {"product": "dropbox", "channel": "request", "category": "sync", "language": "en"}
    response = await api.post(
        "/tickets", json=fields | {"subject": subject, "body": body}, headers=headers
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


@pytest.fixture(scope="module")
def finds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Finds]:
    directory = tmp_path_factory.mktemp("late-finds")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        late: dict[int, list[str]] = {}

        async def open_them() -> None:
            async with httpx.AsyncClient(base_url=f"{server.url}/v1") as api:
                signed = await api.post(
                    "/auth/token",
                    json={"email": "ava@northwind.example", "password": DEMO_PASSWORD},
                )
                headers = {"Authorization": f"Bearer {signed.json()['access_token']}"}
                for count in (FEW, MANY):
                    word = f"{WORD}{count}"
                    for n in range(count):
                        await _open(api, headers, f"{word} sync stops, laptop {n}", "It stops.")
                    late[count] = [
                        await _open(
                            api, headers, f"Uploads stop, camera {n}", f"The {word} folder."
                        )
                        for n in range(LATE)
                    ]

        run_in_own_loop(open_them)
        yield Finds(server, late)


def _top_of(page: TicketListPage, ticket_id: str) -> int:
    row = page.model.row_of(ticket_id)
    assert row is not None
    return page.table.visualRect(page.model.index(row, 0)).top()


@pytest.mark.parametrize("count", [FEW, MANY], ids=["placed-one-by-one", "read-again"])
async def test_late_finds_above_the_selected_row_move_it_not(
    finds: Finds, qtbot: QtBot, tmp_path: Path, count: int
) -> None:
    word = f"{WORD}{count}"
    async with bound_page(qtbot, tmp_path, finds.server.url) as (page, service, _tasks):
        page.resize(1100, 560)  # rows to scroll through
        release = asyncio.Event()
        search = service.search

        async def held(text: str, scopes: tuple[str, ...], filters: dict[str, str]) -> Any:
            await release.wait()  # the service's answer comes once a row is chosen
            return await search(text, scopes, filters)

        service.search = held  # type: ignore[method-assign]
        await search_for(page, word)
        await wait_until(lambda: page.online_search.state == SearchState.RUNNING, what="asked")
        local = shown_ids(page)
        assert len(local) > 12 and not set(local) & set(finds.late[count])
        chosen = local[10]
        page.table.selectRow(10)
        page.table.scrollTo(page.model.index(10, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        scroll = page.table.verticalScrollBar()
        assert scroll.value() > 0  # scrolled: the list can scroll on
        top = _top_of(page, chosen)

        release.set()
        await wait_until(lambda: page.online_search.state == SearchState.DONE, what="answered")
        await wait_until(
            lambda: all(page.model.row_of(t) is not None for t in finds.late[count]),
            what="the late finds listed",
        )
        assert page.selected_ticket() == chosen
        row = page.model.row_of(chosen)
        assert row is not None and row >= 10 + LATE  # they came above it
        assert _top_of(page, chosen) == top  # and it stayed where it was on screen
