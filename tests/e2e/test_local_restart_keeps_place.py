"""Start it again keeps the admin's place (newcomer 26, item 1).

"Start it again" on the given-up local demo workspace blanked the window while the fresh
service started (the navigation down to My tickets, the list empty) and then opened My
tickets, whatever page the admin had pressed it on. The real local service process,
killed with SIGKILL until it gives up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.notices.connection_indicator import ConnectionState
from desktop.ui.shell.navigation import NAV_INSIGHTS, NAV_MY_TICKETS
from tests.e2e.test_local_service_recovers import _crash_until_it_gives_up
from tests.support.local_workspace import local_workspace
from tests.support.sign_in import submit_sign_in
from tests.support.waiting import wait_until


async def _start_it_again(qtbot: QtBot, controller: AppController) -> None:
    """Given up, Start it again pressed; returns while the fresh service starts."""
    await _crash_until_it_gives_up(controller)
    banner = controller.window.local_stopped_banner
    await wait_until(banner.isVisible, what="the not-running banner")
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: controller.local_server is not None, what="a fresh service")


def _starting_said(controller: AppController) -> None:
    banner = controller.window.local_stopped_banner
    assert banner.isVisible()
    assert "Starting the local demo workspace again" in banner.text.text()
    assert not banner.retry_button.isVisible()  # not pressed twice while it starts
    # Not "Offline … trying again" beside it: the given-up service's client is not retried.
    assert not controller.window.connection.offline


async def _back(controller: AppController) -> None:
    window = controller.window
    await wait_until(
        lambda: window.connection.state is ConnectionState.CONNECTED, timeout=90, what="back"
    )
    assert not window.local_stopped_banner.isVisible()


async def test_start_it_again_stays_on_insights(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        window.show_insights()
        await _start_it_again(qtbot, controller)
        # While it starts: the window as it was, the banner saying what happens.
        assert window.pages.currentWidget() is window.insights
        assert NAV_INSIGHTS in window.navigation.visible_targets()
        assert window.my_tickets.model.rowCount() > 0
        _starting_said(controller)
        await _back(controller)
        assert window.pages.currentWidget() is window.insights
        assert window.navigation.current_target() == NAV_INSIGHTS


async def test_start_it_again_keeps_the_selected_ticket(qtbot: QtBot, tmp_path: Path) -> None:
    async with local_workspace(tmp_path) as controller:
        window = controller.window
        page = window.my_tickets
        page.table.select_in_view(2)
        chosen = page.selected_ticket()
        assert chosen is not None
        await _start_it_again(qtbot, controller)
        assert page.model.rowCount() > 0
        assert page.selected_ticket() == chosen
        _starting_said(controller)
        await _back(controller)
        assert window.navigation.current_target() == NAV_MY_TICKETS
        await wait_until(lambda: page.selected_ticket() == chosen, what="the same ticket")


async def test_start_it_again_keeps_whoever_was_signed_in(qtbot: QtBot, tmp_path: Path) -> None:
    # A member signed in to the local workspace (Mia, for Get help) came back as the demo
    # admin Ava, with every admin page, no password asked (newcomer 29).
    async with local_workspace(tmp_path) as controller:
        controller.sign_out()
        await submit_sign_in(controller, qtbot, "mia@northwind.example", start=False)
        window = controller.window
        await wait_until(
            lambda: window.user is not None and window.user.email == "mia@northwind.example",
            what="Mia signed in",
        )
        await _start_it_again(qtbot, controller)
        await _back(controller)
        assert window.user is not None and window.user.email == "mia@northwind.example"
        assert not window.user.is_admin
        assert NAV_INSIGHTS not in window.navigation.visible_targets()
