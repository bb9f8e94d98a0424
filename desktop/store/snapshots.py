"""Last-seen copies of whole documents from the service: a ticket's thread, the team, …

Kept as the service's JSON, so the models read them as they read an answer;
a view that cannot reach the service shows these instead.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.database import Database


def thread_key(ticket_id: str) -> str:
    return f"ticket:{ticket_id}"


class SnapshotStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def save(self, key: str, document: Any) -> None:
        row = (key, json.dumps(document), datetime.now(UTC).isoformat())
        await self._db.write(
            lambda c: c.execute(
                "INSERT INTO snapshot (key, body, saved_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET "
                "body = excluded.body, saved_at = excluded.saved_at",
                row,
            )
        )

    def get(self, key: str) -> Any | None:
        if self._db.reader is None:
            return None
        row = self._db.read().execute("SELECT body FROM snapshot WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None
