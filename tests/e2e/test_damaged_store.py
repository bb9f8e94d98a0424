"""A damaged local store: the real client finds it, rebuilds it from the real service,
keeps what only the admin had (drafts, the outbox) and says so once.

A page of the store file is overwritten between two runs of the client, as a disk error
or a crash mid-write leaves it: once in the tickets table, once in the drafts table.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap.store_location import store_path
from desktop.store.account import AccountStore
from desktop.store.drafts import reply_key
from desktop.store.outbox import REPLY
from tests.desktop.test_local_store import ticket
from tests.support.app import make_settings, running_client
from tests.support.client_flows import signed_in
from tests.support.server import RunningServer
from tests.support.store_damage import damage_page, leaf_pages, settle
from tests.support.tickets import create_ticket, read_ticket
from tests.support.waiting import wait_until

AVA = "ava@northwind.example"
DRAFTS = 150
UNSENT = "Sent from the outbox of a store that was damaged."


async def leave_work_in_the_store(path: Path, ticket_id: str) -> None:
    """What a last run left: cached tickets, drafts, a reply queued while offline."""
    store = await AccountStore.open(path)
    try:
        # Cached copies the service does not have: the rebuilt list must not show them.
        await store.tickets.save(
            [ticket(10_000 + n, f"Stale copy {n} " + "x" * 60) for n in range(300)]
        )
        for n in range(DRAFTS):
            await store.drafts.save(
                reply_key(f"tkt_draft_{n}"),
                f"Draft {n}: " + "words " * 40,
                ticket_id=f"tkt_draft_{n}",
            )
        await store.outbox.add(kind=REPLY, body=UNSENT, ticket_id=ticket_id)
    finally:
        await store.close()
    settle(path)


@pytest.mark.parametrize("table", ["ticket", "draft"])
async def test_a_damaged_store_is_rebuilt_keeping_drafts_and_outbox(
    server: RunningServer, qtbot: QtBot, tmp_path: Path, table: str
) -> None:
    settings = make_settings(tmp_path, server_url=server.url)
    async with running_client(tmp_path, settings) as controller:
        await signed_in(controller, qtbot, AVA)
    open_ticket = await create_ticket(
        server.url, AVA, subject=f"Reply kept through damage ({table})"
    )

    path = store_path(tmp_path / "data", server.url, AVA)
    await leave_work_in_the_store(path, open_ticket["id"])
    pages = leaf_pages(path, table)
    assert len(pages) > 3, "the table spans pages, so one can be damaged alone"
    damaged = pages[len(pages) // 2]
    damage_page(path, damaged.number)
    lost_drafts = damaged.rows if table == "draft" else 0

    async with running_client(tmp_path, settings) as controller:
        controller.start()
        notices = controller.store_notices
        await wait_until(
            lambda: notices.rebuilt_box is not None and notices.rebuilt_box.isVisible(),
            timeout=20,
            what="the message that the store was rebuilt",
        )
        box = notices.rebuilt_box
        assert box is not None
        assert "damaged" in box.text()
        kept = DRAFTS - lost_drafts
        assert f"{kept} drafts kept.\n" in box.informativeText()
        assert "1 unsent message kept" in box.informativeText()
        assert ("could not be read" in box.informativeText()) == (table == "draft")
        store = controller.store
        assert store is not None
        assert len(store.drafts.all()) == kept
        # The list comes back from the service, without the stale copies.
        window = controller.window
        await wait_until(
            lambda: (
                window.my_tickets.model.rowCount() > 0
                and all(
                    window.my_tickets.model.ticket_at(row).number < 10_000
                    for row in range(window.my_tickets.model.rowCount())
                )
            ),
            timeout=20,
            what="the list rebuilt from the service",
        )
        # The carried outbox item is sent as any other.
        await wait_until(lambda: not store.outbox.items(), timeout=20, what="the outbox sent")
        thread = await read_ticket(server.url, open_ticket["id"], AVA)
        assert [m["body"] for m in thread["messages"]].count(UNSENT) == 1
        # Said once: one box, however many queries met the damage.
        boxes = [
            b for b in window.findChildren(QMessageBox) if b.objectName() == "store_rebuilt_box"
        ]
        assert len(boxes) == 1
        assert store.database.read().execute("PRAGMA quick_check").fetchone()[0] == "ok"
    aside = list(path.parent.glob(path.name + ".unusable-*"))
    assert aside, "the damaged file is kept aside"
    with pytest.raises(sqlite3.DatabaseError):
        connection = sqlite3.connect(aside[0])
        try:
            connection.execute("PRAGMA integrity_check").fetchall()
            connection.execute(f"SELECT * FROM {table}").fetchall()
        finally:
            connection.close()
