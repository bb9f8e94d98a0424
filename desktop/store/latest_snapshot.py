"""A document kept in the account's store as it changes: one write at a time, the latest
last, so a burst of changes (a resumed stream's backlog, marks set one after another)
makes a few writes, not one each. Used for what the next start picks up: the unread
marks (ui/tickets/list/unread_keeper.py) and the event stream's place
(services/live_cursor.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.snapshots import SnapshotStore

Spawn = Callable[[Coroutine[Any, Any, None]], Awaitable[None]]


class LatestSnapshot:
    def __init__(self, snapshots: SnapshotStore, key: str, spawn: Spawn) -> None:
        self._snapshots = snapshots
        self._key = key
        self._spawn = spawn
        # What to write next, made when written (the latest state, not the one asked in).
        self._wanted: Callable[[], Any] | None = None
        self._writing = False
        self._closed = False
        self._job: Awaitable[None] | None = None

    def want(self, document: Callable[[], Any]) -> None:
        """Write what ``document`` gives, now or after the write under way."""
        if self._closed:
            return
        self._wanted = document
        if not self._writing:
            self._writing = True
            self._job = self._spawn(self._write())

    def close(self) -> None:
        """Nothing more is written (a write under way ends; one wanted after it is not)."""
        self._closed = True

    async def _write(self) -> None:
        try:
            while self._wanted is not None and not self._closed and self._snapshots.is_open:
                document, self._wanted = self._wanted, None
                await self._snapshots.save(self._key, document())
        finally:
            self._writing = False

    async def settled(self) -> None:
        """The write under way, if any, done (before the store closes)."""
        import asyncio  # here: the first paint imports none of it (tests/e2e/test_first_paint.py)

        if self._job is not None:
            await asyncio.gather(self._job, return_exceptions=True)
