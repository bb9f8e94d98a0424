"""Every control a keyboard or screen-reader user lands on has a name, on every page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.navigation import TARGETS
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def nameless(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue  # a view's viewport: the view itself carries the name
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__}#{widget.objectName()}")
    return found


async def test_every_focusable_control_of_every_page_has_a_name(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        problems: dict[str, list[str]] = {}
        for number, target in enumerate(window.navigation.visible_targets(), start=1):
            window.go_to(number)
            await wait_until(
                lambda target=target: window.navigation.current_target() == target,
                what=f"the {target} page",
            )
            page = window.pages.currentWidget()
            assert page is not None
            missing = nameless(page)
            if missing:
                problems[target] = missing
        # And a ticket with its conversation and reply box.
        window.show_my_tickets()
        window.open_ticket(window.my_tickets.model.ticket_at(0).id)
        await wait_until(lambda: window.ticket_page.ticket is not None, what="a ticket")
        missing = nameless(window.ticket_page)
        if missing:
            problems["ticket"] = missing
        # The dialogs: Contact support and Settings.
        window.contact_support()
        await wait_until(
            lambda: window.contact_dialog is not None and window.contact_dialog.isVisible(),
            what="Contact support",
        )
        assert window.contact_dialog is not None
        missing = nameless(window.contact_dialog)
        if missing:
            problems["contact support"] = missing
        window.contact_dialog.reject()
        controller.open_settings()
        dialog = controller.settings_dialog
        assert dialog is not None
        await wait_until(dialog.isVisible, what="Settings")
        missing = nameless(dialog)
        if missing:
            problems["settings"] = missing
        dialog.reject()
        assert problems == {}, problems
        assert set(window.navigation.visible_targets()) <= set(TARGETS)
