"""Billing writes against a service that hangs or goes away (R9–R11).

A write whose answer never came may have been made: the page says so, then says what is
so once the service answers again. Offline, the actions that need the service wait.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import scale_app_font
from desktop.ui.look.theme import TextRole
from tests.support.app import make_settings, running_client
from tests.support.billing import POPUP, add_from_menu, charges, click, open_billing, sign_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.service_away import service_that_goes_away
from tests.support.tcp_proxy import lossy_proxy
from tests.support.waiting import wait_until

pytestmark = POPUP  # Add's menu (tests.support.billing)

NO_ANSWER = (
    "No answer from the service — the change may have gone through. "
    "Checking again when the connection returns."
)


@pytest.fixture
def hung_shop(tmp_path: Path) -> Iterator[RunningServer]:
    """A service of its own: it is paused (SIGSTOP), as a hung network would leave it."""
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as server:
        yield server


def role(widget: QWidget) -> object:
    return widget.property("text_role")


async def test_a_removal_whose_answer_never_came_is_settled_by_what_is_so(
    hung_shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R11
    settings = make_settings(tmp_path, server_url=hung_shop.url)
    async with running_client(tmp_path, settings) as app:
        await sign_in(app, qtbot, "ava@northwind.example")
        page = await open_billing(app)
        row = page.rows["dropbox"]
        assert row.state.text() == "Enhanced — active"
        before = await charges(hung_shop, "ava@northwind.example")
        click(qtbot, row, "remove_button_dropbox")
        assert page.remove_box is not None
        os.kill(hung_shop.process.pid, signal.SIGSTOP)
        try:
            click(qtbot, page.remove_box, "confirm_remove_button")
            # The request was sent; the client's wait for the answer runs out.
            await wait_until(lambda: page.status.text() != "", timeout=60, what="no answer")
            # Not "cannot connect": it may have gone through, and the page says so.
            assert page.status.text() == NO_ANSWER
            assert role(page.status) == TextRole.WARNING.value
            assert page.unsettled is not None
        finally:
            os.kill(hung_shop.process.pid, signal.SIGCONT)
        # The service answers again: the page reads the add-ons and says what is so (here
        # the service dropped the request its client had given up on: not made).
        await wait_until(lambda: page.unsettled is None, timeout=60, what="settled")
        if row.undo_button.isVisible():
            assert page.status.text().startswith("Removal scheduled: Premium Support for Dropbox")
        else:
            assert row.state.text() == "Enhanced — active" and row.remove_button.isVisible()
            assert page.status.text() == (
                "The change was not made: Premium Support for Dropbox is as the page shows. "
                "You can try again."
            )
        assert "Cannot reach" not in page.status.text()
        assert await charges(hung_shop, "ava@northwind.example") == before


async def test_a_removal_made_but_whose_answer_was_lost_says_it_was_made(
    hung_shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R11
    port = int(hung_shop.url.rsplit(":", 1)[1])
    with lossy_proxy(port, tmp_path / "proxy") as proxy:
        settings = make_settings(tmp_path, server_url=proxy.url)
        async with running_client(tmp_path, settings) as app:
            await sign_in(app, qtbot, "ava@northwind.example")
            page = await open_billing(app)
            row = page.rows["dropbox"]
            assert row.state.text() == "Enhanced — active"
            # A narrow window: the line below wraps; nothing under the pointer may move.
            # At 150 % text, so that it wraps whatever the date it names and however
            # narrow the window can be (at 100 % it fit on one line on some days).
            restore_font = scale_app_font(1.5)
            try:
                await asyncio.sleep(0.1)  # the pages laid out in the larger text
                app.window.resize(app.window.minimumSizeHint().width(), app.window.height())
                await wait_until(lambda: page.status.height() > 0)
                await asyncio.sleep(0.1)  # and in the narrow window
                tabs_at = page.tabs.mapTo(page, page.tabs.rect().topLeft())
                row_at = row.mapTo(page, row.rect().topLeft())
                # The service removes it and commits; its answer is lost on the way back.
                proxy.drop_answers_to(b"POST /v1/addon/dropbox/removal")
                click(qtbot, row, "remove_button_dropbox")
                assert page.remove_box is not None
                click(qtbot, page.remove_box, "confirm_remove_button")
                await wait_until(lambda: proxy.dropped == 1, what="the answer lost")
                await wait_until(lambda: row.undo_button.isVisible(), what="read again")
                # What is so, not "cannot connect" above the row that contradicts it.
                assert page.status.text().startswith(
                    "Removal scheduled: Premium Support for Dropbox keeps working until"
                )
                assert page.unsettled is None
                assert role(page.status) == TextRole.SUCCESS.value
                await asyncio.sleep(0.1)  # the layout settles on the next pass
                assert page.status.height() > page.status.fontMetrics().lineSpacing() * 3 // 2
                assert page.tabs.mapTo(page, page.tabs.rect().topLeft()) == tabs_at
                assert row.mapTo(page, row.rect().topLeft()).y() == row_at.y()
                # F5: read again, still so: the line stays.
                app.window.refresh_page()
                await wait_until(lambda: page.overview is not None)
                assert page.status.text().startswith("Removal scheduled")
            finally:
                restore_font()


async def test_confirm_whose_answer_was_lost_is_bought_once(
    hung_shop: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R9, R10
    port = int(hung_shop.url.rsplit(":", 1)[1])
    with lossy_proxy(port, tmp_path / "proxy") as proxy:
        settings = make_settings(tmp_path, server_url=proxy.url)
        async with running_client(tmp_path, settings) as app:
            await sign_in(app, qtbot, "ava@northwind.example")
            page = await open_billing(app)
            row = page.rows["dash"]
            before = await charges(hung_shop, "ava@northwind.example")
            await add_from_menu(qtbot, page, "dash", "basic")
            await wait_until(
                lambda: page.purchase.dialog is not None and page.purchase.dialog.isVisible(),
                what="the quote",
            )
            dialog = page.purchase.dialog
            assert dialog is not None
            proxy.drop_answers_to(b"POST /v1/addon/purchases")
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: proxy.dropped == 1, what="the answer lost")
            await wait_until(lambda: dialog.notice.text() == NO_ANSWER, what="no answer")
            assert role(dialog.notice) == TextRole.WARNING.value
            await wait_until(lambda: row.state.text() == "Basic — active", what="read again")
            assert page.status.text() == "Premium Support Basic for Dropbox Dash is active."
            # Confirm again, now answered: refused, never charged twice.
            proxy.drop_answers_to(None)
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "already" in dialog.notice.text(), what="the refusal")
            after = await charges(hung_shop, "ava@northwind.example")
            assert len(after) == len(before) + 1


async def test_offline_the_billing_actions_wait_and_a_stale_error_goes(
    qtbot: QtBot, tmp_path: Path
) -> None:  # R9, R11
    with service_that_goes_away(tmp_path) as service:
        settings = make_settings(tmp_path, server_url=service.url)
        async with running_client(tmp_path, settings) as app:
            try:
                await sign_in(app, qtbot, "ava@northwind.example")
                page = await open_billing(app)
                window = app.window
                await wait_until(lambda: window.live_feed.connected, what="the event stream")
                row = page.rows["dropbox"]
                assert row.remove_button.isEnabled()
            finally:
                service.stop()  # the service goes away
            await wait_until(lambda: window.offline_banner.isVisible(), what="offline banner")
            # Offline: Remove (and Change tier, and Choose on Compare) wait, and say why.
            assert not row.remove_button.isEnabled() and not row.change_button.isEnabled()
            assert row.remove_button.toolTip() == "Needs a connection to the service."
            assert not any(b.isEnabled() for b in page.compare.choose_buttons.values())
            assert page.offline_note.isVisible()
            assert page.offline_note.text().startswith("You are offline:")
            # F5 while offline: the read fails, and the page says so.
            window.refresh_page()
            await wait_until(lambda: page.status.text() != "", what="the failed read")
            assert page.status.text().startswith("Cannot reach the server")
            # The service comes back: the page reads again, the error no longer holds.
            with service.start():
                qtbot.mouseClick(window.offline_banner.retry_button, Qt.MouseButton.LeftButton)
                await wait_until(
                    lambda: not window.offline_banner.isVisible(), timeout=60, what="back online"
                )
                await wait_until(lambda: page.status.text() == "", what="the stale error gone")
                assert row.remove_button.isEnabled() and row.remove_button.toolTip() == ""
                assert not page.offline_note.isVisible()
                assert any(b.isEnabled() for b in page.compare.choose_buttons.values())
