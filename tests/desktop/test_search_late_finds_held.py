"""A search's late finds (the service's, after the store's own) never move the rows under
the admin's pointer or keyboard: while the pointer is over the list (or the keyboard just
moved through it) they are held, and a quiet button says how many and shows them (a
newcomer's click aimed at row 3 landed on a row just inserted there).

A real service and a real store, as in test_search_late_finds_in_place (its tickets: some
with the word in their subject, found at once; newer ones with it only in a message, found
by the service a moment later, listed above the others).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.online_search import SearchState
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.desktop.test_online_search import bound_page, search_for, shown_ids
from tests.desktop.test_search_late_finds_in_place import FEW, LATE, WORD, Finds, finds
from tests.support.waiting import wait_until

__all__ = ["finds"]  # the module's service and tickets, shared


@pytest.fixture(autouse=True)
def _pointer_away_after() -> Iterator[None]:
    yield
    QCursor.setPos(-10_000, -10_000)  # over no window the next tests show


def _row_centre(page: TicketListPage, row: int) -> QPoint:
    return page.table.visualRect(page.model.index(row, 0)).center()


async def _searched_with_answer_held(
    page: TicketListPage, service: Any, word: str
) -> asyncio.Event:
    """The word searched; the service's answer waits for the returned event."""
    release = asyncio.Event()
    search = service.search

    async def held(text: str, scopes: tuple[str, ...], filters: dict[str, str]) -> Any:
        await release.wait()
        return await search(text, scopes, filters)

    service.search = held
    await search_for(page, word)
    await wait_until(lambda: page.online_search.state == SearchState.RUNNING, what="asked")
    return release


async def test_late_finds_wait_while_the_pointer_is_over_the_rows(
    finds: Finds, qtbot: QtBot, tmp_path: Path
) -> None:
    word = f"{WORD}{FEW}"
    late = finds.late[FEW]
    async with bound_page(qtbot, tmp_path, finds.server.url) as (page, service, _tasks):
        page.resize(1100, 560)
        release = await _searched_with_answer_held(page, service, word)
        local = shown_ids(page)
        assert len(local) > 5 and not set(local) & set(late)
        page.table.selectRow(1)
        aimed = _row_centre(page, 3)
        QTest.mouseMove(page.table.viewport(), aimed)  # about to click row 3
        await wait_until(page.table.underMouse, what="the pointer over the rows")

        release.set()
        await wait_until(lambda: page.online_search.state == SearchState.DONE, what="answered")
        await wait_until(page.late_finds.isVisible, what="the held finds' button")
        assert shown_ids(page) == local  # not a row moved
        assert page.table.indexAt(aimed).row() == 3
        assert set(page.held_finds) == set(late)  # it counts what it holds
        assert page.late_finds.text() == f"{LATE} more results found — Show"
        assert page.selected_ticket() == local[1]

        QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=aimed)
        assert page.selected_ticket() == local[3]  # the row aimed at, not a newcomer

        QTest.mouseClick(page.late_finds, Qt.MouseButton.LeftButton)
        rows = [page.model.row_of(t) for t in late]
        assert None not in rows  # read in, at the press
        assert not page.late_finds.isVisible() and page.held_finds == ()
        assert page.selected_ticket() == local[3]  # still the one chosen
        first = page.table.visualRect(page.model.index(min(r for r in rows if r is not None), 0))
        assert page.table.viewport().rect().contains(first)  # asked for: in view


async def test_a_new_search_drops_the_held_finds(
    finds: Finds, qtbot: QtBot, tmp_path: Path
) -> None:
    word = f"{WORD}{FEW}"
    async with bound_page(qtbot, tmp_path, finds.server.url) as (page, service, _tasks):
        release = await _searched_with_answer_held(page, service, word)
        QTest.mouseMove(page.table.viewport(), _row_centre(page, 2))
        await wait_until(page.table.underMouse, what="the pointer over the rows")
        release.set()
        await wait_until(page.late_finds.isVisible, what="the held finds' button")
        await search_for(page, "")
        assert not page.late_finds.isVisible() and page.held_finds == ()


async def test_late_finds_show_at_once_with_the_pointer_outside_the_window(
    finds: Finds, qtbot: QtBot, tmp_path: Path
) -> None:
    """A button held in another window (a chat window), the pointer over it, far from the
    list: nothing the admin aims at can move, so the finds are read in at once."""
    from PySide6.QtWidgets import QWidget

    word = f"{WORD}{FEW}"
    late = finds.late[FEW]
    async with bound_page(qtbot, tmp_path, finds.server.url) as (page, service, _tasks):
        page.resize(1100, 560)
        page.move(0, 0)
        other = QWidget()
        qtbot.addWidget(other)
        other.setGeometry(1400, 0, 300, 200)
        other.show()
        release = await _searched_with_answer_held(page, service, word)
        QTest.mousePress(other, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
        QCursor.setPos(other.mapToGlobal(QPoint(50, 50)))
        try:
            release.set()
            await wait_until(lambda: page.online_search.state == SearchState.DONE, what="done")
            await wait_until(
                lambda: None not in [page.model.row_of(t) for t in late], what="read in"
            )
            assert not page.late_finds.isVisible() and page.held_finds == ()
        finally:
            QTest.mouseRelease(other, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))


async def test_held_finds_are_read_in_once_the_pointer_leaves_the_list(
    finds: Finds, qtbot: QtBot, tmp_path: Path
) -> None:
    """Held only while the admin is at the rows: the pointer gone (and the keyboard not
    moving through them), nothing aimed at can move, so they take their places."""
    word = f"{WORD}{FEW}"
    late = finds.late[FEW]
    async with bound_page(qtbot, tmp_path, finds.server.url) as (page, service, _tasks):
        page.resize(1100, 560)
        release = await _searched_with_answer_held(page, service, word)
        page.table.selectRow(1)
        chosen = page.selected_ticket()
        QTest.mouseMove(page.table.viewport(), _row_centre(page, 3))
        await wait_until(page.table.underMouse, what="the pointer over the rows")
        release.set()
        await wait_until(page.late_finds.isVisible, what="the held finds' button")

        QCursor.setPos(-10_000, -10_000)  # away from the window
        await wait_until(lambda: None not in [page.model.row_of(t) for t in late], what="read in")
        assert not page.late_finds.isVisible() and page.held_finds == ()
        assert page.selected_ticket() == chosen  # still the one chosen
