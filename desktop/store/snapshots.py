"""Last-seen copies of whole documents from the service: a ticket's thread, the team, …

Kept as the service's JSON, so the models read them as they read an answer;
a view that cannot reach the service shows these instead.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.store.database import Database


def thread_key(ticket_id: str) -> str:
    return f"ticket:{ticket_id}"


class SnapshotStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def save(self, key: str, document: Any) -> None:
        import json  # not at the top: a start reads its one snapshot without it (fields)

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
        import json

        if self._db.reader is None:
            return None
        row = self._db.read().execute("SELECT body FROM snapshot WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def fields(self, key: str, names: Sequence[str]) -> dict[str, Any] | None:
        """Those of the named top-level fields an object document has (and are not null).

        SQLite's JSON functions parse it, not Python's ``json``: importing that
        costs ~2 ms, and the start reads the signed-in user before its first paint.
        Values come as SQLite gives them: text, numbers, and objects as JSON text.
        None if there is no such document or it is not a JSON object.
        """
        if self._db.reader is None:
            return None
        extracts = ", ".join("json_extract(body, ?)" for _ in names)
        row = (
            self._db.read()
            .execute(
                f"SELECT {extracts} FROM snapshot WHERE key = ? AND json_type(body) = 'object'",
                [f"$.{name}" for name in names] + [key],
            )
            .fetchone()
        )
        if row is None:
            return None
        return {name: value for name, value in zip(names, row, strict=True) if value is not None}
