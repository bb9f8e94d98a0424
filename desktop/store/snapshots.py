"""Last-seen copies of whole documents from the service: a ticket's thread, the team, …

Kept as the service's JSON, so the models read them as they read an answer;
a view that cannot reach the service shows these instead.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Sequence

    from desktop.store.database import Database


THREAD_PREFIX = "ticket:"


def thread_key(ticket_id: str) -> str:
    return f"{THREAD_PREFIX}{ticket_id}"


def _thread_lines(key: str, document: Any) -> list[tuple[int, str, str]] | None:
    """A thread's written lines: (place in the thread, text, folded text); None when
    ``key`` is not a thread's. What the search looks into (tickets.py)."""
    if not key.startswith(THREAD_PREFIX):
        return None
    messages = document.get("messages") if isinstance(document, dict) else None
    if not isinstance(messages, list):
        return []
    from textfold import fold  # only once a thread is saved

    return [
        (position, message["body"], fold(message["body"]))
        for position, message in enumerate(messages)
        if isinstance(message, dict) and isinstance(message.get("body"), str)
    ]


def snapshot_writer(key: str, document: Any) -> Callable[[sqlite3.Connection], None]:
    """The write (for the writer thread) that saves ``document`` under ``key``: the
    document read now, so a change made to it later is not saved."""
    import json  # not at the top: a start reads its one snapshot without it (fields)

    row = (key, json.dumps(document), datetime.now(UTC).isoformat())
    lines = _thread_lines(key, document)

    def write(connection: sqlite3.Connection) -> None:
        connection.execute(
            "INSERT INTO snapshot (key, body, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET "
            "body = excluded.body, saved_at = excluded.saved_at",
            row,
        )
        if lines is not None:
            # The thread's searchable lines with it, in the same transaction (schema 10).
            ticket_id = key.removeprefix(THREAD_PREFIX)
            connection.execute("DELETE FROM thread_message WHERE ticket_id = ?", (ticket_id,))
            connection.executemany(
                "INSERT INTO thread_message (ticket_id, position, body, folded)"
                " VALUES (?, ?, ?, ?)",
                [(ticket_id, *line) for line in lines],
            )

    return write


class SnapshotStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def is_open(self) -> bool:
        """False once the session ended (its store closed)."""
        return self._db.reader is not None

    async def save(self, key: str, document: Any) -> None:
        await self._db.write(snapshot_writer(key, document))

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
