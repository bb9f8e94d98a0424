"""Keeps the unread marks in the account's store, so an answer not yet read is still
marked after a restart (with the event stream resumed where it stopped, an answer that
came while the app was closed is marked too: desktop/services/live_cursor.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop.store.account import AccountStore
    from desktop.ui.tickets.list.unread import UnreadAnswers

UNREAD_KEY = "unread-answers"
Spawn = Callable[[Coroutine[Any, Any, None]], Awaitable[None]]


class UnreadKeeper(QObject):
    """Writes the marks after each change while attached to a store (one write at a time,
    the latest marks last); the marks kept there come back on :meth:`attach`."""

    def __init__(self, unread: UnreadAnswers, spawn: Spawn) -> None:
        super().__init__(unread)
        self._unread = unread
        self._spawn = spawn
        self._store: AccountStore | None = None
        self._writing = False
        self._changed_since = False
        self._job: Awaitable[None] | None = None
        unread.changed.connect(self._changed)

    def attach(self, store: AccountStore) -> None:
        """The session's store: the marks it keeps are shown (with any made meanwhile,
        live), and from now on every change is written to it."""
        self._store = None  # restoring writes nothing back
        kept = store.snapshots.get(UNREAD_KEY)
        tickets = kept.get("tickets") if isinstance(kept, dict) else None
        if isinstance(tickets, dict):
            for ticket_id, mine in tickets.items():
                self._unread.mark_unread(str(ticket_id), mine=bool(mine))
        self._store = store
        self._changed("")  # marks made before the store was attached are kept too

    def detach(self) -> None:
        """The session ends: the marks it kept stay in its store for the next one (the
        window's clearing them is not written)."""
        self._store = None

    def _changed(self, _ticket_id: str) -> None:
        if self._store is None:
            return
        self._changed_since = True
        if not self._writing:
            self._writing = True
            self._job = self._spawn(self._write(self._store))

    async def _write(self, store: AccountStore) -> None:
        try:
            while self._changed_since and self._store is store and store.tickets.is_open:
                self._changed_since = False
                await store.snapshots.save(UNREAD_KEY, {"tickets": self._unread.marks()})
        finally:
            self._writing = False

    async def settled(self) -> None:
        """The write under way, if any, done (before the store closes)."""
        import asyncio  # here: the first paint imports none of it (tests/e2e/test_first_paint.py)

        if self._job is not None:
            await asyncio.gather(self._job, return_exceptions=True)
