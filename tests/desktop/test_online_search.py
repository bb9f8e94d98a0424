"""Issue 21: online, a list's search asks the service too, which searches every message; a
ticket whose thread was never opened here is found, with the service's snippet marked.
Offline the store alone answers and the list says so. Changes move rows into the order.

A real service (the demo data, and tickets opened over HTTP as from another device)
fills a real store; the page is bound to it as the window binds its lists.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.text.i18n import LanguageSwitcher
from desktop.ui.tickets.list.online_search import SearchState
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import SNIPPET_ROLE, TICKET_ID_ROLE, Column
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import agent_reply, create_ticket
from tests.support.waiting import wait_until

EMAIL = "ava@northwind.example"
# Set to a folder to keep screenshots of the online results (en, ja, nl) for a person.
SHOTS = os.environ.get("ONLINE_SEARCH_SHOTS", "")


class Desk:
    def __init__(self, server: RunningServer, ids: dict[str, str]) -> None:
        self.server = server
        self.ids = ids  # the tickets this module opened, by a short name


async def _open_tickets(url: str) -> dict[str, str]:
    """Opened elsewhere: only the service has their threads."""
    bodies = {
        "unopened": (
            "Scanner uploads vanish",
            "Every night the quokkafluff scanner folder empties itself on the office Mac.",
        ),
        "opened": ("Board folder is slow", "The quokkafluff share takes minutes to open."),
        "other": ("Photos stop halfway", "Uploads from the wombatglyph camera stop at 40%."),
        "ja": ("スキャナーのフォルダ", "毎晩クオッカ印刷のフォルダが空になります。"),
    }
    ids = {}
    for name, (subject, body) in bodies.items():
        ids[name] = str((await create_ticket(url, subject=subject, body=body))["id"])
    return ids


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    from tests.support.databases import run_in_own_loop

    directory = tmp_path_factory.mktemp("online-search")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        ids: dict[str, str] = {}

        async def open_them() -> None:
            ids.update(await _open_tickets(server.url))

        run_in_own_loop(open_them)
        yield Desk(server, ids)


@asynccontextmanager
async def bound_page(
    qtbot: QtBot, tmp_path: Path, server_url: str
) -> AsyncIterator[tuple[TicketListPage, TicketService, TaskRunner]]:
    # The pointer away from where the page shows (a test before may have left it there):
    # late finds are held while it is over the rows (late_finds.py).
    QCursor.setPos(-10_000, -10_000)
    client = ApiClient(server_url)
    store = await AccountStore.open(tmp_path / "store.sqlite3")
    tasks = TaskRunner(lambda error: None)
    try:
        await client.sign_in(EMAIL, "demo-password")
        service = TicketService(client, store)
        page = TicketListPage(tasks, "mine")
        qtbot.addWidget(page)
        page.resize(1100, 640)
        page.show()
        page.bind(service)
        await wait_until(lambda: page.synced.text().startswith("Last synced"), what="the sync")
        yield page, service, tasks
    finally:
        await tasks.cancel_all()
        await client.aclose()
        await store.close()


async def search_for(page: TicketListPage, text: str) -> None:
    """Type ``text`` into the search box; back once the list has taken it (the filter bar
    tells it on the next pass of the loop)."""
    page.filters.search.setText(text)
    await wait_until(lambda: page.online_search.text == text.strip(), what=f"search {text}")


def shown_ids(page: TicketListPage) -> list[str]:
    return [page.model.ticket_at(r).id for r in range(page.model.rowCount())]


def snippet_of(page: TicketListPage, ticket_id: str) -> Any:
    row = page.model.row_of(ticket_id)
    assert row is not None
    return page.model.index(row, Column.SUBJECT).data(SNIPPET_ROLE)


async def test_a_word_only_in_an_unopened_thread_is_found_online(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    unopened, opened = desk.ids["unopened"], desk.ids["opened"]
    async with bound_page(qtbot, tmp_path, desk.server.url) as (page, service, _tasks):
        await service.ticket(opened)  # read here once: its thread is cached
        assert service.cached_ticket(unopened) is None  # never opened on this computer
        await search_for(page, "QuokkaFluff")
        # At once, from the store: only the conversation opened here; the service is asked.
        assert shown_ids(page) == [opened]
        assert page.online_search.state == SearchState.WAITING
        assert page.search_note.isVisible()
        assert page.search_note.text() == "Searching every message on the service…"

        await wait_until(lambda: page.online_search.state == SearchState.DONE, what="online")
        await wait_until(lambda: unopened in shown_ids(page), what="the service's find")
        ids = shown_ids(page)
        assert sorted(ids) == sorted([unopened, opened])  # each once
        # Answered: the list still says the service was searched (its note was brief).
        assert page.search_note.isVisible()
        assert page.search_note.text() == "Searched every message, here and on the service."
        # Counted as listed (the count reads the same query, off the GUI thread).
        count = page.findChild(QLabel, "my_tickets_page_count")
        assert count is not None
        await wait_until(lambda: count.text() == "2 tickets", what=lambda: count.text())
        # The service's snippet, the searched word marked as in a local one.
        found = snippet_of(page, unopened)
        assert "scanner folder empties" in found.text
        assert [found.text[a:b] for a, b in found.hits] == ["quokkafluff"]
        assert snippet_of(page, opened).text.startswith("The quokkafluff share")
        # In the list's order (Updated, newest first), as the store reads it.
        query = page._query(service)  # noqa: SLF001
        assert query.found and unopened in query.found
        assert ids == [t.id for t in service.store.page(query, None, 50)[0]]

        # Another order: the found ticket stays in the list, in its place.
        page.restore_sort("subject", False)
        subjects = [page.model.ticket_at(r).subject for r in range(page.model.rowCount())]
        assert subjects == ["Board folder is slow", "Scanner uploads vanish"]

        # Openable as any row: Enter asks for it by id, and its summary is in the store.
        asked: list[str] = []
        page.ticket_open_requested.connect(asked.append)
        row = page.model.row_of(unopened)
        assert row is not None
        page.table.setCurrentIndex(page.model.index(row, Column.SUBJECT))
        QTest.keyClick(page.table, Qt.Key.Key_Return)
        assert asked == [unopened]
        assert service.store.get(unopened) is not None

        # Empty online: the hint no longer says only opened conversations are searched.
        await search_for(page, "zzqxnothingzzqx")
        await wait_until(lambda: page.online_search.state == SearchState.DONE)
        assert page.model.rowCount() == 0
        text = page.empty_state.label.text()
        assert text == "No tickets match these filters, in subjects or in any message."


async def test_typing_asks_once_and_only_the_latest_text_counts(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    other, unopened = desk.ids["other"], desk.ids["unopened"]
    async with bound_page(qtbot, tmp_path, desk.server.url) as (page, service, tasks):
        asked: list[str] = []
        search = service.search

        async def counted(text: str, scopes: tuple[str, ...], filters: dict[str, str]) -> Any:
            asked.append(text)
            return await search(text, scopes, filters)

        service.search = counted  # type: ignore[method-assign]
        page.filters.search.setFocus()
        QTest.keyClicks(page.filters.search, "wombatglyph")  # typed, key by key
        await wait_until(lambda: shown_ids(page) == [other], what="the service's find")
        assert page.online_search.state == SearchState.DONE
        assert asked == ["wombatglyph"]  # one question once typing paused, not one per key

        # A question under way, then newer text: the older answer never shows.
        await search_for(page, "quokkafluff")
        await wait_until(lambda: page.online_search.state == SearchState.RUNNING)
        # Under way: the question has reached the service's client (the task's first step).
        await wait_until(lambda: asked[-1:] == ["quokkafluff"], what="the question asked")
        running = page.online_search._running  # noqa: SLF001
        page.filters.search.setText("wombatglyph")
        # Told now, before the loop runs on (the bar tells the list on its next pass): the
        # question under way cannot have been answered in between.
        page.filters.changed.emit()
        await wait_until(lambda: shown_ids(page) == [other], what="the newer find")
        await wait_until(lambda: tasks.pending == 0, what="every task done")
        assert running is not None and running.cancelled()
        assert shown_ids(page) == [other]
        assert unopened not in page._query(service).found  # noqa: SLF001
        assert asked == ["wombatglyph", "quokkafluff", "wombatglyph"]


async def test_offline_the_store_alone_answers_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    with sqlite_database(tmp_path) as url:
        with running_server(url, tmp_path) as server:
            ids = await _open_tickets(server.url)
            async with bound_page(qtbot, tmp_path, server.url) as (page, service, _tasks):
                await service.ticket(ids["opened"])
                await search_for(page, "quokkafluff")
                both = sorted([ids["opened"], ids["unopened"]])
                await wait_until(lambda: sorted(shown_ids(page)) == both, what="online finds")
                await search_for(page, "")
                server.process.terminate()  # the service is gone: offline from here
                server.process.wait(timeout=10)
                await search_for(page, "quokkafluff")
                await wait_until(lambda: page.online_search.state == SearchState.OFFLINE)
                # Only the conversation opened here; the unopened one is not found offline.
                assert shown_ids(page) == [ids["opened"]]
                assert page.search_note.isVisible()
                assert page.search_note.text().startswith("You are offline: messages are")
                await search_for(page, "wombatglyph")  # only in an unopened thread
                await wait_until(lambda: page.online_search.state == SearchState.OFFLINE)
                assert page.model.rowCount() == 0
                assert "You are offline" in page.empty_state.label.text()
                port = int(server.url.rsplit(":", 1)[1])
                with running_server(url, tmp_path, seed=False, port=port):
                    # Back online (the next sync gets through): the search is asked again.
                    page.reload()
                    await wait_until(lambda: shown_ids(page) == [ids["other"]], what="online")
                    assert page.online_search.state == SearchState.DONE


async def test_a_refused_search_keeps_the_local_results_and_says_so(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    opened = desk.ids["opened"]
    async with bound_page(qtbot, tmp_path, desk.server.url) as (page, service, _tasks):
        await service.ticket(opened)
        # Signed out elsewhere: this client holds a session the service no longer takes.
        client, user = service.client, service.user
        refresh_token = client.refresh_token
        assert refresh_token is not None and user is not None
        await client.sign_out()
        client.resume_offline(refresh_token, user)
        await search_for(page, "quokkafluff")
        await wait_until(lambda: page.online_search.state == SearchState.FAILED)
        assert shown_ids(page) == [opened]  # this computer's match stays
        assert page.search_note.isVisible()
        assert page.search_note.text().startswith("The service could not search just now")
        await search_for(page, "wombatglyph")
        await wait_until(lambda: page.online_search.state == SearchState.FAILED)
        assert page.model.rowCount() == 0
        assert "The service could not search just now" in page.empty_state.label.text()


async def test_an_answer_moves_its_row_to_the_top_and_the_selection_stays(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    async with bound_page(qtbot, tmp_path, desk.server.url) as (page, service, _tasks):
        assert page.model.rowCount() > 4
        moved = page.model.ticket_at(3).id
        page.table.selectRow(3)
        selected: list[str] = []
        page.ticket_selected.connect(selected.append)
        await agent_reply(desk.server.url, moved, "Fixed on our side: please try again.")
        await service.refresh(moved)  # what a live event about it does
        await wait_until(lambda: page.model.row_of(moved) == 0, what="the row on top")
        assert page.table.currentIndex().siblingAtColumn(0).data(TICKET_ID_ROLE) == moved
        assert set(selected) <= {moved}  # a pane beside the list never shows another
        assert [i.row() for i in page.table.selectionModel().selectedRows()] == [0]
        # Still in the store's order: no re-read needed to put it right.
        query = page._query(service)  # noqa: SLF001
        assert shown_ids(page) == [t.id for t in service.store.page(query, None, 200)[0]]


@pytest.mark.skipif(not SHOTS, reason="ONLINE_SEARCH_SHOTS names a folder for screenshots")
@pytest.mark.parametrize(("language", "text"), [("en", "quokkafluff"), ("ja", "クオッカ")])
async def test_screenshots_of_online_results(
    desk: Desk,
    qtbot: QtBot,
    english: LanguageSwitcher,
    tmp_path: Path,
    language: str,
    text: str,
) -> None:
    languages = ("en", "nl") if language == "en" else ("ja",)
    async with bound_page(qtbot, tmp_path, desk.server.url) as (page, service, _tasks):
        await service.ticket(desk.ids["opened"])
        wanted = desk.ids["unopened" if language == "en" else "ja"]
        count = page.findChild(QLabel, "my_tickets_page_count")
        assert count is not None
        for shown in languages:
            english.apply(shown)
            await search_for(page, "")
            await search_for(page, text)
            page.grab().save(str(Path(SHOTS) / f"online-search-{shown}-running.png"))
            await wait_until(lambda: wanted in shown_ids(page), what="the service's find")
            await wait_until(lambda: page.online_search.state == SearchState.DONE)
            await wait_until(lambda: count.text().startswith(("2 ", "1 件")), what=count.text)
            page.table.selectRow(page.model.row_of(desk.ids["opened"]) or 0)
            page.grab().save(str(Path(SHOTS) / f"online-search-{shown}.png"))
        english.apply("en")


async def _settled() -> None:
    """A few passes of the loop: the layout's posted requests are handled."""
    for _ in range(5):
        await asyncio.sleep(0.01)


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_the_search_note_moves_no_row(
    desk: Desk, qtbot: QtBot, english: LanguageSwitcher, tmp_path: Path, language: str
) -> None:
    """A newcomer's report: at a search's first key the note came and pushed the table down
    (about 20 px), and back up when the search was cleared. Now it is on the status line,
    as tall with it or without (issue 19)."""
    async with bound_page(qtbot, tmp_path, desk.server.url) as (page, service, _tasks):
        await service.ticket(desk.ids["opened"])  # found here at once: rows under the note
        english.apply(language)
        try:
            await _settled()
            assert not page.search_note.isVisible()
            top = page.table.mapToGlobal(QPoint(0, 0))
            await search_for(page, "quokkafluff")
            assert page.search_note.isVisible()  # the first key's note
            await _settled()
            assert page.table.mapToGlobal(QPoint(0, 0)) == top
            await wait_until(lambda: page.online_search.state == SearchState.DONE)
            await wait_until(page.search_note.isVisible, what="the searched note")
            await _settled()
            assert page.table.mapToGlobal(QPoint(0, 0)) == top
            await search_for(page, "")
            await wait_until(lambda: not page.search_note.isVisible(), what="the note going")
            await _settled()
            assert page.table.mapToGlobal(QPoint(0, 0)) == top
        finally:
            english.apply("en")
