"""Enter never pays (newcomer 33): the quote dialog's default button is Cancel, and Enter
on the focused pay button does not press it; Space (and a click) still pay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.bootstrap.controller import AppController
from desktop.ui.billing.billing_page import BillingPage
from desktop.ui.billing.quote_dialog import QuoteDialog
from tests.support.app import make_settings, running_client
from tests.support.billing import POPUP, add_from_menu, charges, open_billing, sign_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.waiting import wait_active, wait_until

pytestmark = POPUP  # Add's menu (tests.support.billing)

AVA = "ava@northwind.example"


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A service of its own: this test buys, which other tests must not see."""
    directory = tmp_path_factory.mktemp("enter-never-pays")
    with sqlite_database(directory) as url, running_server(url, directory) as server:
        yield server


async def quote_dialog(page: BillingPage, qtbot: QtBot) -> tuple[QuoteDialog, list[int]]:
    """A fresh quote dialog, active, and the results it finishes with."""
    page.purchase.dialog = None
    await add_from_menu(qtbot, page, "dash", "basic")
    await wait_until(lambda: page.purchase.dialog is not None, what="the quote")
    dialog = page.purchase.dialog
    assert dialog is not None
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    await wait_active(dialog)
    return dialog, finished


async def dash_charges(shop: RunningServer) -> list[dict[str, str]]:
    return [c for c in await charges(shop, AVA) if c["product"] == "dash"]


async def test_enter_in_the_quote_dialog_never_pays(
    shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, server_url=shop.url)
    app: AppController
    async with running_client(tmp_path, settings) as app:
        await sign_in(app, qtbot, AVA)
        page = await open_billing(app)

        dialog, finished = await quote_dialog(page, qtbot)
        assert not dialog.confirm_button.isDefault() and dialog.cancel_button.isDefault()
        # Enter where the dialog opens: the safe button answers.
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
        await wait_until(lambda: finished == [0], what="the dialog cancelled")

        # Tabbed to the pay button: Enter does nothing; Space, as a click, pays.
        dialog, finished = await quote_dialog(page, qtbot)
        assert dialog.confirm_button.focusPolicy() & Qt.FocusPolicy.TabFocus
        dialog.confirm_button.setFocus()
        await wait_until(lambda: dialog.confirm_button.hasFocus(), what="pay focused")
        QTest.keyClick(dialog.confirm_button, Qt.Key.Key_Enter)
        QTest.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
        assert await dash_charges(shop) == []
        assert finished == [] and dialog.confirm_button.text() == dialog.confirm_text()

        QTest.keyClick(dialog.confirm_button, Qt.Key.Key_Space)
        await wait_until(lambda: page.rows["dash"].state.text() == "Basic — active", what="bought")
        assert len(await dash_charges(shop)) == 1
