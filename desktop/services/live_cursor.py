"""The event stream's place, kept in the account's store: the next start resumes from it
(``Last-Event-ID``), so what happened while the app was closed (an agent's answer) is
heard then, within the service's replay window; past it, or when the service's events do
not reach that place, the service says ``stream.reset`` and everything is read again."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.snapshots import SnapshotStore

CURSOR_KEY = "live-cursor"
Spawn = Callable[[Coroutine[Any, Any, None]], Awaitable[None]]


class LiveCursor:
    """Writes the last event's id as events are handled: one write at a time, the latest
    id last (a burst of events, as a resumed stream's backlog is, makes few writes)."""

    def __init__(self, snapshots: SnapshotStore, spawn: Spawn) -> None:
        self._snapshots = snapshots
        self._spawn = spawn
        self._latest: str | None = None
        self._written: str | None = None
        self._writing = False
        self._job: Awaitable[None] | None = None

    def kept(self) -> str | None:
        """Where the last session's stream stopped (None: never opened for this account)."""
        document = self._snapshots.get(CURSOR_KEY)
        event_id = document.get("last_event_id") if isinstance(document, dict) else None
        return event_id if isinstance(event_id, str) and event_id.isdigit() else None

    def moved(self, event_id: str) -> None:
        """An event was handled: the stream resumes after it from now on."""
        self._latest = event_id
        if not self._writing:
            self._writing = True
            self._job = self._spawn(self._write())

    async def _write(self) -> None:
        try:
            while self._latest != self._written:
                latest = self._latest
                await self._snapshots.save(CURSOR_KEY, {"last_event_id": latest})
                self._written = latest
        finally:
            self._writing = False

    async def settled(self) -> None:
        """The write under way, if any, done (before the store closes)."""
        import asyncio  # here: the first paint imports none of it (tests/e2e/test_first_paint.py)

        if self._job is not None:
            await asyncio.gather(self._job, return_exceptions=True)
