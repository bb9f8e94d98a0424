"""The journal of keystrokes: typed since the last save, kept anyway; folded in at open (issue 20).

Real store files; the "crash" is a store never closed, its writer thread's work
done (as the kernel would have it after ``kill -9``), then opened afresh.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from desktop.store.account import AccountStore
from desktop.store.database import Database
from desktop.store.draft_journal import BURST_SECONDS, Snapshot, journal_path
from desktop.store.drafts import NEW_TICKET_KEY, reply_key


async def _burst_written(store: AccountStore) -> None:
    """Past the burst, and the writer thread done with what it was given."""
    await asyncio.sleep(BURST_SECONDS + 0.1)
    await store.database.on_writer(lambda: None)


async def test_keys_typed_after_the_last_save_come_back_when_the_store_opens(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    await store.drafts.save(reply_key("tkt_1"), "Saved", ticket_id="tkt_1")
    shown = ["Saved, and typed"]
    reads = []

    def snapshot() -> Snapshot:
        reads.append(shown[0])
        return Snapshot(shown[0], ticket_id="tkt_1")

    for _key in range(20):  # one burst: the text is read once, not per key
        store.drafts.typing(reply_key("tkt_1"), snapshot)
    form = {"subject": "Half a subject"}
    store.drafts.typing(NEW_TICKET_KEY, lambda: Snapshot("Half a request", fields=form))
    await _burst_written(store)
    assert reads == ["Saved, and typed"]
    assert journal_path(path).is_file()
    assert store.drafts.get(reply_key("tkt_1")).body == "Saved"  # type: ignore[union-attr]
    # The process dies here: nothing is closed. The next start folds the journal in.
    again = await AccountStore.open(path)
    try:
        reply = again.drafts.get(reply_key("tkt_1"))
        new = again.drafts.get(NEW_TICKET_KEY)
        assert reply is not None and (reply.body, reply.ticket_id) == ("Saved, and typed", "tkt_1")
        assert new is not None and (new.body, new.fields) == ("Half a request", form)
        assert not journal_path(path).exists()
    finally:
        await again.close()
        await store.close()


async def test_a_save_or_a_send_after_the_burst_wins_over_it(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    store.drafts.typing(reply_key("tkt_1"), lambda: Snapshot("Older", ticket_id="tkt_1"))
    store.drafts.typing(reply_key("tkt_2"), lambda: Snapshot("Going out", ticket_id="tkt_2"))
    await _burst_written(store)
    await store.drafts.save(reply_key("tkt_1"), "Newer, saved", ticket_id="tkt_1")
    await store.outbox.add(
        kind="reply", body="Going out", ticket_id="tkt_2", draft_key=reply_key("tkt_2")
    )
    await store.database.on_writer(lambda: None)
    assert not journal_path(path).exists()  # both settled: nothing left to fold
    again = await AccountStore.open(path)
    try:
        assert [d.body for d in again.drafts.all()] == ["Newer, saved"]  # not resurrected
    finally:
        await again.close()
        await store.close()


async def test_the_journal_is_folded_before_the_first_paint_reads_a_draft(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = await AccountStore.open(path)
    store.drafts.typing(reply_key("tkt_1"), lambda: Snapshot("Typed", ticket_id="tkt_1"))
    await _burst_written(store)
    # The cached start opens the store for reading alone, before the loop and threads.
    database = Database.open_current(path)
    assert database is not None
    try:
        cached = AccountStore.of(database)
        draft = cached.drafts.get(reply_key("tkt_1"))
        assert draft is not None and draft.body == "Typed"
    finally:
        database.close_unused()
        await store.close()
