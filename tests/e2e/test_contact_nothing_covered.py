"""Contact support for a team whose add-on covers no product: said before any form (a
newcomer filled in the whole form, then read that it could not be sent)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.support.app import make_settings, running_client
from tests.support.billing import sign_in
from tests.support.server import RunningServer
from tests.support.waiting import wait_until


async def test_no_form_when_nothing_is_covered_and_billing_offered(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R2, R8
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "ivan@invoice.example")
        window = controller.window
        window.contact_support()
        flow = window.new_ticket
        await wait_until(
            lambda: flow.nothing_covered is not None and flow.nothing_covered.isVisible(),
            what="the box saying nothing is covered",
        )
        assert window.contact_dialog is None  # no form to fill in for nothing
        box = flow.nothing_covered
        assert isinstance(box, QMessageBox)
        assert box.text() == "Premium Support covers none of your team's products yet."
        to_billing = box.defaultButton()
        assert isinstance(to_billing, QPushButton) and to_billing.text() == "Open Billing"
        to_billing.click()
        await wait_until(lambda: window.pages.currentWidget() is window.billing, what="Billing")


async def test_a_covered_team_gets_the_form(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await sign_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        window.contact_support()
        await wait_until(lambda: window.contact_dialog is not None, what="the form")
        assert window.new_ticket.nothing_covered is None
        window.contact_dialog.reject()
