"""The arrows in the navigation open the entry they reach and keep the keyboard there, as a
mail client's folder pane does: Down reached Billing, whose tab bar took the keyboard, and
the next Down went nowhere in the navigation. Enter goes into the page; so does Tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.shell.navigation import NAV_BILLING, NAV_GET_HELP, NAV_MY_TICKETS
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in, window_active
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_arrows_keep_the_keyboard_in_the_navigation(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        await window_active(window)
        navigation = window.navigation
        visible = navigation.visible_targets()
        assert NAV_BILLING in visible
        window.show_my_tickets()
        navigation.setFocus()
        await wait_until(navigation.hasFocus, what="the keyboard in the navigation")
        assert navigation.current_target() == NAV_MY_TICKETS

        # Down, entry by entry, to Billing: each page shown, the keyboard still here.
        for target in visible[1 : visible.index(NAV_BILLING) + 1]:
            qtbot.keyClick(navigation, Qt.Key.Key_Down)
            assert navigation.current_target() == target
            assert navigation.hasFocus(), f"the keyboard left the navigation at {target}"
        assert window.pages.currentWidget() is window.billing
        qtbot.keyClick(navigation, Qt.Key.Key_Up)  # and back up, as a list goes
        assert navigation.current_target() == visible[visible.index(NAV_BILLING) - 1]
        assert navigation.hasFocus()
        qtbot.keyClick(navigation, Qt.Key.Key_Down)

        # Enter: into the page, where its show puts the keyboard (Billing's tab bar).
        qtbot.keyClick(navigation, Qt.Key.Key_Return)
        assert window.pages.currentWidget() is window.billing
        assert window.billing.tabs.tabBar().hasFocus()

        # Tab from an entry goes into the page beside it too.
        window.show_get_help()
        navigation.setFocus()
        await wait_until(navigation.hasFocus, what="the keyboard back in the navigation")
        assert navigation.current_target() == NAV_GET_HELP
        qtbot.keyClick(navigation, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and window.get_help.isAncestorOf(focused)
