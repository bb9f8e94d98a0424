"""Clicking a list's header sorts it by that column, in the store, and the order is kept.

A real service (the demo data and a few hundred more of Ava's tickets) fills a real
store; the page reads it in the clicked column's order, a page at a time.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QStyle, QStyleOptionHeader
from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.api.models import TicketSummary, User
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.store.tickets import TicketQuery
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.online_search import SearchState
from desktop.ui.tickets.list.ticket_list_page import PAGE, TicketListPage
from desktop.ui.tickets.list.ticket_table_model import TICKET_ID_ROLE, Column
from tests.desktop.test_list_sorting_store import _nocase
from tests.support.app import make_settings
from tests.support.databases import sqlite_database
from tests.support.many_tickets import add_tickets_for
from tests.support.server import run_cli, running_server
from tests.support.waiting import wait_until

EMAIL = "ava@northwind.example"


def _click_header(page: TicketListPage, column: Column) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _shown(page: TicketListPage) -> list[TicketSummary]:
    return [page.model.ticket_at(row) for row in range(page.model.rowCount())]


def _selected(page: TicketListPage) -> object:
    return page.table.currentIndex().siblingAtColumn(0).data(TICKET_ID_ROLE)


@dataclass
class _World:
    """A real service with the demo data and 250 more of Ava's tickets, signed in as
    Ava, and a real store the lists read."""

    user: User
    store: AccountStore
    tasks: TaskRunner
    service: TicketService


@asynccontextmanager
async def _ava_with_many_tickets(tmp_path: Path, count: int = 250) -> AsyncIterator[_World]:
    with sqlite_database(tmp_path) as url:
        assert run_cli(url, "migrate").returncode == 0
        assert run_cli(url, "seed-demo").returncode == 0
        await add_tickets_for(url, EMAIL, count)
        with running_server(url, tmp_path, seed=False) as server:
            client = ApiClient(server.url)
            store = await AccountStore.open(tmp_path / "store.sqlite3")
            tasks = TaskRunner(lambda error: None)
            try:
                await client.health()
                user = await client.sign_in(EMAIL, "demo-password")
                yield _World(user, store, tasks, TicketService(client, store))
            finally:
                await tasks.cancel_all()
                await client.aclose()
                await store.close()


async def _bound_page(
    qtbot: QtBot, tasks: TaskRunner, settings: AppSettings, service: TicketService
) -> TicketListPage:
    page = TicketListPage(tasks, "mine")
    qtbot.addWidget(page)
    page.remember_sort_in(settings)  # as the window builds it
    page.resize(1200, 700)
    page.show()
    page.bind(service)
    await wait_until(lambda: page.synced.text().startswith("Last synced"), what="the sync")
    return page


async def test_a_header_click_sorts_the_list_in_the_store_and_is_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with _ava_with_many_tickets(tmp_path) as world:
        store, tasks, service = world.store, world.tasks, world.service
        settings = make_settings(tmp_path)
        page = await _bound_page(qtbot, tasks, settings, service)
        header = page.table.horizontalHeader()
        mine = store.tickets.page(TicketQuery(user_id=world.user.id), None, 10_000)[0]
        assert len(mine) > PAGE
        newest_first = _shown(page)
        assert [t.id for t in newest_first] == [t.id for t in mine[:PAGE]]

        # A ticket on the first page now that the number's order puts further down.
        by_number = sorted(mine, key=lambda t: (t.number, t.id))
        far = {t.id for t in by_number[PAGE:]}
        chosen = next(t.id for t in newest_first if t.id in far)
        page.table.selectRow(page.model.row_of(chosen) or 0)
        followed: list[str] = []  # what a reading pane beside the list was shown
        page.ticket_selected.connect(followed.append)

        _click_header(page, Column.NUMBER)
        assert header.sortIndicatorSection() == Column.NUMBER
        assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        shown = _shown(page)
        assert [t.id for t in shown] == [t.id for t in by_number[: len(shown)]]
        # Found further down on the store's thread, selected again a moment later;
        # meanwhile no other ticket was selected (a reading pane would follow it).
        await wait_until(lambda: _selected(page) == chosen, what="the ticket again")
        assert set(followed) == {chosen}
        assert page.table.isSortingEnabled() is False  # the store sorts, not a proxy

        _click_header(page, Column.NUMBER)  # again: the other way
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        shown = _shown(page)
        backwards = by_number[::-1]
        assert [t.id for t in shown] == [t.id for t in backwards[: len(shown)]]
        await wait_until(lambda: _selected(page) == chosen, what="the ticket again")
        assert set(followed) == {chosen}

        _click_header(page, Column.SUBJECT)
        assert header.sortIndicatorSection() == Column.SUBJECT
        by_subject = sorted(mine, key=lambda t: (_nocase(t.subject), t.id))
        shown = _shown(page)
        assert [t.id for t in shown] == [t.id for t in by_subject[: len(shown)]]
        # Scrolling on reads the next pages in the same order (keyset paging).
        while page.model.canFetchMore(page.model.index(-1, -1)):
            page.model.fetchMore(page.model.index(-1, -1))
        assert [t.id for t in _shown(page)] == [t.id for t in by_subject]
        assert settings.list_sort(page.objectName()) == ("subject", False)

        # A new page from the same settings (the next start) sorts as left.
        again = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        assert again.sort == ("subject", False)
        assert again.table.horizontalHeader().sortIndicatorSection() == Column.SUBJECT
        assert again.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert [t.id for t in _shown(again)] == [t.id for t in by_subject[:PAGE]]


async def test_a_search_begun_while_the_chosen_ticket_is_looked_for_goes_back_to_it(
    qtbot: QtBot, tmp_path: Path
) -> None:  # sorted, the chosen ticket was further down, found a moment later; searched meanwhile
    async with _ava_with_many_tickets(tmp_path) as world:
        store, tasks, service = world.store, world.tasks, world.service
        page = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        mine = store.tickets.page(TicketQuery(user_id=world.user.id), None, 10_000)[0]
        by_number = sorted(mine, key=lambda t: (t.number, t.id))
        far = {t.id for t in by_number[PAGE:]}
        word = "bench"  # the added tickets' subjects: "Sync bench ticket 12"
        chosen = next(t.id for t in _shown(page) if t.id in far)
        page.table.selectRow(page.model.row_of(chosen) or 0)
        _click_header(page, Column.NUMBER)
        assert _selected(page) is None  # looked for on the store's thread
        page.filters.search.setText(word)  # before it is found
        await wait_until(
            lambda: _shown(page) and all(word in t.subject.lower() for t in _shown(page)),
            what="the search's rows",
        )
        page.filters.search.clear()
        await wait_until(lambda: _selected(page) == chosen, what="the ticket chosen before")


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a popup
async def test_the_list_s_menu_sorts_it_from_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    # The header takes no keyboard focus: on a row, the Menu key (or Shift+F10) opens the
    # list's menu, whose "Sort by" sorts through the store as a header's click does.
    async with _ava_with_many_tickets(tmp_path) as world:
        store, tasks, service = world.store, world.tasks, world.service
        settings = make_settings(tmp_path)
        page = await _bound_page(qtbot, tasks, settings, service)
        mine = store.tickets.page(TicketQuery(user_id=world.user.id), None, 10_000)[0]
        header = page.table.horizontalHeader()
        page.table.setFocus()
        page.table.selectRow(0)
        QTest.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        menu = page.list_menu.menu if page.list_menu is not None else None
        assert menu is not None and menu.isVisible()
        by = menu.findChild(QMenu, "sort_by_menu")
        assert by is not None
        titles = [a.text() for a in by.actions() if a.objectName().startswith("sort_by_")]
        assert "Subject" in titles and "Updated" in titles
        checked = [a.objectName() for a in by.actions() if a.isChecked()]
        assert checked == ["sort_by_updated", "sort_descending"]  # as the list is sorted
        subject = by.findChild(QAction, "sort_by_subject")
        assert subject is not None
        subject.trigger()
        menu.close()
        assert header.sortIndicatorSection() == Column.SUBJECT
        by_subject = sorted(mine, key=lambda t: (_nocase(t.subject), t.id))
        shown = _shown(page)
        assert [t.id for t in shown] == [t.id for t in by_subject[: len(shown)]]
        assert settings.list_sort(page.objectName()) == ("subject", False)

        # Chosen again (or Descending): the other way round, as a second click.
        assert page.list_menu is not None
        page.list_menu.sort_by(Column.SUBJECT)
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        shown = _shown(page)
        assert [t.id for t in shown] == [t.id for t in by_subject[::-1][: len(shown)]]
        menu = page.list_menu.build()
        ascending = menu.findChild(QAction, "sort_ascending")
        assert ascending is not None and not ascending.isChecked()
        ascending.trigger()
        assert settings.list_sort(page.objectName()) == ("subject", False)
        # And its Columns: the header's show-or-hide entries, by keyboard too.
        submenus = [m for a in menu.actions() if isinstance(m := a.menu(), QMenu)]
        assert [m.objectName() for m in submenus] == ["sort_by_menu", "column_menu"]
        assert submenus[1].title() == "&Columns" and submenus[1].actions()


def _arrow(style: QStyle, indicator: QStyleOptionHeader.SortIndicator) -> QImage:
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    option = QStyleOptionHeader()
    option.rect = image.rect()
    option.sortIndicator = indicator
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter)
    painter.end()
    return image


def test_the_arrow_points_up_for_ascending() -> None:
    from desktop.ui.tickets.list.sort_arrow import ReadableSortArrow

    ours = ReadableSortArrow()
    qt = ours.baseStyle()
    # Qt's header marks ascending as SortDown and draws it pointing down; ours points up.
    ascending = QStyleOptionHeader.SortIndicator.SortDown
    descending = QStyleOptionHeader.SortIndicator.SortUp
    assert _arrow(ours, ascending) == _arrow(qt, descending)
    assert _arrow(ours, descending) == _arrow(qt, ascending)
    assert _arrow(ours, ascending) != _arrow(qt, ascending)


async def _chosen_then_searched_away(page: TicketListPage, word: str = "sync") -> str:
    """A ticket the search for ``word`` does not find chosen, then the search typed: the
    chosen ticket, now not listed."""
    chosen = next(t.id for t in _shown(page)[3:] if word not in t.subject.lower())
    page.table.selectRow(page.model.row_of(chosen) or 0)
    page.filters.search.setText(word)
    await wait_until(
        lambda: _shown(page) and all(chosen != t.id for t in _shown(page)),
        what="the search's rows",
    )
    return chosen


async def test_clearing_a_search_goes_back_to_the_ticket_chosen_before_it(
    qtbot: QtBot, tmp_path: Path
) -> None:  # a newcomer searched, cleared the box, and was left on the last result
    async with _ava_with_many_tickets(tmp_path) as world:
        tasks, service = world.tasks, world.service
        page = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        chosen = await _chosen_then_searched_away(page)
        assert _selected(page) != chosen
        page.filters.search.clear()
        await wait_until(lambda: _selected(page) == chosen, what=lambda: _seeking(page, chosen))


async def test_a_look_up_begun_in_the_searched_list_leaves_the_cleared_one_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:  # the flaky run above: "selected None, 18 rows, ... looked for None"
    # A store change (a sync's pages) was applied as the search began, the machine busy:
    # it read the list with the search's text and looked for the chosen ticket in it, on
    # the store's thread. That look-up answered after the search was cleared, not found,
    # and as the cleared list's first rows ended where the search's had (the newest
    # tickets all match), it took the place of the cleared list's own: nothing selected.
    async with _ava_with_many_tickets(tmp_path) as world:
        tasks, service, store = world.tasks, world.service, world.store
        page = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        chart = page.trend_chart
        # The chart placed (it takes the rows' height): the list reads as many rows searched
        # as cleared.
        await wait_until(lambda: chart is not None and chart.trend is not None, what="the chart")
        await wait_until(lambda: not page._change_timer.isActive(), what="the sync read in")  # noqa: SLF001
        word = "sync"
        chosen = next(t.id for t in _shown(page) if word not in t.subject.lower())
        page.table.selectRow(page.model.row_of(chosen) or 0)
        mine = store.tickets.page(TicketQuery(user_id=world.user.id), None, 10_000)[0]
        # The store's reading thread held busy: the look-ups wait for it.
        release = threading.Event()
        holding = asyncio.ensure_future(
            world.store.database.read_in_background(lambda _c: release.wait(30))
        )
        try:
            await store.tickets.save(mine)  # many changed at once: the list is read again
            # The GUI thread busy past the changes' pause (a loaded machine), the search
            # typed meanwhile: the changes are applied first, with the search's text.
            time.sleep(0.2)
            page.filters.search.setText(word)
            await wait_until(
                lambda: _shown(page) and all(word in t.subject.lower() for t in _shown(page)),
                what="the search's rows",
            )
            searched_end = page.model.next_cursor
            page.filters.search.clear()
            await wait_until(lambda: not page.model.search_text, what="the list unsearched")
            assert page.model.next_cursor == searched_end  # the premise: the same first rows
        finally:
            release.set()
            await holding
        await wait_until(lambda: _selected(page) == chosen, what=lambda: _seeking(page, chosen))


def _seeking(page: TicketListPage, chosen: str) -> str:
    """What the page was doing when the ticket chosen before was not selected again (an
    intermittent failure under load that did not repeat alone)."""
    return (
        f"the ticket chosen before ({chosen}): selected {_selected(page)}, "
        f"{page.model.rowCount()} rows, searched {page.model.search_text!r}, "
        f"looked for {page._wanted}, the service's search {page.online_search.state}, "  # noqa: SLF001
        f"changes pending {page._change_timer.isActive()}"  # noqa: SLF001
    )


async def test_the_keyboard_arriving_while_the_chosen_ticket_is_looked_for_picks_no_other(
    qtbot: QtBot, tmp_path: Path
) -> None:  # a CI run: the window's activation came while the ticket was looked for
    async with _ava_with_many_tickets(tmp_path) as world:
        tasks, service = world.tasks, world.service
        page = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        chosen = await _chosen_then_searched_away(page)
        # The service's finds read in (many: the list read again, down to the chosen one).
        await wait_until(lambda: page.online_search.state == SearchState.DONE, what="the finds")
        await wait_until(lambda: not page._change_timer.isActive(), what="the finds read in")
        followed: list[str] = []  # what a reading pane beside the list was shown
        page.ticket_selected.connect(followed.append)
        # The store's reading thread held busy, so the look-up further down waits for it.
        release = threading.Event()
        holding = asyncio.ensure_future(
            world.store.database.read_in_background(lambda _c: release.wait(30))
        )
        try:
            page.filters.search.clear()
            await wait_until(lambda: not page.model.search_text, what="the list unsearched")
            assert chosen not in {t.id for t in _shown(page)}  # looked for further down
            # The keyboard comes to the list before the look-up answers.
            page.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
            assert not page.table.currentIndex().isValid()
        finally:
            release.set()
            await holding
        await wait_until(lambda: _selected(page) == chosen, what="the ticket chosen before")
        assert followed == [chosen]


@pytest.mark.parametrize("how", ["click", "arrows"])
async def test_a_result_chosen_by_hand_stays_chosen_when_the_search_is_cleared(
    qtbot: QtBot, tmp_path: Path, how: str
) -> None:  # a newcomer clicked a result, cleared the box, and was back on the old ticket
    async with _ava_with_many_tickets(tmp_path) as world:
        tasks, service = world.tasks, world.service
        page = await _bound_page(qtbot, tasks, make_settings(tmp_path), service)
        word = "sync"
        before = next(t.id for t in _shown(page)[3:] if word not in t.subject.lower())
        page.table.selectRow(page.model.row_of(before) or 0)
        page.filters.search.setText(word)
        await wait_until(
            lambda: len(_shown(page)) > 3 and all(before != t.id for t in _shown(page)),
            what="the search's rows",
        )
        await wait_until(lambda: _selected(page) == _shown(page)[0].id, what="the first found")
        if how == "click":
            picked = _shown(page)[2].id
            row = page.table.visualRect(page.model.index(2, Column.NUMBER))
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
        else:
            picked = _shown(page)[1].id
            page.table.setFocus()
            qtbot.keyClick(page.table, Qt.Key.Key_Down)
        assert _selected(page) == picked
        page.filters.search.clear()
        # The whole list again ...
        await wait_until(
            lambda: not page.model.searching and bool(_shown(page)), what="the list unsearched"
        )
        # ... on the result chosen by hand, not on the ticket from before the search.
        await wait_until(lambda: _selected(page) == picked, what="the result chosen by hand")
        assert _selected(page) == picked
