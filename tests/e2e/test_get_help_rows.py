"""Get help in a small laptop's window (1024 × 640): the form above the member's requests
left 1.5 rows of the list (a newcomer, in English, Japanese and Dutch). The list keeps
whole rows, the page scrolling for them where the window is too short; at the default
size nothing scrolls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import SMALL_WINDOW_SIZE, WINDOW_SIZE, settle
from desktop.ui.help.get_help_page import ROWS_KEPT, GetHelpPage
from tests.support.app import make_settings, running_client
from tests.support.client_flows import in_every_language
from tests.support.server import RunningServer
from tests.support.sign_in import submit_sign_in
from tests.support.waiting import wait_until

MIA = "mia@northwind.example"  # a member with requests of her own (DEMO.md)


def area_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def whole_rows(page: GetHelpPage) -> int:
    """Rows the list's viewport holds whole: those there, and the room for more."""
    table = page.requests.table
    height = table.verticalHeader().defaultSectionSize()
    rows = page.requests.model.rowCount()
    there = table.viewport().rect()
    for row in range(rows):
        assert there.contains(table.visualRect(page.requests.model.index(row, 0))), row
    return table.viewport().height() // height


@in_every_language()
async def test_the_requests_keep_whole_rows_in_a_small_window(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:  # R6
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings, language) as controller:
        await submit_sign_in(controller, qtbot, MIA)
        window = controller.window
        await wait_until(
            lambda: window.user is not None and window.pages.currentWidget() is window.get_help,
            what="Get help",
        )
        page = window.get_help
        await wait_until(lambda: page.requests.model.rowCount() > 0, what="her requests")
        window.resize(*WINDOW_SIZE)
        await settle()
        # The default size holds it all: no scroll bar.
        assert not page.page_scroll.verticalScrollBar().isVisible()
        assert whole_rows(page) >= ROWS_KEPT

        window.resize(*SMALL_WINDOW_SIZE)
        await settle()
        assert window.size().toTuple() == SMALL_WINDOW_SIZE
        assert whole_rows(page) >= ROWS_KEPT  # 1.5 before
        # Scrolled down to the list, all of it is in view: nothing cut.
        await settle()  # the count's line, come with the rows, laid out
        bar = page.page_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        await settle()
        view = page.page_scroll.viewport()
        assert view.rect().contains(area_in(page.requests.table, view))
        # And back up, the form's fields whole side to side (it never scrolls sideways).
        page.page_scroll.ensureWidgetVisible(page.subject_edit, 0, 0)
        await settle()
        for field in (page.subject_edit, page.body_edit, page.send_button):
            assert view.rect().contains(area_in(field, view)), field.objectName()
        assert QApplication.activeModalWidget() is None
