"""Keeps the unread marks in the account's store, so an answer not yet read is still
marked after a restart (with the event stream resumed where it stopped, an answer that
came while the app was closed is marked too: desktop/services/live_cursor.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.store.latest_snapshot import LatestSnapshot, Spawn

if TYPE_CHECKING:
    from desktop.store.account import AccountStore
    from desktop.ui.tickets.list.unread import UnreadAnswers

UNREAD_KEY = "unread-answers"


class UnreadKeeper(QObject):
    """Writes the marks after each change while attached to a store (through
    desktop/store/latest_snapshot.py); the marks kept there come back on :meth:`attach`."""

    def __init__(self, unread: UnreadAnswers, spawn: Spawn) -> None:
        super().__init__(unread)
        self._unread = unread
        self._spawn = spawn
        self._kept: LatestSnapshot | None = None  # the attached store's, while attached
        self._last: LatestSnapshot | None = None  # the last one, to settle before it closes
        unread.changed.connect(self._changed)

    def attach(self, store: AccountStore) -> None:
        """The session's store: the marks it keeps are shown (with any made meanwhile,
        live), and from now on every change is written to it."""
        self.detach()  # restoring writes nothing back
        kept = store.snapshots.get(UNREAD_KEY)
        tickets = kept.get("tickets") if isinstance(kept, dict) else None
        if isinstance(tickets, dict):
            for ticket_id, mine in tickets.items():
                self._unread.mark_unread(str(ticket_id), mine=bool(mine))
        self._kept = self._last = LatestSnapshot(store.snapshots, UNREAD_KEY, self._spawn)
        self._changed("")  # marks made before the store was attached are kept too

    def detach(self) -> None:
        """The session ends: the marks it kept stay in its store for the next one (the
        window's clearing them is not written)."""
        if self._kept is not None:
            self._kept.close()
            self._kept = None

    def _changed(self, _ticket_id: str) -> None:
        if self._kept is not None:
            self._kept.want(lambda: {"tickets": self._unread.marks()})

    async def settled(self) -> None:
        """The write under way, if any, done (before the store closes)."""
        if self._last is not None:
            await self._last.settled()
