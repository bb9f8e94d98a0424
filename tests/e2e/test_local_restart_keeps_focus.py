"""Start it again leaves the keyboard where it was (newcomer 27, item 2).

The pressed button hides while the fresh local service starts, and Qt gave its focus to
the next control in the chain: the local banner's "Settings → Server…" link at the top of
the window, though the page (the list, its ticket) stayed as it was. The real local
service process, killed with SIGKILL until it gives up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from tests.e2e.test_local_restart_keeps_place import _back
from tests.e2e.test_local_service_recovers import _crash_until_it_gives_up
from tests.support.client_flows import opened_ticket, window_active
from tests.support.local_workspace import local_workspace
from tests.support.waiting import wait_until


async def _given_up(controller: AppController) -> None:
    await _crash_until_it_gives_up(controller)
    assert controller.errors.last_box is None  # the banner says it, no box over the window
    window = controller.window
    await wait_until(window.local_stopped_banner.isVisible, what="the not-running banner")
    await window_active(window)


async def test_start_it_again_by_the_keyboard_leaves_it_in_the_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        page = window.my_tickets
        page.table.select_in_view(2)
        await _given_up(controller)
        # Tabbed to the button and pressed with Space, as a keyboard user does.
        button = window.local_stopped_banner.retry_button
        button.setFocus()
        await wait_until(button.hasFocus, what="the keyboard on Start it again")
        qtbot.keyClick(button, Qt.Key.Key_Space)
        await wait_until(lambda: controller.local_server is not None, what="a fresh service")
        assert not button.isVisible()
        assert QApplication.focusWidget() is page.table  # not the banner's link up top
        await _back(controller)
        assert QApplication.focusWidget() is page.table


async def test_start_it_again_clicked_leaves_the_keyboard_in_the_ticket(
    qtbot: QtBot, tmp_path: Path
) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        page = window.my_tickets
        page.table.select_in_view(1)
        ticket = page.selected_ticket()
        assert ticket is not None
        # Beside the list or over it, read whole before the stop (a thread never downloaded
        # is not shown while the workspace is stopped): the keyboard in its thread.
        thread = (await opened_ticket(window, ticket)).thread_scroll
        await _given_up(controller)
        thread.setFocus()
        await wait_until(thread.hasFocus, what="the keyboard back in the ticket")
        button = window.local_stopped_banner.retry_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: controller.local_server is not None, what="a fresh service")
        assert QApplication.focusWidget() is thread
