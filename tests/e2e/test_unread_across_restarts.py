"""Unread marks outlive a restart, and an answer that came while the app was closed is
marked when it starts again (the event stream resumes where it stopped). A real service
process over HTTP, a real store file kept between the two runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tickets.list.ticket_table_model import Column
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.databases import sqlite_database
from tests.support.server import RunningServer, running_server
from tests.support.tickets import agent_reply, create_ticket
from tests.support.waiting import wait_until


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    # No demo agent: support answers when the test says so, and only then.
    with sqlite_database(tmp_path) as url, running_server(url, tmp_path) as running:
        yield running


async def test_marks_and_answers_while_closed_are_there_after_a_restart(
    server: RunningServer, qtbot: QtBot, tmp_path: Path
) -> None:  # R16
    read_before = str((await create_ticket(server.url, subject="Marked, then closed"))["id"])
    away = str((await create_ticket(server.url, subject="Answered while away"))["id"])
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, "ava@northwind.example")
        window = controller.window
        await wait_until(lambda: window.live_feed.connected, what="the event stream")
        await agent_reply(server.url, read_before, "Try signing out and in again.")
        await wait_until(lambda: read_before in window.unread, what="the unread mark")
        assert window.windowTitle() == "(1 new) Premium Support Desk"
    # The app is closed; support answers the other ticket meanwhile.
    await agent_reply(server.url, away, "We restored the folder for you.")
    async with running_client(tmp_path, settings) as controller:
        controller.start()  # the session kept: opened from the cache, no password asked
        window = controller.window
        await wait_until(lambda: read_before in window.unread, what="the kept mark")
        await wait_until(lambda: away in window.unread, what="the answer while closed")
        assert window.windowTitle() == "(2 new) Premium Support Desk"
        assert window.navigation.currentItem().text() == "My tickets (2 new)"
        model = window.my_tickets.model
        await wait_until(lambda: model.row_of(away) is not None, what="the answered row")
        row = model.row_of(away)
        assert row is not None
        assert model.index(row, Column.SUBJECT).data().startswith("●")
        # Read now: the mark goes, and stays gone after the next restart.
        window.open_ticket(away)
        await wait_until(lambda: away not in window.unread, what="read")
        await wait_until(lambda: window.windowTitle() == "(1 new) Premium Support Desk")
    async with running_client(tmp_path, settings) as controller:
        controller.start()
        window = controller.window
        await wait_until(lambda: read_before in window.unread, what="the mark kept again")
        await wait_until(lambda: controller.live_events is not None, what="the stream")
        await wait_until(lambda: window.live_feed.connected, what="the stream connected")
        assert away not in window.unread
        assert window.windowTitle() == "(1 new) Premium Support Desk"
