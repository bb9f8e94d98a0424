"""At 1024 px the list stands alone (no reading pane) and a line under it says how a ticket
opens: Enter or a double click, the two that do. Beside a reading pane it is not said.

A new admin's report: at 1024 px nothing told that Return opens the selected row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import SMALL_WINDOW_SIZE, WIDE_WINDOW_SIZE, settle
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_a_narrow_list_says_that_enter_or_a_double_click_opens_the_ticket(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        controller.languages.apply(language)
        window = controller.window
        page = window.my_tickets
        ticket_page = window.ticket_page
        window.resize(*SMALL_WINDOW_SIZE)
        await wait_until(lambda: not page._syncing and page.model.rowCount() > 1, what="synced")
        await settle()
        hint = page.open_hint
        assert not page.docked
        assert hint.isVisible() and hint.text()
        if language == "en":
            assert "Enter or double-click" in hint.text()
        # Whole at 1024 px: as tall as its lines, never cut.
        assert hint.height() >= hint.heightForWidth(hint.width())
        assert hint.geometry().bottom() <= page.rect().bottom()
        said = page.table.accessibleDescription()
        assert said and said.replace("\u2060", "") == hint.text().replace("\u2060", "")

        # What it says is what works: Enter on the selected row opens it over the list …
        page.table.setFocus()
        page.table.selectRow(0)
        first = page.model.ticket_at(0).id
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        assert window.pages.currentWidget() is ticket_page
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == first,
            what="the ticket opened by Enter",
        )
        window.show_my_tickets()
        await wait_until(lambda: window.pages.currentWidget() is page, what="back to the list")
        await settle()
        # … and so does a double click on a row.
        second = page.model.ticket_at(1).id
        cell = page.table.visualRect(page.model.index(1, 0)).center()
        opened: list[str] = []
        page.ticket_open_requested.connect(opened.append)
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        assert opened == [second], (opened, cell, page.table.viewport().isVisible())
        assert window.pages.currentWidget() is ticket_page
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == second,
            what="the ticket opened by a double click",
        )

        # Wide: the selected ticket reads beside the list, and the line goes.
        window.show_my_tickets()
        window.resize(*WIDE_WINDOW_SIZE)
        await wait_until(lambda: page.docked, what="the reading pane beside the list")
        assert not hint.isVisible()
        assert page.table.accessibleDescription() == ""
        window.resize(*SMALL_WINDOW_SIZE)
        await wait_until(lambda: not page.docked, what="the pane given back")
        assert hint.isVisible()
        controller.languages.apply("en")
