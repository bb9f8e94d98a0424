"""The "N columns hidden" link after the filters counts every column the admin does not
see (hidden by hand from the header's menu, or for lack of room) and brings them back; a
search never changes which columns show nor moves the filters; the link shows a clear
focus ring, like every other control (a newcomer's report: only a thin bar showed)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.account import AccountStore
from desktop.ui.look.focus_ring import FocusRings
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.online_search import SearchState
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.ticket_table_model import Column
from tests.desktop.test_list_fits import DOCKED_LIST_WIDTH, _filled_page
from tests.desktop.test_local_store import NOW, ticket
from tests.support.focus_rings import AT_LEAST, assert_ring_stands_out
from tests.support.waiting import wait_until


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_column_hidden_by_hand_is_counted_with_those_hidden_for_room(qtbot: QtBot) -> None:
    page = _filled_page(qtbot, DOCKED_LIST_WIDTH)
    assert page.columns.gave_way == [Column.CHANNEL, Column.PRODUCT]
    button = page.hidden_columns
    assert button is not None and button.text() == "2 columns hidden"
    # Hidden by hand from the header's menu: its room may bring back the others, but the
    # link still says one is hidden (it disappeared: nothing on screen said so).
    page._install_column_menu()  # noqa: SLF001 - as binding the session does
    assert page.column_menu is not None
    menu = page.column_menu.build()
    response = next(a for a in menu.actions() if a.text() == "Response")
    response.trigger()
    assert page.table.isColumnHidden(Column.RESPONSE)
    # Whose ticket it is is never a column of My tickets: not counted.
    hidden = [c for c in Column if page.table.isColumnHidden(c) and c != Column.SUBMITTER]
    assert Column.RESPONSE in hidden
    assert button.isVisible()
    assert button.columns == hidden
    count = len(hidden)
    assert button.text() == ("1 column hidden" if count == 1 else f"{count} columns hidden")
    assert "Response" in button.full_text and button.accessibleName() == button.full_text
    assert "right-clicking" in button.toolTip()
    # The link's menu brings it back, and then nothing is hidden but for room.
    menu = page._column_menu_now()  # noqa: SLF001 - what the link opens
    response = next(a for a in menu.actions() if a.text() == "Response")
    assert not response.isChecked()
    response.trigger()
    assert not page.table.isColumnHidden(Column.RESPONSE)
    assert button.columns == page.columns.gave_way
    assert button.isVisible() == bool(page.columns.gave_way)


def test_a_column_hidden_by_hand_in_a_wide_list_is_counted_too(qtbot: QtBot) -> None:
    page = _filled_page(qtbot, 1400)  # room for all: nothing steps aside
    assert page.columns.gave_way == []
    page.columns.choose(Column.UPDATED, False)
    button = page.hidden_columns
    assert button is not None and button.isVisible()
    assert button.text() == "1 column hidden"
    assert button.full_text == "Hidden: Updated"
    assert "narrow window" not in button.toolTip()  # not for room: the admin's choice


# -- a search leaves the columns and the filters where they are ---------------------------


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[AccountStore]:
    opened = await AccountStore.open(tmp_path / "store.sqlite3")
    rows = [
        ticket(
            n,
            "Can't share the 'Year-end audit' folder with our auditor" if n == 3 else f"Sync {n}",
            minutes_ago=n * 7,
            product="dash",
            channel="callback",
            status="closed",
            # Long answers above, short ones in what the search finds.
            first_responded_at=NOW - timedelta(minutes=n * 7 - 1 - (n != 3) * 95),
            first_response_due_at=NOW - timedelta(minutes=n * 7) + timedelta(hours=4),
        )
        for n in range(1, 30)
    ]
    await opened.tickets.save(rows)
    yield opened
    await opened.close()


async def test_a_search_keeps_the_columns_and_the_filters_in_place(
    qtbot: QtBot, store: AccountStore
) -> None:  # a newcomer's "auditor": Product came back, the filters moved
    page = TicketListPage(TaskRunner(lambda error: None), "mine")
    qtbot.addWidget(page)
    page.resize(DOCKED_LIST_WIDTH, 640)
    page.show_cached(store.tickets, "usr_ava")
    page.show()
    # Awaited, not Qt's blocking waits: inside an async test those step the loop's other
    # tasks within theirs, and a lost wakeup once left the store's close waiting (a CI run
    # hung here; QT-NOTES.md).
    await wait_until(lambda: page.isVisible() and page.table.viewport().isVisible())
    page.columns.fit()
    await asyncio.sleep(0.05)  # the layout settles
    assert page.columns.gave_way, "the test wants columns that stepped aside"

    def layout() -> tuple[list[int], list[int], list[QRect], str]:
        filters = page.filters
        boxes = [filters.search, filters.status, filters.product, filters.category]
        button = page.hidden_columns
        assert button is not None
        table = page.table
        hidden = [c for c in Column if table.isColumnHidden(c)]
        widths = [table.columnWidth(c) for c in Column]
        return hidden, widths, [box.geometry() for box in (*boxes, button)], button.text()

    before = layout()
    page.filters.search.setText("auditor")
    page.show_cached(store.tickets, "usr_ava")  # the store read again, as a search does
    assert page.model.rowCount() == 1
    # The service's answer shows its note on the status line, which is as tall: the
    # table stays as tall as it was.
    height = page.table.height()
    page.search_note.show_state(SearchState.DONE, None, shown=True)
    await wait_until(page.search_note.isVisible)
    await asyncio.sleep(0.05)  # the layout settles
    assert page.table.height() == height
    assert layout() == before


# -- the link's focus ring ----------------------------------------------------------------


def test_the_hidden_columns_link_shows_a_clear_focus_ring(
    qtbot: QtBot,
    rings: FocusRings,
    palette: QPalette,  # noqa: F811 - the fixture
) -> None:
    page = _filled_page(qtbot, DOCKED_LIST_WIDTH)
    button = page.hidden_columns
    assert button is not None and button.isVisible()
    with qtbot.waitActive(page):
        page.activateWindow()
    # The rows settle under the filters' two lines (a layout request still pending would
    # move them after the first picture, and a border would seem replaced by the ring).
    for _ in range(3):
        QApplication.processEvents()
    for control in (button, page.filters.category):
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)
        unfocused = page.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab moves it
        qtbot.waitUntil(control.hasFocus)
        assert rings.ring is not None and rings.ring.widget() is control
        focused = page.grab().toImage()
        # On all four sides (only its left side showed, clipped by the filters' row).
        assert_ring_stands_out(unfocused, focused, control, AT_LEAST, control.objectName())
