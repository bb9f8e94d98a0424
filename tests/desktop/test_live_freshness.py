"""A list says "Up to date" while the event stream is connected (each change reaches it
as it happens), and when it was last synced only once the stream is down: "Last synced
3 h ago" beside a live list said it was stale when it was not (issue 19).

A real service and its real event stream; the stream goes down as the service stops.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api.client import ApiClient
from desktop.services.backoff import Backoff
from desktop.services.live_events import LiveEvents
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.live.live_feed import LiveFeed
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from tests.support.databases import sqlite_database
from tests.support.server import running_server
from tests.support.waiting import wait_until


async def test_a_live_list_is_up_to_date_and_says_when_it_synced_once_the_stream_is_down(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sqlite_database(tmp_path) as url:
        store = await AccountStore.open(tmp_path / "store.sqlite3")
        tasks = TaskRunner(lambda error: None)
        page = TicketListPage(tasks, "mine")
        qtbot.addWidget(page)
        feed = LiveFeed()
        page.follow_live(feed)
        stream_task: asyncio.Future[None] | None = None
        with running_server(url, tmp_path) as server:
            client = ApiClient(server.url)
            try:
                await client.sign_in("ava@northwind.example", "demo-password")
                page.show()
                page.bind(TicketService(client, store))
                # Synced, the stream not connected yet: when, as before.
                await wait_until(
                    lambda: page.synced.text() == "Last synced just now",
                    what=lambda: f"the sync done ({page.synced.text()!r})",
                )
                stream = LiveEvents(client, feed, backoff=Backoff(first=30, cap=30))
                stream_task = asyncio.ensure_future(stream.run())
                await wait_until(lambda: feed.connected, what="the event stream")
                assert page.synced.text() == "Up to date"
                assert "Live updates are on" in page.synced.toolTip()
            except BaseException:
                await client.aclose()
                raise
        try:
            # The service is gone, and the stream with it: the list is as last synced.
            await wait_until(lambda: not feed.connected, what="the stream down", timeout=20)
            assert page.synced.text() == "Last synced just now"
        finally:
            if stream_task is not None:
                stream_task.cancel()
                await asyncio.gather(stream_task, return_exceptions=True)
            await tasks.cancel_all()
            await client.aclose()
            await store.close()
