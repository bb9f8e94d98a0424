"""The reply box's hints beside Send stand on one line at the window's default size, the
ticket read beside the list (issue 19: "Write a message to send it" took two lines in
English and three in Japanese in the reading pane of a 1296×810 window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import settle
from desktop.ui.shell.main_window import DEFAULT_SIZE
from desktop.ui.text.wrapped_label import WrappedLabel
from tests.support.client_flows import signed_in_client
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

# A common laptop screen's height (1440×900).
LAPTOP_HEIGHT = 900


def lines(label: WrappedLabel) -> int:
    """How many lines the label's text takes at its width."""
    return label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_the_reply_hints_take_one_line_at_the_default_size(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    async with signed_in_client(
        server, qtbot, tmp_path, "ava@northwind.example", language=language
    ) as controller:
        window = controller.window
        # The window's first size on a 1440×900 screen (MainWindow: its default size, as
        # much of the screen as that leaves): the offscreen test screen is smaller.
        window.resize(DEFAULT_SIZE[0], LAPTOP_HEIGHT * 90 // 100)
        page = window.my_tickets
        await wait_until(lambda: not page._syncing and page.model.rowCount() > 1)
        await settle()
        model = page.model
        # A request's reply box (a chat says its own keys under its box).
        row = next(
            r
            for r in range(model.rowCount())
            if model.ticket_at(r).status in ("new", "open") and model.ticket_at(r).channel != "chat"
        )
        wanted = model.ticket_at(row).id
        # Read beside the list where the window leaves it room (English and Japanese), on
        # a page of its own where it does not (Dutch lists are wider).
        if page.docked:
            page.table.selectRow(row)
        else:
            window.open_ticket(wanted)
        ticket_page = window.ticket_page
        await wait_until(
            lambda: ticket_page.ticket is not None and ticket_page.ticket.id == wanted,
            what="the ticket in the pane",
        )
        await settle()
        composer = ticket_page.composer
        assert ticket_page.isVisible()
        if language in ("en", "ja"):
            assert page.docked, language  # the reported case: in the reading pane
        empty = composer.send_hint
        assert empty.isVisible()
        assert lines(empty) == 1, (language, empty.text(), empty.width())
        composer.editor.setPlainText("Thanks")
        await settle()
        keys = composer.reply_keys_hint
        assert keys.isVisible() and not empty.isVisible()
        assert lines(keys) == 1, (language, keys.text(), keys.width())
