"""Near the reply box, a quiet hint says Ctrl+Enter sends (issue ux19c), in every
language, without taking a line from the thread on a small screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from desktop.bootstrap.shooting import settle
from tests.support.client_flows import signed_in_client
from tests.support.server import RunningServer
from tests.support.waiting import wait_until

HINTS = {"en": "Ctrl+Enter to send", "ja": "Ctrl+Enter で送信", "nl": "Ctrl+Enter om te verzenden"}


@pytest.mark.parametrize("language", ["en", "ja", "nl"])
async def test_the_reply_box_says_ctrl_enter_sends_and_it_fits_at_1024x640(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    async with signed_in_client(
        server, qtbot, tmp_path, "ava@northwind.example", language=language
    ) as controller:
        window = controller.window
        window.resize(1024, 640)
        model = window.my_tickets.model
        # A request's reply box (a chat says its own keys under its box); the tests before
        # this one on the same service may have opened chats, newer than any request.
        row = next(
            r
            for r in range(model.rowCount())
            if model.ticket_at(r).status in ("new", "open") and model.ticket_at(r).channel != "chat"
        )
        window.open_ticket(model.ticket_at(row).id)
        page = window.ticket_page
        await wait_until(lambda: page.ticket is not None, what="the ticket")
        await settle()
        composer = page.composer
        hint = composer.reply_keys_hint
        assert composer.send_hint.isVisible() and not hint.isVisible()  # nothing to send yet
        height = composer.height()
        thread = page.thread_scroll.viewport().height()

        composer.editor.setFocus()
        qtbot.keyClicks(composer.editor, "Thanks")
        await settle()
        assert hint.isVisible() and not composer.send_hint.isVisible()
        assert hint.text() == HINTS[language]
        # Whole (not clipped, not wrapped onto a second line), beside Send, in the window.
        assert hint.height() >= hint.heightForWidth(hint.width())
        assert hint.heightForWidth(hint.width()) == hint.heightForWidth(10_000)  # one line
        shown = QRect(hint.mapTo(window, QPoint(0, 0)), hint.size())
        assert window.rect().contains(shown)
        send = composer.send_button
        assert not shown.intersects(QRect(send.mapTo(window, QPoint(0, 0)), send.size()))
        # No line taken from the thread.
        assert composer.height() == height
        assert page.thread_scroll.viewport().height() == thread
