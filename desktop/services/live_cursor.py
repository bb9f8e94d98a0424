"""The event stream's place, kept in the account's store: the next start resumes from it
(``Last-Event-ID``), so what happened while the app was closed (an agent's answer) is
heard then, within the service's replay window; past it, or when the service's events do
not reach that place, the service says ``stream.reset`` and everything is read again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.latest_snapshot import LatestSnapshot, Spawn

if TYPE_CHECKING:
    from desktop.store.snapshots import SnapshotStore

CURSOR_KEY = "live-cursor"


class LiveCursor:
    """Writes the last event's id as events are handled (desktop/store/latest_snapshot.py:
    a resumed stream's backlog makes few writes)."""

    def __init__(self, snapshots: SnapshotStore, spawn: Spawn) -> None:
        self._snapshots = snapshots
        self._kept = LatestSnapshot(snapshots, CURSOR_KEY, spawn)

    def kept(self) -> str | None:
        """Where the last session's stream stopped (None: never opened for this account)."""
        document = self._snapshots.get(CURSOR_KEY)
        event_id = document.get("last_event_id") if isinstance(document, dict) else None
        return event_id if isinstance(event_id, str) and event_id.isdigit() else None

    def moved(self, event_id: str) -> None:
        """An event was handled: the stream resumes after it from now on."""
        self._kept.want(lambda: {"last_event_id": event_id})

    async def settled(self) -> None:
        """The write under way, if any, done (before the store closes)."""
        await self._kept.settled()
