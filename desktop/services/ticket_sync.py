"""Filling the local store from the service: changes since the last sync, page by page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from desktop.api.client import ApiClient
from desktop.api.errors import ApiError
from desktop.api.models import Ticket
from desktop.store.tickets import TicketStore, synced_at_key

SYNC_PAGE = 200  # the service's largest page
# Re-read a second before the newest change seen: two changes in one instant are not missed.
OVERLAP = timedelta(seconds=1)

Progress = Callable[[int], None]


def _since_key(scope: str) -> str:
    return f"tickets.{scope}.updated_since"


class TicketSync:
    def __init__(self, client: ApiClient, store: TicketStore) -> None:
        self._client = client
        self._store = store

    async def sync(self, scope: str, progress: Progress | None = None) -> int:
        """Bring one list up to date; returns how many tickets came in."""
        while True:
            generation = self._store.generation
            count = await self._sync_once(scope, generation, progress)
            if self._store.generation == generation:
                return count
            # The store was rebuilt (found damaged) meanwhile: what this sync saved before
            # that is gone with the old file, so it reads every ticket again.

    async def _sync_once(self, scope: str, generation: int, progress: Progress | None) -> int:
        saved = self._store.state(_since_key(scope))
        since = datetime.fromisoformat(saved) if saved else None
        newest = since
        cursor: str | None = None
        count = 0
        while True:
            page = await self._client.tickets(
                scope=scope, cursor=cursor, limit=SYNC_PAGE, updated_since=since or _EPOCH
            )
            if page.items:
                await self._store.save(page.items)
                count += len(page.items)
                latest = max(t.updated_at for t in page.items)
                newest = latest if newest is None else max(newest, latest)
                if progress is not None:
                    progress(count)
            if not page.next_cursor:
                break
            cursor = page.next_cursor
        if self._store.generation != generation:
            return count  # no cursor into a rebuilt store: it lacks what came before
        if newest is not None and newest != since:
            await self._store.set_state(_since_key(scope), (newest - OVERLAP).isoformat())
        await self._store.set_state(synced_at_key(scope), self._client.server_now().isoformat())
        return count

    async def kept_live(self, scope: str, until: datetime) -> None:
        """The event stream brought every change to the list until ``until``: its rows were
        up to date then, later than its last sync, which is said as when it was last synced
        (the ``updated_since`` cursor stays: events are not read by it)."""
        saved = self._store.state(synced_at_key(scope))
        if saved is None or datetime.fromisoformat(saved) < until:
            await self._store.set_state(synced_at_key(scope), until.isoformat())

    async def refresh(self, ticket_id: str) -> Ticket | None:
        """Read one ticket again (a live event named it) and keep it; None if gone."""
        try:
            ticket = await self._client.ticket(ticket_id)
        except ApiError as error:
            if error.status != 404:
                raise
            await self._store.forget(ticket_id)
            return None
        await self._store.save([ticket.summary])
        return ticket


# The first sync asks for everything changed since long ago, oldest first.
_EPOCH = datetime.fromisoformat("2000-01-01T00:00:00+00:00")
