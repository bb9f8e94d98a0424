"""A closed ticket says "contact support again" and offers the way to do so beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.e2e.test_outbox import open_first_ticket
from tests.support.client_flows import signed_in_client
from tests.support.databases import sqlite_database
from tests.support.server import running_server
from tests.support.waiting import wait_until


async def test_a_closed_ticket_opens_contact_support_for_a_follow_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        async with signed_in_client(server, qtbot, tmp_path, "ava@northwind.example") as controller:
            await open_first_ticket(controller, status="closed")
            window = controller.window
            page = window.ticket_page
            ticket = page.ticket
            assert ticket is not None
            button = page.follow_up_button
            assert button.isVisible() and "contact support again" in page.read_only_note.text()
            assert button.accessibleName() == "Contact support"
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            await wait_until(
                lambda: window.contact_dialog is not None and window.contact_dialog.isVisible(),
                what="the contact form",
            )
            dialog = window.contact_dialog
            assert dialog is not None
            expected = f"Follow-up to #{ticket.number}: {ticket.subject}"
            assert dialog.subject_edit.text() == expected
            # The description is the admin's to write (the category is carried over).
            assert dialog.body_edit.toPlainText() == ""
            dialog.reject()
